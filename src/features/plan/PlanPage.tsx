import { stepContent } from '../../content/steps';
import { ui } from '../../content/ui';
import { recommend } from '../../plan/recommend';
import { practiceFactsFrom } from '../../record/practiceFacts';
import { WizardContext } from '../../components/wizardContext';
import { PlanPageTop } from '../../components/PlanPageTop';
import { ActionList } from './ActionList';
import { ReplyByNotice } from '../../components/ReplyByNotice';
import { conditions } from '../../../machines/conditions';
import { useIncident } from '../../record/incidentContext';
import { usePracticeSettings } from '../../record/settingsContext';
import { useIncidentPages } from '../../components/incidentPages';
import { StepAddons } from '../../components/stepAddons';
import { diagramWords } from '../../content/diagram';
import { CheckAnswers } from './CheckAnswers';

/**
 * The end of the flow. The checklist comes first and fits a screen (each action's title, status,
 * who and by when; how and why on demand), then what not to do, then the answers it rests on.
 * What practice settings say (contacts, whether there is a policy, whether anyone watches online)
 * shapes the plan, so it is never asked again here.
 */
export function PlanPage() {
  const actor = WizardContext.useActorRef();
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const settings = usePracticeSettings();
  const plan = recommend(answers, practiceFactsFrom(settings));
  const foundAt = useIncident()?.record.foundAt ?? null;
  const pages = useIncidentPages();
  const content = stepContent.plan;
  return (
    <>
      <PlanPageTop onBack={() => actor.send({ type: 'wizard.back' })} emergency={plan.emergency}>
        {content.title}
      </PlanPageTop>
      {plan.urgentOnly ? (
        <div className="card card--warning">
          <h2 className="card__heading">{ui.plan.urgentOnlyTitle}</h2>
          <p>{ui.plan.urgentOnlyText}</p>
        </div>
      ) : null}
      {conditions.decidedToReply(answers) ? <ReplyByNotice foundAt={foundAt} /> : null}
      <ActionList plan={plan} settings={settings} />
      <CheckAnswers />
      <p className="notice">{ui.notLegalAdvice}</p>
      <div className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {ui.print}
        </button>
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'wizard.viewSources' })}>
          {ui.seeSources}
        </button>
        {pages ? (
          <button type="button" className="button button--secondary" onClick={pages.openDiagram}>
            {diagramWords.open}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'wizard.startAgain' })}>
          {ui.startAgain}
        </button>
      </div>
      <StepAddons step="plan" />
    </>
  );
}
