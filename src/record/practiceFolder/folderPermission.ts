/**
 * The parts of the File System Access API that TypeScript's DOM types leave out (Chromium only):
 * the folder picker and the permission calls. Each is looked up, never assumed, so a browser
 * without them (Firefox, Safari) or a PC whose policy blocks them simply has no practice folder.
 */
type PermissionMode = { mode: 'readwrite' };
type PermissionCalls = {
  queryPermission?: (options: PermissionMode) => Promise<PermissionState>;
  requestPermission?: (options: PermissionMode) => Promise<PermissionState>;
};
type Picker = (options: { id?: string; mode?: 'readwrite' }) => Promise<FileSystemDirectoryHandle>;

export function folderPicker(): Picker | undefined {
  if (typeof window === 'undefined') return undefined;
  const picker = (window as unknown as { showDirectoryPicker?: Picker }).showDirectoryPicker;
  return typeof picker === 'function' ? picker.bind(window) : undefined;
}

const readWrite: PermissionMode = { mode: 'readwrite' };

/** Without the call (the origin-private folder in some versions), permission is not needed. */
export async function queryFolderPermission(handle: FileSystemDirectoryHandle): Promise<PermissionState> {
  const calls = handle as unknown as PermissionCalls;
  return typeof calls.queryPermission === 'function' ? calls.queryPermission(readWrite) : 'granted';
}

/** Must run from a click: the browser shows its own prompt. */
export async function requestFolderPermission(handle: FileSystemDirectoryHandle): Promise<PermissionState> {
  const calls = handle as unknown as PermissionCalls;
  return typeof calls.requestPermission === 'function' ? calls.requestPermission(readWrite) : 'granted';
}
