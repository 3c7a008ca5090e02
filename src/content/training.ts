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

/** Why the guidance's answer to one question differs, from what it does to this scenario's plan. */
export const differenceWords = {
  /** Actions the guidance's answer brings in that the scenario exists to teach. */
  teaches: (titles: readonly string[]) => `The guidance’s answer brings in what this scenario is here to teach: ${titles.join('; ')}.`,
  /** Actions the guidance's answer keeps out that the scenario lists as wrong turns. */
  avoids: (titles: readonly string[]) => `It also keeps out a wrong turn this scenario warns about: ${titles.join('; ')}.`,
  adds: (titles: readonly string[]) => `With the guidance’s answer the plan would also include: ${titles.join('; ')}.`,
  drops: (titles: readonly string[]) => `With the guidance’s answer the plan would not include: ${titles.join('; ')}.`,
  /** The action's own reason, so the difference says why and not only what. */
  because: (title: string, why: string) => `${title}: ${why}`,
  noPlanChange:
    'On its own this answer does not change the plan, but it is how the guidance reads this post: talk it through with the teaching points.',
} as const;

/** Lessons a practice run is named for, shown before the table so they are not missed. */
export type PracticeLessonId = 'evidenceSkipped' | 'replyBreach';

export const practiceLessonWords: Record<PracticeLessonId, { readonly title: string; readonly text: string }> = {
  evidenceSkipped: {
    title: 'You went on without saving a copy',
    text: 'Save the post first, with the date, the time, the web address and the poster’s name. Posts get deleted, and reporting, hiding or blocking can make them vanish: without a copy there is nothing to show the site, the police or your defence body.',
  },
  replyBreach: {
    title: 'Your reply could breach confidentiality',
    text: 'A public reply never confirms or denies that anyone is a patient, gives no details of care and names no colleague, however the post is worded. A reply like this is not an accepted alternative, even where replying is.',
  },
};
