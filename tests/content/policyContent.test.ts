import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { policyTopics } from '../../src/content/policy';
import { policyTopicsSchema } from '../../src/content/policyContentSchema';
import { policyUi } from '../../src/content/policyUi';

/** Every string in a value, with where it is, so a failure names the field. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

describe('the policy builder content', () => {
  it('passes its schema: known sources, unique ids, whole sentences, follow-ups that can show', () => {
    const result = policyTopicsSchema.safeParse(policyTopics);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('the schema refuses an unknown source', () => {
    const broken = structuredClone(policyTopics) as unknown as { questions: { options: { clause: { sources: string[] } }[] }[] }[];
    broken[0]!.questions[0]!.options[0]!.clause.sources = ['made-up'];
    const issues = policyTopicsSchema.safeParse(broken).error?.issues ?? [];
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['0.questions.0.options.0.clause']);
  });

  it('the schema refuses a follow-up question shown after an answer that does not exist', () => {
    const broken = structuredClone(policyTopics) as unknown as { questions: { showWhen?: { values: string[] } }[] }[];
    broken[1]!.questions[1]!.showWhen!.values = ['maybe'];
    const messages = policyTopicsSchema.safeParse(broken).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(['"hasAccounts" has no answer "maybe"']);
  });

  it('has one topic for each part the issue asks for, in order', () => {
    expect(policyTopics.map((topic) => topic.id)).toEqual([
      'personalUse',
      'ownAccounts',
      'monitoring',
      'incidents',
      'holdingReplies',
      'recording',
      'training',
    ]);
  });

  it('contains no placeholder text', () => {
    const all = [...strings(policyTopics, 'policyTopics'), ...strings(policyUi, 'policyUi')];
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([, text]) => /\b(TODO|TBC|FIXME|lorem ipsum)\b/i.test(text))).toEqual([]);
  });
});

// Our own words: nine words in a row matching the LMC page is copying (as tests/content/content.test.ts).
const runLength = 9;
function runsOf(text: string): string[] {
  const list = text
    .toLowerCase()
    .replace(/[’‘`']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const runs: string[] = [];
  for (let i = 0; i + runLength <= list.length; i++) runs.push(list.slice(i, i + runLength).join(' '));
  return runs;
}
const thisFile = import.meta.url;
const lmcPagePath = fileURLToPath(new URL('../../../shared/source/lmc-social-media-policy-guidance.txt', thisFile));
const lmcPage = existsSync(lmcPagePath) ? readFileSync(lmcPagePath, 'utf8') : undefined;

describe('the policy is in our own words', () => {
  it.skipIf(lmcPage === undefined)('no policy string repeats nine or more words in a row from the LMC page', () => {
    const sourceRuns = new Set(runsOf(lmcPage ?? ''));
    expect(sourceRuns.size).toBeGreaterThan(100);
    const copies = [...strings(policyTopics, 'policyTopics'), ...strings(policyUi, 'policyUi')].flatMap(([path, text]) =>
      runsOf(text)
        .filter((run) => sourceRuns.has(run))
        .map((run) => `${path}: "${run}"`),
    );
    expect(copies).toEqual([]);
  });
});
