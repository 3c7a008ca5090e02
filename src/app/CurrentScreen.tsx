import { lazy, Suspense, useContext, useEffect, useRef } from 'react';
import { currentStep } from '../../machines/stateValue';
import type { StepId } from '../../machines/steps';
import { HasNavigatedContext, stepHeadingId } from '../components/pageHeading';
import { stepContent } from '../content/steps';
import { ui } from '../content/ui';
import { PlanSoFarPage } from '../features/wizard/PlanSoFarPage';
import { StartAgainPage } from '../features/wizard/StartAgainPage';
import { WizardStep } from '../features/wizard/WizardStep';
import { WizardContext } from '../components/wizardContext';

// The plan and its sources carry the bulk of the guidance text and are only needed at the end,
// so they load as a separate chunk and keep the first screen fast.
const PlanPage = lazy(() => import('../features/plan/PlanPage').then((m) => ({ default: m.PlanPage })));
const SourcesPage = lazy(() => import('../features/plan/SourcesPage').then((m) => ({ default: m.SourcesPage })));

/** Shows whichever screen the machine is on. It never decides where to go; it only renders. */
export function CurrentScreen() {
  const step = WizardContext.useSelector(currentStep);
  const hasErrors = WizardContext.useSelector((s) => s.context.errors.length > 0);
  const focusHeading = useHeadingFocusAfterNavigation(step);

  useEffect(() => {
    document.title = `${hasErrors ? `${ui.errorPrefix} ` : ''}${stepContent[step].title} – ${ui.appName}`;
  }, [step, hasErrors]);

  return (
    <Suspense fallback={<p role="status">{ui.loading}</p>}>
      <ScreenFor key={step} step={step} onShown={focusHeading} />
    </Suspense>
  );
}

function ScreenFor({ step, onShown }: { step: StepId; onShown: () => void }) {
  // Runs once the screen is really on the page, which for the lazy plan is after it has loaded.
  useEffect(onShown, [onShown]);
  switch (step) {
    case 'plan':
      return <PlanPage />;
    case 'sources':
      return <SourcesPage />;
    case 'confirmStartAgain':
      return <StartAgainPage />;
    case 'planSoFar':
      return <PlanSoFarPage />;
    default:
      return <WizardStep step={step} />;
  }
}

/**
 * After every move (not on first load) focus goes to the new h1, which screen readers announce;
 * no extra live region, which would announce the page twice.
 */
function useHeadingFocusAfterNavigation(step: StepId): () => void {
  const firstStep = useRef<StepId | null>(null);
  const navigated = useRef(useContext(HasNavigatedContext));
  if (firstStep.current === null) firstStep.current = step;
  if (step !== firstStep.current) navigated.current = true;
  const focus = useRef(() => {
    if (navigated.current) document.getElementById(stepHeadingId)?.focus();
  });
  return focus.current;
}
