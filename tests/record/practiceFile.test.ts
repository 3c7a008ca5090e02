/**
 * Issue 17: the practice settings and the policy, every version, in one file for another computer.
 * A file is checked with the stores' own schemas and refused in words; bringing one in never loses
 * what this computer has and never replaces a policy without asking.
 */
import { describe, expect, it } from 'vitest';
import { practiceTransferWords as words } from '../../src/content/practiceTransferWords';
import { practiceFileText, readPracticeFile, type PracticeFile } from '../../src/record/practiceFile';
import { changesAnything, planImport } from '../../src/record/practiceImportPlan';
import { newPolicy, type SavedPolicy } from '../../src/record/policySchema';
import { adopted, withAnswers } from '../../src/record/policyVersions';
import { defaultSettings, type PracticeSettings } from '../../src/record/settingsSchema';
import { completeAnswers } from '../support/policyAnswers';

const now = new Date('2026-11-30T10:00:00Z');
const settings: PracticeSettings = {
  ...defaultSettings,
  practiceName: 'Riverside Surgery',
  contacts: { practiceManager: { name: 'Jo Bloggs', phone: '01632 960100' } },
  staffNames: ['Sarah Patel'],
  revision: 4,
};
const v1 = adopted({ ...newPolicy(), answers: { ...completeAnswers } as SavedPolicy['answers'] }, '2026-01-10');
const v2 = adopted(withAnswers(v1, { ...completeAnswers, monitoringWho: 'nobody' }), '2026-06-01');

function read(text: string): PracticeFile {
  const result = readPracticeFile(text);
  if (!result.ok) throw new Error(result.problem);
  return result.file;
}

describe('the settings and policy file', () => {
  it('reads back what it wrote, every policy version included, without this computer’s revisions', () => {
    const file = read(practiceFileText(settings, { ...v2, revision: 9 }, now));
    const { revision: _revision, ...withoutRevision } = settings;
    expect(file.settings).toEqual(withoutRevision);
    expect(file.policy?.earlier?.map((entry) => entry.version)).toEqual([1]);
    expect(file.policy).not.toHaveProperty('revision');
    expect(read(practiceFileText(settings, undefined, now)).policy).toBeUndefined();
  });

  const good = JSON.parse(practiceFileText(settings, v2, now)) as Record<string, unknown>;
  it.each<[string, string, string | RegExp]>([
    ['not JSON', 'hello', words.problems.notJson],
    ['a JSON list', '[1, 2]', words.problems.notJson],
    ['an incident backup', JSON.stringify({ format: 'incident-backup', incident: {} }), words.problems.notOurs],
    ['a later file version', JSON.stringify({ ...good, fileVersion: 2 }), words.problems.otherVersion],
    [
      'a bad phone number',
      JSON.stringify({ ...good, settings: { ...settings, raiseConcern: { phone: 'ring Jo' } } }),
      /^Something in this file is not right/,
    ],
    [
      'an adopted policy with no date',
      JSON.stringify({ ...good, policy: { ...v2, adoptedOn: undefined } }),
      /An adopted policy needs the date/,
    ],
    ['a file far too big', 'x'.repeat(6 * 1024 * 1024), words.problems.tooBig],
  ])('refuses %s in words', (_name, text, problem) => {
    const result = readPracticeFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });

  it('accepts a file with a byte-order mark, and never lets a __proto__ key reach an object’s prototype', () => {
    expect(readPracticeFile(`\uFEFF${practiceFileText(settings, v2, now)}`).ok).toBe(true);
    const text = practiceFileText(settings, v2, now);
    const hostile = text.replace('"answers": {', '"answers": { "__proto__": ["polluted"],');
    expect(hostile).not.toBe(text);
    const answers = read(hostile).policy?.answers;
    expect(({} as Record<string, unknown>)['0']).toBeUndefined();
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(Array.isArray(Object.getPrototypeOf(answers))).toBe(false);
  });
});

describe('what bringing in a file would change', () => {
  it('keeps what this computer has where the file is blank, fills in what it lacks, and lists each change', () => {
    const here: PracticeSettings = { ...settings, contacts: { ...settings.contacts, lmc: { phone: '01632 960999' } } };
    const fromFile: PracticeSettings = {
      ...defaultSettings,
      practiceName: 'Riverside Medical Practice',
      contacts: { practiceManager: { name: 'Jo Bloggs' }, onCall: { name: 'Dr Khan' } },
      staffNames: ['sarah patel', 'Tom Price'],
    };
    const plan = planImport(here, undefined, { settings: fromFile });
    expect(plan.settings.contacts.lmc).toEqual({ phone: '01632 960999' });
    expect(plan.settings.contacts.practiceManager).toEqual({ name: 'Jo Bloggs', phone: '01632 960100' });
    expect(plan.settings.contacts.onCall).toEqual({ name: 'Dr Khan' });
    expect(plan.settings.staffNames).toEqual(['Sarah Patel', 'Tom Price']);
    expect(plan.addedStaffNames).toEqual(['Tom Price']);
    expect(plan.settingChanges).toEqual([
      { label: 'Practice name', from: 'Riverside Surgery', to: 'Riverside Medical Practice' },
      { label: 'On call: Name', from: undefined, to: 'Dr Khan' },
    ]);
    expect(changesAnything(plan)).toBe(true);
  });

  it('changes nothing when the file holds what this computer has', () => {
    const plan = planImport(settings, v2, read(practiceFileText(settings, v2, now)));
    expect(plan.policy).toEqual({ kind: 'same' });
    expect(changesAnything(plan)).toBe(false);
  });

  it.each<[string, SavedPolicy | undefined, SavedPolicy | undefined, string, string | undefined]>([
    ['no policy in the file', v2, undefined, 'none', undefined],
    ['none here yet', undefined, v2, 'add', undefined],
    ['an empty draft here counts as none', newPolicy(), v1, 'add', undefined],
    ['a newer adopted policy here', v2, v1, 'differs', 'here'],
    ['a newer adopted policy in the file', v1, v2, 'differs', 'file'],
    ['a draft of the next version here, the same one in force', withAnswers(v2, { incidentLead: 'onCall' }), v2, 'differs', 'unclear'],
  ])('%s: %s', (_name, here, file, kind, newer) => {
    const plan = planImport(settings, here, { settings, ...(file === undefined ? {} : { policy: file }) });
    expect(plan.policy.kind).toBe(kind);
    if (plan.policy.kind === 'differs') expect(plan.policy.newer).toBe(newer);
  });
});
