/**
 * The words of the note the practice keeps (Markdown, plain text, print) and of importing an
 * exported incident. Kept here with the rest of the content so a practice or LMC can review every
 * sentence without reading the code that lays the note out.
 *
 * Phrases describing answers are written to sit inside a sentence ("A post on Instagram about a
 * patient, written by ..."), so they are separate from the option labels the questions show.
 */
import type { ReferenceKind, TimelineKind } from './recordKinds';

/** "a, b and c" */
function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

export const noteWords = {
  title: 'Social media incident note',
  trainingMark: 'TRAINING',
  trainingNotice:
    'TRAINING: this note comes from a practice exercise, not a real incident. Do not file it in the incident log or act on it.',
  /** Shown beside the export buttons as well as in the note. */
  whereItBelongs:
    "Keep this note in the practice's significant event or incident log. Do not put it in any patient's clinical record: a patient who asks for their records would be sent everyone else's details in it, and complaints are filed separately.",
  redactedNotice:
    'Prepared for sharing outside the practice: account names, colleagues’ names and anything typed in free text have been removed.',
  removed: '[removed for sharing]',
  notLegalAdvice:
    'This note is guidance, not legal advice. For advice on your own situation, speak to your LMC, your defence body or a solicitor.',
  notGiven: 'Not given',
  none: 'None',

  sections: {
    summary: 'Summary',
    references: 'Reports, advice and support',
    actionPlan: 'Appendix A: the full action plan, with how, why and sources',
    notToDo: 'Appendix B: what not to do',
    reply: 'Appendix C: the reply as posted',
    evidence: 'Appendix D: evidence',
    timeline: 'Appendix E: timeline',
    answers: 'Appendix F: the answers given',
    review: 'Significant event review',
    sources: 'Sources',
  },

  summary: {
    practice: 'Practice',
    reference: 'Reference',
    kind: 'Kind',
    kinds: { live: 'Live incident', training: 'Training exercise' },
    found: 'Found',
    started: 'Started in this tool',
    status: 'Status',
    statuses: { open: 'Open', closed: 'Closed' },
    closedAt: 'Closed',
    outcome: 'Outcome',
    noteMade: 'Note made',
    whatHappened: 'What happened',
    theirWords: 'What it says, in the words of the person who found it',
    risk: 'The risk',
    riskLevel: 'Risk',
    decisions: 'Decisions taken',
    noDecisions: 'No decisions recorded yet.',
    actions: 'Action checklist',
    actionsIntro:
      'Grouped by how soon each matters, with any emergency and police steps first. How to do each one, why, and the sources are in Appendix A.',
    noLongerInPlanHeading: 'Done, and no longer in the plan',
    noLongerInPlan: 'No longer in the plan after the answers changed',
  },

  /** The headline risk, most serious first; an incident can carry several. */
  risks: {
    danger: 'Someone may be in danger',
    police: 'Police involved',
    abuse: 'Abuse',
    criticism: 'Criticism',
    notAssessed: 'Not yet assessed',
    patientInfo: 'Patient information may have been shared',
    byStaff: 'Posted by someone who works or worked at the practice',
    aboutColleague: 'A colleague is named or could be recognised',
    also: 'Also to note',
  },
  postDoes: 'What the post does',
  alsoPartOfIt: 'Also part of it',

  story: {
    platform: {
      ownPage: "on the practice's own page or account",
      localGroup: 'in a local group or page that the practice does not run',
      googleReviews: 'as a Google review',
      nhsWebsite: 'as a review on the NHS website',
      x: 'on X (formerly Twitter)',
      instagram: 'on Instagram',
      tiktok: 'on TikTok',
      nextdoor: 'on Nextdoor',
      closedGroup: 'in a private group or chat the practice cannot see',
      directMessage: "in private messages to a colleague's own account",
      colleagueScreenshot: 'that a colleague showed us as a screenshot',
      other: 'on another site',
    } as Readonly<Record<string, string>>,
    about: {
      practice: 'the practice as a whole',
      colleague: 'a colleague who is named or could be recognised',
      patient: 'a patient',
    } as Readonly<Record<string, string>>,
    author: {
      public: 'a patient or member of the public',
      relative: "a patient's relative or carer",
      recognised: 'someone staff think they recognise',
      currentStaff: 'someone who works at the practice',
      formerStaff: 'someone who used to work at the practice',
      unknown: 'someone we do not know',
    } as Readonly<Record<string, string>>,
    reason: {
      access: 'It is mainly about getting an appointment, phone waits or another part of the service.',
      clinical: 'It is mainly about the care or treatment someone had.',
      manner: 'It is mainly about how a member of staff behaved.',
      misinformation: 'It is mainly about something that is not true.',
      unclear: 'What it is mainly about is not clear.',
    } as Readonly<Record<string, string>>,
    tone: {
      criticism: 'Staff judged it to be criticism rather than abuse.',
      abuse: 'Staff judged it to be abuse rather than criticism.',
      both: 'Staff judged it to be both criticism and abuse.',
      neither: 'Staff judged it to be neither criticism nor abuse.',
    } as Readonly<Record<string, string>>,
    patientInfo: {
      yes: 'It gives away information about a patient.',
      notSure: 'It may give away information about a patient.',
      ownFamily: "It describes only the poster's own care or their family's, which is not a disclosure by the practice.",
    } as Readonly<Record<string, string>>,
    evidence: {
      saved: 'A copy of it has been saved.',
      notYet: 'No copy had been saved when the questions were answered.',
      gone: 'It had already been taken down before a copy was saved.',
    } as Readonly<Record<string, string>>,
    /** "A post as a Google review about the practice as a whole, written by a patient or member of the public." */
    opening: (where: string | undefined, about: readonly string[], author: string | undefined) =>
      ['A post', where, about.length === 0 ? undefined : `about ${listInWords(about)}`].filter((part) => part !== undefined).join(' ') +
      (author === undefined ? '.' : `, written by ${author}.`),
    noDetails: 'The questions about the post have not been answered yet.',
  },

  decisions: {
    decision: {
      reply: 'To reply publicly and briefly, asking them to contact the practice.',
      monitor: 'Not to reply, and to keep an eye on it.',
      complaint: 'To deal with it privately through the complaints process.',
    } as Readonly<Record<string, string>>,
    urgentOnly: 'To stop after the first steps, do only the urgent steps, and finish the rest later on a practice computer.',
    replyPosted: (when: string) => `A reply was posted on ${when} (see Appendix C).`,
    closed: (when: string) => `The incident was closed on ${when}.`,
  },

  action: {
    action: 'Action',
    contacts: 'From practice settings',
    owner: 'Who',
    due: 'By when',
    status: 'Status',
    noOwner: 'Not set',
    noDue: 'No date',
    emergency: 'Emergency',
    police: 'Police',
    why: 'Why',
    basedOn: 'Based on',
    urgentOnly:
      'Urgent steps only: the person who answered chose to do only what could not wait, and to finish the rest on a practice computer.',
  },

  reply: {
    posted: 'Posted',
    text: 'The reply',
    noReply: 'No reply has been recorded as posted.',
    draftOnly: 'A reply was drafted but has not been recorded as posted.',
  },

  evidence: {
    item: (n: number) => `Evidence ${n}`,
    none: 'No evidence has been recorded in this tool.',
    fingerprint:
      'A SHA-256 fingerprint shows that a file has not changed since it was added to this tool. It does not show that the screenshot is genuine.',
    platform: 'Site',
    url: 'Web address',
    account: 'Account',
    postedAsShown: 'Posted (as the site showed it)',
    capturedAt: 'Captured',
    deletedFromSiteAt: 'Since deleted from the site',
    text: 'What it said',
    notes: 'Notes',
    files: 'Files',
    fileAdded: 'Added to this tool',
    fileType: 'Type',
    fileSize: 'Size',
    sha256: 'SHA-256',
    noFiles: 'No files attached.',
    utc: (time: string) => `(${time})`,
    bytes: (size: number) => `${size.toLocaleString('en-GB')} bytes`,
  },

  references: {
    none: 'No reports, advice or support have been recorded.',
    kinds: {
      platformReport: 'Reported to the site',
      police: 'Reported to the police',
      reportHarmfulContent: 'Report Harmful Content',
      advice: 'Advice received',
      support: 'Support offered',
    } satisfies Record<ReferenceKind, string>,
    with: 'With',
    at: 'When',
    reference: 'Reference number',
    outcome: 'Outcome',
    notes: 'Notes',
  },

  timeline: {
    none: 'Nothing recorded.',
    /** Used instead of the stored words when redacting: those can hold typed text. */
    kinds: {
      created: 'Incident started',
      step: 'Moved to the next screen',
      answer: 'Answered a question',
      action: 'Action updated',
      evidence: 'Evidence recorded',
      reply: 'Reply recorded',
      reference: 'Report, advice or support recorded',
      closed: 'Incident closed',
      reopened: 'Incident reopened',
      imported: 'Imported from a file',
    } satisfies Record<TimelineKind, string>,
  },

  answers: {
    intro: 'Only the questions on the route this incident took are listed.',
    noAnswer: 'Not answered',
  },

  /** The RCGP significant event analysis questions, for the practice to fill in at its meeting. */
  review: {
    intro:
      'To fill in when the practice discusses this incident, usually at a significant event meeting. Keep the answers about what the practice does, not about the poster.',
    questions: [
      { prompt: 'What happened, and why?', hint: 'The facts in order, and what led to them.' },
      { prompt: 'What was the impact?', hint: 'On the colleagues involved, patients and the practice.' },
      { prompt: 'What could have been done differently?', hint: 'What went well, and what could have gone better.' },
      { prompt: 'What have we learned?', hint: 'For the team as a whole, not only the people involved.' },
      { prompt: 'What will change?', hint: 'Who will do what, and by when.' },
    ],
    details: ['Date discussed', 'Who attended', 'How the learning was shared', 'Signed off by', 'Date signed off'],
  },

  sources: {
    intro: 'The guidance in this note rests on these sources.',
    date: 'Date',
    noDate: 'No date given',
    unconfirmed: 'Not confirmed',
  },
} as const;

/** The words for importing an exported incident: problems are shown to the user as they are. */
export const importWords = {
  tooLarge: (sizeMb: string, limitMb: string) =>
    `This file is too large to be an incident export (${sizeMb} MB; the limit is ${limitMb} MB). Nothing has been changed.`,
  notText: 'This file could not be read as text. Nothing has been changed.',
  notJson: 'This file is not an incident export: it could not be read as JSON. Nothing has been changed.',
  notExport: 'This file is not an incident export from the Social Media Incident Wizard. Nothing has been changed.',
  newerFormat: (version: number, supported: number) =>
    `This file was exported by a newer version of the app (export version ${version}; this version reads up to ${supported}). Nothing has been changed.`,
  envelope: (problem: string) => `The export file: ${problem}`,
  record: (problem: string) => `The incident in the file: ${problem}`,
  file: (name: string, problem: string) => `The file "${name}": ${problem}`,
  notBase64: 'its contents are damaged (not valid base64)',
  sizeMismatch: (expected: number, found: number) => `it should be ${expected} bytes but is ${found}`,
  fingerprintMismatch: 'its SHA-256 fingerprint does not match, so it has changed since it was exported',
  duplicateFile: 'it appears more than once in the export',
  missingFile: (evidence: number) => `evidence ${evidence} lists this file, but the export does not contain it`,
  fileChanged: (evidence: number) => `evidence ${evidence} lists this file with a different fingerprint from the one in the export`,
  noCrypto: 'This browser cannot check the files’ fingerprints on this page, so the import was stopped. Nothing has been changed.',
  unexpected: 'The file could not be imported because of an unexpected problem. Nothing has been changed.',
  timeline: (reference: string, exportedAt: string) => `Imported from a file: was ${reference}, exported ${exportedAt}`,
  retentionRenewed: (closedOn: string, deleteOn: string) =>
    `This incident was closed on ${closedOn}, more than 12 months ago, so the app would have deleted it as soon as it was brought in. It now counts as closed on the day it was brought in, and will be kept until ${deleteOn} unless you choose Keep.`,
} as const;
