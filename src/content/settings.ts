/**
 * Every word of the practice settings page, and the messages its checks give. Kept here with the
 * rest of the content so a practice manager can review the page without reading components.
 * Example phone numbers are from Ofcom's range kept for drama, so nobody copies a real number.
 */
import { ui } from './ui';

/** Roles with someone to call, in the order the settings page shows them. */
export const contactRoles = [
  'onCall',
  'practiceManager',
  'socialMediaLead',
  'profileLoginHolder',
  'dataProtectionOfficer',
  'caldicottGuardian',
  'hrAdviser',
  'defenceBody',
  'lmc',
] as const;

export type ContactRole = (typeof contactRoles)[number];

export const policyAnswers = ['yes', 'no', 'notSure'] as const;
export type PolicyAnswer = (typeof policyAnswers)[number];

export interface ContactRoleContent {
  /** The legend of the role's fieldset. */
  readonly legend: string;
  /** The role as the action plan names it beside the person's name and number. */
  readonly planLabel: string;
  readonly hint?: string;
  /** Shown when the phone number is not in a shape we can use; names the role, so a list of errors is clear. */
  readonly phoneError: string;
}

const contacts = {
  onCall: {
    legend: 'Partner or manager on call',
    planLabel: 'On call',
    hint: 'The person who leads when something happens. If it changes day to day, give the usual person or the rota phone.',
    phoneError: "Enter the on-call partner or manager's phone number using numbers and spaces, like 01632 960123",
  },
  practiceManager: {
    legend: 'Practice manager',
    planLabel: 'Practice manager',
    phoneError: "Enter the practice manager's phone number using numbers and spaces, like 01632 960123",
  },
  socialMediaLead: {
    legend: 'Social media lead',
    planLabel: 'Social media lead',
    hint: "The person who looks after the practice's own pages and accounts.",
    phoneError: "Enter the social media lead's phone number using numbers and spaces, like 01632 960123",
  },
  profileLoginHolder: {
    legend: 'Who can sign in to the Google and NHS website profiles',
    planLabel: 'Google and NHS website profiles',
    hint: 'The person who can reply to reviews or ask for one to be taken down. Give their name, not the sign-in details.',
    phoneError: 'Enter the phone number of the person who can sign in to the profiles using numbers and spaces, like 01632 960123',
  },
  dataProtectionOfficer: {
    legend: 'Data protection officer',
    planLabel: 'Data protection officer',
    hint: 'Advises the practice on data protection, including whether a breach must be reported to the ICO.',
    phoneError: "Enter the data protection officer's phone number using numbers and spaces, like 01632 960123",
  },
  caldicottGuardian: {
    legend: 'Caldicott guardian',
    planLabel: 'Caldicott guardian',
    hint: 'The senior person responsible for protecting patient information and making sure it is used properly.',
    phoneError: "Enter the Caldicott guardian's phone number using numbers and spaces, like 01632 960123",
  },
  hrAdviser: {
    legend: 'HR adviser',
    planLabel: 'HR adviser',
    phoneError: "Enter the HR adviser's phone number using numbers and spaces, like 01632 960123",
  },
  defenceBody: {
    legend: 'Defence body',
    planLabel: 'Defence body',
    hint: 'For example the MDU, MDDUS or Medical Protection. Give their advice line number.',
    phoneError: "Enter the defence body's phone number using numbers and spaces, like 01632 960123",
  },
  lmc: {
    legend: 'Local medical committee (LMC)',
    planLabel: 'LMC',
    phoneError: "Enter the LMC's phone number using numbers and spaces, like 01632 960123",
  },
} as const satisfies Record<ContactRole, ContactRoleContent>;

const policyOptions = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'notSure', label: 'Not sure' },
] as const satisfies readonly { value: PolicyAnswer; label: string }[];

/** Monday first, as staff read a rota; the number is the stored day (1 Monday … 7 Sunday). */
const days = [
  { value: 1, label: 'Monday' },
  { value: 2, label: 'Tuesday' },
  { value: 3, label: 'Wednesday' },
  { value: 4, label: 'Thursday' },
  { value: 5, label: 'Friday' },
  { value: 6, label: 'Saturday' },
  { value: 7, label: 'Sunday' },
] as const;

export const settingsContent = {
  title: 'Practice settings',
  intro: 'Fill in what you know now. You can come back and add the rest later.',
  onThisComputer:
    'These settings are kept on this computer only. They are not sent anywhere, and anyone who uses this computer can see them.',
  loading: ui.loading,
  loadProblem: 'Your saved settings could not be read, so the standard settings are shown instead. Check them and save again.',
  back: ui.back,
  save: 'Save settings',
  saved: (time: string) => `Settings saved on this computer at ${time}`,
  saveFailed:
    'The settings could not be saved on this computer. Nothing has been changed. Try again, and if it keeps happening, write the details down for now.',
  conflict:
    'These settings were changed in another tab or window after you opened this page, so yours were not saved and the other changes were kept. What you entered is still here.',
  saveMineAnyway: 'Save mine instead',
  showSaved: 'Show the saved settings (mine are discarded)',
  errorSummaryTitle: ui.errorSummaryTitle,
  errorPrefix: ui.errorPrefix,
  /** Added to the browser tab title while there are errors, so it is the first thing heard. */
  pageTitle: (hasErrors: boolean) => `${hasErrors ? `${ui.errorPrefix} ` : ''}Practice settings – ${ui.appName}`,

  practice: {
    legend: 'Practice',
    nameLabel: 'Practice name',
    nameHint: 'As patients know it, for example Riverside Surgery.',
  },
  raiseConcern: {
    legend: 'How people can raise a concern',
    hint: "Reply drafts ask people to contact the practice this way rather than carry on in public. Use the practice's own number and email, not one person's.",
    phoneLabel: 'Phone number',
    emailLabel: 'Email address',
    complaintsPageLabel: 'Complaints page web address',
    complaintsPageHint: 'For example www.riversidesurgery.nhs.uk/complaints',
  },
  contacts: {
    heading: 'Contacts',
    intro: 'Who to call during an incident. Their names and numbers will be shown in your action plan.',
    passwordWarning: 'Phone numbers and names only. Never store passwords here.',
    nameLabel: 'Name',
    phoneLabel: 'Phone number',
    roles: contacts,
  },
  policy: {
    heading: 'Social media policy and monitoring',
    intro: 'The action plan uses these answers, so nobody is asked them in the middle of an incident.',
    existsLegend: 'Does the practice have a social media policy?',
    options: policyOptions,
    whereKeptLabel: 'Where is it kept?',
    whereKeptHint: 'For example the policies folder on the shared drive.',
    monitoringLegend: 'Does anyone keep an eye on what is said online about the practice?',
    monitoringHint:
      'For example someone who checks the practice pages and review sites every few days, or alerts set up for the practice name.',
  },
  timing: {
    heading: 'Reply timing and working hours',
    replyByLabel: 'Aim to reply within this many hours',
    replyByHint: 'Used to suggest a time to reply by. Enter a number from 1 to 72.',
    hoursLegend: 'Working hours',
    hoursHint: 'Use the 24-hour clock, for example 08:00 and 18:30.',
    startLabel: 'Opens at',
    endLabel: 'Closes at',
    daysLegend: 'Working days',
    daysHint: 'Tick all that apply.',
    days,
  },
  staff: {
    heading: 'Staff names',
    label: 'Staff names, one on each line',
    hint: 'Used to warn you if a reply draft names a colleague.',
  },

  errors: {
    schemaVersion: 'These settings were made by a different version of this app',
    concernPhone: 'Enter the phone number for concerns using numbers and spaces, like 01632 960123',
    concernEmail: 'Enter the email address in the right format, like reception@example.com',
    complaintsPage: 'Enter the complaints page web address without spaces, like www.example.com/complaints',
    policyExists: 'Choose yes, no or not sure',
    monitoring: 'Choose yes, no or not sure for whether anyone keeps an eye on what is said online',
    replyByHours: 'Enter a whole number of hours from 1 to 72',
    start: 'Enter the opening time using the 24-hour clock, like 08:00',
    end: 'Enter the closing time using the 24-hour clock, like 18:30',
    endBeforeStart: 'The closing time must be later than the opening time',
    days: 'Tick at least one working day',
    day: 'Choose working days from the list',
    staffName: 'Enter each staff name on a line of its own',
  },
} as const;
