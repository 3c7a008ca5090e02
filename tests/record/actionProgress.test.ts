import { describe, expect, it } from 'vitest';
import { progressOf } from '../../src/record/actionProgress';
import { memoryRepository } from '../../src/record/incidentStore';
import type { IncidentRecord, IncidentReference } from '../../src/record/schema';

async function record(references: IncidentReference[], actions: IncidentRecord['actions'] = {}): Promise<IncidentRecord> {
  const created = await memoryRepository().create({ kind: 'live', now: new Date('2026-11-25T09:00:00Z') });
  return { ...created, references, actions };
}

const report: IncidentReference = { id: 'r1', kind: 'platformReport', with: 'Google', at: '2026-11-25T10:00:00.000Z', reference: 'G-123' };
const police: IncidentReference = { id: 'r2', kind: 'police', with: '101', at: '2026-11-25T10:30:00.000Z', reference: 'CAD 456' };

describe('action progress from the references log', () => {
  it.each([
    ['reportGoogleReview', [report], 'done'],
    ['reportToSite', [report], 'done'],
    ['reportToPolice', [police], 'done'],
    ['reportToPolice', [report], undefined],
    ['escalateToRhc', [report], undefined],
    ['replyBriefly', [report, police], undefined],
  ] as const)('%s with %j references is %s', async (actionId, references, status) => {
    expect(progressOf(await record([...references]), actionId)?.status).toBe(status);
  });

  it('takes the time the reference was recorded', async () => {
    expect(progressOf(await record([report]), 'reportToSite')?.updatedAt).toBe(report.at);
  });

  it('lets what the user set win over the log', async () => {
    const set = { status: 'notNeeded', updatedAt: '2026-11-25T11:00:00.000Z' } as const;
    expect(progressOf(await record([report], { reportToSite: set }), 'reportToSite')).toEqual(set);
  });
});
