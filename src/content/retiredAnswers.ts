/**
 * Answers to questions a later version stopped asking in the wizard (the practice settings hold
 * them now, or a tick elsewhere replaced them). When an older incident is opened, each one is
 * written into its timeline in these words, so nothing the user entered disappears.
 */
export const retiredAnswerWords = {
  summary: (parts: readonly string[]) => `Kept from an earlier version of the questions: ${parts.join('; ')}.`,
  questions: {
    location: { label: 'Where you were', values: { atWork: 'at the practice', away: 'at home or out of hours' } },
    motive: {
      label: 'What seemed to be behind it',
      values: {
        grievance: 'a real problem they want sorted out',
        venting: 'letting off steam',
        trolling: 'trying to provoke us or stir others up',
        unclear: 'hard to say',
      },
    },
    policy: { label: 'Social media policy', values: { yes: 'yes', no: 'no', notSure: 'not known' } },
    monitoring: { label: 'Someone watches what is said online', values: { yes: 'yes', no: 'no', notSure: 'not sure' } },
  },
} as const;
