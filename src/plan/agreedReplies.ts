/**
 * The replies a practice agreed in advance in its adopted policy ("Replies agreed in advance"),
 * as starting points for the reply builder: the ready-made ones it chose, in the policy's order,
 * then any it wrote itself. Pure, so the builder and its tests read the same list. The builder
 * runs each through the reply checks like any draft: agreed once is not checked for this post.
 */
import type { PolicyQuestionContent } from '../content/policy';
import { chosenValues, policyTopicList, shownQuestions, type PolicyAnswers } from './policyAnswers';

export interface AgreedReply {
  /** The policy question and option it came from: stable, for keys and labels. */
  readonly id: string;
  /** What the practice called it in the builder ("Thanking them and inviting contact"), or null for its own. */
  readonly label: string | null;
  readonly text: string;
}

function repliesOf(question: PolicyQuestionContent, answers: PolicyAnswers): AgreedReply[] {
  const chosen = chosenValues(question, answers);
  if (question.kind === 'text') return question.writes === 'reply' ? chosen.map((text) => ({ id: question.id, label: null, text })) : [];
  return question.options.flatMap((option) => {
    const clause = option.clause;
    if (!chosen.includes(option.value) || clause === undefined || !('reply' in clause)) return [];
    return [{ id: `${question.id}.${option.value}`, label: option.label, text: clause.reply }];
  });
}

export function agreedReplies(answers: PolicyAnswers): readonly AgreedReply[] {
  return policyTopicList.flatMap((topic) => shownQuestions(topic, answers).flatMap((question) => repliesOf(question, answers)));
}
