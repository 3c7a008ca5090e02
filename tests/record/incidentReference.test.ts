/**
 * Training references can never be mistaken for, or equal, a real one (issue #16): a training
 * incident's reference never has the live shape, the live counter never moves for training, and
 * a record claiming to be real with a training reference is refused.
 */
import { describe, expect, it } from 'vitest';
import {
  formatLiveReference,
  formatTrainingReference,
  isLiveReference,
  isTrainingReference,
  liveReferenceNumber,
  liveReferencePattern,
  trainingReferenceNumber,
} from '../../src/record/incidentReference';
import { emptyMemoryStores, memoryRepository } from '../../src/record/incidentStore';
import { incidentRecord } from '../../src/record/schema';
import { trainingStaffPost } from '../note/incidents';

const counts = [1, 2, 9, 42, 999, 1000, 9999, 10_000, 123_456];

describe('incident references', () => {
  it('a training reference never has the live shape, nor a live one the training shape', () => {
    for (const count of counts) {
      const training = formatTrainingReference(count);
      expect(training).not.toMatch(liveReferencePattern);
      expect(isLiveReference(training)).toBe(false);
      expect(isTrainingReference(training)).toBe(true);
      expect(liveReferenceNumber(training, 2026)).toBeNull();
      expect(trainingReferenceNumber(training)).toBe(count);
      for (const year of [2025, 2026, 2027]) {
        const live = formatLiveReference(year, count);
        expect(live).not.toBe(training);
        expect(isTrainingReference(live)).toBe(false);
        expect(trainingReferenceNumber(live)).toBeNull();
        expect(liveReferenceNumber(live, year)).toBe(count);
      }
    }
  });

  it('creating training incidents gives training references and leaves the live counter where it was', async () => {
    const stores = emptyMemoryStores();
    const repository = memoryRepository(stores);
    const now = new Date('2026-11-25T16:00:00Z');
    const first = await repository.create({ kind: 'live', now });
    const counterBefore = stores.settings.get('referenceCounter:2026');
    const training = await Promise.all(Array.from({ length: 25 }, () => repository.create({ kind: 'training', now })));
    expect(stores.settings.get('referenceCounter:2026')).toBe(counterBefore);
    for (const { reference } of training) {
      expect(reference).not.toMatch(liveReferencePattern);
      expect(reference).toMatch(/^TRAINING-\d{4}$/);
    }
    expect(new Set(training.map((r) => r.reference)).size).toBe(25);
    const next = await repository.create({ kind: 'live', now });
    expect([first.reference, next.reference]).toEqual(['SM-2026-0001', 'SM-2026-0002']);
  });

  it('refuses a real incident with a training reference, and keeps an old training record with the live shape', () => {
    const training = trainingStaffPost();
    expect(incidentRecord.safeParse({ ...training, reference: 'TRAINING-0001' }).success).toBe(true);
    // Training records made before training references had the live shape; one in an old backup still reads.
    expect(incidentRecord.safeParse({ ...training, reference: 'SM-2026-0003' }).success).toBe(true);
    const asLive = incidentRecord.safeParse({ ...training, kind: 'live', reference: 'TRAINING-0001' });
    expect(asLive.success).toBe(false);
    expect(asLive.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['reference']);
    expect(incidentRecord.safeParse({ ...training, reference: 'TR-2026-0001' }).success).toBe(false);
  });
});
