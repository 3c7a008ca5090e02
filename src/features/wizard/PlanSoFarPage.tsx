import { answersOnPath } from '../../../machines/stepAnswers';
import { ContentBlocks } from '../../components/ContentBlocks';
import { PlanPageTop } from '../../components/PlanPageTop';
import { WizardContext } from '../../components/wizardContext';
import { firstStepsWords } from '../../content/firstSteps';
import { stepContent } from '../../content/steps';
import { urgencyLabels } from '../../content/ui';
import { practiceFactsFrom } from '../../record/practiceFacts';
import { planSoFar } from '../../plan/recommend';
import { usePracticeSettings } from '../../record/settingsContext';
import { PlanSteps } from './PlanSteps';

/** The plan so far, open from any screen: only what the answers given already settle, marked as not finished. */
export function PlanSoFarPage() {
  const actor = WizardContext.useActorRef();
  const visited = WizardContext.useSelector((s) => s.context.visited);
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const settings = usePracticeSettings();
  const plan = planSoFar(answersOnPath(visited, answers), practiceFactsFrom(settings));
  const content = stepContent.planSoFar;
  const back = () => actor.send({ type: 'wizard.back' });
  return (
    <>
      <PlanPageTop onBack={back} emergency={plan.emergency}>
        {content.title}
      </PlanPageTop>
      <ContentBlocks blocks={content.body} />
      {plan.groups.length === 0 ? <p>{firstStepsWords.planSoFarEmpty}</p> : null}
      {plan.groups.map((group) => (
        <section key={group.urgency} aria-labelledby={`so-far-${group.urgency}`}>
          <h2 id={`so-far-${group.urgency}`} className="heading-m">
            {urgencyLabels[group.urgency].title}
          </h2>
          <PlanSteps actions={group.actions} />
        </section>
      ))}
      {plan.notToDo.length > 0 ? (
        <section aria-labelledby="so-far-dont">
          <h2 id="so-far-dont" className="heading-m">
            {firstStepsWords.dont}
          </h2>
          <ul className="list">
            {plan.notToDo.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <button type="button" className="button" onClick={back}>
        {firstStepsWords.backToQuestions}
      </button>
    </>
  );
}
