/**
 * The words of the reply builder on the "How to reply" screen. The reply's own parts are in
 * replyParts.ts and the checks' messages in replyChecks.ts.
 */
import type { ReplyCheckId } from './replyChecks';

export const replyBuilderContent = {
  /** On the plan, when the decision is to reply. */
  draftPrompt: {
    title: 'Draft the reply here',
    text: 'Build it from the standard parts; it is checked for anything that could break confidentiality as you write.',
    button: 'Draft the reply',
  },
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
  ownWording: 'This reply has its own wording now, so changes to the parts above are not copied into it.',
  rebuild: 'Rebuild from the parts',
  rebuildHint: 'This replaces the reply above with the parts as they are now.',

  checksHeading: 'Checks on your reply',
  checksIntro: 'These are suggestions to think about. You can still post the reply.',
  noChecks: 'Nothing flagged, but these checks can miss things. Read it through once more before you post it.',
  secondReaderNow: "It may touch on someone's care or a colleague: ask someone else to read it before you post it.",
  checksSummary: (count: number) =>
    count === 0 ? 'Nothing flagged in your reply.' : `${count} ${count === 1 ? 'thing' : 'things'} to look again at in your reply.`,
  checkTitles: {
    tooLong: 'Length',
    confirmsPatient: 'Whether they are a patient',
    patientDetail: 'Patient details',
    namesColleague: 'A colleague named or pointed to',
    asksForDetails: 'Asking for personal details',
    threatens: 'Legal or removal threats',
    defensive: 'Tone',
    noInvitation: 'No way to get in touch',
  } satisfies Record<ReplyCheckId, string>,

  beforeCopyHeading: 'Before you copy it',
  beforeCopyIntro: 'Read the reply once more and check that it:',
  beforeCopy: [
    'has no dates, visits, calls, letters, records or results',
    "doesn't confirm or deny that they, or anyone in their family, are a patient",
    'names no colleague, and no role that could point to one, such as "the receptionist you spoke to"',
    'asks for no personal details, such as date of birth, NHS number or address, and no private message',
    'makes no legal or removal threats',
    'invites them to contact the practice through a role, such as the practice manager',
  ],
  secondReader: "If the reply touches on anyone's care or a named clinician, ask a second person to read it before you post it.",
  checksCanMiss: 'The checks above help, but they can miss things and cannot promise a reply is safe.',

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
