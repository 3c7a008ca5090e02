/**
 * Small pieces the reply checks are built from: whole-word patterns from the term lists in
 * content/replyChecks, sentences, and "what came before this in the same clause", which is how a
 * rule tells "you called" from "if you called". Pure and without state.
 */

export const notWordBefore = '(?<![\\p{L}\\p{N}])';
export const notWordAfter = '(?![\\p{L}\\p{N}])';
/** One word, with inner apostrophes and hyphens: "mother-in-law", "we've". */
export const aWord = "[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*";

export function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A term as a pattern: any run of spaces between its words. */
function termPattern(term: string): string {
  return term.trim().split(/\s+/).map(escapeForRegExp).join('\\s+');
}

/** The terms as alternatives, longest first so "blood tests" wins over "blood test". No boundaries. */
export function anyOf(terms: readonly string[]): string {
  return `(?:${[...terms]
    .sort((a, b) => b.length - a.length)
    .map(termPattern)
    .join('|')})`;
}

/** The terms as whole words. */
export function wholeWordsOf(terms: readonly string[]): string {
  return `${notWordBefore}${anyOf(terms)}${notWordAfter}`;
}

export function wholeWords(terms: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(wholeWordsOf(terms), flags);
}

/** Up to n more words, each after a space. */
export function upToWords(n: number): string {
  return `(?:\\s+${aWord}){0,${n}}`;
}

/** Curly quotes become straight and odd spaces plain, one character for one, so positions still match the draft. */
export function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'").replace(/[\u00a0\u2007\u202f]/g, ' ');
}

export interface Sentence {
  readonly text: string;
  /** Where it starts in the draft. */
  readonly offset: number;
}

/** The draft's sentences, each with where it starts, so what is found can be put back in order. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const add = (to: number) => {
    if (text.slice(from, to).trim() !== '') sentences.push({ text: text.slice(from, to), offset: from });
  };
  for (const gap of text.matchAll(/(?<=[.!?])\s+|\n+/g)) {
    add(gap.index);
    from = gap.index + gap[0].length;
  }
  add(text.length);
  return sentences;
}

/** Runs a rule over every sentence, with what it finds placed in the whole draft. */
export function inEachSentence(text: string, rule: (sentence: string) => readonly Found[]): Found[] {
  return sentencesOf(text).flatMap(({ text: sentence, offset }) =>
    rule(sentence).map((found) => ({ text: found.text, index: found.index + offset })),
  );
}

/**
 * What was found, in the order it appears, with finds that overlap joined into one: "your mum's
 * appointment" rather than that and "your mum's" too, "As we explained to you" rather than "As we
 * explained" and "explained to you".
 */
export function outermost(found: readonly Found[], draft: string): string[] {
  const byPosition = [...found].sort((a, b) => a.index - b.index);
  const spans: { start: number; end: number }[] = [];
  for (const { index, text } of byPosition) {
    const last = spans.at(-1);
    if (last && index < last.end) last.end = Math.max(last.end, index + text.length);
    else spans.push({ start: index, end: index + text.length });
  }
  return spans.map(({ start, end }) => draft.slice(start, end));
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export interface Found {
  /** The words as they appear in the draft. */
  readonly text: string;
  readonly index: number;
}

export function matchesIn(pattern: RegExp, text: string): Found[] {
  const global = pattern.flags.includes('g') ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  return [...text.matchAll(global)].map((match) => ({ text: match[0], index: match.index }));
}

/**
 * Where a clause starts: a comma, semicolon, colon, bracket or dash, or a word that starts a new
 * thought ("but", "although"). "We can't discuss anyone's care, but your antibiotics were right"
 * is two clauses, and the first one's "anyone's" says nothing about the second.
 */
const clauseBreak =
  /[,;:()]|\s[-–—]\s|(?<![\p{L}\p{N}])(?:but|although|though|because|however|whereas|while|and(?=\s+(?:we|you|i|he|she|they)(?![\p{L}\p{N}])))(?![\p{L}\p{N}])/giu;

/** The text of the same clause before the given position. */
export function clauseBefore(sentence: string, index: number): string {
  let start = 0;
  for (const match of sentence.slice(0, index).matchAll(clauseBreak)) start = match.index + match[0].length;
  return sentence.slice(start, index);
}

/** The text of the same clause from the given position on. */
export function clauseAfter(sentence: string, index: number): string {
  const rest = sentence.slice(index);
  const breakAt = rest.slice(1).search(new RegExp(clauseBreak.source, 'iu'));
  return breakAt < 0 ? rest : rest.slice(0, breakAt + 1);
}

export function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A draft with text-speak written out, and where each of its characters came from in the draft. */
export interface Expanded {
  readonly text: string;
  /** For each character of text, its index in the draft. */
  readonly from: readonly number[];
}

/**
 * Text-speak and shortened words written out in full, so the rules, written for "your" and
 * "Wednesday", read "ur", "u" and "wed" too: "ur visit on wed" is "your visit on Wednesday".
 * "ur" is "you're" before a word that follows "you are" ("ur on our list", "ur welcome").
 */
const textSpeak: readonly (readonly [RegExp, string | ((word: string, rest: string) => string)])[] = [
  [/^ur$/iu, (_word, rest) => (youAreNext.test(rest) ? "you're" : 'your')],
  [/^(?:yr|yor|ure)$/iu, 'your'],
  [/^(?:u|ya|yu)$/iu, 'you'],
  [/^(?:youre|your'e)$/iu, "you're"],
  [/^youve$/iu, "you've"],
  [/^youd$/iu, "you'd"],
  [/^r$/u, 'are'],
  [/^(?:pls|plz|plse)$/iu, 'please'],
  [/^(?:appt|apt)$/iu, 'appointment'],
  [/^(?:appts|apts)$/iu, 'appointments'],
  [/^(?:msg)$/iu, 'message'],
  [/^(?:prescrip|presc|rx)$/iu, 'prescription'],
  [/^(?:b4)$/iu, 'before'],
  [/^(?:2day|tdy)$/iu, 'today'],
  [/^(?:yday|yest|yesterdy)$/iu, 'yesterday'],
  [/^(?:wk)$/iu, 'week'],
  [/^(?:mon)$/iu, 'Monday'],
  [/^(?:tue|tues)$/iu, 'Tuesday'],
  [/^(?:wed|weds)$/iu, 'Wednesday'],
  [/^(?:thu|thur|thurs)$/iu, 'Thursday'],
  [/^(?:fri)$/iu, 'Friday'],
  // Common misspellings of the words the rules look for.
  [/^(?:recieved|receieved|recived)$/iu, 'received'],
  [/^(?:appointmnet|apointment|appoinment|appointmet|appiontment|appt\.)$/iu, 'appointment'],
  [/^(?:referal|refferal|reffered|refered)$/iu, (word) => (/al$/iu.test(word) ? 'referral' : 'referred')],
  [/^(?:reults|resluts|rsults|resutls)$/iu, 'results'],
  [/^(?:medicaton|medcation|medicaiton|medicatoin)$/iu, 'medication'],
  [/^(?:prescibed|perscribed|presribed)$/iu, 'prescribed'],
  [/^(?:receptionst|recepionist|receptonist|recptionist)$/iu, 'receptionist'],
  [/^(?:docter|doctr|doc)$/iu, 'doctor'],
  [/^(?:nurce)$/iu, 'nurse'],
  [/^(?:solicters|soliciters)$/iu, 'solicitors'],
  [/^(?:solicter|soliciter)$/iu, 'solicitor'],
  [/^(?:wasnt|wasn't)$/iu, "wasn't"],
  [/^werent$/iu, "weren't"],
  [/^didnt$/iu, "didn't"],
  [/^isnt$/iu, "isn't"],
  [/^arent$/iu, "aren't"],
  [/^hasnt$/iu, "hasn't"],
  [/^havent$/iu, "haven't"],
  [/^couldnt$/iu, "couldn't"],
  [/^doesnt$/iu, "doesn't"],
];
/** "sat" and "sun" are ordinary words unless a day is plainly meant: "on sat", "last sun". */
const shortWeekendDay = /^(sat|sun)$/iu;
const beforeADay = /(?:^|\s)(?:on|last|this|next|since|after|before|till|until|from|over)\s+$/iu;
const youAreNext = new RegExp(
  `^\\s+(?:a|an|the|not|no|on|in|at|still|welcome|right|now|due|overdue|registered|entitled|able|free|more|so|very|always|never|already|pregnant|expecting|diabetic|poorly|unwell|ill|sick|worried|upset|unhappy|frustrated|angry|right|wrong|happy|\\p{L}+ing)${notWordAfter}`,
  'iu',
);

function writtenOut(word: string, before: string, rest: string): string {
  if (shortWeekendDay.test(word)) return beforeADay.test(before) ? (word.toLowerCase() === 'sat' ? 'Saturday' : 'Sunday') : word;
  for (const [pattern, full] of textSpeak) {
    if (!pattern.test(word)) continue;
    const out = typeof full === 'string' ? full : full(word, rest);
    // Keep a capital: "U" at the start of a sentence is "You".
    return /^\p{Lu}/u.test(word) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
  }
  return word;
}

export function expandTextSpeak(draft: string): Expanded {
  let text = '';
  const from: number[] = [];
  let last = 0;
  for (const match of draft.matchAll(/[\p{L}\p{N}][\p{L}\p{N}']*/gu)) {
    const word = match[0];
    const out = writtenOut(word, draft.slice(Math.max(0, match.index - 12), match.index), draft.slice(match.index + word.length));
    for (let i = last; i < match.index; i += 1) from.push(i);
    text += draft.slice(last, match.index);
    if (out === word) {
      for (let i = 0; i < word.length; i += 1) from.push(match.index + i);
    } else {
      // Every written-out character points into the short word, so a find maps back onto it whole.
      for (let i = 0; i < out.length; i += 1) from.push(match.index + Math.min(i, word.length - 1));
    }
    text += out;
    last = match.index + word.length;
  }
  for (let i = last; i < draft.length; i += 1) from.push(i);
  text += draft.slice(last);
  return { text, from };
}

/** Finds in the expanded text, placed back in the draft with the draft's own words. */
export function backInDraft(found: readonly Found[], expanded: Expanded, draft: string): Found[] {
  return found.map(({ text, index }) => {
    const startAt = expanded.from[index] ?? 0;
    const endAt = (expanded.from[index + text.length - 1] ?? startAt) + 1;
    return { text: draft.slice(startAt, endAt), index: startAt };
  });
}
