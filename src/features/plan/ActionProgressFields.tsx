import { actionProgressWords } from '../../content/ui';
import { progressOf } from '../../record/actionProgress';
import { useIncident } from '../../record/incidentContext';
import type { ActionProgress, ActionStatus } from '../../record/schema';

const statuses: readonly ActionStatus[] = ['todo', 'done', 'notNeeded'];

/**
 * Status, owner and due date for one action, saved with the incident, under the action's how-to:
 * the checklist line shows what they hold. Owners and dates are what turn a plan into work that
 * gets done, and what the note for the incident log reports. Each control's label names its
 * action for screen readers, since several actions can be open at once.
 */
export function ActionProgressFields({ actionId, title }: { actionId: string; title: string }) {
  const incident = useIncident();
  if (!incident) return null;
  const { record, update } = incident;
  const progress: ActionProgress = progressOf(record, actionId) ?? { status: 'todo', updatedAt: record.createdAt };
  const change = (next: Partial<ActionProgress>, when: 'now' | 'afterTyping') =>
    update((r) => {
      const at = new Date().toISOString();
      const current = r.actions[actionId] ?? progress;
      const merged: ActionProgress = { ...current, ...next, updatedAt: at };
      const statusChanged = next.status !== undefined && next.status !== current.status;
      return {
        ...r,
        actions: { ...r.actions, [actionId]: merged },
        timeline: statusChanged
          ? [
              ...r.timeline,
              {
                at,
                kind: 'action',
                summary: actionProgressWords.timeline(title, actionProgressWords.statuses[merged.status]),
                ref: actionId,
              },
            ]
          : r.timeline,
      };
    }, when);
  const idBase = `progress-${actionId}`;
  const forThis = <span className="visually-hidden">{actionProgressWords.forAction(title)}</span>;
  return (
    <>
      <div className="action-row__field action-row__field--status">
        <label className="action-row__label" htmlFor={`${idBase}-status`}>
          {actionProgressWords.status}
          {forThis}
        </label>
        <select
          className="action-row__select"
          id={`${idBase}-status`}
          value={progress.status}
          onChange={(event) => {
            const status = statuses.find((value) => value === event.target.value);
            if (status !== undefined) change({ status }, 'now');
          }}
        >
          {statuses.map((status) => (
            <option key={status} value={status}>
              {actionProgressWords.statuses[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="action-row__field action-row__field--owner">
        <label className="action-row__label" htmlFor={`${idBase}-owner`}>
          {actionProgressWords.owner}
          {forThis}
        </label>
        <input
          className="input action-row__input"
          id={`${idBase}-owner`}
          autoComplete="off"
          value={progress.owner ?? ''}
          onChange={(event) => change({ owner: event.target.value === '' ? undefined : event.target.value }, 'afterTyping')}
        />
      </div>
      <div className="action-row__field action-row__field--due">
        <label className="action-row__label" htmlFor={`${idBase}-due`}>
          {actionProgressWords.due}
          {forThis}
        </label>
        <input
          className="input action-row__input"
          id={`${idBase}-due`}
          type="date"
          value={progress.due ?? ''}
          onChange={(event) => change({ due: event.target.value === '' ? undefined : event.target.value }, 'now')}
        />
      </div>
    </>
  );
}
