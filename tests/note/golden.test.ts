/**
 * The note for the practice's log, checked two ways.
 *
 * Two golden files pin the layout exactly: a full plan in Markdown (the threat to a GP, which has
 * every group, the emergency and the police steps) and an urgent-only plan in plain text. Any change
 * to their wording or layout shows up as a diff to review. To regenerate after a deliberate change,
 * review the diff by eye, then pin it:
 *
 *   UPDATE_GOLDEN=1 npx vitest run tests/note/golden.test.ts
 *
 * Without UPDATE_GOLDEN the files are compared exactly, and a missing file is a failure.
 *
 * Every representative incident, in both formats, is then checked for structure rather than
 * exact text: the sections in their set order, every action with its title and its sources, the
 * dates, and no empty section. Those checks hold whatever the wording or date format, so they catch
 * a lost section or action without being rewritten for each change of words.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { buildNote } from '../../src/note/buildNote';
import { noteToMarkdown } from '../../src/note/toMarkdown';
import { noteToPlainText } from '../../src/note/toPlainText';
import type { Block, Note, SectionId } from '../../src/note/types';
import { noteWords } from '../../src/content/note';
import { sources } from '../../src/content/sources';
import { practiceFactsFrom } from '../../src/record/practiceFacts';
import { recommend } from '../../src/plan/recommend';
import type { IncidentRecord } from '../../src/record/schema';
import {
  abuseNamingReceptionist,
  mildGoogleReview,
  noteTime,
  practiceName,
  practiceSettings,
  threatWithPolice,
  trainingStaffPost,
  urgentOnlyFromHome,
} from './incidents';

// Through a variable: Vite rewrites the literal `new URL('…', import.meta.url)` pattern.
const thisFile = import.meta.url;
const goldenDir = fileURLToPath(new URL('./golden/', thisFile));
const updating = process.env['UPDATE_GOLDEN'] === '1';

interface Case {
  readonly name: string;
  readonly record: () => IncidentRecord;
  readonly redact: boolean;
}

const noteFor = ({ record, redact }: Case): Note =>
  buildNote(record(), { redact, now: noteTime, practiceName, settings: practiceSettings });

const goldens: readonly (Case & { file: string; render: (note: Note) => string })[] = [
  { name: 'the full plan', file: 'threat-with-police.md', record: threatWithPolice, redact: false, render: noteToMarkdown },
  { name: 'the urgent steps only', file: 'urgent-only-from-home.txt', record: urgentOnlyFromHome, redact: false, render: noteToPlainText },
];

function matchesGolden(fileName: string, actual: string): void {
  const path = `${goldenDir}${fileName}`;
  if (updating) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, actual, 'utf8');
    return;
  }
  expect(existsSync(path), `${fileName} is missing: run with UPDATE_GOLDEN=1 to create it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(goldens)('the layout of $name', (golden) => {
  it(`matches the golden file ${golden.file}`, () => {
    matchesGolden(golden.file, golden.render(noteFor(golden)));
  });
});

it('keeps only the two golden files, so none is left behind unchecked', () => {
  expect(readdirSync(goldenDir).sort()).toEqual(goldens.map((golden) => golden.file).sort());
});

/** The order the note's sections always come in; a note may leave some out, never reorder them. */
const sectionOrder: readonly SectionId[] = [
  'summary',
  'references',
  'actionPlan',
  'notToDo',
  'reply',
  'evidence',
  'timeline',
  'answers',
  'review',
  'sources',
];
const alwaysThere: readonly SectionId[] = ['summary', 'actionPlan', 'review', 'sources'];
const summaryParts = [noteWords.summary.whatHappened, noteWords.summary.risk, noteWords.summary.decisions, noteWords.summary.actions];

/**
 * The rendered note as plain lines, whichever format: Markdown's markers (heading hashes, bold,
 * escapes, hard breaks, quote marks) taken off, and each line's heading level kept beside it
 * (0 for text). Plain text has no levels, so its headings are found by their words.
 */
interface Line {
  readonly text: string;
  readonly level: number;
}

function markdownLines(markdown: string): Line[] {
  return markdown.split('\n').map((raw) => {
    const heading = /^(#{1,6}) (.*)$/.exec(raw);
    const text = (heading ? heading[2]! : raw)
      .replace(/\\$/, '')
      .replace(/\*\*/g, '')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/^> ?/, '');
    return { text, level: heading ? heading[1]!.length : 0 };
  });
}

function plainLines(plain: string): Line[] {
  return plain.split('\n').map((text) => ({ text, level: 0 }));
}

const formats = [
  { format: 'Markdown', lines: (note: Note) => markdownLines(noteToMarkdown(note)) },
  { format: 'plain text', lines: (note: Note) => plainLines(noteToPlainText(note)) },
] as const;

const cases: readonly Case[] = [
  { name: 'mild Google review', record: mildGoogleReview, redact: false },
  { name: 'abuse naming a receptionist', record: abuseNamingReceptionist, redact: false },
  { name: 'threat with the police involved', record: threatWithPolice, redact: false },
  { name: 'training staff post, redacted', record: trainingStaffPost, redact: true },
  { name: 'urgent steps only, from home', record: urgentOnlyFromHome, redact: false },
];

/** Where each of the note's section headings is, in order; fails if one is missing. */
function sectionStarts(note: Note, lines: readonly Line[]): number[] {
  let from = 0;
  return note.sections.map((section) => {
    const at = lines.findIndex((line, index) => index >= from && line.text === section.heading);
    expect(at, `heading "${section.heading}" after line ${from}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
    return at;
  });
}

/** The lines of one section: from after its heading to the next section heading. */
function sectionLines(note: Note, lines: readonly Line[], id: SectionId): Line[] {
  const starts = sectionStarts(note, lines);
  const index = note.sections.findIndex((section) => section.id === id);
  expect(index, `section ${id}`).toBeGreaterThanOrEqual(0);
  return lines.slice(starts[index]! + 1, starts[index + 1] ?? lines.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A date and time as the note might write it, in any format that names the day, month, year and time. */
function showsMoment(value: string, iso: string): boolean {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  const monthNumber = String(new Date(iso).getUTCMonth() + 1).padStart(2, '0');
  const month = `(${parts['month']}|${parts['month']!.slice(0, 3)}|${monthNumber})`;
  return (
    new RegExp(`\\b0?${parts['day']}\\b`).test(value) &&
    new RegExp(`\\b${month}\\b`).test(value) &&
    value.includes(parts['year']!) &&
    value.includes(`${parts['hour']}:${parts['minute']}`)
  );
}

/** Every block that could be empty, however deep. */
function emptyBlocks(blocks: readonly Block[], where: string): string[] {
  if (blocks.length === 0) return [where];
  return blocks.flatMap((block, index): string[] => {
    const here = `${where} > ${block.type} ${index}`;
    switch (block.type) {
      case 'subsection':
        return emptyBlocks(block.blocks, `${where} > ${block.heading}`);
      case 'list':
        return block.items.length === 0 ? [here] : [];
      case 'fields':
        return block.fields.length === 0 ? [here] : [];
      case 'prompts':
        return block.prompts.length === 0 ? [here] : [];
      case 'checklist':
        return block.groups.length === 0
          ? [here]
          : block.groups.filter((group) => group.items.length === 0).map((group) => `${here} > ${group.heading}`);
      default:
        return block.text.every((run) => run.text.trim() === '') ? [here] : [];
    }
  });
}

describe.each(cases)('the note for the $name', (incident) => {
  const note = noteFor(incident);
  const record = incident.record();
  const plan = recommend(record.answers, practiceFactsFrom(practiceSettings));
  const mark = (heading: string) =>
    record.kind === 'training' ? expect.stringMatching(new RegExp(`^${noteWords.trainingMark}\\b.*${escapeRegExp(heading)}$`)) : heading;

  it('has its sections in the set order, each under its own heading', () => {
    const ids = note.sections.map((section) => section.id);
    expect(ids).toEqual(sectionOrder.filter((id) => ids.includes(id)));
    for (const id of alwaysThere) expect(ids).toContain(id);
    expect(note.sections.map((section) => section.heading)).toEqual(ids.map((id) => mark(noteWords.sections[id])));
  });

  it('has no empty section, subsection, list or checklist group', () => {
    expect(note.sections.flatMap((section) => emptyBlocks(section.blocks, section.id))).toEqual([]);
  });

  describe.each(formats)('in $format', ({ format, lines: linesOf }) => {
    const lines = linesOf(note);

    it("starts with the title and has the section headings in order, the summary's parts in theirs", () => {
      expect(lines[0]?.text).toBe(note.title);
      expect(note.title).toContain(record.reference);
      const starts = sectionStarts(note, lines);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      if (format === 'Markdown') {
        expect(lines.filter((line) => line.level === 1).map((line) => line.text)).toEqual([note.title]);
        expect(lines.filter((line) => line.level === 2).map((line) => line.text)).toEqual(note.sections.map((section) => section.heading));
      }
      const summary = sectionLines(note, lines, 'summary').map((line) => line.text);
      const partsAt = summaryParts.map((part) => summary.indexOf(part));
      expect(
        partsAt.every((at) => at >= 0),
        `${summaryParts.join(', ')} in ${format}`,
      ).toBe(true);
      expect(partsAt).toEqual([...partsAt].sort((a, b) => a - b));
    });

    it('has something under every heading', () => {
      const starts = sectionStarts(note, lines);
      const empty = note.sections.filter((section, index) =>
        lines.slice(starts[index]! + 1, starts[index + 1] ?? lines.length).every((line) => line.level > 0 || line.text.trim() === ''),
      );
      expect(empty.map((section) => section.heading)).toEqual([]);
      if (format === 'Markdown') {
        // Every heading at every level: text before the next heading of the same or a higher level.
        const bare = lines.flatMap((line, index) => {
          if (line.level === 0) return [];
          const end = lines.findIndex((next, at) => at > index && next.level > 0 && next.level <= line.level);
          const body = lines.slice(index + 1, end < 0 ? lines.length : end);
          return body.some((next) => next.level === 0 && next.text.trim() !== '') ? [] : [line.text];
        });
        expect(bare).toEqual([]);
      }
    });

    it('lists every action of the plan, in the checklist and in Appendix A with its title and every source it rests on', () => {
      const actions = plan.groups.flatMap((group) => group.actions);
      expect(actions.length).toBeGreaterThan(0);
      const appendix = sectionLines(note, lines, 'actionPlan').map((line) => line.text);
      const summary = sectionLines(note, lines, 'summary').map((line) => line.text);
      const item = (title: string) =>
        new RegExp(`^- (?:(?:${noteWords.action.emergency}|${noteWords.action.police}): )?${escapeRegExp(title)}$`);
      const itemStarts = appendix.flatMap((line, index) => (/^- /.test(line) ? [index] : []));
      expect(itemStarts, 'one item in Appendix A per action').toHaveLength(actions.length);
      for (const action of actions) {
        expect(
          summary.some((line) => item(action.title).test(line)),
          `${action.title} in the checklist`,
        ).toBe(true);
        const at = appendix.findIndex((line) => item(action.title).test(line));
        expect(at, `${action.title} in Appendix A`).toBeGreaterThanOrEqual(0);
        const next = itemStarts.find((start) => start > at) ?? appendix.length;
        const basedOn = appendix
          .slice(at + 1, next)
          .find((line) => line.trim().replace(/^- /, '').startsWith(`${noteWords.action.basedOn}:`));
        expect(basedOn, `${action.title}: ${noteWords.action.basedOn}`).toBeDefined();
        for (const source of action.sources) expect(basedOn, action.title).toContain(sources[source].title);
      }
    });

    it('gives the dates: when it was found, started, closed and when the note was made', () => {
      const valueOf = (label: string) =>
        lines
          .map((line) => line.text.replace(/^- /, ''))
          .find((text) => text.startsWith(`${label}: `))
          ?.slice(label.length + 2);
      const moments: [string, string | null | undefined][] = [
        [noteWords.summary.noteMade, noteTime.toISOString()],
        [noteWords.summary.started, record.createdAt],
        [noteWords.summary.found, record.foundAt],
        [noteWords.summary.closedAt, record.closedAt],
      ];
      for (const [label, iso] of moments) {
        if (iso === null || iso === undefined) continue;
        const value = valueOf(label);
        expect(value, label).toBeDefined();
        expect(showsMoment(value ?? '', iso), `${label}: "${value}" for ${iso}`).toBe(true);
      }
    });
  });
});

describe('what the goldens rest on', () => {
  it("is the same note for the same record and clock, whatever the computer's clock says", () => {
    const options = { redact: false, now: noteTime, practiceName, settings: practiceSettings };
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-03-14T09:26:00Z'));
      const inOneYear = noteToMarkdown(buildNote(threatWithPolice(), options));
      vi.setSystemTime(new Date('2019-07-02T23:59:00Z'));
      const inAnother = noteToMarkdown(buildNote(threatWithPolice(), options));
      expect(inOneYear).toBe(inAnother);
      expect(inOneYear).not.toMatch(/2031|2019/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('puts the emergency first and police steps next in each group of the checklist', () => {
    const summary = buildNote(threatWithPolice(), { redact: false, now: noteTime }).sections[0];
    const actions = summary?.blocks.flatMap((b) => (b.type === 'subsection' && b.heading === 'Action checklist' ? b.blocks : []));
    const checklist = actions?.find((b) => b.type === 'checklist');
    const groups = checklist?.type === 'checklist' ? checklist.groups : [];
    expect(groups.map((group) => group.heading)).toEqual([
      'Do now',
      'Within the next few hours',
      'In the next few days',
      'Be ready for next time',
    ]);
    expect(groups[0]?.items.slice(0, 2).map((item) => item.title)).toEqual([
      'Emergency: Call 999 now',
      'Police: Report it to the police on 101 or online',
    ]);
    expect(groups[2]?.items[0]?.title).toMatch(/^Police: Leave it to the police/);
  });

  it('keeps the main body to the summary and the references: the full plan, answers and timeline are appendices', () => {
    const note = buildNote(threatWithPolice(), { redact: false, now: noteTime });
    expect(note.sections.filter((s) => s.part === 'summary').map((s) => s.id)).toEqual(['summary', 'references']);
    expect(note.sections.filter((s) => s.part === 'appendix').map((s) => s.id)).toEqual([
      'actionPlan',
      'notToDo',
      'reply',
      'evidence',
      'timeline',
      'answers',
    ]);
    expect(note.sections.findIndex((s) => s.part !== 'summary')).toBe(2);
  });

  it('shows the names and numbers from practice settings beside the actions that call on them, never when shared', () => {
    const live = noteToPlainText(buildNote(threatWithPolice(), { redact: false, now: noteTime, settings: practiceSettings }));
    expect(live).toContain('On call: Dr Priya Shah, 01632 960001');
    expect(live).toContain('Defence body: MDU advice line, 0300 000 0000');
    const shared = noteToPlainText(buildNote(trainingStaffPost(), { redact: true, now: noteTime, settings: practiceSettings }));
    expect(shared).not.toContain('Jo Blake');
    expect(shared).not.toContain('Dr Priya Shah');
  });

  it("names a site or adviser chosen from a list in the app's words, and keeps anything else as typed", () => {
    const record = threatWithPolice();
    const chosen: IncidentRecord = {
      ...record,
      references: [
        { id: 'ref-x', kind: 'platformReport', with: 'x', at: '2026-11-24T18:40:00.000Z' },
        { id: 'ref-dpo', kind: 'advice', with: 'dpo', at: '2026-11-25T10:00:00.000Z' },
        { id: 'ref-typed', kind: 'advice', with: 'Our neighbouring practice', at: '2026-11-25T10:30:00.000Z' },
      ],
    };
    const text = noteToPlainText(buildNote(chosen, { redact: false, now: noteTime }));
    expect(text).toContain('With: X (formerly Twitter)');
    expect(text).toContain('With: Our data protection officer');
    expect(text).toContain('With: Our neighbouring practice');
    expect(text).not.toMatch(/With: (x|dpo);/);
  });

  it('reads the policy and monitoring from practice settings', () => {
    const withPolicy = noteToPlainText(buildNote(mildGoogleReview(), { redact: false, now: noteTime, settings: practiceSettings }));
    expect(withPolicy).toContain('Review your social media policy in the light of this incident');
    expect(withPolicy).toContain('Record in practice settings whether someone keeps an eye on what is said online');
    const noSettings = noteToPlainText(buildNote(mildGoogleReview(), { redact: false, now: noteTime }));
    expect(noSettings).toContain('Write a social media policy, or find the one you have');
    expect(noSettings).toContain('Record in practice settings whether you have a policy');
  });

  it('marks every section of a training note, and no section of a live one', () => {
    const training = buildNote(trainingStaffPost(), { redact: true, now: noteTime });
    expect(training.title.startsWith('TRAINING')).toBe(true);
    expect(training.sections.every((s) => s.heading.startsWith('TRAINING'))).toBe(true);
    expect(noteToMarkdown(training).split('\n')[0]).toMatch(/^# TRAINING/);
    expect(noteToPlainText(training).split('\n')[0]).toMatch(/^TRAINING/);
    const live = buildNote(mildGoogleReview(), { redact: false, now: noteTime });
    expect(noteToMarkdown(live)).not.toContain('TRAINING');
  });

  it('leaves names, accounts and free text out of a redacted note', () => {
    const text = noteToPlainText(buildNote(trainingStaffPost(), { redact: true, now: noteTime, practiceName }));
    for (const secret of ['Jane', 'Doe', 'Chris Morgan', 'Amir', 'sinking ship', 'facebook.com', 'jane-doe-post.png', 'HCA']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[removed for sharing]');
    expect(text).toContain(practiceName);
  });

  it('shows the same names and text when not redacted', () => {
    const text = noteToPlainText(buildNote(trainingStaffPost(), { redact: false, now: noteTime }));
    for (const shown of ['Jane Doe', 'Chris Morgan', 'sinking ship', 'jane-doe-post.png']) expect(text).toContain(shown);
  });

  it('lists only the answers on the route taken', () => {
    const note = buildNote(mildGoogleReview(), { redact: false, now: noteTime });
    const text = noteToPlainText(note);
    // The mild review never reaches the colleague-support or whistleblowing screens.
    expect(text).not.toContain("The colleague's role");
    expect(text).not.toContain('Could be whistleblowing');
    expect(text).toContain('Where it was posted: Google reviews');
  });

  it('says where the note belongs and that it is not legal advice', () => {
    const text = noteToPlainText(buildNote(mildGoogleReview(), { redact: false, now: noteTime }));
    expect(text).toContain("not put it in any patient's clinical record");
    expect(text).toContain('guidance, not legal advice');
    expect(text).toContain('What have we learned?');
  });
});
