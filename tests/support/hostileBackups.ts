/**
 * Hostile backup files, generated: a sound backup (one screenshot) damaged in every way a crafted
 * or broken file can be. Shared by the import fuzz (tests/note/importFuzz.test.ts, 10,000 through
 * the import code) and the browser test that imports a sample through the real page.
 */
import fc from 'fast-check';
import { exportIncidentJson } from '../../src/note/exportJson';
import type { IncidentRecord } from '../../src/record/schema';

const pixel = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1]);

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A sound backup with one screenshot, as the app writes it: the base every damage starts from. */
export async function soundBackup(record: IncidentRecord, now: Date): Promise<string> {
  const sha256 = await sha256Hex(pixel);
  const withFile: IncidentRecord = {
    ...record,
    evidence: [
      {
        id: 'ev-1',
        capturedAt: now.toISOString(),
        text: 'The post as it was',
        files: [{ fileId: 'file-1', name: 'post.png', type: 'image/png', size: pixel.length, sha256, addedAt: now.toISOString() }],
      },
    ],
  };
  return exportIncidentJson(withFile, [{ id: 'file-1', bytes: pixel.slice().buffer, type: 'image/png', size: pixel.length, sha256 }], now);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function pathsIn(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((item, i) => pathsIn(item, [...prefix, i])));
  if (value !== null && typeof value === 'object') {
    return here.concat(...Object.entries(value).map(([key, item]) => pathsIn(item, [...prefix, key])));
  }
  return here;
}

/** A copy of `root` with the value at `path` replaced, or removed when `replacement` is undefined. */
function changedAt(root: Json, path: readonly (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    parent[last] = replacement;
  }
  return copy as Json;
}

function nested(depth: number, open: string, close: string): string {
  return `${open.repeat(depth)}${close.repeat(depth)}`;
}

const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, -1, 1.5, 1e308, '', 'practice', 'threat', [], ['threat'], [null], {}, { x: 1 }),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.string({ unit: 'binary', maxLength: 30 }),
);

export interface HostileCase {
  readonly kind: string;
  readonly text: string;
}

/** The shapes of damage, each with how many of the 10,000 the fuzz gives it. */
export function hostileCases(base: string, now: Date): { arbitrary: fc.Arbitrary<HostileCase>; runs: number }[] {
  const value = JSON.parse(base) as Json;
  const paths = pathsIn(value);
  const objectPaths = paths.filter((path) => {
    let at: Json = value;
    for (const key of path) at = (at as Record<string | number, Json>)[key] as Json;
    return at !== null && typeof at === 'object' && !Array.isArray(at);
  });
  const stringPaths = paths.filter((path) => {
    let at: Json = value;
    for (const key of path) at = (at as Record<string | number, Json>)[key] as Json;
    return typeof at === 'string';
  });
  const pathIndex = fc.nat({ max: paths.length - 1 });
  const json = (kind: string) => (changed: Json) => ({ kind, text: JSON.stringify(changed) });
  return [
    {
      runs: 4_000,
      arbitrary: fc.tuple(pathIndex, wrongValue).map(([i, v]) => json('wrong type at a path')(changedAt(value, paths[i] ?? [], v))),
    },
    {
      runs: 1_000,
      arbitrary: pathIndex.map((i) => json('field removed')(changedAt(value, paths[i] ?? [], undefined))),
    },
    {
      runs: 1_000,
      arbitrary: fc.nat({ max: base.length - 1 }).map((at) => ({ kind: 'truncated', text: base.slice(0, at) })),
    },
    {
      runs: 200,
      arbitrary: fc
        .tuple(
          fc.nat({ max: stringPaths.length - 1 }),
          fc.integer({ min: 100_000, max: 2_000_000 }),
          fc.constantFrom('a', '\u202e', '<', '\u0000'),
        )
        .map(([i, length, unit]) => json('huge string')(changedAt(value, stringPaths[i] ?? [], unit.repeat(length)))),
    },
    {
      runs: 300,
      arbitrary: fc.tuple(pathIndex, fc.integer({ min: 50, max: 100_000 }), fc.boolean()).map(([i, depth, arrays]) => {
        const marker = '"__deep__"';
        const text = JSON.stringify(changedAt(value, paths[i] ?? [], '__deep__')).replace(
          marker,
          arrays ? nested(depth, '[', ']') : nested(depth, '{"a":', '}').replace(/\{"a":\}/, '{"a":1}'),
        );
        return { kind: 'deep nesting', text };
      }),
    },
    {
      runs: 1_000,
      arbitrary: fc
        .tuple(fc.nat({ max: objectPaths.length - 1 }), fc.constantFrom('__proto__', 'constructor', 'prototype'), wrongValue)
        .map(([i, key, v]) => {
          // JSON.stringify drops a "__proto__" own key's meaning, so the key is spliced into the text.
          const marker = { __marker__: 1 };
          const text = JSON.stringify(changedAt(value, [...(objectPaths[i] ?? []), '__marker__'], 1)).replace(
            JSON.stringify(marker).slice(1, -1),
            `${JSON.stringify(key)}:${JSON.stringify({ polluted: v, isAdmin: true })}`,
          );
          return { kind: 'prototype keys', text };
        }),
    },
    {
      runs: 500,
      arbitrary: fc.constantFrom('evidence', 'references', 'files', 'fileIds').map((what) => {
        const copy = structuredClone(value) as { record: { evidence: Json[]; references: Json[] }; files: Json[] };
        if (what === 'evidence') copy.record.evidence.push(copy.record.evidence[0] ?? null);
        if (what === 'references')
          copy.record.references.push(
            copy.record.references[0] ?? { id: 'r', kind: 'advice', at: now.toISOString() },
            copy.record.references[0] ?? { id: 'r', kind: 'advice', at: now.toISOString() },
          );
        if (what === 'files') copy.files.push(copy.files[0] ?? null);
        if (what === 'fileIds') {
          const item = copy.record.evidence[0] as { files: Json[] };
          item.files.push(item.files[0] ?? null);
        }
        return { kind: 'duplicate ids', text: JSON.stringify(copy) };
      }),
    },
    {
      runs: 500,
      arbitrary: fc
        .tuple(fc.constantFrom('\ufeff', '\ufeff\ufeff', '\u00ef\u00bb\u00bf', ' \ufeff'), fc.boolean())
        .map(([bom, whole]) => ({ kind: 'byte-order mark', text: bom + (whole ? base : base.slice(0, base.length / 2)) })),
    },
    {
      runs: 1_499,
      arbitrary: fc
        .oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: 'grapheme', maxLength: 50 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        )
        .map((text) => ({ kind: 'not a backup', text })),
    },
  ];
}
