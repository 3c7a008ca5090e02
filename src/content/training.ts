/**
 * Words for the practice comparison: how a trainee's answer sits beside the guidance's. Kept with
 * the rest of the content so a trainer can review the tone: a different answer is something to
 * talk about, not a mark against anyone.
 */
/** How a trainee's answer compares with the guidance's (src/training/comparePaths.ts decides). */
export type PracticeVerdict = 'same' | 'alternative' | 'different' | 'notAsked';

export const verdictWords: Record<PracticeVerdict, { readonly label: string; readonly description: string }> = {
  same: {
    label: 'Same as the guidance',
    description: 'You gave the answer this scenario leads to.',
  },
  alternative: {
    label: 'A reasonable alternative',
    description: 'Not the answer the scenario uses, but the guidance accepts it too.',
  },
  different: {
    label: 'Different from the guidance',
    description: 'Worth talking through: the guidance leads somewhere else here.',
  },
  notAsked: {
    label: 'Not reached',
    description: 'Your route did not come to this screen.',
  },
};

export const practiceComparisonWords = {
  /** Why a question on the guidance's route has no answer from the trainee. */
  notReached: 'An earlier answer took your route past this question, so you were not asked.',
  /** Why a question only the trainee was asked counts as different. */
  offGuidanceRoute: "The guidance's route does not ask this question: an earlier answer differs.",
} as const;
