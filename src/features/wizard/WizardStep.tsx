import { isRouteStep, questionsOf, type StepId } from '../../../machines/steps';
import { firstStepsWords } from '../../content/firstSteps';
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
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const questionCount = questionsOf(step, answers).length;
  const first = step === 'start';
  return (
    <StepFrame step={step} showHeading={questionCount !== 1}>
      {first ? <PauseTimer /> : null}
      <StepExtras step={step} />
      <StepAddons step={step} />
      {questionCount > 0 ? <QuestionForm step={step} /> : isRouteStep(step) ? <InfoContinue /> : <BackToPlan />}
      <StepFooterAddons step={step} />
      {first || !isRouteStep(step) ? null : <PlanSoFarLink />}
      {first || !isRouteStep(step) ? null : <StartAgainLink />}
    </StepFrame>
  );
}

/** Open from every question screen after the first: what the answers so far already settle. */
function PlanSoFarLink() {
  const actor = WizardContext.useActorRef();
  return (
    <p className="start-again">
      <button type="button" className="link-button" onClick={() => actor.send({ type: 'wizard.viewPlanSoFar' })}>
        {firstStepsWords.planSoFarLink}
      </button>
    </p>
  );
}

/** A screen opened from the plan (drafting the reply) goes back to it. */
function BackToPlan() {
  const actor = WizardContext.useActorRef();
  return (
    <button type="button" className="button" onClick={() => actor.send({ type: 'wizard.back' })}>
      {ui.backToPlan}
    </button>
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
