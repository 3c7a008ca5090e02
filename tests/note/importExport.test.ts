/**
 * Export and import: a record survives the round trip, and no file (any JSON, any text, a damaged
 * export) can make the import throw or change the incidents already stored.
 */
import fc from 'fast-check';
import { exportIncidentJson, type ExportableFile } from '../../src/note/exportJson';
import {
  importAsNewIncident,
  importIncidentFile,
  parseIncidentImport,
  renewedRetention,
  type ImportResult,
  type StoreFiles,
} from '../../src/note/importJson';
import type { StoredFile } from '../../src/record/database';
import { memoryRepository, type IncidentRepository } from '../../src/record/incidentStore';
import { liveReferencePattern, trainingReferencePattern } from '../../src/record/incidentReference';
import { incidentRecord, type IncidentRecord } from '../../src/record/schema';
import { arbitraryAnswers } from '../support/arbitraryAnswers';
import { mildReview } from '../support/walk';
import { abuseNamingReceptionist, mildGoogleReview, noteTime } from './incidents';

const now = noteTime;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}

/** A record whose evidence files are real bytes with their true fingerprints, and those files. */
async function withRealFiles(
  record: IncidentRecord,
  contents: readonly (readonly Uint8Array[])[],
): Promise<{ record: IncidentRecord; files: ExportableFile[] }> {
  const files: ExportableFile[] = [];
  const evidence = await Promise.all(
    record.evidence.map(async (item, i) => ({
      ...item,
      files: await Promise.all(
        item.files.map(async (ref, j) => {
          const bytes = contents[i]?.[j] ?? new TextEncoder().encode(`${ref.name} ${i} ${j}`);
          const sha256 = await sha256Hex(bytes);
          files.push({ id: ref.fileId, bytes: bufferOf(bytes), type: ref.type, size: bytes.length, sha256 });
          return { ...ref, size: bytes.length, sha256 };
        }),
      ),
    })),
  );
  return { record: { ...record, evidence }, files };
}

/** A place for imported files, as the evidence store would keep them. */
function fileStore(): { stored: Map<string, StoredFile>; storeFiles: StoreFiles } {
  const stored = new Map<string, StoredFile>();
  return {
    stored,
    storeFiles: async (files) => {
      for (const file of files) stored.set(file.id, file);
    },
  };
}

/** A repository holding one incident already, so "nothing changed" has something to protect. */
async function repositoryWithOne(): Promise<IncidentRepository> {
  const repository = memoryRepository();
  const existing = await repository.create({ kind: 'live', now });
  await repository.save({ ...existing, answers: { platform: 'x' }, visited: ['calm'], currentStep: 'danger' });
  return repository;
}

function expectClearOutcome(result: ImportResult): void {
  if (result.ok) {
    expect(incidentRecord.safeParse(result.record).success).toBe(true);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem).toBe('string');
    expect(problem.trim().length).toBeGreaterThan(0);
    expect(problem).not.toMatch(/\[object Object\]|undefined|NaN/);
  }
}

/** Import the way the app does; a failure must leave the stored incidents exactly as they were. */
async function importLeavesStoreSafe(text: string): Promise<void> {
  const repository = await repositoryWithOne();
  const before = await repository.list();
  const { storeFiles } = fileStore();
  const parsed = await parseIncidentImport(text);
  expectClearOutcome(parsed);
  const outcome = await importIncidentFile(repository, text, now, { storeFiles });
  const after = await repository.list();
  if (!outcome.ok) {
    expect(after).toEqual(before);
    return;
  }
  expect(after).toHaveLength(before.length + 1);
  for (const old of before) expect(after).toContainEqual(old);
}

// --- Arbitrary records ------------------------------------------------------------------------

const iso = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const text = fc.string({ unit: 'binary', maxLength: 20 });
// "__proto__" as a key is left out: as a plain object key it would set the prototype, not a field.
const key = text.filter((k) => k !== '__proto__');
const calendarDate = iso.map((value) => value.slice(0, 10));

const evidenceItem = fc.record(
  {
    id: text,
    platform: text,
    url: text,
    account: text,
    text,
    postedAsShown: text,
    capturedAt: iso,
    notes: text,
    files: fc.array(fc.record({ name: text, type: text, addedAt: iso, bytes: fc.uint8Array({ maxLength: 64 }) }), {
      maxLength: 2,
    }),
    deletedFromSiteAt: iso,
  },
  { requiredKeys: ['id', 'capturedAt', 'files'] },
);

const arbitraryRecord = fc
  .record(
    {
      id: text.filter((id) => id.length > 0),
      reference: fc
        .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 999_999 }))
        .map(([year, n]) => `SM-${year}-${String(n).padStart(4, '0')}`),
      kind: fc.constantFrom('live' as const, 'training' as const),
      createdAt: iso,
      updatedAt: iso,
      foundAt: fc.option(iso, { nil: null }),
      machineVersion: fc.integer({ min: 1, max: 9 }),
      revision: fc.nat({ max: 1000 }),
      status: fc.constantFrom('open' as const, 'closed' as const),
      closedAt: iso,
      outcome: text,
      keep: fc.boolean(),
      answers: arbitraryAnswers(5),
      drafts: arbitraryAnswers(3),
      visited: fc.array(text, { maxLength: 5 }),
      currentStep: text,
      actions: fc.dictionary(
        key,
        fc.record(
          {
            status: fc.constantFrom('todo' as const, 'done' as const, 'notNeeded' as const),
            owner: text,
            due: calendarDate,
            updatedAt: iso,
          },
          { requiredKeys: ['status', 'updatedAt'] },
        ),
        { maxKeys: 4 },
      ),
      timeline: fc.array(
        fc.record(
          {
            at: iso,
            kind: fc.constantFrom(
              'created' as const,
              'step' as const,
              'answer' as const,
              'action' as const,
              'evidence' as const,
              'reply' as const,
              'reference' as const,
              'closed' as const,
              'reopened' as const,
              'imported' as const,
            ),
            summary: text,
            ref: text,
          },
          { requiredKeys: ['at', 'kind', 'summary'] },
        ),
        { maxLength: 4 },
      ),
      evidence: fc.array(evidenceItem, { maxLength: 3 }),
      reply: fc.option(fc.record({ draft: text, posted: fc.record({ text, at: iso }) }, { requiredKeys: ['draft'] }), { nil: null }),
      references: fc.array(
        fc.record(
          {
            id: text,
            kind: fc.constantFrom(
              'platformReport' as const,
              'police' as const,
              'reportHarmfulContent' as const,
              'advice' as const,
              'support' as const,
            ),
            with: text,
            at: iso,
            reference: text,
            outcome: text,
            notes: text,
          },
          { requiredKeys: ['id', 'kind', 'at'] },
        ),
        { maxLength: 3 },
      ),
    },
    {
      requiredKeys: [
        'id',
        'reference',
        'kind',
        'createdAt',
        'updatedAt',
        'foundAt',
        'machineVersion',
        'revision',
        'status',
        'keep',
        'answers',
        'drafts',
        'visited',
        'currentStep',
        'actions',
        'timeline',
        'evidence',
        'reply',
        'references',
      ],
    },
  )
  .map((fields) => {
    // File ids are unique within an incident, as the evidence store makes them.
    const contents = fields.evidence.map((item) => item.files.map((file) => file.bytes));
    const record: IncidentRecord = {
      schemaVersion: 3,
      ...fields,
      // Ids are unique within an incident, as the app makes them.
      references: fields.references.map((item, i) => ({ ...item, id: `${item.id}-${i}` })),
      evidence: fields.evidence.map((item, i) => ({
        ...item,
        id: `${item.id}-${i}`,
        files: item.files.map(({ bytes, ...file }, j) => ({
          ...file,
          fileId: `file-${i}-${j}`,
          size: bytes.length,
          sha256: '0'.repeat(64),
        })),
      })),
    };
    return { record, contents };
  });

function bytesOf(buffer: ArrayBuffer): number[] {
  return Array.from(new Uint8Array(buffer));
}

// --- Round trip -------------------------------------------------------------------------------

describe('export then import', () => {
  it('gives back an equal record, with new id and reference and an "imported" entry', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRecord, async ({ record: generated, contents }) => {
        const { record, files } = await withRealFiles(generated, contents);
        expect(incidentRecord.safeParse(record).success).toBe(true);

        const parsed = await parseIncidentImport(exportIncidentJson(record, files, now));
        if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
        expect(parsed.record).toEqual(record);
        expect(parsed.files.map((f) => ({ ...f, bytes: bytesOf(f.bytes) }))).toEqual(files.map((f) => ({ ...f, bytes: bytesOf(f.bytes) })));

        const repository = await repositoryWithOne();
        const before = await repository.list();
        const { stored, storeFiles } = fileStore();
        const imported = await importAsNewIncident(repository, parsed, now, storeFiles);

        // A closed incident past its 12 months is given a fresh 12 months, and the timeline says so.
        const renewed = renewedRetention(record, now);
        const { id, reference, revision, updatedAt, timeline, evidence, ...rest } = imported;
        const {
          id: oldId,
          reference: oldReference,
          revision: _r,
          updatedAt: _u,
          timeline: oldTimeline,
          evidence: oldEvidence,
          ...oldRest
        } = record;
        expect(rest).toEqual(renewed === null ? oldRest : { ...oldRest, closedAt: now.toISOString() });
        expect(before.some((r) => r.ok && r.record.id === id)).toBe(false);
        // A training backup comes in as training, numbered apart from the real incidents.
        expect(reference).toMatch(record.kind === 'training' ? trainingReferencePattern : liveReferencePattern);
        const added = renewed === null ? 1 : 2;
        expect(timeline.slice(0, -added)).toEqual(oldTimeline);
        expect(timeline.at(-added)).toMatchObject({ kind: 'imported', ref: oldReference });
        if (renewed !== null) expect(timeline.at(-1)).toMatchObject({ kind: 'imported', summary: renewed.summary });
        void oldId;

        // The evidence is the same apart from the file ids, whose files hold the same bytes.
        expect(evidence.map((e) => ({ ...e, files: e.files.map(({ fileId: _f, ...f }) => f) }))).toEqual(
          oldEvidence.map((e) => ({ ...e, files: e.files.map(({ fileId: _f, ...f }) => f) })),
        );
        evidence.forEach((item, i) =>
          item.files.forEach((ref, j) => {
            const original = files.find((f) => f.id === oldEvidence[i]?.files[j]?.fileId);
            const copy = stored.get(ref.fileId);
            expect(copy?.incidentId).toBe(id);
            expect(copy === undefined ? null : bytesOf(copy.bytes)).toEqual(original === undefined ? null : bytesOf(original.bytes));
          }),
        );

        const loaded = await repository.load(id);
        expect(loaded.ok).toBe(true);
        for (const old of before) expect(await repository.list()).toContainEqual(old);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the saved screen, so the app can open the import where it was left', async () => {
    const { record, files } = await withRealFiles(abuseNamingReceptionist(), []);
    const parsed = await parseIncidentImport(exportIncidentJson(record, files, now));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const imported = await importAsNewIncident(memoryRepository(), parsed, now, fileStore().storeFiles);
    expect(imported.currentStep).toBe('plan');
    expect(imported.visited).toEqual(record.visited);
  });

  it('makes a second, separate incident when the same file is imported twice', async () => {
    const { record, files } = await withRealFiles(abuseNamingReceptionist(), []);
    const json = exportIncidentJson(record, files, now);
    const repository = memoryRepository();
    const { stored, storeFiles } = fileStore();
    const first = await importIncidentFile(repository, json, now, { storeFiles });
    const second = await importIncidentFile(repository, json, now, { storeFiles });
    if (!first.ok || !second.ok) throw new Error('import failed');
    expect(first.record.id).not.toBe(second.record.id);
    expect(first.record.reference).not.toBe(second.record.reference);
    expect(await repository.list()).toHaveLength(2);
    // Each incident has its own copies of the files: neither can replace the other's.
    expect(stored.size).toBe(2 * files.length);
  });
});

// --- Anything at all --------------------------------------------------------------------------

describe('any input to import', () => {
  it('any JSON gives a valid record or a clear error, and changes nothing stored on failure', async () => {
    await fc.assert(fc.asyncProperty(fc.json(), importLeavesStoreSafe), { numRuns: 150 });
  });

  it('any envelope-shaped JSON does too', async () => {
    const envelope = fc.record({
      format: fc.constantFrom('social-media-incident-wizard', 'other'),
      formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
      exportedAt: fc.oneof(iso, fc.jsonValue()),
      record: fc.oneof(
        fc.jsonValue(),
        arbitraryRecord.map(({ record }) => record as unknown),
      ),
      files: fc.oneof(fc.constant([]), fc.jsonValue()),
    });
    await fc.assert(
      fc.asyncProperty(envelope, (value) => importLeavesStoreSafe(JSON.stringify(value))),
      { numRuns: 150 },
    );
  });

  it('any text gives a valid record or a clear error, and changes nothing stored on failure', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary' }), importLeavesStoreSafe), { numRuns: 150 });
  });

  it('a damaged export gives a valid record or a clear error, and changes nothing stored on failure', async () => {
    const { record, files } = await withRealFiles(abuseNamingReceptionist(), []);
    const json = exportIncidentJson(record, files, now);
    const value = JSON.parse(json) as unknown;
    const paths = pathsIn(value);

    const textDamage = fc
      .tuple(fc.nat({ max: json.length }), fc.nat({ max: 40 }), fc.string({ unit: 'binary', maxLength: 5 }))
      .map(([at, cut, insert]) => json.slice(0, at) + insert + json.slice(at + cut));
    const valueDamage = fc
      .tuple(fc.nat({ max: paths.length - 1 }), fc.option(fc.jsonValue(), { nil: undefined }))
      .map(([index, replacement]) => JSON.stringify(changedAt(value, paths[index] ?? [], replacement)));

    await fc.assert(fc.asyncProperty(fc.oneof(textDamage, valueDamage), importLeavesStoreSafe), { numRuns: 200 });
  });

  it('a value that is not even text is refused without a throw', async () => {
    for (const odd of [undefined, null, 42, {}, [], new ArrayBuffer(4)]) {
      const result = await parseIncidentImport(odd as unknown as string);
      expect(result.ok).toBe(false);
    }
  });
});

describe('hostile shapes (issue 14)', () => {
  const plainExport = () =>
    JSON.parse(exportIncidentJson({ ...mildGoogleReview(), evidence: [] }, [], now)) as { record: Record<string, unknown> } & Record<
      string,
      unknown
    >;

  it('a list longer than the app ever makes is refused in moments, in words, changing nothing', async () => {
    const step = () => 'start';
    const entry = () => ({ at: now.toISOString(), kind: 'step', summary: 'x' });
    const lists: Record<string, (n: number) => unknown> = {
      visited: (n) => Array.from({ length: n }, step),
      returnPath: (n) => Array.from({ length: n }, step),
      timeline: (n) => Array.from({ length: 50_000 + n }, entry),
      evidence: (n) => Array.from({ length: 2_000 + n }, (_, i) => ({ id: `e${i}`, capturedAt: now.toISOString(), files: [] })),
      references: (n) => Array.from({ length: 2_000 + n }, (_, i) => ({ id: `r${i}`, kind: 'advice', at: now.toISOString() })),
      answers: (n) => ({ risks: Array.from({ length: n }, () => 'none') }),
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(lists)), fc.integer({ min: 1_000, max: 100_000 }), async (field, n) => {
        const value = plainExport();
        value.record[field] = lists[field]?.(n);
        const text = JSON.stringify(value);
        const started = performance.now();
        const result = await parseIncidentImport(text);
        expect(performance.now() - started).toBeLessThan(3_000);
        expect(result.ok).toBe(false);
        expectClearOutcome(result);
        if (!result.ok) expect(result.problems.join(' ')).toMatch(/items; this app never makes more than/);
        await importLeavesStoreSafe(text);
      }),
      { numRuns: 12 },
    );
  });

  it('long base64, valid or damaged, never throws and never slips through', async () => {
    const { record, files } = await withRealFiles(abuseNamingReceptionist(), []);
    const value = JSON.parse(exportIncidentJson(record, files, now)) as { files: { base64: string }[] };
    const letters = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=*-_ \n'),
      minLength: 1,
      maxLength: 64,
    });
    await fc.assert(
      fc.asyncProperty(letters, fc.integer({ min: 1, max: 6_000_000 }), async (unit, length) => {
        const copy = structuredClone(value);
        const first = copy.files[0];
        if (first === undefined) throw new Error('fixture has no files');
        first.base64 = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
        const text = JSON.stringify(copy);
        const result = await parseIncidentImport(text);
        expectClearOutcome(result);
        // Whatever it decodes to, it is not the file whose fingerprint the record names.
        expect(result.ok).toBe(false);
      }),
      { numRuns: 15 },
    );
  });

  it('a byte-order mark in front of any export is accepted, as the file picker accepts it', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRecord, async ({ record: generated, contents }) => {
        const { record, files } = await withRealFiles(generated, contents);
        const parsed = await parseIncidentImport(`\uFEFF${exportIncidentJson(record, files, now)}`);
        if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
        expect(parsed.record).toEqual(record);
      }),
      { numRuns: 30 },
    );
  });

  it('a fractional version is a damaged file, never "a newer version"', async () => {
    const fractional = fc.double({ min: -10, max: 10, noNaN: true }).filter((n) => !Number.isInteger(n));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('formatVersion', 'schemaVersion', 'machineVersion', 'revision'),
        fractional,
        async (field, version) => {
          const value = plainExport();
          if (field === 'formatVersion') value['formatVersion'] = version;
          else value.record[field] = version;
          const text = JSON.stringify(value);
          const result = await parseIncidentImport(text);
          expect(result.ok).toBe(false);
          expectClearOutcome(result);
          if (!result.ok) {
            const words = result.problems.join(' ');
            expect(words).not.toMatch(/newer version/);
            // Never a message that its own value contradicts, such as "at least 0, found 0".
            expect(words).not.toMatch(/at least (\S+), found \1\b/);
          }
          await importLeavesStoreSafe(text);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** Every path to a value inside `value`, the root included. */
function pathsIn(value: unknown, path: readonly (string | number)[] = []): (string | number)[][] {
  const here = [[...path]];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsIn(v, [...path, i]))];
  if (typeof value === 'object' && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsIn(v, [...path, k]))];
  }
  return here;
}

/** A copy with the value at `path` replaced, or removed when `replacement` is undefined. */
function changedAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && replacement === undefined) copy.splice(Number(head), 1);
    else copy[Number(head)] = changedAt(copy[Number(head)], rest, replacement);
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (rest.length === 0 && replacement === undefined) delete copy[head];
    else copy[head] = changedAt(copy[head], rest, replacement);
    return copy;
  }
  return value;
}

// --- Particular problems ----------------------------------------------------------------------

describe('problems the import explains', () => {
  async function problemsOf(text: string, maxBytes?: number): Promise<readonly string[]> {
    const result = await parseIncidentImport(text, maxBytes);
    if (result.ok) throw new Error('expected the import to be refused');
    return result.problems;
  }

  it('refuses a file over the size limit in plain words', async () => {
    expect(await problemsOf('x'.repeat(2000), 1000)).toEqual([
      expect.stringMatching(/^This file is too large to be an incident export .*the limit is .* MB\)/),
    ]);
    // Measured in bytes, not characters: 600 two-byte letters are 1,200 bytes.
    expect((await problemsOf(`"${'é'.repeat(600)}"`, 1000))[0]).toMatch(/too large/);
    const huge = 'x'.repeat(256 * 1024 * 1024 + 1);
    expect((await problemsOf(huge))[0]).toContain('the limit is 256 MB');
  });

  it('says a file that is not JSON, or not an export, is not an incident export', async () => {
    expect((await problemsOf('not json {'))[0]).toMatch(/could not be read as JSON/);
    expect((await problemsOf('{"hello":"world"}'))[0]).toMatch(/not an incident export/);
    expect((await problemsOf('[1,2,3]'))[0]).toMatch(/not an incident export/);
  });

  it('says when the export comes from a newer version of the app', async () => {
    const json = exportIncidentJson(mildGoogleReview(), [], now).replace('"formatVersion": 1', '"formatVersion": 2');
    expect((await problemsOf(json))[0]).toMatch(/newer version of the app \(export version 2/);
  });

  it('names the fields that are wrong', async () => {
    const record = { ...mildGoogleReview(), evidence: [] };
    const envelope = JSON.parse(exportIncidentJson(record, [], now)) as { record: Record<string, unknown> };
    envelope.record['revision'] = 'seven';
    delete envelope.record['currentStep'];
    const problems = await problemsOf(JSON.stringify(envelope));
    expect(problems).toEqual([expect.stringContaining('revision: expected a number, found text')]);
    expect(problems[0]).toContain('currentStep: missing');
  });

  it('refuses a file whose SHA-256 does not match', async () => {
    const { record, files } = await withRealFiles(abuseNamingReceptionist(), []);
    const envelope = JSON.parse(exportIncidentJson(record, files, now)) as { files: { base64: string }[] };
    const first = envelope.files[0];
    if (first === undefined) throw new Error('fixture has no files');
    // The same length, one byte different.
    const bytes = Uint8Array.from(atob(first.base64), (c) => c.charCodeAt(0));
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    first.base64 = btoa(String.fromCharCode(...bytes));
    const problems = await problemsOf(JSON.stringify(envelope));
    expect(problems).toEqual([expect.stringMatching(/^The file "facebook-post\.png": its SHA-256 fingerprint does not match/)]);
  });

  it('refuses an export whose evidence lists a file it does not contain', async () => {
    const { record, files } = await withRealFiles(abuseNamingReceptionist(), []);
    const problems = await problemsOf(exportIncidentJson(record, files.slice(1), now));
    expect(problems).toEqual([expect.stringMatching(/evidence 1 lists this file, but the export does not contain it/)]);
  });

  it('refuses damaged base64', async () => {
    const { record, files } = await withRealFiles(abuseNamingReceptionist(), []);
    const envelope = JSON.parse(exportIncidentJson(record, files, now)) as { files: { base64: string }[] };
    if (envelope.files[0] !== undefined) envelope.files[0].base64 = '***not base64***';
    expect((await problemsOf(JSON.stringify(envelope)))[0]).toMatch(/not valid base64/);
  });

  it('rolls back the new incident when its files cannot be stored', async () => {
    const { record, files } = await withRealFiles(abuseNamingReceptionist(), []);
    const repository = await repositoryWithOne();
    const before = await repository.list();
    const full = Object.assign(new Error('This computer has no room left.'), { name: 'StorageFullError' });
    const outcome = await importIncidentFile(repository, exportIncidentJson(record, files, now), now, {
      storeFiles: () => Promise.reject(full),
    });
    expect(outcome).toEqual({ ok: false, problems: ['This computer has no room left.'] });
    expect(await repository.list()).toEqual(before);
  });
});

describe('an export from an older version', () => {
  it('imports a version-0 record through the migrations', async () => {
    // The prototype's shape (see src/record/migrations.ts): no schemaVersion, `step` for the screen.
    const version0 = {
      id: 'proto-1',
      reference: 'SM-2025-0003',
      createdAt: '2025-11-20T10:00:00.000Z',
      updatedAt: '2025-11-20T10:20:00.000Z',
      status: 'open',
      answers: { ...mildReview, foundAt: '2025-11-20T09:30' },
      step: 'plan',
      visited: ['calm', 'danger', 'risks', 'location', 'platform'],
      actions: { saveEvidence: { status: 'done', updatedAt: '2025-11-20T10:05:00.000Z' } },
      timeline: [{ at: '2025-11-20T10:00:00.000Z', kind: 'created', summary: 'Incident started' }],
    };
    const json = JSON.stringify({
      format: 'social-media-incident-wizard',
      formatVersion: 1,
      exportedAt: '2025-11-21T09:00:00.000Z',
      record: version0,
      files: [],
    });
    const parsed = await parseIncidentImport(json);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.record).toMatchObject({
      schemaVersion: 3,
      kind: 'live',
      currentStep: 'plan',
      foundAt: '2025-11-20T09:30:00.000Z',
      evidence: [],
      reply: null,
      references: [],
    });
    const repository = memoryRepository();
    const imported = await importAsNewIncident(repository, parsed, now);
    expect(imported.id).not.toBe('proto-1');
    expect(imported.currentStep).toBe('plan');
    expect(imported.timeline.at(-1)?.summary).toBe('Imported from a file: was SM-2025-0003, exported 21 November 2025, 09:00 GMT');
    expect((await repository.load(imported.id)).ok).toBe(true);
  });
});
