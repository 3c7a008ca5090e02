/** Issue 18: the practice folder's part of settings and its notices on the home screen. */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConflictChoice } from '../../src/features/practiceFolder/ConflictChoice';
import { FolderNotices } from '../../src/features/practiceFolder/FolderNotices';
import { emptyMemoryStores, memoryRepository } from '../../src/record/incidentStore';
import { PracticeFolderSettings } from '../../src/features/practiceFolder/PracticeFolderSettings';
import { statusWithoutFolder } from '../../src/record/practiceFolder/folderStatus';
import type { FolderStatus, PracticeFolder } from '../../src/record/practiceFolder/practiceFolder';

const base: FolderStatus = statusWithoutFolder;

function fakeFolder(status: Partial<FolderStatus>) {
  let current = { ...base, ...status };
  const listeners = new Set<() => void>();
  const folder = {
    status: () => current,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: vi.fn(async () => undefined),
    choose: vi.fn(async () => undefined),
    reconnect: vi.fn(async () => undefined),
    forget: vi.fn(async () => undefined),
    checkNow: vi.fn(async () => undefined),
    keep: vi.fn(async () => null),
    afterSave: vi.fn(async () => undefined),
    afterRemove: vi.fn(async () => undefined),
    referenceAfterFolder: () => null,
  } satisfies PracticeFolder;
  const change = (next: Partial<FolderStatus>) =>
    act(() => {
      current = { ...current, ...next };
      for (const listener of listeners) listener();
    });
  return { folder, change };
}

describe('practice folder settings', () => {
  it('says plainly when this browser cannot use a folder, and offers no button that cannot work', () => {
    render(<PracticeFolderSettings folder={fakeFolder({ connection: 'unsupported' }).folder} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Practice folder' })).toBeInTheDocument();
    expect(screen.getByText(/This browser cannot use a practice folder. It needs Microsoft Edge or Google Chrome/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Choose the practice folder' })).toBeNull();
  });

  it('chooses a folder from a click, then says where incidents are kept and when it last checked', async () => {
    const { folder, change } = fakeFolder({});
    render(<PracticeFolderSettings folder={folder} />);
    await userEvent.click(screen.getByRole('button', { name: 'Choose the practice folder' }));
    expect(folder.choose).toHaveBeenCalledTimes(1);
    change({
      connection: 'connected',
      folderName: 'Incidents',
      lastChecked: '2026-11-30T09:30:00Z',
      lastOutcome: { broughtIn: 2, writtenOut: 0, removed: 0 },
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Incidents are also kept in the folder “Incidents”. Last checked 30 November 2026, 09:30 GMT. 2 incidents brought in from the folder',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Check the folder now' }));
    expect(folder.checkNow).toHaveBeenCalledTimes(1);
  });

  it('says in words when the browser or the PC refused the folder', () => {
    render(<PracticeFolderSettings folder={fakeFolder({ problem: 'blocked' }).folder} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/did not let the app use a folder/);
  });
});

describe('the home screen after a restart', () => {
  it('asks politely to reconnect, and asks the browser only when the button is clicked', async () => {
    const { folder } = fakeFolder({ connection: 'needsPermission', folderName: 'Incidents' });
    render(<FolderNotices folder={folder} />);
    expect(screen.getByText(/The practice folder “Incidents” needs your permission again/)).toBeInTheDocument();
    expect(folder.reconnect).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reconnect the practice folder' }));
    expect(folder.reconnect).toHaveBeenCalledTimes(1);
  });
});

describe('choosing between two versions', () => {
  it('shows both with when each was saved and what differs, and keeps the one chosen', async () => {
    const record = await memoryRepository(emptyMemoryStores()).create({ kind: 'live', now: new Date('2026-11-30T09:00:00Z') });
    const mine = { ...record, revision: 3, updatedAt: '2026-11-30T10:15:00.000Z', answers: { platform: 'x' } };
    const theirs = {
      ...record,
      revision: 3,
      updatedAt: '2026-11-30T10:16:00.000Z',
      answers: { platform: 'tiktok' },
      status: 'closed' as const,
    };
    const onKeep = vi.fn(async () => true);
    render(
      <ConflictChoice
        conflict={{
          id: record.id,
          reference: record.reference,
          versions: [
            { fileName: `${record.reference} incident.json`, role: 'incident', base: record.reference, record: mine, evidenceFolder: 'e' },
            {
              fileName: `${record.reference} incident (conflict, x).json`,
              role: 'conflict',
              base: record.reference,
              record: theirs,
              evidenceFolder: 'e',
            },
          ],
        }}
        onKeep={onKeep}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: `Two versions of ${record.reference}` })).toBeInTheDocument();
    const second = screen.getByRole('region', { name: 'Version 2' });
    expect(second).toHaveTextContent('Last saved 30 November 2026, 10:16 GMT');
    expect(second).toHaveTextContent('Closed');
    expect(second).toHaveTextContent(/whether it is open or closed.*1 answer/);
    await userEvent.click(screen.getByRole('button', { name: `Keep this one (Keep version 2, ${record.reference})` }));
    expect(onKeep).toHaveBeenCalledWith(`${record.reference} incident (conflict, x).json`);
  });
});
