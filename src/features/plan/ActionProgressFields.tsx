import { actionProgressWords } from '../../content/ui';
import { progressOf } from '../../record/actionProgress';
import { useIncident } from '../../record/incidentContext';
import type { ActionProgress, ActionStatus } from '../../record/schema';

const statuses: readonly ActionStatus[] = ['todo', 'done', 'notNeeded'];

/**
 * Status, owner and due date for one action, saved with the incident. Owners and dates are what
 * turn a plan into work that gets done, and what the note for the incident log reports.
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
          ? [...r.timeline, { at, kind: 'action', summary: actionProgressWords.timeline(title, actionProgressWords.statuses[merged.status]), ref: actionId }]
          : r.timeline,
      };
    }, when);
  const idBase = `progress-${actionId}`;
  return (
    <fieldset className="fieldset action-progress">
      <legend className="visually-hidden">{actionProgressWords.legend(title)}</legend>
      <div className="action-progress__statuses">
        {statuses.map((status) => (
          <div className="choice choice--inline" key={status}>
            <input
              className="choice__input choice__input--small"
              type="radio"
              id={`${idBase}-${status}`}
              name={idBase}
              checked={progress.status === status}
              onChange={() => change({ status }, 'now')}
            />
            <label className="choice__label" htmlFor={`${idBase}-${status}`}>
              {actionProgressWords.statuses[status]}
            </label>
          </div>
        ))}
      </div>
      <div className="action-progress__fields">
        <div>
          <label className="label label--small" htmlFor={`${idBase}-owner`}>
            {actionProgressWords.owner}
          </label>
          <input
            className="input"
            id={`${idBase}-owner`}
            autoComplete="off"
            value={progress.owner ?? ''}
            onChange={(event) => change({ owner: event.target.value === '' ? undefined : event.target.value }, 'afterTyping')}
          />
        </div>
        <div>
          <label className="label label--small" htmlFor={`${idBase}-due`}>
            {actionProgressWords.due}
          </label>
          <input
            className="input"
            id={`${idBase}-due`}
            type="date"
            value={progress.due ?? ''}
            onChange={(event) => change({ due: event.target.value === '' ? undefined : event.target.value }, 'now')}
          />
        </div>
      </div>
    </fieldset>
  );
}
