import { useEffect, useRef, useState } from 'react';
import { practiceFolderWords as words } from '../../content/practiceFolder';
import type { PracticeFolder } from '../../record/practiceFolder/practiceFolder';
import { useFolderStatus } from '../../record/practiceFolder/useFolderStatus';
import { ConflictChoice } from './ConflictChoice';

/**
 * The practice folder on the home screen: a polite request to reconnect after a restart (the
 * browser asks only from a click), "Check the folder now", and any incident changed on two
 * computers at once, with the choice of which version to keep.
 */
export function FolderNotices({ folder }: { folder: PracticeFolder }) {
  const status = useFolderStatus(folder);
  const [kept, setKept] = useState<string | null>(null);
  // The button clicked goes with the versions: focus moves to what happened instead.
  const keptMessage = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (kept !== null) keptMessage.current?.focus();
  }, [kept]);
  if (status.connection === 'needsPermission' && status.folderName !== null) {
    return (
      <div className="card card--info">
        <p>{words.reconnectBanner(status.folderName)}</p>
        <button type="button" className="button" onClick={() => void folder.reconnect()}>
          {words.reconnect}
        </button>
      </div>
    );
  }
  if (status.connection !== 'connected') return null;
  return (
    <>
      {kept === null ? null : (
        <div className="card card--info" role="status" tabIndex={-1} ref={keptMessage}>
          <p>{words.kept(kept)}</p>
        </div>
      )}
      {status.problem === 'unreachable' ? (
        <div className="card card--warning" role="alert">
          <p>{words.unreachable}</p>
        </div>
      ) : null}
      {status.conflicts.length > 0 ? (
        <div className="card card--warning" role="alert">
          <p>{words.conflictBanner(status.conflicts.length)}</p>
        </div>
      ) : null}
      {status.conflicts.map((conflict) => (
        <ConflictChoice
          key={conflict.id}
          conflict={conflict}
          onKeep={async (fileName) => {
            const record = await folder.keep(conflict.id, fileName);
            if (record !== null) setKept(record.reference);
            return record !== null;
          }}
        />
      ))}
      <p>
        <button type="button" className="button button--secondary" disabled={status.busy} onClick={() => void folder.checkNow()}>
          {status.busy ? words.checking : words.checkNow}
        </button>
      </p>
    </>
  );
}
