import { sources } from '../../content/sources';
import { ui, urgencyLabels } from '../../content/ui';
import type { Plan } from '../../plan/types';
import { ActionProgressFields } from './ActionProgressFields';

/** The plan's actions, grouped by how soon they matter, each with its reason and sources. */
export function ActionList({ plan }: { plan: Plan }) {
  return (
    <>
      {plan.groups.map((group) => (
        <section key={group.urgency} className="action-group" aria-labelledby={`group-${group.urgency}`}>
          <h2 id={`group-${group.urgency}`} className="heading-m">
            {urgencyLabels[group.urgency].title}
          </h2>
          <p className="hint">{urgencyLabels[group.urgency].hint}</p>
          <ol className="action-list">
            {group.actions.map((action) => (
              <li key={action.id} className={`action${action.emergency ? ' action--emergency' : ''}`}>
                <h3 className="action__title">
                  {action.emergency ? <span className="tag tag--urgent">Emergency</span> : null} {action.title}
                </h3>
                {action.details.length > 0 ? (
                  <ul className="list">
                    {action.details.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                ) : null}
                <p>
                  <strong>{ui.plan.whyLabel}</strong> {action.why}
                </p>
                <p className="hint">
                  {ui.sourcesLabel}: {action.sources.map((id) => sources[id].title).join('; ')}
                </p>
                <ActionProgressFields actionId={action.id} title={action.title} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      {plan.notToDo.length > 0 ? (
        <section aria-labelledby="not-to-do" className="action-group">
          <h2 id="not-to-do" className="heading-m">
            {ui.plan.notToDoHeading}
          </h2>
          <ul className="list list--spaced">
            {plan.notToDo.map((item) => (
              <li key={item.id}>
                <strong>{item.text}</strong>
                <br />
                <span className="hint">{item.why}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
