import { lazy, Suspense, useEffect } from 'react';
import { currentStep } from '../../machines/stateValue';
import type { StepId } from '../../machines/steps';
import { useMoveTo } from '../components/pageFocus';
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
  // Each step is a move: its heading takes focus once drawn (the lazy plan, once loaded).
  useMoveTo(step);

  useEffect(() => {
    document.title = `${hasErrors ? `${ui.errorPrefix} ` : ''}${stepContent[step].title} – ${ui.appName}`;
  }, [step, hasErrors]);

  return (
    <Suspense fallback={<p role="status">{ui.loading}</p>}>
      <ScreenFor key={step} step={step} />
    </Suspense>
  );
}

function ScreenFor({ step }: { step: StepId }) {
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
