/**
 * Test-only ways in, for tests/e2e/practiceFolder.e2e.mjs. A browser test cannot click through the
 * operating system's folder picker, and two pages of one browser share one origin-private folder
 * but also one IndexedDB. So, set before the app starts (Playwright's addInitScript):
 *
 * - `window.__useOriginPrivateFolderForTests = true`: "Choose the practice folder" uses a folder
 *   in the origin-private file system (navigator.storage.getDirectory()), which gives the same
 *   FileSystemDirectoryHandle type as the picker, instead of opening the picker.
 * - `window.__practiceFolderTestDatabase = 'pc-b'` (honoured only with the flag above): this page
 *   keeps its incidents in databases named with that suffix, so a second page acts as a second PC.
 *
 * Both only change where this origin's own data goes; neither reaches anything outside the site.
 */
declare global {
  interface Window {
    __useOriginPrivateFolderForTests?: boolean;
    __practiceFolderTestDatabase?: string;
  }
}

export function originPrivateFolderForTests(): boolean {
  return typeof window !== 'undefined' && window.__useOriginPrivateFolderForTests === true;
}

/** The suffix for this page's database names, or '' (the real ones). */
export function testDatabaseSuffix(): string {
  if (!originPrivateFolderForTests()) return '';
  const suffix = window.__practiceFolderTestDatabase;
  return typeof suffix === 'string' && /^[a-z0-9-]{1,20}$/.test(suffix) ? `-${suffix}` : '';
}

export async function originPrivateFolder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle('Practice folder (test)', { create: true });
}
