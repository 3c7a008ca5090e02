import { answersOnPath } from '../../../machines/stepAnswers';
import { firstStepsWords } from '../../content/firstSteps';
import { WizardContext } from '../../components/wizardContext';
import { practiceFactsFrom } from '../../record/practiceFacts';
import { firstSteps } from '../../plan/recommend';
import { usePracticeSettings } from '../../record/settingsContext';
import { PlanSteps } from './PlanSteps';
import { WhoToTell } from './WhoToTell';

/**
 * The first safe steps, from the safety answers alone: what to do now, who to tell, what not to
 * do. They are the plan's own settled steps, so finishing the questions adds to them; the one
 * exception is "save a copy", which gives way to "keep the copy you saved" once it is done.
 */
export function FirstStepsCard() {
  const visited = WizardContext.useSelector((s) => s.context.visited);
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const settings = usePracticeSettings();
  const plan = firstSteps(answersOnPath(visited, answers), practiceFactsFrom(settings));
  const now = plan.groups.find((group) => group.urgency === 'now')?.actions ?? [];
  const today = plan.groups.find((group) => group.urgency === 'withinHours')?.actions ?? [];
  return (
    <div className="card card--warning first-steps">
      <h2 className="heading-m">{firstStepsWords.doNow}</h2>
      <PlanSteps actions={now} />
      {today.length > 0 ? (
        <>
          <h2 className="heading-m">{firstStepsWords.doToday}</h2>
          <PlanSteps actions={today} />
        </>
      ) : null}
      <h2 className="heading-m">{firstStepsWords.tellNow}</h2>
      <WhoToTell />
      <h2 className="heading-m">{firstStepsWords.dont}</h2>
      <ul className="list">
        {plan.notToDo.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    </div>
  );
}
