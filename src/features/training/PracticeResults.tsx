import { useId, useMemo } from 'react';
import { currentStep } from '../../../machines/stateValue';
import { WizardContext } from '../../components/wizardContext';
import { actions, type ActionId } from '../../content/actions';
import { questions, type Answers, type QuestionId } from '../../content/questions';
import type { Scenario } from '../../content/scenarioTypes';
import { verdictWords } from '../../content/training';
import { practiceResultsWords as words, verdictMarkers } from '../../content/trainingUi';
import { comparePractice, type PracticeRow } from '../../training/comparePaths';
import type { PracticeVerdict } from '../../content/training';
import { formatAnswer } from '../../note/formatAnswer';
import './training.css';

interface Props {
  readonly scenario: Scenario;
  readonly answers: Answers;
}

/**
 * Practice mode, at the plan: the trainee's answers beside the guidance's, and what that changes
 * in the plan. Worked out afresh from the answers each time: nothing is stored, and nothing here
 * knows who the trainee is.
 */
export function PracticeResults({ scenario, answers }: Props) {
  const { rows, planDifferences } = useMemo(() => comparePractice(scenario, answers), [scenario, answers]);
  const headingId = useId();
  return (
    <section className="training practice-results" aria-labelledby={headingId}>
      <h2 id={headingId} className="heading-m">
        {words.heading}
      </h2>
      <p>{words.notSaved}</p>
      <p>{words.summary(countVerdicts(rows))}</p>
      <table className="table practice-results__table">
        <caption className="practice-results__caption">{words.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.columns.question}</th>
            <th scope="col">{words.columns.guidance}</th>
            <th scope="col">{words.columns.trainee}</th>
            <th scope="col">{words.columns.verdict}</th>
            <th scope="col">{words.columns.why}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ResultRow key={row.question} row={row} />
          ))}
        </tbody>
      </table>
      <PlanDifferences missing={planDifferences.missing} extra={planDifferences.extra} />
    </section>
  );
}

function ResultRow({ row }: { readonly row: PracticeRow }) {
  return (
    <tr className={`practice-results__row practice-results__row--${row.verdict}`}>
      <th scope="row">{questions[row.question].summaryLabel}</th>
      <td data-label={words.columns.guidance}>
        {row.guidance.length === 0 ? words.notOnGuidanceRoute : valueWords(row.question, row.guidance)}
      </td>
      <td data-label={words.columns.trainee}>{row.trainee === null ? words.notAnswered : valueWords(row.question, row.trainee)}</td>
      <td data-label={words.columns.verdict}>
        <span className={`verdict verdict--${row.verdict}`}>{verdictMarkers[row.verdict]}</span>
      </td>
      <td data-label={words.columns.why}>{explanation(row)}</td>
    </tr>
  );
}

function PlanDifferences({ missing, extra }: { readonly missing: readonly ActionId[]; readonly extra: readonly ActionId[] }) {
  return (
    <>
      <h3 className="heading-s">{words.planHeading}</h3>
      {missing.length === 0 && extra.length === 0 ? <p>{words.planSame}</p> : null}
      <ActionTitles heading={words.missingHeading} ids={missing} />
      <ActionTitles heading={words.extraHeading} ids={extra} />
    </>
  );
}

function ActionTitles({ heading, ids }: { readonly heading: string; readonly ids: readonly ActionId[] }) {
  if (ids.length === 0) return null;
  return (
    <>
      <h4 className="heading-s">{heading}</h4>
      <ul className="list">
        {ids.map((id) => (
          <li key={id}>{actions[id].title}</li>
        ))}
      </ul>
    </>
  );
}

/** Stored option values in the words the trainee chose them by, the same as on the plan. */
function valueWords(question: QuestionId, values: readonly string[]): string {
  const answer = questions[question].kind === 'checkbox' ? values : values[0];
  return formatAnswer(question, { [question]: answer } as Answers) ?? values.join('; ');
}

/** A matching answer needs no comment; anything else says why, or at least what to do with it. */
function explanation(row: PracticeRow): string {
  if (row.why !== undefined) return row.why;
  return row.verdict === 'same' ? '' : verdictWords[row.verdict].description;
}

function countVerdicts(rows: readonly PracticeRow[]): Record<PracticeVerdict, number> {
  const counts: Record<PracticeVerdict, number> = { same: 0, alternative: 0, different: 0, notAsked: 0 };
  for (const row of rows) counts[row.verdict] += 1;
  return counts;
}

/**
 * The results for the open practice incident, shown only once the trainee reaches the plan so
 * nobody sees the guidance's answers while they are still answering.
 */
export function PracticeResultsAtPlan({ scenario }: { readonly scenario: Scenario }) {
  const atPlan = WizardContext.useSelector((s) => currentStep(s) === 'plan');
  const answers = WizardContext.useSelector((s) => s.context.answers);
  return atPlan ? <PracticeResults scenario={scenario} answers={answers} /> : null;
}
