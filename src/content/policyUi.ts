/**
 * Every word of the "Be prepared" pages that is not a policy topic: the start page, the builder's
 * buttons, the preview, adoption, downloads, the staff summary and the saved policy's messages.
 * The topics and clauses themselves are in policy.ts.
 */
import { policyStoreWords } from './policyStoreWords';
import type { SourceId } from './sources';

/** A line of the staff summary, shown only when the policy has the named answer (if any). */
export interface StaffSummaryLineContent {
  readonly text: string;
  readonly onlyIf?: { readonly question: string; readonly value: string };
}

export const policyUi = {
  title: 'Be prepared: your social media policy',
  pageTitle: (screen: string) => `${screen} – Be prepared – Social Media Incident Wizard`,
  intro:
    'Answer a few questions, one topic at a time, and this writes a social media policy for your practice in plain English. Each sentence says which guidance it comes from. You can print it, download it for Word, and adopt it into your policy folder.',
  onThisComputer: 'Your answers are saved in this web browser, on this computer only. Nothing is sent anywhere.',
  loading: 'Loading…',
  back: 'Back',
  continue: 'Continue',
  start: 'Start writing the policy',
  carryOn: 'Change the answers',
  keepWriting: 'Carry on writing the policy',
  seePolicy: 'See the policy',
  seeSummary: 'See the staff summary',
  backToPolicy: 'Back to the policy',
  backToStart: 'Back to Be prepared',
  stepCaption: (step: number, total: number) => `Topic ${step} of ${total}`,
  optional: '(optional)',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  status: {
    none: 'No policy written yet.',
    draft: (version: number) => `Version ${version}, draft: not adopted yet.`,
    adopted: (version: number, adoptedOn: string, reviewBy: string) =>
      `Version ${version}, adopted on ${adoptedOn}. Review by ${reviewBy}.`,
  },
  replyChecks: {
    heading: 'Check this reply',
    flagged: 'The reply checks found something to look at in this reply:',
    passed: 'The reply checks found nothing to change. They can miss things, so ask a colleague to read it too.',
  },
  preview: {
    title: 'Your social media policy',
    draftNotice: 'This is a draft. When the partners have agreed it, mark it as adopted so the review date is set.',
    basedOn: 'Based on',
    contactsLabel: 'Who',
    noNumber: 'no number in practice settings',
    noName: 'name not in practice settings',
    sourcesHeading: 'Where this policy comes from',
    flaggedReply: 'Check this reply before agreeing it:',
    print: 'Print the policy',
    markdown: 'Download as Markdown',
    docx: 'Download for Word (.docx)',
    docxPreparing: 'Preparing the Word file…',
    docxFailed: 'The Word file could not be made. Try again, or print the policy and save it as a PDF.',
    settingsHint: 'Names and numbers come from Practice settings. Add any that are missing there.',
  },
  adopt: {
    heading: 'Mark as adopted',
    text: 'Once the partners have agreed the policy, record the date. The review date is counted from it.',
    dateLabel: 'Date adopted',
    dateHint: 'For example, 30/11/2026.',
    dateError: 'Enter the date the policy was adopted',
    futureError: 'The date adopted must be today or in the past',
    button: 'Mark as adopted',
    done: (date: string) => `Adopted on ${date}.`,
    changedNotice: (version: number) =>
      `You changed an adopted policy, so this is now version ${version}, a draft. Mark it as adopted again once it is agreed.`,
  },
  document: {
    title: 'Social media policy',
    practiceFallback: 'the practice',
    version: (version: number) => `Version ${version}`,
    draft: 'Draft: not yet adopted',
    adopted: (date: string) => `Adopted on ${date}`,
    reviewBy: (date: string) => `Review by ${date}`,
    reviewNotSet: 'Review date: set when adopted',
    reviewClause: (months: number) =>
      `This policy is reviewed every ${months === 12 ? 'year' : `${months / 12} years`} from the day it is adopted, and sooner after any serious incident or a change in the guidance.`,
    reviewSources: ['acas', 'rcgp-sea'] as readonly SourceId[],
    repliesIntro: 'The practice agrees these replies in advance:',
    footer: 'Written with the Social Media Incident Wizard. Guidance, not legal advice.',
    fileName: (practice: string, version: number) =>
      `${practice.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'practice'}-social-media-policy-v${version}`,
  },
  staffSummary: {
    title: 'If you see a post about the practice',
    intro: 'For everyone who works here. Keep this by the staff room noticeboard.',
    print: 'Print the staff summary',
    tellHeading: 'Who to tell',
    lines: [
      { text: 'If anyone may be in danger now, call 999 first.' },
      { text: 'Do not reply, like or share it, from your own account or anyone else’s, even to defend the practice.' },
      { text: 'Note where you saw it: the site, the web address and the time.' },
      {
        text: 'If you took a screenshot on your own phone, give it to the person who leads, then delete it from your phone.',
        onlyIf: { question: 'recordSteps', value: 'fewCopies' },
      },
      {
        text: 'If it may give away anything about a patient, say so straight away.',
        onlyIf: { question: 'incidentTell', value: 'dataProtectionOfficer' },
      },
      {
        text: 'If a journalist, councillor or MP gets in touch, take their name, organisation, deadline and number, and say nothing else.',
        onlyIf: { question: 'incidentTell', value: 'press' },
      },
      { text: 'If the post is about you, you do not have to deal with it on your own. The practice will support you.' },
    ] satisfies readonly StaffSummaryLineContent[],
    leads: (role: string) => `Tell ${role} the same day.`,
    leadRoles: {
      practiceManager: 'the practice manager',
      onCall: 'the partner or manager on call',
      socialMediaLead: 'the social media lead',
    } as Readonly<Record<string, string>>,
    leadUnknown: 'the practice manager',
  },
  store: policyStoreWords,
} as const;
