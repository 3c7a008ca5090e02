/**
 * "Your practice policy says: …" for each action in a plan: the clause of the practice's adopted
 * policy that answers the matter the action covers (src/content/policyInPlan.ts), in the words
 * the policy prints. A pure function of the actions and the policy's answers, so the plan page
 * and the note quote the same lines and a table test can check every pairing.
 *
 * Only questions the builder showed count (a rule for the practice's own pages means nothing if
 * it has none), and lines come in the policy's own order.
 */
import type { PolicyQuestionContent } from '../content/policy';
import { policyInPlan } from '../content/policyInPlan';
import { chosenValues, policyTopicList, shownQuestions, type PolicyAnswers } from './policyAnswers';

/** Action id to the clauses quoted beside it; actions the policy says nothing about are absent. */
export type PolicyLines = Readonly<Record<string, readonly string[]>>;

function clauseText(question: PolicyQuestionContent, value: string): string | undefined {
  if (question.kind === 'text') return undefined;
  const clause = question.options.find((option) => option.value === value)?.clause;
  return clause !== undefined && 'text' in clause ? clause.text : undefined;
}

export function policyLinesFor(actionIds: readonly string[], answers: PolicyAnswers, practiceName: string): PolicyLines {
  const inPlan = new Set(actionIds);
  const lines = new Map<string, string[]>();
  for (const topic of policyTopicList) {
    for (const question of shownQuestions(topic, answers)) {
      for (const value of chosenValues(question, answers)) {
        const text = clauseText(question, value)?.replaceAll('{practice}', practiceName);
        if (text === undefined) continue;
        const rows = policyInPlan.filter((row) => row.question === question.id && row.value === value);
        for (const actionId of rows.flatMap((row) => row.actions)) {
          if (!inPlan.has(actionId)) continue;
          const list = lines.get(actionId) ?? [];
          if (!list.includes(text)) list.push(text);
          lines.set(actionId, list);
        }
      }
    }
  }
  return Object.fromEntries(lines);
}
