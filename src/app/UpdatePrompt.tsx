import { updateWords } from '../content/updates';
import { applyUpdate, dismissUpdate, useOfflineSupport, useServiceWorkerState } from './serviceWorker';

/**
 * "A new version is ready", with "Update now" (saves every open incident, then reloads into the
 * new version) and "Later". Once service workers are known to work, the status region is always
 * on the page, empty until needed, so screen readers are already listening when the news comes.
 * Renders nothing in development, in tests and where service workers are unavailable.
 */
export function UpdatePrompt() {
  const { offline, update, dismissed, blockedBy } = useServiceWorkerState();
  const visible = update !== 'none' && !dismissed;
  if (!visible && offline !== 'ready') return null;
  const message =
    update === 'updating'
      ? updateWords.updating
      : update === 'blocked'
        ? blockedBy === 'openForm'
          ? updateWords.blockedByForm
          : updateWords.blocked
        : updateWords.explain;
  // The same elements whether shown or not, so the status region is never replaced.
  return (
    <div className={visible ? 'card card--info' : undefined}>
      <div role="status">
        {visible ? (
          <>
            <p>
              <strong>{updateWords.ready}</strong>
            </p>
            <p>{message}</p>
          </>
        ) : null}
      </div>
      {visible ? (
        <div className="button-group">
          {/* Not disabled while updating: applyUpdate ignores a second press, and focus stays put. */}
          <button type="button" className="button" onClick={() => void applyUpdate()}>
            {updateWords.updateNow}
          </button>
          <button type="button" className="button button--secondary" onClick={dismissUpdate}>
            {updateWords.later}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** One plain line for the home screen when this computer will not let the tool work offline. */
export function OfflineNotice() {
  return useOfflineSupport() === 'unavailable' ? <p className="hint">{updateWords.offlineUnavailable}</p> : null;
}
