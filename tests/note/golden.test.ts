/**
 * Golden files: the whole note, in Markdown and plain text, for four representative incidents
 * under a fixed clock (and TZ=Europe/London, set in vite.config.ts). Any change to the note's
 * wording or layout shows up here as a diff to review.
 *
 * To regenerate after a deliberate change, review the diff by eye, then pin it:
 *
 *   UPDATE_GOLDEN=1 npx vitest run tests/note/golden.test.ts
 *
 * Without UPDATE_GOLDEN the files are compared exactly, and a missing file is a failure.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildNote } from '../../src/note/buildNote';
import { noteToMarkdown } from '../../src/note/toMarkdown';
import { noteToPlainText } from '../../src/note/toPlainText';
import type { IncidentRecord } from '../../src/record/schema';
import {
  abuseNamingReceptionist,
  mildGoogleReview,
  noteTime,
  practiceName,
  practiceSettings,
  threatWithPolice,
  trainingStaffPost,
} from './incidents';

// Through a variable: Vite rewrites the literal `new URL('…', import.meta.url)` pattern.
const thisFile = import.meta.url;
const goldenDir = fileURLToPath(new URL('./golden/', thisFile));
const updating = process.env['UPDATE_GOLDEN'] === '1';

const cases: readonly { name: string; record: () => IncidentRecord; redact: boolean }[] = [
  { name: 'mild-google-review', record: mildGoogleReview, redact: false },
  { name: 'abuse-naming-receptionist', record: abuseNamingReceptionist, redact: false },
  { name: 'threat-with-police', record: threatWithPolice, redact: false },
  { name: 'training-staff-post-redacted', record: trainingStaffPost, redact: true },
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

describe.each(cases)('the note for $name', ({ name, record, redact }) => {
  const note = () => buildNote(record(), { redact, now: noteTime, practiceName, settings: practiceSettings });

  it('matches the Markdown golden file', () => {
    matchesGolden(`${name}.md`, noteToMarkdown(note()));
  });

  it('matches the plain-text golden file', () => {
    matchesGolden(`${name}.txt`, noteToPlainText(note()));
  });
});

describe('what the goldens rest on', () => {
  it('is the same note for the same record and clock', () => {
    const options = { redact: false, now: noteTime, practiceName };
    expect(noteToMarkdown(buildNote(threatWithPolice(), options))).toBe(noteToMarkdown(buildNote(threatWithPolice(), options)));
  });

  it('puts the emergency first and police steps next in each group of the checklist', () => {
    const summary = buildNote(threatWithPolice(), { redact: false, now: noteTime }).sections[0];
    const actions = summary?.blocks.flatMap((b) => (b.type === 'subsection' && b.heading === 'Action checklist' ? b.blocks : []));
    const checklist = actions?.find((b) => b.type === 'checklist');
    const groups = checklist?.type === 'checklist' ? checklist.groups : [];
    expect(groups.map((group) => group.heading)).toEqual(['Do now', 'Within the next few hours', 'In the next few days', 'Be ready for next time']);
    expect(groups[0]?.items.slice(0, 2).map((item) => item.title)).toEqual(['Emergency: Call 999 now', 'Police: Report it to the police on 101 or online']);
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
