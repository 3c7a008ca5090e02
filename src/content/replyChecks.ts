/**
 * What the reply checks look for, and what they say. The lists are deliberately short and plain so
 * a practice or LMC can read them and see why a draft was flagged. Every check is advice, never a
 * block: the words "could" and "may" are meant.
 *
 * All terms are matched as whole words, ignoring case, after curly apostrophes are straightened.
 */
import type { ReplyCheckId } from '../plan/replyChecks';

/** Longer replies give more to pick apart; the guidance asks for brief. */
export const replyWordLimit = 60;

/**
 * Things a reply can only say if it knows the person's care: each confirms they are a patient
 * (GMC: criticism does not lift confidentiality) and some give details away. "Sorry about your
 * appointment" is caught by the "your …" words below.
 */
export const patientDetailPhrases = [
  'as discussed',
  'as we discussed',
  'when we spoke',
  'when you spoke to',
  'when you came in',
  'when we saw you',
  'you were seen',
  'looked into your',
  'checked your',
] as const;

/** "your …" followed by one of these (optionally after a word such as "recent") is about their care. */
export const yourCareWords = [
  'records',
  'record',
  'notes',
  'prescription',
  'prescriptions',
  'results',
  'appointment',
  'appointments',
  'medication',
  'medications',
  'medicine',
  'medicines',
  'referral',
  'treatment',
  'diagnosis',
  'consultation',
  'visit',
  'scan',
  'blood test',
  'blood tests',
  'x-ray',
  'x-rays',
] as const;

/** Words that may sit between "your" and the care word: "your recent appointment". */
export const yourCareQualifiers = ['recent', 'last', 'latest', 'medical', 'test', 'repeat', 'GP'] as const;

/** Clinical words that have no place in a public reply, whoever they are about. */
export const clinicalTerms = [
  'diagnosis',
  'diagnosed',
  'referral',
  'referred',
  'blood test',
  'blood tests',
  'medication',
  'antibiotics',
  'scan',
  'x-ray',
  'prescription',
  'prescribed',
  'test results',
  'consultation notes',
] as const;

/**
 * A sentence that speaks of everyone ("we cannot discuss anyone's test results online") explains
 * the duty of confidentiality rather than breaking it, so clinical words there are not flagged.
 */
export const generalStatementMarkers = ['anyone', "anyone's", 'everyone', "everyone's", 'any patient', "people's", 'individual'] as const;

/**
 * A date or time is only a problem tied to a visit: "you were seen on 3 March" is, "from 1 April
 * our phones open at 8am" is not. These words tie a date or a time to a visit.
 */
export const visitWords = [
  'saw you',
  'seen you',
  'were seen',
  'was seen',
  'came in',
  'spoke',
  'attended',
  'waited',
] as const;

/**
 * These tie a date to a visit ("the appointment on 3 March") but not a time: "appointments can be
 * booked from 8am" describes the service, not a person.
 */
export const bookingWords = ['appointment', 'appointments', 'booked', 'visit', 'visited', 'consultation'] as const;

/** A date after these is when something starts or stops for everyone: "from 1 April". */
export const generalDateLeads = ['from', 'since', 'until', 'till', 'starting'] as const;

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
] as const;

/** Words and phrases that argue back. "lies" also has innocent uses, listed below. */
export const defensiveTerms = [
  'actually',
  "that's not true",
  'that is not true',
  'not true',
  'untrue',
  'lies',
  'lying',
  'liar',
  'liars',
  'nonsense',
  'rubbish',
  'ridiculous',
  'how dare',
  'completely false',
  'totally false',
] as const;

/** Everyday uses of the words above that are not arguing: "the answer lies in…". */
export const harmlessDefensiveUses = ['lies with', 'lies in', 'lies ahead', 'lies behind', 'lies within'] as const;

/**
 * Words written in capitals that are names, not shouting. Compared without a trailing "'s".
 * Words with digits in them (postcodes, NHS111) are never counted as shouting either.
 */
export const notShouting = [
  'NHS',
  'NHS111',
  'GP',
  'GPS',
  'LMC',
  'LMCS',
  'A&E',
  'ICO',
  'CQC',
  'PALS',
  'PCN',
  'ICB',
  'BMA',
  'GMC',
  'NMC',
  'MDU',
  'MPS',
  'MDDUS',
  'DPO',
  'HR',
  'UK',
  'COVID',
  'MMR',
  'HPV',
  'BCG',
  'ECG',
  'MRI',
  'ENT',
  'ACAS',
  'CPS',
  'SWGFL',
  'OK',
  'FAQ',
  'FAQS',
  'URL',
  'AM',
  'PM',
] as const;

/** Any of these means the reply asks them to take it offline. */
export const invitationTerms = [
  'contact',
  'call',
  'ring',
  'phone',
  'email',
  'e-mail',
  'get in touch',
  'speak to',
  'talk to',
  'write to',
  'complaint',
  'complaints',
] as const;

function quoted(found: readonly string[]): string {
  const shown = found.slice(0, 3).map((item) => `"${item}"`);
  const more = found.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** One line each, read beside the draft while it is being written. */
export const replyCheckMessages = {
  tooLong: (words: number) =>
    `${words} words: try to keep it to ${replyWordLimit} or fewer, so there is less to pick apart.`,
  patientDetail: (found: readonly string[]) =>
    `Could show they are a patient or give away details of care (${quoted(found)}): leave dates, records and treatment out.`,
  namesColleague: (found: readonly string[]) =>
    `Names a colleague (${quoted(found)}): keep staff names out of a public reply.`,
  defensive: (found: readonly string[]) =>
    `Could read as defensive or angry (${quoted(found)}): calm, plain words work better in public.`,
  noInvitation: () =>
    'Does not ask them to get in touch: invite them to contact the practice, so the conversation moves offline.',
} as const satisfies Record<ReplyCheckId, (...args: never[]) => string>;

/** How the checks name what they found, when it is not a word from the text. */
export const replyCheckFoundLabels = {
  exclamation: '!',
  capitals: (word: string) => `${word} in capitals`,
} as const;
