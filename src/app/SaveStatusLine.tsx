import { saveStatusWords } from '../content/home';
import { formatLocalTime } from '../record/clock';
import type { SaveStatus } from '../record/autosaver';

/**
 * Whether this incident is safely saved. Success is shown quietly (announcing every save would
 * drown the questions for a screen reader user); failures interrupt, because work is at risk.
 */
export function SaveStatusLine({
  status,
  savesOnThisComputer,
  onReloadLatest,
}: {
  status: SaveStatus | null;
  savesOnThisComputer: boolean;
  onReloadLatest: () => void;
}) {
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
          <button type="button" className="button button--secondary" onClick={onReloadLatest}>
            {saveStatusWords.reloadLatest}
          </button>
        </div>
      );
  }
}
