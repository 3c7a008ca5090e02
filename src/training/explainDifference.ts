/**
 * Why the guidance answers one question differently from the trainee, in this scenario's terms:
 * what the guidance's answer alone would bring into (or keep out of) the trainee's plan, with the
 * scenario's own lists saying which of those it exists to teach. Pure.
 */
import { actions, type ActionId } from '../content/actions';
import type { Answers, QuestionId } from '../content/questions';
import type { Scenario } from '../content/scenarioTypes';
import { differenceWords as words } from '../content/training';

export interface PlanEffect {
  /** In the plan with the guidance's answer, not with the trainee's. */
  readonly adds: ActionId[];
  /** In the trainee's plan, gone with the guidance's answer. */
  readonly drops: ActionId[];
}

/** Enough to name what changes without burying the reason in a list. */
const listed = 3;

const titles = (ids: readonly ActionId[]) => ids.slice(0, listed).map((id) => actions[id].title);

/**
 * Swaps in the guidance's answer to this one question and plans again. Answers the trainee never
 * gave (a question the swap opens up) come from the scenario, so the route still reaches the plan.
 */
export function planEffectOf(
  scenario: Scenario,
  question: QuestionId,
  traineeAnswers: Answers,
  traineePlan: readonly ActionId[],
  planFor: (answers: Answers) => ActionId[],
): PlanEffect {
  const swapped = { ...scenario.answers, ...traineeAnswers, [question]: scenario.answers[question] } as Answers;
  const plan = planFor(swapped);
  return { adds: plan.filter((id) => !traineePlan.includes(id)), drops: traineePlan.filter((id) => !plan.includes(id)) };
}

export function explainDifference(scenario: Scenario, effect: PlanEffect): string {
  const taught = effect.adds.filter((id) => scenario.mustInclude.includes(id));
  const avoided = effect.drops.filter((id) => scenario.mustNotInclude.includes(id));
  const parts: string[] = [];
  if (taught.length > 0) {
    const first = actions[taught[0]!];
    parts.push(words.teaches(titles(taught)), words.because(first.title, first.why));
  } else if (effect.adds.length > 0) {
    parts.push(words.adds(titles(effect.adds)));
  }
  if (avoided.length > 0) parts.push(words.avoids(titles(avoided)));
  else if (taught.length === 0 && effect.drops.length > 0) parts.push(words.drops(titles(effect.drops)));
  return parts.length > 0 ? parts.join(' ') : words.noPlanChange;
}
