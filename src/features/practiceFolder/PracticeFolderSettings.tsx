import { practiceFolderWords as words } from '../../content/practiceFolder';
import type { FolderProblem, PracticeFolder } from '../../record/practiceFolder/practiceFolder';
import { useFolderStatus } from '../../record/practiceFolder/useFolderStatus';
import { formatLocalDateTime } from '../../record/practiceTimeFormat';

const problemWords: Record<Exclude<FolderProblem, null>, string> = {
  blocked: words.blocked,
  denied: words.denied,
  unreachable: words.unreachable,
  conflictOnSave: words.conflictOnSave,
};

/** The practice folder part of practice settings: choose, reconnect, check now, stop using. */
export function PracticeFolderSettings({ folder }: { folder: PracticeFolder | undefined }) {
  const status = useFolderStatus(folder);
  const { connection } = status;
  return (
    <section className="card" aria-labelledby="practice-folder-heading">
      <h2 id="practice-folder-heading" className="card__heading">
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      {connection === 'unsupported' || folder === undefined ? (
        <p>{words.unsupported}</p>
      ) : (
        <>
          <p role="status">
            {connection === 'connected' && status.folderName !== null
              ? words.chosen(status.folderName)
              : connection === 'needsPermission' && status.folderName !== null
                ? words.waiting(status.folderName)
                : words.none}{' '}
            {status.busy
              ? words.checking
              : connection === 'connected' && status.lastChecked !== null && status.lastOutcome !== null
                ? `${words.lastChecked(formatLocalDateTime(status.lastChecked))} ${words.outcome(status.lastOutcome.broughtIn, status.lastOutcome.writtenOut, status.lastOutcome.removed)}`
                : null}
          </p>
          {status.problem === null ? null : (
            <div className="card card--warning" role="alert">
              <p>{problemWords[status.problem]}</p>
            </div>
          )}
          <div className="button-group">
            {connection === 'needsPermission' ? (
              <button type="button" className="button" onClick={() => void folder.reconnect()}>
                {words.reconnect}
              </button>
            ) : null}
            {connection === 'connected' ? (
              <button type="button" className="button" disabled={status.busy} onClick={() => void folder.checkNow()}>
                {words.checkNow}
              </button>
            ) : null}
            <button
              type="button"
              className={connection === 'off' ? 'button' : 'button button--secondary'}
              onClick={() => void folder.choose()}
            >
              {connection === 'off' ? words.choose : words.chooseAnother}
            </button>
            {connection === 'off' ? null : (
              <button
                type="button"
                className="button button--secondary"
                aria-describedby="practice-folder-forget-hint"
                onClick={() => void folder.forget()}
              >
                {words.forget}
              </button>
            )}
          </div>
          {connection === 'off' ? null : <p id="practice-folder-forget-hint">{words.forgetHint}</p>}
          <UnreadableFiles files={status.unreadable} />
        </>
      )}
      <details className="details">
        <summary className="details__summary">{words.howItWorksHeading}</summary>
        <ul className="list details__text">
          {words.howItWorks.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function UnreadableFiles({ files }: { files: readonly { readonly fileName: string; readonly problem: string }[] }) {
  if (files.length === 0) return null;
  return (
    <>
      <h3 className="heading-s">{words.unreadableHeading}</h3>
      <ul className="list">
        {files.map((file) => (
          <li key={file.fileName}>{words.unreadable(file.fileName, file.problem)}</li>
        ))}
      </ul>
    </>
  );
}
