import { useSyncExternalStore } from 'react';
import { statusWithoutFolder, type FolderStatus } from './folderStatus';
import type { PracticeFolder } from './practiceFolder';

const noFolder: FolderStatus = { ...statusWithoutFolder, connection: 'unsupported' };
const noSubscription = () => () => undefined;

/** The folder's status, redrawn as it changes; storage kept in memory has no folder at all. */
export function useFolderStatus(folder: PracticeFolder | undefined): FolderStatus {
  return useSyncExternalStore(folder?.subscribe ?? noSubscription, folder?.status ?? (() => noFolder));
}
