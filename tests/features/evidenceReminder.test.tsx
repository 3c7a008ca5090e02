import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { evidenceContent } from '../../src/content/evidence';
import { EvidenceReminder } from '../../src/features/evidence/EvidenceReminder';
import { IncidentContext } from '../../src/record/incidentContext';
import { memoryRepository } from '../../src/record/incidentStore';
import type { EvidenceItem } from '../../src/record/schema';
import { fakeIncident } from '../support/fakeIncident';

const savedPost: EvidenceItem = { id: 'e1', capturedAt: '2026-11-25T09:30:00.000Z', files: [], url: 'https://example.com/p/1' };

async function renderReminder(evidence: EvidenceItem[]) {
  const record = await memoryRepository().create({ kind: 'training', now: new Date() });
  const handle = fakeIncident({ ...record, evidence });
  const onOpenLog = vi.fn();
  render(
    <IncidentContext.Provider value={handle}>
      <EvidenceReminder onOpenLog={onOpenLog} />
    </IncidentContext.Provider>,
  );
  return { handle, onOpenLog };
}

describe('the reminder to save evidence first', () => {
  it('shows when the evidence log is empty, with a way to open it', async () => {
    const { onOpenLog } = await renderReminder([]);
    expect(screen.getByRole('heading', { name: evidenceContent.reminder.heading })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open the evidence log' }));
    expect(onOpenLog).toHaveBeenCalledOnce();
  });

  it('does not show once the log has a post', async () => {
    await renderReminder([savedPost]);
    expect(screen.queryByRole('heading', { name: evidenceContent.reminder.heading })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Open the evidence log' })).toBeNull();
  });

  it('goes away as soon as a post is saved', async () => {
    const { handle } = await renderReminder([]);
    act(() => handle.update((r) => ({ ...r, evidence: [savedPost] })));
    expect(screen.queryByRole('heading', { name: evidenceContent.reminder.heading })).toBeNull();
  });

  it('shows nothing outside an open incident', () => {
    const { container } = render(<EvidenceReminder onOpenLog={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
