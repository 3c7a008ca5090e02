import { describe, expect, it } from 'vitest';
import { memoryRepository, emptyMemoryStores } from '../../src/record/incidentStore';
import { migrateToCurrent } from '../../src/record/migrations';
import { currentSchemaVersion, incidentRecord, type IncidentRecord } from '../../src/record/schema';

/**
 * Records as the pre-release prototype (version 0) kept them: no schemaVersion, `step` for the
 * current screen, the found time only as an answer, and none of the later fields.
 */
const v0MidWizard = {
  id: '0b9c3c8e-6f57-4a53-a1a8-0d1f7c0f3a11',
  reference: 'SM-2026-0001',
  kind: 'training',
  createdAt: '2026-07-01T08:00:00.000Z',
  updatedAt: '2026-07-01T08:05:00.000Z',
  status: 'open',
  answers: { danger: 'no', risks: ['none'], location: 'atWork', platform: 'googleReviews', foundAt: '2026-07-01T09:30' },
  step: 'about',
  visited: ['calm', 'danger', 'risks', 'location', 'platform'],
  actions: {},
  timeline: [{ at: '2026-07-01T08:00:00.000Z', kind: 'created', summary: 'Incident started' }],
};

/** A closed prototype incident with no `kind` (only live incidents existed then). */
const v0Closed = {
  id: 'c7d0a3d2-2b1e-4c39-9f0c-7a2d9b8e6f01',
  reference: 'SM-2025-0042',
  createdAt: '2025-11-24T10:00:00.000Z',
  updatedAt: '2025-11-26T16:00:00.000Z',
  status: 'closed',
  closedAt: '2025-11-26T16:00:00.000Z',
  answers: { danger: 'no', platform: 'ownPage', decision: 'monitor', foundAt: '2025-11-24T09:45' },
  step: 'plan',
  visited: ['calm', 'danger', 'risks', 'location', 'platform', 'about'],
  actions: { monitor: { status: 'done', owner: 'Practice manager', due: '2025-11-27', updatedAt: '2025-11-26T15:00:00.000Z' } },
  timeline: [
    { at: '2025-11-24T10:00:00.000Z', kind: 'created', summary: 'Incident started' },
    { at: '2025-11-26T16:00:00.000Z', kind: 'closed', summary: 'Closed', ref: 'plan' },
  ],
};

/** Started but the found time was never given. */
const v0NoFoundTime = { ...v0MidWizard, id: 'v0-no-found', answers: { danger: 'yes' }, step: 'emergency', visited: ['calm', 'danger'] };

const current: IncidentRecord = {
  schemaVersion: 3,
  id: 'd1',
  reference: 'SM-2026-0007',
  kind: 'live',
  createdAt: '2026-11-25T09:31:00.000Z',
  updatedAt: '2026-11-25T09:40:00.000Z',
  foundAt: '2026-11-25T09:30:00.000Z',
  machineVersion: 1,
  revision: 3,
  status: 'open',
  keep: false,
  answers: { danger: 'no' },
  drafts: { description: 'half-typed' },
  visited: ['calm', 'danger'],
  currentStep: 'risks',
  actions: {},
  timeline: [{ at: '2026-11-25T09:31:00.000Z', kind: 'created', summary: 'Incident started' }],
  evidence: [],
  reply: null,
  references: [],
};

describe('migrating version 0 (the pre-release prototype) to the current schema', () => {
  it.each([
    ['mid-wizard', v0MidWizard],
    ['closed', v0Closed],
    ['no found time', v0NoFoundTime],
  ])('the %s fixture becomes a valid current record', (_name, fixture) => {
    const migrated = migrateToCurrent(structuredClone(fixture));
    const parsed = incidentRecord.safeParse(migrated);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.schemaVersion).toBe(currentSchemaVersion);
  });

  it('renames the step, keeps every answer and the history, and adds empty new parts', () => {
    const record = incidentRecord.parse(migrateToCurrent(structuredClone(v0MidWizard)));
    expect(record).toMatchObject({
      id: v0MidWizard.id,
      reference: 'SM-2026-0001',
      kind: 'training',
      currentStep: 'about',
      visited: v0MidWizard.visited,
      // "Where are you" became "what next" in version 3; the old answer is kept in the timeline.
      answers: { danger: 'no', risks: ['none'], awayChoice: 'continue', platform: 'googleReviews', foundAt: '2026-07-01T09:30' },
      timeline: [
        ...v0MidWizard.timeline,
        {
          at: v0MidWizard.updatedAt,
          kind: 'answer',
          summary: 'Kept from an earlier version of the questions: Where you were: at the practice.',
          ref: 'retiredAnswers',
        },
      ],
      revision: 0,
      keep: false,
      drafts: {},
      evidence: [],
      references: [],
      reply: null,
      machineVersion: 1,
    });
    expect(record).not.toHaveProperty('step');
  });

  it('works out when the post was found from the London-time answer', () => {
    // 09:30 BST on 1 July is 08:30 UTC; 09:45 GMT in November is 09:45 UTC.
    expect(incidentRecord.parse(migrateToCurrent(structuredClone(v0MidWizard))).foundAt).toBe('2026-07-01T08:30:00.000Z');
    expect(incidentRecord.parse(migrateToCurrent(structuredClone(v0Closed))).foundAt).toBe('2025-11-24T09:45:00.000Z');
    expect(incidentRecord.parse(migrateToCurrent(structuredClone(v0NoFoundTime))).foundAt).toBeNull();
  });

  it('treats a prototype record with no kind as live, and keeps closing details', () => {
    const record = incidentRecord.parse(migrateToCurrent(structuredClone(v0Closed)));
    expect(record).toMatchObject({ kind: 'live', status: 'closed', closedAt: v0Closed.closedAt, actions: v0Closed.actions });
  });

  it('does not change the stored value it was given', () => {
    const fixture = structuredClone(v0MidWizard);
    migrateToCurrent(fixture);
    expect(fixture).toEqual(v0MidWizard);
  });

  it('leaves a damaged prototype record damaged, so validation names the real field', () => {
    const broken = { ...structuredClone(v0MidWizard), answers: { platform: 3 } };
    const parsed = incidentRecord.safeParse(migrateToCurrent(broken));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['answers.platform']);
  });
});

describe('migrating version 1 to version 2 (hate asked with the safety questions)', () => {
  const v1 = { ...structuredClone(current), schemaVersion: 1, machineVersion: 1 };

  it('moves a hate tick from the site-rules answer to the safety answer, keeping the other ticks', () => {
    const old = { ...v1, answers: { danger: 'no', risks: ['none'], rulesBroken: ['namesStaff', 'hate'] } };
    const record = incidentRecord.parse(migrateToCurrent(old));
    expect(record.schemaVersion).toBe(currentSchemaVersion);
    expect(record.answers).toEqual({ danger: 'no', risks: ['hate'], rulesBroken: ['namesStaff'] });
  });

  it('adds hate to other risks already ticked, and leaves "None of these" when hate was the only rule', () => {
    const old = { ...v1, answers: { risks: ['threat'], rulesBroken: ['hate'] }, drafts: { rulesBroken: ['hate'] } };
    const record = incidentRecord.parse(migrateToCurrent(old));
    expect(record.answers).toEqual({ risks: ['threat', 'hate'], rulesBroken: ['none'] });
    expect(record.drafts).toEqual({ rulesBroken: ['none'], risks: ['hate'] });
  });

  it('leaves answers without hate exactly as they were', () => {
    const record = incidentRecord.parse(migrateToCurrent(structuredClone(v1)));
    expect(record.answers).toEqual(current.answers);
    expect(record.drafts).toEqual(current.drafts);
  });
});

describe('records that are not migrated', () => {
  it('passes a current record through unchanged', () => {
    const record = structuredClone(current);
    expect(migrateToCurrent(record)).toBe(record);
    expect(record).toEqual(current);
  });

  it('leaves a record from a newer version alone, and validation says so plainly', async () => {
    const future = { ...structuredClone(current), schemaVersion: currentSchemaVersion + 1, newThing: { a: 1 } };
    expect(migrateToCurrent(future)).toBe(future);
    expect(incidentRecord.safeParse(future).success).toBe(false);

    const stores = emptyMemoryStores();
    stores.incidents.set(future.id, future);
    const loaded = await memoryRepository(stores).load(future.id);
    expect(loaded).toMatchObject({ ok: false, reason: 'unreadable', raw: future });
    if (loaded.ok) return;
    expect(loaded.problem).toMatch(/newer version of the app \(record version 4; this version reads up to 3\)/);
    expect(loaded.problem).toMatch(/schemaVersion: expected 3, found 4/);
  });

  it.each([
    ['nothing', null],
    ['text', '{"id":"x"}'],
    ['a list', [1, 2]],
    ['an object with no version or step', { id: 'x', answers: {} }],
    ['a negative version', { schemaVersion: -1 }],
    ['a version that is not a number', { schemaVersion: '1' }],
  ])('returns %s as it is', (_name, raw) => {
    expect(migrateToCurrent(raw)).toBe(raw);
  });
});

describe('migrating version 2 to version 3 (a shorter route)', () => {
  const v2 = {
    ...structuredClone(current),
    schemaVersion: 2,
    machineVersion: 2,
    answers: {
      danger: 'no',
      risks: ['none'],
      location: 'atWork',
      situations: ['pileOn'],
      motive: 'trolling',
      policy: 'no',
      monitoring: 'yes',
    },
  };

  it('folds "where are you" into "what next", and trolling into "is any of this part of it too"', () => {
    const record = incidentRecord.parse(migrateToCurrent(structuredClone(v2)));
    expect(record.schemaVersion).toBe(3);
    expect(record.answers).toEqual({ danger: 'no', risks: ['none'], awayChoice: 'continue', situations: ['pileOn', 'trolling'] });
  });

  it('writes the retired answers into the timeline in words, so nothing entered is lost', () => {
    const record = incidentRecord.parse(migrateToCurrent(structuredClone(v2)));
    const kept = record.timeline.at(-1);
    expect(kept?.kind).toBe('answer');
    expect(kept?.summary).toMatch(/Where you were: at the practice/);
    expect(kept?.summary).toMatch(/What seemed to be behind it: trying to provoke us/);
    expect(kept?.summary).toMatch(/Social media policy: no/);
    expect(kept?.summary).toMatch(/Someone watches what is said online: yes/);
  });

  it('keeps trolling as an unconfirmed draft when "is any of this part of it too" was never answered', () => {
    const { situations: _situations, ...answers } = v2.answers;
    const record = incidentRecord.parse(migrateToCurrent({ ...structuredClone(v2), answers }));
    expect(record.answers['situations']).toBeUndefined();
    expect(record.drafts['situations']).toEqual(['trolling']);
  });

  it('treats "at work" as carrying on, even over a choice left from an earlier "at home" answer', () => {
    const answers = { ...v2.answers, awayChoice: 'urgentOnly' };
    const record = incidentRecord.parse(migrateToCurrent({ ...structuredClone(v2), answers, drafts: { awayChoice: 'urgentOnly' } }));
    expect(record.answers['awayChoice']).toBe('continue');
    expect(record.drafts['awayChoice']).toBeUndefined();
  });

  it('adds trolling to ticks already drafted, and drops drafts of retired questions', () => {
    const { situations: _situations, ...answers } = v2.answers;
    const drafts = { situations: ['press', 'filming'], policy: 'yes', motive: 'venting' };
    const record = incidentRecord.parse(migrateToCurrent({ ...structuredClone(v2), answers, drafts }));
    expect(record.drafts).toEqual({ situations: ['press', 'filming', 'trolling'] });
  });

  it('leaves the choice to stop or carry on unanswered for someone who was at home', () => {
    const answers = { ...v2.answers, location: 'away' };
    const record = incidentRecord.parse(migrateToCurrent({ ...structuredClone(v2), answers }));
    expect(record.answers['awayChoice']).toBeUndefined();
  });
});
