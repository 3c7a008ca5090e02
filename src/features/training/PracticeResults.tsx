import { useEffect, useId, useMemo, useRef } from 'react';
import { currentStep } from '../../../machines/stateValue';
import { useFocusOwed } from '../../components/pageFocus';
import { WizardContext } from '../../components/wizardContext';
import { actions, type ActionId } from '../../content/actions';
import { questions, type Answers, type QuestionId } from '../../content/questions';
import type { Scenario } from '../../content/scenarioTypes';
import { practiceLessonWords, verdictWords, type PracticeLessonId } from '../../content/training';
import { practiceResultsWords as words, verdictMarkers } from '../../content/trainingUi';
import { comparePractice, type PracticeReply, type PracticeRow, type ReplyVerdict } from '../../training/comparePaths';
import type { PracticeVerdict } from '../../content/training';
import { formatAnswer } from '../../note/formatAnswer';
import { useIncident } from '../../record/incidentContext';
import { usePracticeSettings } from '../../record/settingsContext';
import './training.css';

interface Props {
  readonly scenario: Scenario;
  readonly answers: Answers;
  /** The trainee's reply draft, if they wrote one: it goes through the same checks as a real one. */
  readonly reply?: PracticeReply;
}

/**
 * Practice mode, at the plan: the trainee's answers beside the guidance's, and what that changes
 * in the plan. Worked out afresh from the answers each time: nothing is stored, and nothing here
 * knows who the trainee is.
 */
export function PracticeResults({ scenario, answers, reply }: Props) {
  const {
    rows,
    planDifferences,
    lessons,
    reply: replyVerdict,
  } = useMemo(() => comparePractice(scenario, answers, reply), [scenario, answers, reply]);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const owed = useFocusOwed();
  // Drawn above the plan, so on arriving at the plan in practice the comparison is what takes the
  // focus owed to the new page (and so what is scrolled to), not the plan's heading below it.
  useEffect(() => {
    if (owed.claim()) heading.current?.focus();
  }, [owed]);
  return (
    <section className="training practice-results" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="heading-m">
        {words.heading}
      </h2>
      <p>{words.notSaved}</p>
      <p>{words.summary(countVerdicts(rows))}</p>
      <Lessons ids={lessons} />
      <Differences rows={rows.filter((row) => row.verdict === 'different')} />
      {replyVerdict ? <ReplyResults verdict={replyVerdict} /> : null}
      <PlanDifferences missing={planDifferences.missing} extra={planDifferences.extra} />
      <h3 className="heading-s">{words.tableHeading}</h3>
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
    </section>
  );
}

function Lessons({ ids }: { readonly ids: readonly PracticeLessonId[] }) {
  if (ids.length === 0) return null;
  return (
    <div className="practice-results__lessons">
      <h3 className="heading-s">{words.lessonsHeading}</h3>
      <ul className="list list--spaced">
        {ids.map((id) => (
          <li key={id}>
            <strong>{practiceLessonWords[id].title}.</strong> {practiceLessonWords[id].text}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Each difference in a sentence or two, before the table: what was said, and why the guidance differs. */
function Differences({ rows }: { readonly rows: readonly PracticeRow[] }) {
  return (
    <>
      <h3 className="heading-s">{words.differencesHeading}</h3>
      {rows.length === 0 ? (
        <p>{words.noDifferences}</p>
      ) : (
        <ul className="list list--spaced practice-results__differences">
          {rows.map((row) => (
            <li key={row.question}>
              <strong>{questions[row.question].summaryLabel}.</strong>{' '}
              {words.answeredBeside(
                row.trainee === null ? words.notAnswered : valueWords(row.question, row.trainee),
                row.guidance.length === 0 ? words.notOnGuidanceRoute : valueWords(row.question, row.guidance),
              )}{' '}
              {explanation(row)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ReplyResults({ verdict }: { readonly verdict: ReplyVerdict }) {
  return (
    <>
      <h3 className="heading-s">{words.replyHeading}</h3>
      {verdict.checks.length === 0 ? (
        <p>{words.replyClean}</p>
      ) : (
        <ul className="list list--spaced">
          {verdict.checks.map((check) => (
            <li key={check.id}>{check.message}</li>
          ))}
        </ul>
      )}
    </>
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
  const draft = useIncident()?.record.reply?.draft;
  const staffNames = usePracticeSettings()?.staffNames;
  const reply = useMemo(() => (draft ? { text: draft, staffNames: staffNames ?? [] } : undefined), [draft, staffNames]);
  return atPlan ? <PracticeResults scenario={scenario} answers={answers} reply={reply} /> : null;
}
