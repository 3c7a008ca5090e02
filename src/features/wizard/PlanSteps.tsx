import { LineList } from '../../components/LineList';
import type { PlannedAction } from '../../plan/types';

/** A short list of plan steps, each a title with its how-to lines: what the first-steps card and the plan so far show. */
export function PlanSteps({ actions }: { actions: readonly PlannedAction[] }) {
  return (
    <ol className="action-list">
      {actions.map((action) => (
        <li key={action.id} className={`action${action.emergency ? ' action--emergency' : ''}`}>
          <h3 className="action__title">{action.title}</h3>
          <LineList lines={action.details} />
        </li>
      ))}
    </ol>
  );
}
