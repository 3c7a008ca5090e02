/**
 * The reasons shown beside the suggested decision ("reply", "don't reply" or "complaints
 * route"). `suggestDecision()` in src/plan/suggestDecision.ts picks which apply. The guidance
 * is clear that replying and staying quiet can both be right, so the wording suggests, never rules.
 * Sentences are our own; facts come from /work/shared/content-brief.md.
 */
export const decisionAdvice = {
  staffAuthor:
    'It was written by someone who works or worked here, so it is an employment matter to handle with HR advice, not with a public reply.',
  abuseOrTrolling:
    'Replying to abuse or to someone trying to provoke you tends to encourage them: save it, report it and leave it unanswered.',
  abuseStillComplaint: 'If there is a real concern underneath the abuse, the complaints route is still open to them in private.',
  ownCare: "It is about someone's own care, which can only be discussed in private, so the complaints route fits best.",
  ownCareShortReply: 'A short public reply inviting them to get in touch can also work, as long as it says nothing about their care.',
  misinformationOwnPage:
    "A false claim left on our own page can look as if we agree with it, so a short correction pointing to NHS or UKHSA pages may help; check with your defence body first if a patient's case or a named person is involved.",
  misinformationElsewhere:
    "Correcting a false claim on someone else's page often spreads it further; if you do say anything, point to NHS or UKHSA pages, and speak to your defence body first if a patient's case or a named person is involved.",
  grievance:
    'It raises a real problem with our service, and a quick, brief reply inviting them to contact the practice shows you are listening.',
  grievanceInGroup:
    "It raises a real problem with our service, but you can't reply where it was posted, so make sure the complaints route is easy to find.",
  unclear: 'When it is hard to tell what is behind a post, watching and waiting is usually the safe choice.',
  groupNoReply: "You can't reply in a group the practice doesn't run.",
  nhsWebsite: "On the NHS website, any reply goes through the practice's NHS profile.",
  bothReasonable: 'Replying and staying quiet can both be right here: choose what fits what you know about the post.',
} as const satisfies Record<string, string>;

export type DecisionAdviceId = keyof typeof decisionAdvice;
