/**
 * What the practice folder is doing, as pages show it. Apart from practiceFolder.ts so that the
 * home screen can read it without loading the folder code.
 */
import type { Conflict } from './folderSync';

export type FolderConnection = 'unsupported' | 'off' | 'needsPermission' | 'connected';

/** What went wrong last, for the settings and the home banner to say in words. */
export type FolderProblem = 'blocked' | 'denied' | 'unreachable' | 'conflictOnSave' | null;

export interface FolderStatus {
  readonly connection: FolderConnection;
  readonly folderName: string | null;
  readonly busy: boolean;
  /** ISO time of the last completed check. */
  readonly lastChecked: string | null;
  readonly lastOutcome: { readonly broughtIn: number; readonly writtenOut: number; readonly removed: number } | null;
  readonly problem: FolderProblem;
  readonly conflicts: readonly Conflict[];
  readonly unreadable: readonly { readonly fileName: string; readonly problem: string }[];
  /** Goes up whenever a check changed this browser's incidents, so the list reads them again. */
  readonly changes: number;
}

/** No folder in use (yet). */
export const statusWithoutFolder: FolderStatus = {
  connection: 'off',
  folderName: null,
  busy: false,
  lastChecked: null,
  lastOutcome: null,
  problem: null,
  conflicts: [],
  unreadable: [],
  changes: 0,
};
