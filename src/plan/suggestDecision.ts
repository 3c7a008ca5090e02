/**
 * What the guidance points to for "What will you do about the post?", given what the reader has
 * told us. It only suggests: replying and staying quiet can both be right, so anything else that
 * would be sensible is returned in `alsoReasonable`, and the reader still chooses.
 */
import { conditions } from '../../machines/conditions';
import { decisionAdvice, type DecisionAdviceId } from '../content/decisionAdvice';
import type { AnswerTo, Answers } from '../content/questions';
import { hasSituation, needsClinicianToday, writtenByStaff } from './incidentFacts';

export type DecisionChoice = AnswerTo<'decision'>;

export interface DecisionSuggestion {
  readonly suggested: DecisionChoice;
  readonly alsoReasonable: DecisionChoice[];
  readonly reasons: string[];
}

interface Pick {
  readonly suggested: DecisionChoice;
  readonly alsoReasonable: readonly DecisionChoice[];
  readonly reasons: readonly DecisionAdviceId[];
}

/** Criticism of access or of a person's manner reads as a real problem to sort out. */
function isGrievance(answers: Answers): boolean {
  const criticism = answers.tone === undefined || answers.tone === 'criticism' || answers.tone === 'both';
  return criticism && (answers.reason === 'access' || answers.reason === 'manner');
}

/** First matching rule wins; the order is the order of what matters most. */
function pick(answers: Answers, canReply: boolean): Pick {
  const replyIfPossible: readonly DecisionChoice[] = canReply ? ['reply'] : [];

  if (writtenByStaff(answers)) {
    return { suggested: 'monitor', alsoReasonable: [], reasons: ['staffAuthor'] };
  }
  if (conditions.isAbusive(answers) || hasSituation(answers, 'trolling')) {
    const concernUnderneath = answers.reason === 'clinical' || answers.tone === 'both';
    return concernUnderneath
      ? { suggested: 'monitor', alsoReasonable: ['complaint'], reasons: ['abuseOrTrolling', 'abuseStillComplaint'] }
      : { suggested: 'monitor', alsoReasonable: [], reasons: ['abuseOrTrolling'] };
  }
  if (answers.reason === 'clinical' || needsClinicianToday(answers)) {
    return {
      suggested: 'complaint',
      alsoReasonable: replyIfPossible,
      reasons: canReply ? ['ownCare', 'ownCareShortReply'] : ['ownCare'],
    };
  }
  if (answers.reason === 'misinformation') {
    return answers.platform === 'ownPage'
      ? { suggested: 'reply', alsoReasonable: ['monitor'], reasons: ['misinformationOwnPage'] }
      : { suggested: 'monitor', alsoReasonable: replyIfPossible, reasons: ['misinformationElsewhere'] };
  }
  if (isGrievance(answers)) {
    return canReply
      ? { suggested: 'reply', alsoReasonable: ['monitor', 'complaint'], reasons: ['grievance'] }
      : { suggested: 'complaint', alsoReasonable: ['monitor'], reasons: ['grievanceInGroup'] };
  }
  return { suggested: 'monitor', alsoReasonable: replyIfPossible, reasons: ['unclear'] };
}

export function suggestDecision(answers: Answers): DecisionSuggestion {
  const canReply = !conditions.cannotReplyPublicly(answers);
  const { suggested, alsoReasonable, reasons } = pick(answers, canReply);
  const mentionsReply = suggested === 'reply' || alsoReasonable.includes('reply');
  const replyAndSilenceBothFit =
    (suggested === 'reply' && alsoReasonable.includes('monitor')) || (suggested === 'monitor' && alsoReasonable.includes('reply'));

  const allReasons: DecisionAdviceId[] = [
    ...(canReply ? [] : (['groupNoReply'] as const)),
    ...reasons,
    ...(mentionsReply && answers.platform === 'nhsWebsite' ? (['nhsWebsite'] as const) : []),
    ...(replyAndSilenceBothFit ? (['bothReasonable'] as const) : []),
  ];
  return {
    suggested,
    alsoReasonable: [...alsoReasonable],
    reasons: allReasons.map((id) => decisionAdvice[id]),
  };
}
