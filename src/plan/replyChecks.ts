/**
 * Live checks on a reply draft before it is posted. Pure, and never blocking: they point at words
 * a stressed person might not notice (a date that confirms a visit, a colleague's name, a flash of
 * temper), and the person decides. The term lists and messages live in content/replyChecks.
 */
import {
  bookingWords,
  clinicalTerms,
  defensiveTerms,
  generalDateLeads,
  generalStatementMarkers,
  harmlessDefensiveUses,
  invitationTerms,
  monthNames,
  notShouting,
  patientDetailPhrases,
  replyCheckFoundLabels,
  replyCheckMessages,
  replyWordLimit,
  visitWords,
  weekdays,
  yourCareQualifiers,
  yourCareWords,
} from '../content/replyChecks';

export const replyCheckIds = ['tooLong', 'patientDetail', 'namesColleague', 'defensive', 'noInvitation'] as const;
export type ReplyCheckId = (typeof replyCheckIds)[number];

export interface ReplyCheck {
  readonly id: ReplyCheckId;
  /** One line, plain words, saying what to look at and why. */
  readonly message: string;
  /** What triggered it, as it appears in the draft (or a short label such as "!"). */
  readonly found: readonly string[];
}

export interface ReplyCheckContext {
  /** From the practice settings; names are never guessed, so an empty list finds no names. */
  readonly staffNames: readonly string[];
}

const notWordBefore = '(?<![\\p{L}\\p{N}])';
const notWordAfter = '(?![\\p{L}\\p{N}])';

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A term as a pattern: whole words only, any run of spaces between its words. */
function termPattern(term: string): string {
  return term.trim().split(/\s+/).map(escapeForRegExp).join('\\s+');
}

function wholeWords(terms: readonly string[], flags = 'giu'): RegExp {
  // Longest first, so "blood tests" wins over "blood test".
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(`${notWordBefore}(?:${sorted.map(termPattern).join('|')})${notWordAfter}`, flags);
}

function matchesOf(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => match[0]);
}

/** Curly quotes become straight, so "we’ve" and "we've" read the same. */
function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc`]/g, "'");
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => sentence.trim() !== '');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

// --- may disclose or confirm that they are a patient ---

const detailPhrasePattern = wholeWords(patientDetailPhrases);
const yourCarePattern = new RegExp(
  `${notWordBefore}your\\s+(?:(?:${yourCareQualifiers.map(termPattern).join('|')})\\s+)?(?:${[...yourCareWords]
    .sort((a, b) => b.length - a.length)
    .map(termPattern)
    .join('|')})${notWordAfter}`,
  'giu',
);
const clinicalPattern = wholeWords(clinicalTerms);
const generalPattern = wholeWords(generalStatementMarkers, 'iu');
const visitPattern = wholeWords(visitWords, 'iu');
const bookingPattern = wholeWords(bookingWords, 'iu');

const month = `(?:${monthNames.join('|')})`;
const ordinal = '(?:st|nd|rd|th)?';
const clockTime = `(?<![\\d£$.,])(?:\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm))?|\\d{1,2}\\s*(?:am|pm))${notWordAfter}`;
const dayOfWeek = `(?:on|last|this|next)\\s+(?:${weekdays.join('|')})${notWordAfter}`;
const dayAndMonth = `(?:\\d{1,2}${ordinal}\\s+(?:of\\s+)?${month}|${month}\\s+\\d{1,2}${ordinal})${notWordAfter}`;
// "24/7" is how opening hours are written, not a date.
const numericDate = `(?<!\\d)(?!24\\/7(?![\\d/]))\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?(?![\\d/])`;
const notAfterGeneralLead = `(?<!${notWordBefore}(?:${generalDateLeads.join('|')})\\s+)`;
const datePart = `${notWordBefore}${notAfterGeneralLead}(?:${dayOfWeek}|${dayAndMonth}|${numericDate})`;
/** A day and a time together ("on Tuesday at 10:30") can only be a visit. */
const dayWithTimePattern = new RegExp(`${datePart}\\s*,?\\s*(?:at\\s+)?${clockTime}`, 'giu');
const dateOrTimePattern = new RegExp(`${datePart}|${clockTime}`, 'giu');
const datePattern = new RegExp(datePart, 'giu');

function datesTiedToVisits(sentence: string): string[] {
  const dayWithTime = matchesOf(dayWithTimePattern, sentence);
  if (dayWithTime.length > 0) return dayWithTime;
  if (visitPattern.test(sentence)) return matchesOf(dateOrTimePattern, sentence);
  return bookingPattern.test(sentence) ? matchesOf(datePattern, sentence) : [];
}

function patientDetails(text: string): string[] {
  const found = [...matchesOf(detailPhrasePattern, text), ...matchesOf(yourCarePattern, text)];
  for (const sentence of sentencesOf(text)) {
    if (!generalPattern.test(sentence)) found.push(...matchesOf(clinicalPattern, sentence));
    found.push(...datesTiedToVisits(sentence));
  }
  return found;
}

// --- names a colleague ---

/**
 * One colleague's name as the practice entered it. A one-word name must start with a capital in
 * the draft: staff called Will, May or Grace must not be "found" in "we will" or "you may".
 */
function nameFound(name: string, text: string): boolean {
  // Full stops after titles are optional both ways: "Dr. Patel" in settings finds "Dr Patel".
  const words = name
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/\.$/, ''))
    .filter(Boolean);
  if (words.length === 0) return false;
  const pattern = new RegExp(`${notWordBefore}${words.map(escapeForRegExp).join('\\.?\\s+')}${notWordAfter}`, 'giu');
  const matches = matchesOf(pattern, text);
  if (words.length > 1) return matches.length > 0;
  return matches.some((match) => /^\p{Lu}/u.test(match));
}

function colleaguesNamed(text: string, staffNames: readonly string[]): string[] {
  return staffNames.map((name) => name.trim()).filter((name) => nameFound(normalise(name), text));
}

// --- defensive or argumentative ---

const defensivePattern = wholeWords(defensiveTerms);
const harmlessPattern = wholeWords(harmlessDefensiveUses);
const allowedCapitals = new Set<string>(notShouting);

function shouting(text: string): string[] {
  return matchesOf(/[\p{L}\p{N}&']+/gu, text).filter((word) => {
    const bare = word.replace(/'s$/i, '').replace(/^'+|'+$/g, '');
    if (/\p{N}/u.test(bare) || /\p{Ll}/u.test(bare)) return false;
    if ((bare.match(/\p{Lu}/gu) ?? []).length < 3) return false;
    return !allowedCapitals.has(bare);
  });
}

function defensiveSigns(text: string): string[] {
  const found = matchesOf(defensivePattern, text.replace(harmlessPattern, ' '));
  if (text.includes('!')) found.push(replyCheckFoundLabels.exclamation);
  found.push(...shouting(text).map(replyCheckFoundLabels.capitals));
  return found;
}

// --- invitation to make contact ---

const invitationPattern = wholeWords(invitationTerms, 'iu');

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every check that applies to the draft, in a fixed order; none for an empty draft. */
export function checkReply(text: string, context: ReplyCheckContext): ReplyCheck[] {
  const draft = normalise(text);
  if (draft.trim() === '') return [];
  const checks: ReplyCheck[] = [];

  const words = wordCount(draft);
  if (words > replyWordLimit) checks.push({ id: 'tooLong', message: replyCheckMessages.tooLong(words), found: [] });

  const details = unique(patientDetails(draft));
  if (details.length > 0) checks.push({ id: 'patientDetail', message: replyCheckMessages.patientDetail(details), found: details });

  const names = unique(colleaguesNamed(draft, context.staffNames));
  if (names.length > 0) checks.push({ id: 'namesColleague', message: replyCheckMessages.namesColleague(names), found: names });

  const signs = unique(defensiveSigns(draft));
  if (signs.length > 0) checks.push({ id: 'defensive', message: replyCheckMessages.defensive(signs), found: signs });

  if (!invitationPattern.test(draft)) checks.push({ id: 'noInvitation', message: replyCheckMessages.noInvitation(), found: [] });

  return checks;
}
