import { questionsOf, type StepId } from '../../../machines/steps';
import { StepAddons, StepFooterAddons } from '../../components/stepAddons';
import { ui } from '../../content/ui';
import { WizardContext } from '../../components/wizardContext';
import { InfoContinue } from './InfoContinue';
import { PauseTimer } from './PauseTimer';
import { QuestionForm } from './QuestionForm';
import { StepExtras } from './StepExtras';
import { StepFrame } from './StepFrame';

/** One screen of the guidance: its words, anything worked out from earlier answers, and Continue. */
export function WizardStep({ step }: { step: StepId }) {
  const questionCount = questionsOf(step).length;
  return (
    <StepFrame step={step} showHeading={questionCount !== 1}>
      {step === 'calm' ? <PauseTimer /> : null}
      <StepExtras step={step} />
      <StepAddons step={step} />
      {questionCount > 0 ? <QuestionForm step={step} /> : <InfoContinue />}
      <StepFooterAddons step={step} />
      {step === 'calm' ? null : <StartAgainLink />}
    </StepFrame>
  );
}

function StartAgainLink() {
  const actor = WizardContext.useActorRef();
  return (
    <p className="start-again">
      <button type="button" className="link-button" onClick={() => actor.send({ type: 'wizard.startAgain' })}>
        {ui.startAgain}
      </button>
    </p>
  );
}
