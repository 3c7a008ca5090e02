/** Issue 18: what the page choosing between two versions says differs. */
import { describe, expect, it } from 'vitest';
import { emptyMemoryStores, memoryRepository } from '../../../src/record/incidentStore';
import { versionDifferences } from '../../../src/record/practiceFolder/versionDifferences';

describe('versionDifferences', () => {
  it('names the parts that differ, counting answers, and nothing for two copies of one version', async () => {
    const record = await memoryRepository(emptyMemoryStores()).create({ kind: 'live', now: new Date('2026-11-30T09:00:00Z') });
    expect(versionDifferences(record, structuredClone(record))).toEqual([]);
    const other = {
      ...record,
      status: 'closed' as const,
      answers: { platform: 'x', danger: 'no' },
      reply: { draft: 'Thank you for your feedback.' },
    };
    expect(versionDifferences(record, other)).toEqual([{ part: 'status' }, { part: 'answers', count: 2 }, { part: 'reply' }]);
  });
});
