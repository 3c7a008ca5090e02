/**
 * Every question the wizard asks, keyed by question id. Answers are stored under these ids, so
 * renaming an id or an option value is a data migration: add a new one instead.
 * Option values are the stored answers; labels are what staff read.
 */
import type { QuestionContent } from './types';

export const questions = {
  danger: {
    kind: 'radio',
    legend: 'Is anyone in danger right now, or has anyone threatened to kill or seriously hurt someone?',
    hint: 'Think about staff, patients and anyone named in the post. If you are not sure, choose yes.',
    summaryLabel: 'Anyone in danger now',
    error: 'Choose yes if anyone may be in danger, or no if not',
    options: [
      { value: 'yes', label: 'Yes, or I am not sure' },
      { value: 'no', label: 'No' },
    ],
  },
  risks: {
    kind: 'checkbox',
    legend: 'Does the post do any of these?',
    hint: 'Tick all that apply.',
    summaryLabel: 'What the post does',
    error: 'Tick what the post does, or tick "None of these"',
    options: [
      { value: 'threat', label: 'Threatens to hurt someone or damage property' },
      {
        value: 'harassment',
        label: 'Is one of several posts aimed at the same person',
        hint: 'Repeated posts that cause alarm or distress can be harassment.',
      },
      {
        value: 'personalDetails',
        label: "Shares a colleague's home address, phone number or other personal details",
      },
      { value: 'incitement', label: 'Urges other people to confront or target someone' },
      {
        value: 'hate',
        label: 'Attacks someone for their race, religion, sexuality, gender identity or a disability',
        hint: 'This is hate, and can be reported to the police.',
      },
      {
        value: 'atRisk',
        label: 'Suggests someone may harm themselves, or that a child or vulnerable adult is at risk',
      },
      {
        value: 'intimateImages',
        label: 'Shares intimate or sexual images of someone, real or faked',
      },
      { value: 'none', label: 'None of these', exclusive: true },
    ],
  },
  awayChoice: {
    kind: 'radio',
    legend: 'What would you like to do now?',
    hint: 'If you are at home, out of hours or on your phone, you can stop here and finish on a practice computer.',
    summaryLabel: 'What you chose to do next',
    error: 'Choose whether to carry on or stop here for now',
    options: [
      { value: 'continue', label: 'Carry on to the full plan: five more short screens' },
      { value: 'urgentOnly', label: 'Stop here for now: keep these first steps, and finish later or hand over' },
    ],
  },
  platform: {
    kind: 'radio',
    legend: 'Where did you see it?',
    summaryLabel: 'Where it was posted',
    error: 'Choose where you saw the post',
    options: [
      { value: 'ownPage', label: "On our practice's own page or account", hint: 'For example our Facebook page.' },
      { value: 'localGroup', label: "In a local group or page that we don't run", hint: 'For example a community Facebook group.' },
      { value: 'googleReviews', label: 'Google reviews' },
      { value: 'nhsWebsite', label: 'A review on the NHS website' },
      { value: 'x', label: 'X (formerly Twitter)' },
      { value: 'instagram', label: 'Instagram' },
      { value: 'tiktok', label: 'TikTok' },
      { value: 'nextdoor', label: 'Nextdoor' },
      {
        value: 'closedGroup',
        label: "In a private group or chat that we can't see",
        hint: 'For example a WhatsApp group or a closed Facebook group. Someone in it told us.',
      },
      {
        value: 'directMessage',
        label: "In private messages to a colleague's own account",
        hint: 'Abuse sent to their personal Facebook, Instagram, X, email or phone.',
      },
      { value: 'colleagueScreenshot', label: 'A colleague showed me a screenshot', hint: 'For example in a staff WhatsApp group.' },
      { value: 'other', label: 'Somewhere else' },
    ],
  },
  about: {
    kind: 'checkbox',
    legend: 'Who is it about?',
    hint: 'Tick all that apply.',
    summaryLabel: 'Who it is about',
    error: 'Tick who the post is about',
    options: [
      { value: 'practice', label: 'The practice as a whole' },
      { value: 'colleague', label: 'A colleague who is named or could be recognised' },
      { value: 'patient', label: 'A patient' },
    ],
  },
  author: {
    kind: 'radio',
    legend: 'Who wrote it?',
    hint: 'Go by what you know, not by looking the person up in the clinical system.',
    summaryLabel: 'Who wrote it',
    error: 'Choose who wrote the post, or "We don\'t know"',
    options: [
      { value: 'public', label: 'A patient or member of the public' },
      { value: 'relative', label: "A patient's relative or carer" },
      { value: 'recognised', label: 'Someone we think we recognise' },
      { value: 'currentStaff', label: 'Someone who works here now' },
      { value: 'formerStaff', label: 'Someone who used to work here' },
      { value: 'unknown', label: "We don't know" },
    ],
  },
  situations: {
    kind: 'checkbox',
    legend: 'Is any of this part of it too?',
    hint: 'Tick all that apply. Each one changes what the plan asks you to do.',
    summaryLabel: 'Also part of it',
    error: 'Tick what is part of it, or tick "None of these"',
    options: [
      { value: 'filming', label: 'Someone filmed or photographed staff, or the waiting room' },
      { value: 'fakeAccount', label: 'A fake page or account pretending to be the practice or a colleague' },
      { value: 'staffReplied', label: 'A colleague has replied or defended the practice from their own account' },
      {
        value: 'pileOn',
        label: 'Lots of reviews or posts at once, perhaps from people who are not our patients',
        hint: 'Sometimes called review bombing or a pile-on.',
      },
      { value: 'trolling', label: 'Seems meant to provoke us or stir other people up', hint: 'Trolling, or one of many posts by a group.' },
      { value: 'campaign', label: 'A petition or campaign about the practice' },
      { value: 'press', label: 'A journalist, councillor or MP has been in touch about it' },
      { value: 'none', label: 'None of these', exclusive: true },
    ],
  },
  patientInfo: {
    kind: 'radio',
    legend: 'Does the post give away anything about a patient?',
    hint: "For example a name, a condition or details of someone's treatment. Ask this even at night: if the practice let something slip, the clock for reporting it runs through weekends.",
    summaryLabel: 'Patient information in the post',
    error: 'Choose yes, no, "only their own or their family\'s care", or not sure',
    options: [
      { value: 'yes', label: 'Yes, about a patient other than the person who posted it' },
      {
        value: 'ownFamily',
        label: "Only the poster's own care, or their family's",
        hint: 'For example "my mum waited three weeks for her results".',
      },
      { value: 'no', label: 'No' },
      { value: 'notSure', label: "I'm not sure" },
    ],
  },
  foundAt: {
    kind: 'datetime',
    legend: 'When did you find it?',
    hint: 'Leave as it is if you found it just now.',
    summaryLabel: 'When it was found',
    error: 'Enter the date and time you found it, for example 25/11/2026 09:30',
  },
  description: {
    kind: 'text',
    legend: 'In a line or two, what does it say?',
    hint: 'Your own words are fine. Leave out patient details.',
    summaryLabel: 'What it says',
    optional: true,
  },
  evidenceSaved: {
    kind: 'radio',
    legend: 'Have you saved a copy of the post?',
    summaryLabel: 'Copy of the post saved',
    error: 'Choose whether you have saved a copy',
    options: [
      { value: 'saved', label: 'Yes, we have a copy' },
      { value: 'notYet', label: 'Not yet' },
      { value: 'gone', label: 'It has already been taken down' },
    ],
  },
  reason: {
    kind: 'radio',
    legend: 'What is the post mainly about?',
    summaryLabel: 'What the post is about',
    error: 'Choose what the post is mainly about, or "It isn\'t clear"',
    options: [
      { value: 'access', label: 'Getting an appointment, phone waits or another part of our service' },
      { value: 'clinical', label: 'The care or treatment someone had' },
      { value: 'manner', label: 'How a member of staff behaved' },
      { value: 'misinformation', label: "Something that isn't true", hint: 'For example a false claim about vaccines.' },
      { value: 'unclear', label: "It isn't clear" },
    ],
  },
  ownCare: {
    kind: 'radio',
    legend: 'Does the post describe symptoms, or care someone still needs, that a clinician should look at today?',
    hint: 'For example someone saying they are still unwell, a medicine causing problems, or care they say they still cannot get.',
    summaryLabel: 'Needs a clinician today',
    error: 'Choose yes, no or not sure',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'notSure', label: "I'm not sure" },
    ],
  },
  tone: {
    kind: 'radio',
    legend: 'Is it criticism or abuse?',
    hint: 'Ask yourself: would it be acceptable if they said it to our face at the front desk?',
    summaryLabel: 'Criticism or abuse',
    error: 'Choose criticism, abuse, both or neither',
    options: [
      { value: 'criticism', label: 'Criticism', hint: 'Unwelcome, perhaps unfair, but about what we do.' },
      { value: 'abuse', label: 'Abuse', hint: 'Meant to upset, frighten, bully or distress someone.' },
      { value: 'both', label: 'Both', hint: 'A real complaint, but with abuse mixed in.' },
      { value: 'neither', label: 'Neither', hint: 'For example a privacy problem, or a post that is simply wrong.' },
    ],
  },
  decision: {
    kind: 'radio',
    legend: 'What will you do about the post?',
    hint: 'Replying and staying quiet can both be right. You can change this later.',
    summaryLabel: 'What you decided',
    error: 'Choose what you will do about the post',
    options: [
      {
        value: 'reply',
        label: 'Reply publicly, briefly, and ask them to contact us',
        unavailableWhen: 'cannotReplyPublicly',
        unavailableReason: "Not possible here: the practice can't reply in a group it doesn't run or in private messages.",
      },
      { value: 'monitor', label: "Don't reply, and keep an eye on it" },
      { value: 'complaint', label: 'Deal with it privately through our complaints process' },
    ],
  },
  rulesBroken: {
    kind: 'checkbox',
    legend: "Does the post break the site's rules in any of these ways?",
    hint: 'Tick all that apply. Sites usually remove only posts like these. Hate and threats were asked about earlier.',
    summaryLabel: "Breaks the site's rules",
    error: 'Tick how the post breaks the rules, or tick "None of these"',
    options: [
      {
        value: 'namesStaff',
        label: 'Names a member of staff or makes them easy to identify',
        hint: 'Not every site bans this: Google may allow a review that names a public-facing professional.',
      },
      { value: 'personalAttack', label: 'Attacks someone personally, or states as fact things that are untrue about them' },
      { value: 'seriousAccusation', label: 'Makes a serious accusation, such as of negligence or a crime' },
      { value: 'sexual', label: 'Sexual or pornographic content' },
      { value: 'none', label: 'None of these, or not sure', exclusive: true },
    ],
  },
  staffConcern: {
    kind: 'radio',
    legend: 'Could the post be raising a real concern about patient safety, wrongdoing or breaking the law?',
    hint: 'If so, it may count as whistleblowing, which the law protects.',
    summaryLabel: 'Could be whistleblowing',
    error: 'Choose yes, no or not sure',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'notSure', label: "I'm not sure" },
    ],
  },
  targetRole: {
    kind: 'radio',
    legend: 'What is the role of the colleague it is about?',
    hint: 'We use this to suggest support that fits them.',
    summaryLabel: "The colleague's role",
    error: "Choose the colleague's role",
    options: [
      { value: 'gp', label: 'A GP' },
      { value: 'clinician', label: 'A nurse, pharmacist or another clinician' },
      { value: 'nonClinical', label: 'A receptionist, administrator or another non-clinical role' },
      { value: 'manager', label: 'The practice manager or another manager' },
    ],
  },
} as const satisfies Record<string, QuestionContent>;

export type Questions = typeof questions;
export type QuestionId = keyof Questions;

type OptionValue<Q> = Q extends { readonly options: readonly (infer O)[] } ? (O extends { readonly value: infer V } ? V : never) : never;

/** The stored answer to each question: an option value, a list of them, or text. */
export type AnswerTo<K extends QuestionId> = Questions[K] extends { readonly kind: 'radio' }
  ? OptionValue<Questions[K]>
  : Questions[K] extends { readonly kind: 'checkbox' }
    ? readonly OptionValue<Questions[K]>[]
    : string;

export type Answers = { readonly [K in QuestionId]?: AnswerTo<K> };

export const questionIds = Object.keys(questions) as QuestionId[];
