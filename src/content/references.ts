/**
 * Every word of the references log: reports to sites, contact with the police, Report Harmful
 * Content, advice received and support offered. The note and the plan read these records, so
 * each kind says plainly what was done and when.
 */
import type { ReferenceKind } from './recordKinds';

interface Choice {
  readonly value: string;
  readonly label: string;
}

interface KindContent {
  /** The radio label when choosing what to record. */
  readonly option: string;
  /** The heading of a saved entry; `withLabel` is the site, route or adviser. */
  readonly heading: (withLabel: string | undefined) => string;
  readonly with?: { readonly label: string; readonly hint?: string; readonly error: string; readonly choices?: readonly Choice[] };
  readonly at: string;
  readonly reference: string;
  readonly referenceHint?: string;
  readonly outcome: string;
  readonly outcomeHint?: string;
  /** The timeline line for the note. */
  readonly summary: (withLabel: string | undefined, reference: string | undefined) => string;
}

const withReference = (reference: string | undefined) => (reference ? `, reference ${reference}` : '');

const kinds = {
  platformReport: {
    option: 'A report to the site',
    heading: (site) => (site ? `Reported to the site: ${site}` : 'Reported to the site'),
    with: { label: 'Which site?', error: 'Choose which site you reported it to' },
    at: 'When did you report it?',
    reference: 'Reference the site gave you',
    referenceHint: 'Some sites send one by email or show one in your reports. Leave it blank if there was none.',
    outcome: 'What happened',
    outcomeHint: 'For example: taken down, not taken down, no reply yet. You can add this later.',
    summary: (site, reference) => `Reported to the site${site ? `: ${site}` : ''}${withReference(reference)}`,
  },
  police: {
    option: 'Contact with the police',
    heading: (route) => (route ? `Police contacted: ${route}` : 'Police contacted'),
    with: {
      label: 'How did you contact them?',
      error: 'Choose how you contacted the police',
      choices: [
        { value: '999', label: '999' },
        { value: '101', label: '101' },
        { value: 'online', label: 'Online report' },
      ],
    },
    at: 'When did you contact them?',
    reference: 'Incident or crime number',
    referenceHint: 'Give this number whenever you contact them again about it.',
    outcome: 'What they said they would do',
    summary: (route, reference) => `Police contacted${route ? ` by ${route}` : ''}${withReference(reference)}`,
  },
  reportHarmfulContent: {
    option: 'A case with Report Harmful Content',
    heading: () => 'Report Harmful Content',
    at: 'When did you contact them?',
    reference: 'Their reference',
    outcome: 'What happened',
    outcomeHint: 'You can add this later.',
    summary: (_with, reference) => `Asked Report Harmful Content for help${withReference(reference)}`,
  },
  advice: {
    option: 'Advice we were given',
    heading: (adviser) => (adviser ? `Advice from ${adviser}` : 'Advice received'),
    with: {
      label: 'Who gave the advice?',
      error: 'Choose who gave the advice',
      choices: [
        { value: 'lmc', label: 'The LMC' },
        { value: 'defenceBody', label: 'Our defence body' },
        { value: 'hr', label: 'HR' },
        { value: 'dpo', label: 'Our data protection officer' },
      ],
    },
    at: 'When were you advised?',
    reference: 'Their reference',
    referenceHint: 'Defence bodies usually give a case number. Leave it blank if there was none.',
    outcome: 'What they advised',
    summary: (adviser, reference) => `Advice received${adviser ? ` from ${adviser}` : ''}${withReference(reference)}`,
  },
  support: {
    option: 'Support offered to the person targeted',
    heading: () => 'Support offered',
    with: {
      label: 'What support was offered, and by whom?',
      hint: 'For example occupational health, an employee assistance programme, time away from the front desk, their own GP, the defence body’s wellbeing line or the LMC. Do not record health details here.',
      error: 'Say what support was offered',
    },
    at: 'When was it offered?',
    reference: 'Any reference',
    outcome: 'Did they take it up?',
    outcomeHint: 'Only if they are happy for this to be written down.',
    summary: () => 'Support offered to the person targeted',
  },
} satisfies Record<ReferenceKind, KindContent>;

export const referencesContent = {
  heading: 'Reports, contacts and advice',
  intro: 'Note each report, call and piece of advice as it happens: the plan and the incident note use them.',
  empty: 'Nothing noted yet.',
  add: 'Note a report, contact or advice',
  kinds: kinds as Record<ReferenceKind, KindContent>,
  form: {
    addHeading: 'Note a report, contact or advice',
    changeHeading: 'Change this entry',
    kindLegend: 'What do you want to note?',
    kindError: 'Choose what you want to note',
    chooseSite: 'Choose a site',
    atHint: 'Leave it as it is if it was just now.',
    atError: 'Enter the date and time, for example 25/11/2026 09:30',
    notes: 'Notes',
    optional: ' (optional)',
    save: 'Save',
    cancel: 'Cancel',
    problemsTitle: 'There is a problem',
  },
  labels: {
    at: 'When',
    reference: 'Reference',
    outcome: 'Outcome',
    notes: 'Notes',
    followUp: 'Follow up',
  },
  followUp: (time: string, date: string) =>
    `Check again after ${time} on ${date}, a week after you reported it. If the site has refused or still not answered, Report Harmful Content may be able to help, but only with the harms it covers, such as abuse, threats or impersonation. Anything that may be a crime goes to the police instead.`,
  followUpPassed: 'That time has now passed.',
  change: 'Change',
  remove: 'Remove',
  hiddenEntry: (heading: string) => heading,
  confirmRemove: 'Remove this entry? This cannot be undone.',
  confirmRemoveYes: 'Yes, remove it',
  confirmRemoveNo: 'No, keep it',
  saved: 'Saved.',
  removed: 'Entry removed.',
  timeline: {
    changed: (summary: string) => `Changed: ${summary}`,
    removed: (summary: string) => `Removed: ${summary}`,
  },
} as const;
