/**
 * The words around the first-steps card: the few steps that cannot wait, worked out from the
 * safety answers, shown on screen three so someone can act on them at once, then carry on, or stop
 * and hand over. The steps themselves are the plan's own actions, so the card and the plan agree.
 */
export const firstStepsWords = {
  doNow: 'Do these now',
  doToday: 'Then, today',
  tellNow: 'Who to tell now',
  dont: "Don't",
  planSoFarLink: 'See the plan so far',
  planSoFarEmpty: 'Nothing is settled yet: answer this screen first.',
  backToQuestions: 'Back to the questions',
} as const;
