/**
 * The words of the app's frame: buttons, headings and notices that are not part of one screen's
 * guidance. Kept here with the rest of the content so that every sentence can be reviewed in one
 * place.
 */
import type { Urgency } from './urgency';

export const ui = {
  appName: 'Social Media Incident Wizard',
  loading: 'Loading…',
  /** Another tab still runs the version before an update, so this one cannot open the saved incidents yet. */
  storageBlocked:
    'This app is also open in another tab or window, in an older version. Reload or close that tab and this one will open. Nothing saved is lost.',
  /** This tab runs the older version, and a newer one has opened in another tab. */
  newerVersionOpened:
    'A newer version of this app has opened in another tab. Reload this tab to carry on saving. What you typed here is kept.',
  reloadThisTab: 'Reload this tab',
  skipLink: 'Skip to main content',
  continue: 'Continue',
  back: 'Back',
  backToPlan: 'Back to the plan',
  startAgain: 'Start again',
  confirmStartAgain: 'Yes, clear my answers and start again',
  cancelStartAgain: 'No, go back',
  change: 'Change',
  seeSources: 'See all sources',
  print: 'Print this page',
  whyHeading: 'Why we ask this',
  whySeeingThis: 'Why this screen',
  sourcesLabel: 'Based on',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  notLegalAdvice:
    'This tool gives guidance, not legal advice. For advice on your own situation, speak to your LMC, your defence body or a solicitor.',
  emergency: {
    title: 'If anyone is in danger now, call 999',
    text: 'Call 999 straight away if someone is at risk of harm or a crime is happening now. Come back to this afterwards.',
  },
  emergencyActive: {
    title: 'Someone may be in danger: call 999 if you have not already',
    text: 'Your safety and your colleagues’ safety come before anything else on these pages.',
  },
  pause: {
    start: 'Take a minute before you go on',
    running: (seconds: number) => `Take a breath. ${seconds} seconds left.`,
    done: 'Ready when you are. Nothing has changed while you paused.',
    note: 'The timer never moves you on by itself.',
  },
  progressLabel: 'Progress through the guidance',
  progressCurrent: 'current stage',
  progressDone: 'done',
  plan: {
    urgentOnlyTitle: 'Urgent steps only',
    urgentOnlyText:
      'You chose to stop after the first steps, so this plan holds only the urgent steps. Finish the rest on a practice computer, or hand over: Change beside "What you chose to do next" carries on from where you stopped.',
    notToDoHeading: 'What not to do',
    checkAnswersHeading: 'Your answers',
    checkAnswersIntro: 'The plan is based on these answers. Change any of them and the plan will update.',
    whyLabel: 'Why:',
    noAnswer: 'Not answered',
    emergencyTag: 'Emergency',
    /** Each checklist line's status at a glance, as a shape (the words are read out beside it). */
    statusMarks: { todo: '☐', done: '☑', notNeeded: '–' },
    /** Who is doing an action, until someone is named in it: a dash on screen, the words read out. */
    noOwnerYet: 'No one yet',
    noOwnerMark: '—',
    /** "On call: Dr A. Patel, 01632 960123", from practice settings, beside the action that needs them. */
    contact: (role: string, contact: string) => `${role}: ${contact}`,
    contactsLabel: 'From your practice settings',
  },
  sourcesPage: {
    dateUnknown: 'No date given',
    unconfirmedLabel: 'Not confirmed:',
  },
  /** Shown when an address (a bookmark, a link, a reload) cannot show what it names. */
  addresses: {
    unknown: 'That address is not a page of this tool, so here is the list of incidents instead.',
    incidentGone:
      'The incident at that address is not saved in this browser. It may have been deleted, or saved in another browser or on another computer.',
    unknownTraining: 'That address is not a training page, so here are the training scenarios instead.',
    scenarioGone: 'That scenario is no longer in the library. Choose another below.',
    sessionEnded: 'That training session has ended: nothing from training is kept. Start a scenario again below.',
    trainingOnly: 'Training does not open real incidents or settings, so here are the training scenarios instead.',
  },
} as const;

/** Each group of the plan: its heading, a hint, and the deadline its lines show until a date is set. */
export const urgencyLabels: Record<Urgency, { readonly title: string; readonly hint: string; readonly due: string }> = {
  now: { title: 'Do now', hint: 'Before anything else.', due: 'Now' },
  withinHours: { title: 'Within the next few hours', hint: 'Today, while the post is fresh.', due: 'Today' },
  nextDays: { title: 'In the next few days', hint: 'Once the urgent steps are done.', due: 'This week' },
  prepare: { title: 'Be ready for next time', hint: 'When things have calmed down.', due: 'Later' },
};

export const clockWords = {
  replyByTitle: 'Suggested reply-by time',
  replyBy: (time: string) => `Aim to reply by ${time}.`,
  basis: (hours: number) =>
    `This is a suggestion: ${hours} working hours from when the post was found. The clock pauses outside your practice's working hours, which you can change in practice settings.`,
  paused: 'It is outside working hours now, so the clock is paused.',
  overdue: 'The suggested time has passed. A brief, calm reply is still better than none, if you still mean to reply.',
} as const;

export const actionProgressWords = {
  statuses: { todo: 'To do', done: 'Done', notNeeded: 'Not needed' },
  status: 'Status',
  owner: 'Who will do it',
  due: 'By when',
  /** Completes each control's label for screen readers: "Status, for: Ring whoever is on call". */
  forAction: (title: string) => `, for: ${title}`,
  timeline: (title: string, status: string) => `${title}: ${status}`,
} as const;

export const contactFromSettings = (contact: string) => `From your practice settings: ${contact}`;
