/**
 * The words of the reply builder on the "How to reply" screen. The reply's own parts are in
 * replyParts.ts and the checks' messages in replyChecks.ts.
 */
import type { ReplyCheckId } from '../plan/replyChecks';

export const replyBuilderContent = {
  heading: 'Write your reply',
  intro: "Start from the standard parts below. Untick anything you don't want and change the wording to suit.",
  loading: 'Getting the reply ready…',

  variantLegend: 'Which is closest to the post?',
  variantHint: 'Chosen from your answers. Changing it changes the standard wording.',

  partsLegend: 'Parts of the reply',
  partsHint: 'Untick a part to leave it out.',
  wordingLabel: 'Wording',

  draftLabel: 'Your reply',
  draftHint: 'Change anything you like. This is the text you will copy and post.',
  wordCount: (count: number) => `${count} ${count === 1 ? 'word' : 'words'}`,
  ownWording:
    'This reply has its own wording now, so changes to the parts above are not copied into it.',
  rebuild: 'Rebuild from the parts',
  rebuildHint: 'This replaces the reply above with the parts as they are now.',

  checksHeading: 'Checks on your reply',
  checksIntro: 'These are suggestions to think about. You can still post the reply.',
  noChecks: 'Nothing flagged. Read it through once more before you post it.',
  checksSummary: (count: number) =>
    count === 0 ? 'Nothing flagged in your reply.' : `${count} ${count === 1 ? 'thing' : 'things'} to look again at in your reply.`,
  checkTitles: {
    tooLong: 'Length',
    patientDetail: 'Patient details',
    namesColleague: 'A colleague named',
    defensive: 'Tone',
    noInvitation: 'No way to get in touch',
  } satisfies Record<ReplyCheckId, string>,

  guidanceHeading: 'When you post it',
  guidance: [
    'Post it as a reply in the same thread as the post, not as a new post.',
    'The colleague who was criticised should not reply themselves, from any account.',
    'Anything you send privately, such as a direct message, could be made public too.',
    'If you want a second opinion, your LMC can look over the reply first.',
    'If the post makes claims that are misleading, ask your defence body before you correct them.',
  ],

  copy: 'Copy to clipboard',
  copied: 'Copied. Paste it as a reply in the same thread as the post.',
  copyFallback: "Your browser didn't let us copy it. The reply is selected: press Ctrl+C to copy it.",
  nothingToCopy: 'Write a reply first.',

  markPosted: 'I have posted this reply',
  markPostedHint: 'Keeps the words you posted, and the time, with this incident.',
  postedAt: (time: string, date: string) => `Posted at ${time} on ${date}`,
  postedTextHeading: 'What you posted',
  timelineSummary: 'Reply posted on the site',
} as const;
