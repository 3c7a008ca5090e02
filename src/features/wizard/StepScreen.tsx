import { useEffect, useRef } from 'react';
import { questionsOf, type StepId } from '../../../machines/steps';
import { stepContent } from '../../content/steps';
import { ui } from '../../content/ui';
import { WizardContext } from '../../app/wizardContext';
import { PlanPage } from '../plan/PlanPage';
import { SourcesPage } from '../plan/SourcesPage';
import { InfoContinue } from './InfoContinue';
import { PauseTimer } from './PauseTimer';
import { QuestionForm } from './QuestionForm';
import { StartAgainPage } from './StartAgainPage';
import { StepExtras } from './StepExtras';
import { StepFrame } from './StepFrame';
import { stepHeadingId } from './fieldIds';

/** Shows whichever screen the machine is on. It never decides where to go; it only renders. */
export function StepScreen() {
  const step = WizardContext.useSelector((s) => s.value as StepId);
  const hasErrors = WizardContext.useSelector((s) => s.context.errors.length > 0);
  useHeadingFocusOnNavigation(step);

  useEffect(() => {
    const title = stepContent[step].title;
    document.title = `${hasErrors ? `${ui.errorPrefix} ` : ''}${title} – ${ui.appName}`;
  }, [step, hasErrors]);

  return <Screen key={step} step={step} />;
}

function Screen({ step }: { step: StepId }) {
  if (step === 'plan') return <PlanPage />;
  if (step === 'sources') return <SourcesPage />;
  if (step === 'confirmStartAgain') return <StartAgainPage />;
  const questionCount = questionsOf(step).length;
  return (
    <StepFrame step={step} showHeading={questionCount !== 1}>
      {step === 'calm' ? <PauseTimer /> : null}
      <StepExtras step={step} />
      {questionCount > 0 ? <QuestionForm step={step} /> : <InfoContinue />}
      <StartAgainLink step={step} />
    </StepFrame>
  );
}

function StartAgainLink({ step }: { step: StepId }) {
  const actor = WizardContext.useActorRef();
  if (step === 'calm') return null;
  return (
    <p className="start-again">
      <button type="button" className="link-button" onClick={() => actor.send({ type: 'wizard.startAgain' })}>
        {ui.startAgain}
      </button>
    </p>
  );
}

/**
 * After every move (not on first load) focus goes to the new h1, which screen readers announce;
 * no extra live region, which would announce the page twice.
 */
function useHeadingFocusOnNavigation(step: StepId): void {
  const previous = useRef<StepId | null>(null);
  useEffect(() => {
    if (previous.current !== null && previous.current !== step) {
      document.getElementById(stepHeadingId)?.focus();
    }
    previous.current = step;
  }, [step]);
}
