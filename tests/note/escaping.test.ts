/**
 * Typed text cannot change the note's structure. Each hostile string is put in every typed field
 * of an incident at once, and every format is made from it:
 * - Markdown is parsed with a CommonMark parser and its node types counted; the counts must equal
 *   those of the same note with harmless words in the same places (same number of lines), so the
 *   typed text added no link, image, HTML, heading, list, quote, code or emphasis of its own;
 * - plain text must have the same shape, line for line, as the harmless note, and no bidirectional
 *   or control characters;
 * - JSON must give the exact text back.
 */
import { Parser, type NodeType } from 'commonmark';
import { buildNote } from '../../src/note/buildNote';
import { escapeMarkdownProse, escapeMarkdownTyped, makeInert } from '../../src/note/escape';
import { exportIncidentJson } from '../../src/note/exportJson';
import { parseIncidentImport } from '../../src/note/importJson';
import { noteToMarkdown } from '../../src/note/toMarkdown';
import { noteToPlainText } from '../../src/note/toPlainText';
import type { IncidentRecord } from '../../src/record/schema';
import { abuseNamingReceptionist, noteTime } from './incidents';

const hostile: readonly (readonly [string, string])[] = [
  ['script tag', '<script>alert(1)</script>'],
  ['Markdown link to javascript:', '[link](javascript:alert(1))'],
  ['Markdown image', '![img](x)'],
  ['img with onerror', '<img src=x onerror=alert(1)>'],
  ['HTML entities', '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62; &copy;'],
  ['nested backticks', '```` nested ``` backticks ` ````'],
  ['fenced code block', '```js\nalert(1)\n```\n~~~\ntilde\n~~~'],
  ['right-to-left override', 'invoice\u202Egnp.exe\u202C done'],
  ['bidirectional isolates and marks', '\u2066a\u2067b\u2068c\u2069 \u200Ed\u200F \u061Ce \u202Af\u202Bg\u202Dh'],
  ['null bytes and controls', 'null\u0000byte bell\u0007 escape\u001B[31mred\u001B[0m del\u007F nel\u0085 vt\u000Bff\u000C'],
  ['100 KB line', '<a>*_[x](y)`'.repeat(8_534)],
  ['heading at line start', '# heading\n## another\nSetext\n===\nSetext two\n---'],
  ['block quote', '> quote\n>> nested'],
  ['lists', '- list\n* star\n+ plus\n1. one\n2) two'],
  ['pipe table', '| table | head |\n|---|---|\n| a | b |'],
  ['thematic breaks', '***\n___\n- - -'],
  ['autolinks', '<http://x> <https://example.com/a?b=c> <mailto:a@b.c> <a@b.c>'],
  ['bare links', 'www.x.com and https://example.com and a@b.co'],
  ['emphasis', '*a* _b_ **c** __d__ ~~e~~ ***f***'],
  ['HTML block and comment', '<div>\nblock\n</div>\n<!-- comment -->\n<?php x ?>'],
  ['link reference definition', '[ref]: http://evil.example "t"\n[ref] [ref][] [x][ref]'],
  ['indented code and blank lines', 'first\n\n\n    indented code\n\t\ttabbed\n\n'],
  ['trailing backslash and spaces', 'ends with a backslash \\\nnext line   \nlast\\'],
  ['every kind of line break', 'crlf\r\ncr\rls\u2028ps\u2029lf\nend'],
  ['footnote and math', '[^1] $x$ $$y$$ {curly} \\(paren\\)'],
];

/** The same number of lines as the hostile text leaves, in harmless words. */
function harmless(text: string): string {
  const lines = makeInert(text)
    .split('\n')
    .filter((line) => line.trim() !== '');
  return lines.map((_, i) => `plain words ${i}`).join('\n');
}

/** An incident with `text` in every field a person (or an imported file) can fill in. */
function everywhere(text: string): IncidentRecord {
  const base = abuseNamingReceptionist();
  const [evidence] = base.evidence;
  const [report] = base.references;
  if (evidence === undefined || report === undefined) throw new Error('fixture changed');
  return {
    ...base,
    status: 'closed',
    closedAt: '2026-11-25T15:00:00.000Z',
    outcome: text,
    answers: { ...base.answers, description: text },
    actions: Object.fromEntries(Object.entries(base.actions).map(([id, p]) => [id, { ...p, owner: text }])),
    timeline: base.timeline.map((entry) => ({ ...entry, summary: text })),
    evidence: [
      {
        ...evidence,
        platform: text,
        url: text,
        account: text,
        text,
        postedAsShown: text,
        notes: text,
        files: evidence.files.map((file) => ({ ...file, name: text, type: text })),
      },
    ],
    reply: { draft: text, posted: { text, at: '2026-11-25T11:00:00.000Z' } },
    references: [
      { ...report, with: text, reference: text, outcome: text, notes: text },
      { id: 'ref-2', kind: 'support', with: text, at: '2026-11-25T12:00:00.000Z', notes: text },
    ],
  };
}

/** Made once per text: the 100 KB line appears in dozens of places, so each note is megabytes. */
function remembered<T>(make: (text: string) => T): (text: string) => T {
  const made = new Map<string, T>();
  return (text) => {
    if (!made.has(text)) made.set(text, make(text));
    return made.get(text) as T;
  };
}

const markdownOf = remembered((text) => noteToMarkdown(buildNote(everywhere(text), { redact: false, now: noteTime, practiceName: text })));

const plainTextOf = remembered((text) =>
  noteToPlainText(buildNote(everywhere(text), { redact: false, now: noteTime, practiceName: text })),
);

const parsed = remembered((markdown) => new Parser().parse(markdown));

/** Every node type but plain text runs, counted: the note's structure. */
function structure(markdown: string): Record<string, number> {
  const counts: Partial<Record<NodeType, number>> = {};
  const walker = parsed(markdown).walker();
  for (let event = walker.next(); event !== null; event = walker.next()) {
    if (!event.entering) continue;
    const type = event.node.type;
    if (type === 'text' || type === 'softbreak') continue;
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

/** The text the parser sees, with hard breaks as newlines. */
function parsedText(markdown: string): string {
  const parts: string[] = [];
  const walker = parsed(markdown).walker();
  for (let event = walker.next(); event !== null; event = walker.next()) {
    if (!event.entering) continue;
    if (event.node.type === 'text') parts.push(event.node.literal ?? '');
    if (event.node.type === 'linebreak') parts.push('\n');
    if (event.node.type === 'paragraph' || event.node.type === 'heading') parts.push('\n');
  }
  return parts.join('');
}

/** Indentation and list marker of each line: what a reader takes the layout from. */
function shape(text: string): string[] {
  return text.split('\n').map((line) => {
    const indent = /^\s*/.exec(line)?.[0].length ?? 0;
    return `${indent}${line.slice(indent).startsWith('- ') ? '-' : ''}${line.trim() === '' ? ' blank' : ''}`;
  });
}

// eslint-disable-next-line no-control-regex -- the test looks for the control characters escape.ts must remove
const steeringCharacters = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe.each(hostile)('typed text: %s', { timeout: 30_000 }, (_name, text) => {
  const baseline = harmless(text);

  it('adds no Markdown structure of its own', () => {
    const counts = structure(markdownOf(text));
    expect(counts).toEqual(structure(markdownOf(baseline)));
    // And the harmless note itself has no links, images or HTML at all.
    for (const type of ['link', 'image', 'html_inline', 'html_block', 'code', 'code_block'] as const) {
      expect(counts[type] ?? 0).toBe(0);
    }
  });

  it('comes through the Markdown as the same words', () => {
    const seen = parsedText(markdownOf(text));
    for (const line of makeInert(text).split('\n')) {
      if (line.trim() !== '') expect(seen).toContain(line.trim());
    }
  });

  it('keeps the plain-text layout and has no steering or control characters', () => {
    const plain = plainTextOf(text);
    expect(plain).not.toMatch(steeringCharacters);
    expect(shape(plain)).toEqual(shape(plainTextOf(baseline)));
  });

  it('has no steering or control characters in the Markdown', () => {
    expect(markdownOf(text)).not.toMatch(steeringCharacters);
  });

  it('is left out entirely when the note is redacted, apart from what is kept on purpose', () => {
    const redacted = buildNote(everywhere(text), { redact: true, now: noteTime });
    expect(structure(noteToMarkdown(redacted))).toEqual(
      structure(noteToMarkdown(buildNote(everywhere(baseline), { redact: true, now: noteTime }))),
    );
    expect(noteToPlainText(redacted)).not.toMatch(steeringCharacters);
  });

  it('comes back exactly through the JSON export', async () => {
    const record = everywhere(text);
    const json = exportIncidentJson(record, [], noteTime);
    expect((JSON.parse(json) as { record: IncidentRecord }).record).toEqual(record);
    const imported = await parseIncidentImport(
      exportIncidentJson({ ...record, evidence: record.evidence.map((e) => ({ ...e, files: [] })) }, [], noteTime),
    );
    expect(imported.ok).toBe(true);
    if (imported.ok) expect(imported.record.outcome).toBe(text);
  });
});

it('tests at least fifteen hostile strings', () => {
  expect(hostile.length).toBeGreaterThanOrEqual(15);
});

describe('the escaping helpers', () => {
  const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

  it('escapes every ASCII punctuation character in typed text', () => {
    expect(escapeMarkdownTyped(punctuation)).toBe([...punctuation].map((c) => `\\${c}`).join(''));
    expect(escapeMarkdownTyped('plain words 123')).toBe('plain words 123');
  });

  it('turns every punctuation character into literal text for a CommonMark parser', () => {
    for (const c of punctuation) {
      const text = `${c}${c}${c} x ${c}${c}`;
      expect(parsedText(escapeMarkdownTyped(text)).trim()).toBe(text);
    }
    expect(parsedText(escapeMarkdownTyped(punctuation)).trim()).toBe(punctuation);
  });

  it("keeps the note's own words readable but still inert", () => {
    expect(escapeMarkdownProse("Don't reply (yet): it's 9.30.", true)).toBe("Don't reply (yet): it's 9.30.");
    for (const [, text] of hostile) {
      for (const line of makeInert(text).split('\n')) {
        const markdown = escapeMarkdownProse(line.trim(), true);
        const counts = structure(markdown);
        expect(Object.keys(counts).filter((type) => type !== 'document' && type !== 'paragraph')).toEqual([]);
      }
    }
  });

  it('strips bidirectional and control characters but keeps tabs and line feeds', () => {
    expect(makeInert('a\u202Eb\u2066c\u0000d\te\nf\r\ng\u0085h')).toBe('abcd\te\nf\ngh');
  });
});
