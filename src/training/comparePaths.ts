/**
 * Practice mode: a trainee's answers beside the guidance's, screen by screen, and what that does
 * to the plan. Both sets of answers are driven through the real incident machine, so a trainee
 * who chose differently early on is compared on the screens they actually saw, not on a route
 * they never took. Pure: nothing is stored, and nothing here knows who the trainee is.
 */
import { createActor } from 'xstate';
import { incidentMachine } from '../../machines/incidentMachine';
import { currentStep } from '../../machines/stateValue';
import { answersOnPath } from '../../machines/stepAnswers';
import { questionsOf, routeStepIds, type RouteStepId, type StepId } from '../../machines/steps';
import type { ActionId } from '../content/actions';
import { questions, type Answers, type QuestionId } from '../content/questions';
import type { Scenario } from '../content/scenarioTypes';
import { practiceComparisonWords, practiceLessonWords, type PracticeLessonId, type PracticeVerdict } from '../content/training';
import { actionIdsFor } from '../plan/recommend';
import { checkReply, type ReplyCheck } from '../plan/replyChecks';
import type { ReplyCheckId } from '../content/replyChecks';
import { explainDifference, planEffectOf, type PlanEffect } from './explainDifference';

export interface PracticeRow {
  readonly step: RouteStepId;
  readonly question: QuestionId;
  /** Option values; empty when the guidance's route never reaches this screen. */
  readonly guidance: string[];
  /** Option values, or null when the trainee's route never reached (or never answered) it. */
  readonly trainee: string[] | null;
  readonly verdict: PracticeVerdict;
  readonly why?: string;
  /** On a different answer both routes asked: what the guidance's answer alone changes in the plan. */
  readonly effect?: PlanEffect;
}

/** The trainee's reply draft, as typed on the reply screen, and the staff names the checks look for. */
export interface PracticeReply {
  readonly text: string;
  readonly staffNames: readonly string[];
}

export interface ReplyVerdict {
  readonly checks: ReplyCheck[];
  /** The checks that mean the reply could breach confidentiality. */
  readonly breaches: ReplyCheck[];
}

export interface PracticeComparison {
  readonly rows: PracticeRow[];
  readonly planDifferences: { readonly missing: ActionId[]; readonly extra: ActionId[] };
  /** What this run is named for, most important first: shown before the table. */
  readonly lessons: PracticeLessonId[];
  /** Null when the trainee drafted no reply. */
  readonly reply: ReplyVerdict | null;
}

/**
 * A reply that confirms someone is a patient, gives a detail of care or points to a colleague
 * breaches confidentiality (GMC, confidentiality and social media guidance), whatever the decision.
 */
const confidentialityChecks: readonly ReplyCheckId[] = ['confirmsPatient', 'patientDetail', 'namesColleague'];

interface Route {
  readonly steps: ReadonlySet<StepId>;
  /** Only the answers given on this route, as the plan would see them. */
  readonly answers: Answers;
}

/**
 * Answers screen after screen until the plan. A set of answers that runs out part-way (a
 * trainee who stopped early) ends the route there rather than failing: the rest is "not reached".
 */
function walk(all: Answers): Route {
  const actor = createActor(incidentMachine).start();
  const current = () => currentStep(actor.getSnapshot());
  const steps: StepId[] = [current()];
  // Each Continue moves at least one screen on, so the route length bounds the loop.
  for (let i = 0; i < routeStepIds.length && current() !== 'plan'; i += 1) {
    const before = current();
    // Only what this screen asks, given the answers so far: a stray colleague's role is not sent.
    const mine: Partial<Record<QuestionId, unknown>> = {};
    for (const id of questionsOf(before, actor.getSnapshot().context.answers)) {
      if (all[id] !== undefined) mine[id] = all[id];
    }
    actor.send({ type: 'wizard.continue', answers: mine as Answers });
    if (current() === before) break;
    steps.push(current());
  }
  const { visited, answers } = actor.getSnapshot().context;
  actor.stop();
  // At the plan the machine has already kept only on-route answers; short of it, do the same.
  const settled = current() === 'plan' ? answers : answersOnPath(visited, answers);
  return { steps: new Set(steps), answers: settled };
}

/** Free text and dates are the trainee's own words and times: only choices are compared. */
function isChoice(id: QuestionId): boolean {
  const kind = questions[id].kind;
  return kind === 'radio' || kind === 'checkbox';
}

function valuesOf(answer: unknown): string[] | null {
  if (answer === undefined) return null;
  return Array.isArray(answer) ? answer.map(String) : [String(answer)];
}

/** Ticks are a set: the order they were ticked in means nothing. */
function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

function acceptedAlternative(scenario: Scenario, question: QuestionId, trainee: readonly string[]) {
  return scenario.alternatives?.find(
    (alternative) => alternative.question === question && alternative.values.some((value) => sameValues(valuesOf(value) ?? [], trainee)),
  );
}

/** The trainee had a chance to save a copy and went on without one, where the guidance had saved it. */
function skippedEvidence(guide: Route, trainee: Route): boolean {
  return (
    trainee.answers.evidenceSaved === 'notYet' && guide.answers.evidenceSaved !== undefined && guide.answers.evidenceSaved !== 'notYet'
  );
}

function compareRow(
  scenario: Scenario,
  step: RouteStepId,
  question: QuestionId,
  guide: Route,
  trainee: Route,
  explain: (question: QuestionId) => Pick<PracticeRow, 'why' | 'effect'>,
): PracticeRow | null {
  const guidance = guide.steps.has(step) ? valuesOf(guide.answers[question]) : null;
  const theirs = trainee.steps.has(step) ? valuesOf(trainee.answers[question]) : null;
  if (guidance === null && theirs === null) return null;
  if (theirs === null) {
    return { step, question, guidance: guidance ?? [], trainee: null, verdict: 'notAsked', why: practiceComparisonWords.notReached };
  }
  if (guidance === null) {
    return { step, question, guidance: [], trainee: theirs, verdict: 'different', why: practiceComparisonWords.offGuidanceRoute };
  }
  if (sameValues(guidance, theirs)) return { step, question, guidance, trainee: theirs, verdict: 'same' };
  const alternative = acceptedAlternative(scenario, question, theirs);
  if (alternative !== undefined) {
    return { step, question, guidance, trainee: theirs, verdict: 'alternative', why: alternative.why };
  }
  return { step, question, guidance, trainee: theirs, verdict: 'different', ...explain(question) };
}

function checkTraineeReply(reply: PracticeReply | undefined): ReplyVerdict | null {
  if (reply === undefined || reply.text.trim() === '') return null;
  const checks = checkReply(reply.text, { staffNames: reply.staffNames });
  return { checks, breaches: checks.filter((check) => confidentialityChecks.includes(check.id)) };
}

/** A reply that breaches confidentiality is never the same as, or an alternative to, the guidance. */
function withReplyBreach(row: PracticeRow): PracticeRow {
  if (row.question !== 'decision' || row.trainee?.[0] !== 'reply' || row.verdict === 'different' || row.verdict === 'notAsked') return row;
  return {
    step: row.step,
    question: row.question,
    guidance: row.guidance,
    trainee: row.trainee,
    verdict: 'different',
    why: practiceLessonWords.replyBreach.text,
  };
}

export function comparePractice(scenario: Scenario, traineeAnswers: Answers, reply?: PracticeReply): PracticeComparison {
  const guide = walk(scenario.answers);
  const trainee = walk(traineeAnswers);
  const traineePlan = actionIdsFor(trainee.answers);
  const evidenceSkipped = skippedEvidence(guide, trainee);
  const explain = (question: QuestionId): Pick<PracticeRow, 'why' | 'effect'> => {
    const effect = planEffectOf(scenario, question, traineeAnswers, traineePlan, (answers) => actionIdsFor(walk(answers).answers));
    // Skipping the copy is the lesson itself, whatever else it changes.
    const why =
      question === 'evidenceSaved' && evidenceSkipped ? practiceLessonWords.evidenceSkipped.text : explainDifference(scenario, effect);
    return { why, effect };
  };
  const replyVerdict = checkTraineeReply(reply);
  const breached = replyVerdict !== null && replyVerdict.breaches.length > 0;

  // Route order, so the two paths line up side by side even where one of them branches away. Every
  // question a screen can ask is tried: one that neither route asked has no answer, so no row.
  const rows = routeStepIds.flatMap((step) =>
    questionsOf(step)
      .filter(isChoice)
      .map((question) => compareRow(scenario, step, question, guide, trainee, explain))
      .filter((row): row is PracticeRow => row !== null)
      .map((row) => (breached ? withReplyBreach(row) : row)),
  );

  const guidancePlan = actionIdsFor(guide.answers);
  const lessons: PracticeLessonId[] = [];
  if (evidenceSkipped) lessons.push('evidenceSkipped');
  if (breached) lessons.push('replyBreach');
  return {
    rows,
    planDifferences: {
      missing: guidancePlan.filter((id) => !traineePlan.includes(id)),
      extra: traineePlan.filter((id) => !guidancePlan.includes(id)),
    },
    lessons,
    reply: replyVerdict,
  };
}
