/** The reply builder's list of replies the practice agreed in advance in its policy (issue 17). */
export const agreedRepliesWords = {
  heading: 'Replies your practice agreed in advance',
  intro: (adoptedOn: string, version: number) =>
    `These come from your social media policy, version ${version}, agreed by your practice on ${adoptedOn}. Start from one if it fits this post: it goes into the reply below and is checked like any other.`,
  agreedOn: (adoptedOn: string) => `Agreed by your practice on ${adoptedOn}`,
  ownReply: 'Your practice’s own reply',
  use: 'Start from this reply',
  /** Asked before an agreed reply takes the place of one the user has written themselves. */
  replaceOwn: {
    question: 'Replace the reply you have written with this agreed reply? What you wrote will not be kept.',
    confirm: 'Replace my reply',
    cancel: 'Keep my reply',
  },
} as const;
