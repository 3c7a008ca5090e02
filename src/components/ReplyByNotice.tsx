import { clockWords } from '../content/ui';
import { replyByDeadline } from '../record/clock';
import { formatLocalDateTime } from '../record/practiceTimeFormat';
import { usePracticeSettings } from '../record/settingsContext';
import { defaultSettings } from '../record/settingsSchema';

/**
 * The suggested reply-by time, worked out from when the post was found (stored), so it is right
 * after a reload and never depends on a timer that was running.
 */
export function ReplyByNotice({ foundAt, now = new Date() }: { foundAt: string | null; now?: Date }) {
  const settings = usePracticeSettings() ?? defaultSettings;
  if (foundAt === null) return null;
  const deadline = replyByDeadline({ foundAt, now, hours: settings.replyByHours, workingHours: settings.workingHours });
  return (
    <div className="card card--info">
      <h2 className="card__heading">{clockWords.replyByTitle}</h2>
      <p>
        <strong>{clockWords.replyBy(formatLocalDateTime(deadline.due))}</strong>
      </p>
      {deadline.remainingMs < 0 ? <p>{clockWords.overdue}</p> : deadline.paused ? <p>{clockWords.paused}</p> : null}
      <p className="hint">{clockWords.basis(settings.replyByHours)}</p>
    </div>
  );
}
