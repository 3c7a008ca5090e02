/**
 * Making text inert before it goes into the note. Typed text (and anything imported) may hold
 * Markdown, HTML, right-to-left overrides or control characters; none of it may change what the
 * note looks like, add a link, or make one line read as another.
 *
 * The rules are deliberately blunt: every ASCII punctuation character in typed text is escaped
 * (CommonMark lets any of them be escaped, so nothing has to be reasoned about case by case), and
 * line breaks in typed text are only ever hard breaks inside the block the renderer put it in.
 */
import type { Run, Text } from './types';

/** Embeddings, overrides and isolates, and the marks that steer them (U+061C, U+200E, U+200F). */
const bidiControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** C0 controls except tab and line feed, DEL, and the C1 controls (NEL among them). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed from typed text
const otherControls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Every way a line can end, so "\r" cannot hide a second line from a check that looks for "\n". */
const lineBreaks = /\r\n|[\r\u2028\u2029]/g;

/** The text with line breaks as "\n" and no bidirectional or control characters. */
export function makeInert(text: string): string {
  return text.replace(lineBreaks, '\n').replace(bidiControls, '').replace(otherControls, '');
}

/**
 * A note text as lines of runs, inert, each line trimmed and blank lines dropped. Only typed text
 * brings line breaks. Blank lines would end the block in Markdown and leading spaces could turn a
 * line into code, so neither survives; the words all do.
 */
export function textLines(text: Text): Run[][] {
  const lines: Run[][] = [[]];
  for (const run of text) {
    makeInert(run.text)
      .split('\n')
      .forEach((piece, index) => {
        if (index > 0) lines.push([]);
        lines[lines.length - 1]?.push({ text: piece, typed: run.typed });
      });
  }
  return lines.map(trimLine).filter((line) => line.length > 0);
}

function trimLine(line: readonly Run[]): Run[] {
  const runs = line.map((run) => ({ ...run }));
  while (runs.length > 0 && runs[0] !== undefined && runs[0].text.trimStart() === '') runs.shift();
  while (runs.length > 0 && runs[runs.length - 1]?.text.trimEnd() === '') runs.pop();
  const first = runs[0];
  if (first !== undefined) runs[0] = { ...first, text: first.text.trimStart() };
  const last = runs[runs.length - 1];
  if (last !== undefined) runs[runs.length - 1] = { ...last, text: last.text.trimEnd() };
  return runs;
}

/** A note text on one line, inert: for places where a line break has no meaning. */
export function plainLine(text: Text): string {
  return textLines(text)
    .map((line) => line.map((run) => run.text).join(''))
    .join(' ');
}

const asciiPunctuation = /[!-/:-@[-`{-~]/g;

/** One line of typed text for Markdown: every ASCII punctuation character escaped. */
export function escapeMarkdownTyped(line: string): string {
  return line.replace(asciiPunctuation, '\\$&');
}

/** Characters with a meaning anywhere in a line: emphasis, code, links, HTML, entities, tables. */
const inlineMarkup = /[\\`*_[\]<>&|~]/g;

/** What could open a block at the start of a line: headings, quotes, lists, setext underlines. */
const blockOpener = /^(?:[#>+=-]|\d+(?=[.)]))/;

/**
 * One line of the note's own words for Markdown. These come from src/content, so they are escaped
 * only where punctuation could mean something, which keeps the Markdown readable as it is; the
 * rule is still safe for any text.
 */
export function escapeMarkdownProse(line: string, atLineStart: boolean): string {
  const escaped = line.replace(inlineMarkup, '\\$&');
  const opener = atLineStart ? blockOpener.exec(escaped) : null;
  if (opener === null) return escaped;
  // "1. " becomes "1\. " and "# " becomes "\# ": both then read as text.
  return /^\d/.test(opener[0]) ? `${opener[0]}\\${escaped.slice(opener[0].length)}` : `\\${escaped}`;
}
