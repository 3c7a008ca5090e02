import { sections } from '../../content/sections';
import { ui } from '../../content/ui';
import { currentStep } from '../../../machines/stateValue';
import { routeSteps, sectionOf } from '../../../machines/steps';
import type { SectionId } from '../../content/sections';
import { WizardContext } from '../../components/wizardContext';

const sectionOrder: readonly SectionId[] = [...new Set(routeSteps.map((step) => step.section))];

/**
 * The stages of the guidance, read from the machine's route so it cannot drift from the flow.
 * The current stage and finished stages are marked in words as well as style.
 */
export function ProgressList() {
  const step = WizardContext.useSelector(currentStep);
  const visited = WizardContext.useSelector((s) => s.context.visited);
  const current = sectionOf(step);
  if (current === 'side') return null;
  const done = new Set(visited.map((id) => sectionOf(id)));
  return (
    <nav className="progress" aria-label={ui.progressLabel}>
      <ol className="progress__list">
        {sectionOrder.map((section) => {
          const isCurrent = section === current;
          const isDone = !isCurrent && done.has(section);
          return (
            <li
              key={section}
              className={`progress__item${isCurrent ? ' progress__item--current' : ''}${isDone ? ' progress__item--done' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
            >
              {isDone ? <span aria-hidden="true">✓ </span> : null}
              {sections[section].label}
              {isCurrent ? <span className="visually-hidden">{` (${ui.progressCurrent})`}</span> : null}
              {isDone ? <span className="visually-hidden">{` (${ui.progressDone})`}</span> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
