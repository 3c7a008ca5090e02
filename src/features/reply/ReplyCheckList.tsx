import { useEffect, useRef, useState } from 'react';
import { replyBuilderContent } from '../../content/replyBuilder';
import { secondReaderCheckIds, type ReplyCheck } from '../../plan/replyChecks';

const words = replyBuilderContent;
const headingId = 'reply-checks-heading';

/** Long enough that a screen reader is not interrupted mid-word, short enough to follow the typing. */
export const checkAnnouncementDelayMs = 1500;

/**
 * What the checks found, listed in full and updated as the user types. A screen reader hears only
 * the count, once typing pauses: reading every change aloud would drown out the typing itself.
 */
export function ReplyCheckList({ checks }: { checks: readonly ReplyCheck[] }) {
  const announcement = useDebouncedAnnouncement(words.checksSummary(checks.length));
  return (
    <section aria-labelledby={headingId} className={`card ${checks.length > 0 ? 'card--warning' : 'card--info'}`}>
      <h3 className="card__heading" id={headingId}>
        {words.checksHeading}
      </h3>
      {checks.length === 0 ? (
        <p>{words.noChecks}</p>
      ) : (
        <>
          <p className="hint">{words.checksIntro}</p>
          <ul className="list list--spaced">
            {checks.map((check) => (
              <li key={check.id}>
                <strong>{words.checkTitles[check.id]}:</strong> {check.message}
              </li>
            ))}
          </ul>
          {checks.some((check) => secondReaderCheckIds.includes(check.id)) ? <p>{words.secondReaderNow}</p> : null}
        </>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}

/**
 * The summary once it has stopped changing. Nothing is said on first showing, or when the count
 * ends where it started: only a change worth hearing is announced.
 */
function useDebouncedAnnouncement(summary: string): string {
  const [announced, setAnnounced] = useState('');
  const lastSaid = useRef(summary);
  useEffect(() => {
    if (summary === lastSaid.current) return;
    const timer = window.setTimeout(() => {
      lastSaid.current = summary;
      setAnnounced(summary);
    }, checkAnnouncementDelayMs);
    return () => window.clearTimeout(timer);
  }, [summary]);
  return announced;
}
