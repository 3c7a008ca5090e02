import { useState } from 'react';
import { saveStatusWords } from '../content/home';
import { formatLocalTime } from '../record/practiceTimeFormat';
import type { SaveStatus } from '../record/autosaver';

/**
 * Whether this incident is safely saved. Success is shown quietly (announcing every save would
 * drown the questions for a screen reader user); failures interrupt, because work is at risk.
 */
export function SaveStatusLine({
  status,
  savesOnThisComputer,
  onReloadLatest,
  onKeepCopy,
}: {
  status: SaveStatus | null;
  savesOnThisComputer: boolean;
  onReloadLatest: () => void;
  /** Saves this tab's version as a new incident marked as a copy; resolves with its reference. */
  onKeepCopy?: () => Promise<string>;
}) {
  const [copy, setCopy] = useState<
    { readonly state: 'saving' | 'failed' } | { readonly state: 'saved'; readonly reference: string } | null
  >(null);
  const keepCopy = (save: () => Promise<string>) => {
    if (copy?.state === 'saving') return;
    setCopy({ state: 'saving' });
    save().then(
      (reference) => setCopy({ state: 'saved', reference }),
      () => setCopy({ state: 'failed' }),
    );
  };
  if (!savesOnThisComputer) {
    return (
      <p className="save-status save-status--warning" role="alert">
        {saveStatusWords.memoryOnly}
      </p>
    );
  }
  if (status === null) return null;
  switch (status.state) {
    case 'saved':
      return <p className="save-status">{saveStatusWords.saved(formatLocalTime(status.at))}</p>;
    case 'saving':
      return <p className="save-status">{saveStatusWords.saving}</p>;
    case 'failed':
      return (
        <p className="save-status save-status--warning" role="alert">
          {saveStatusWords.failed(status.message)}
        </p>
      );
    case 'conflict':
      return (
        <div className="save-status save-status--warning" role="alert">
          <p>{saveStatusWords.conflict}</p>
          {onKeepCopy === undefined || copy?.state === 'saved' ? null : (
            <>
              <p>{saveStatusWords.reloadDiscards}</p>
              <button
                type="button"
                className="button"
                onClick={() => keepCopy(onKeepCopy)}
                aria-disabled={copy?.state === 'saving' || undefined}
              >
                {copy?.state === 'saving' ? saveStatusWords.keepingCopy : saveStatusWords.keepCopy}
              </button>{' '}
            </>
          )}
          {copy?.state === 'saved' ? <p>{saveStatusWords.keptCopy(copy.reference)}</p> : null}
          {copy?.state === 'failed' ? <p>{saveStatusWords.keepCopyFailed}</p> : null}
          <button type="button" className="button button--secondary" onClick={onReloadLatest}>
            {saveStatusWords.reloadLatest}
          </button>
        </div>
      );
  }
}
