import { questions, type QuestionId } from '../../content/questions';
import { ui } from '../../content/ui';
import { questionsOf, type StepId } from '../../../machines/steps';
import { WizardContext } from '../../components/wizardContext';
import { formatAnswer } from '../../note/formatAnswer';

/** The answers on this path, each with a Change button that returns to its screen. */
export function CheckAnswers() {
  const actor = WizardContext.useActorRef();
  const visited = WizardContext.useSelector((s) => s.context.visited);
  const answers = WizardContext.useSelector((s) => s.context.answers);
  // Only the questions each screen asked for these answers (a screen can ask some only when they
  // apply), each once, at the screen that asked it first.
  const rows: { step: StepId; id: QuestionId }[] = [];
  for (const step of visited) {
    for (const id of questionsOf(step, answers)) if (!rows.some((row) => row.id === id)) rows.push({ step, id });
  }
  return (
    <section aria-labelledby="check-answers-heading">
      <h2 id="check-answers-heading" className="heading-m">
        {ui.plan.checkAnswersHeading}
      </h2>
      <p>{ui.plan.checkAnswersIntro}</p>
      <dl className="summary-list">
        {rows.map(({ step, id }) => (
          <div className="summary-list__row" key={id}>
            <dt className="summary-list__key">{questions[id].summaryLabel}</dt>
            <dd className="summary-list__value">{formatAnswer(id, answers) ?? ui.plan.noAnswer}</dd>
            <dd className="summary-list__actions">
              <button type="button" className="link-button" onClick={() => actor.send({ type: 'wizard.change', step })}>
                {ui.change} <span className="visually-hidden">{questions[id].summaryLabel.toLowerCase()}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
