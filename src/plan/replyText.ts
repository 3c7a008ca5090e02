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
