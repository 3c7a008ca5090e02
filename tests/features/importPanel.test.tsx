/**
 * Bringing an incident in from a backup on the home screen: a good backup becomes a new incident
 * (with its screenshot) beside the original; a bad or oversized file is refused in plain words and
 * changes nothing.
 */
import { createEvent, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StorageContext, type Storage } from '../../src/record/storageContext';
import { home } from '../../src/content/home';
import { importWords } from '../../src/content/note';
import { importPanelWords } from '../../src/content/importPanel';
import { ImportPanel } from '../../src/features/note/ImportPanel';
import { exportIncidentJson } from '../../src/note/exportJson';
import { memoryRepository } from '../../src/record/incidentStore';
import type { IncidentRecord } from '../../src/record/schema';
import { memoryStorage, renderHome } from '../support/renderApp';
import { storageWithPlanAndScreenshot } from '../support/planWithScreenshot';

const words = importPanelWords;
const now = new Date('2026-11-25T16:00:00.000Z');

/** Storage holding one incident with a screenshot in its evidence, and its backup. */
async function storageWithOne(): Promise<{ storage: Storage; original: IncidentRecord; backup: string }> {
  const { storage, record: original } = await storageWithPlanAndScreenshot(now, { notes: '<script>alert(1)</script>' });
  const backup = exportIncidentJson(original, await storage.evidenceFiles.listFor(original.id), now);
  return { storage, original, backup };
}

function renderPanel(storage: Storage) {
  const onImported = vi.fn<(recordId: string) => void>();
  const user = userEvent.setup();
  render(
    <StorageContext.Provider value={storage}>
      <ImportPanel onImported={onImported} />
    </StorageContext.Provider>,
  );
  return { user, onImported };
}

const jsonFile = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

async function storedIds(storage: Storage): Promise<string[]> {
  return (await storage.incidents.list()).map((entry) => (entry.ok ? entry.record.id : entry.id));
}

describe('ImportPanel', () => {
  it('has a heading, a labelled file picker with the size limit, and a labelled drop zone', async () => {
    const { storage } = await storageWithOne();
    renderPanel(storage);
    expect(screen.getByRole('heading', { level: 2, name: words.heading })).toBeInTheDocument();
    const input = screen.getByLabelText(words.fileLabel);
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.json,application/json');
    expect(input).toHaveAccessibleDescription(words.limit('256'));
    expect(screen.getByRole('group', { name: words.dropHeading })).toBeInTheDocument();
  });

  it('brings a backup in as a new incident, with its screenshot, beside the original', async () => {
    const { storage, original, backup } = await storageWithOne();
    const { user, onImported } = renderPanel(storage);
    await user.upload(screen.getByLabelText(words.fileLabel), jsonFile(backup));
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));

    const newId = onImported.mock.calls[0]?.[0] ?? '';
    expect(newId).not.toBe(original.id);
    expect(await storedIds(storage)).toHaveLength(2);
    const loaded = await storage.incidents.load(newId);
    if (!loaded.ok) throw new Error(loaded.problem);
    expect(loaded.record.reference).not.toBe(original.reference);
    expect(loaded.record.currentStep).toBe('plan');
    expect(loaded.record.answers).toEqual(original.answers);

    // The screenshot is in the evidence store under the new incident, and the record points at it.
    const ref = loaded.record.evidence[0]?.files[0];
    const file = ref === undefined ? undefined : await storage.evidenceFiles.get(ref.fileId);
    expect(file?.incidentId).toBe(newId);
    expect(file?.sha256).toBe(original.evidence[0]?.files[0]?.sha256);
    expect(await storage.evidenceFiles.listFor(original.id)).toHaveLength(1);

    // The original is untouched.
    const kept = await storage.incidents.load(original.id);
    expect(kept.ok && kept.record).toEqual(original);
  });

  it('brings in a backup dropped on the drop zone', async () => {
    const { storage, original, backup } = await storageWithOne();
    const { onImported } = renderPanel(storage);
    const zone = screen.getByRole('group', { name: words.dropHeading });
    const drop = createEvent.drop(zone);
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [jsonFile(backup)], types: ['Files'] } });
    fireEvent(zone, drop);
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(onImported.mock.calls[0]?.[0]).not.toBe(original.id);
    expect(await storedIds(storage)).toHaveLength(2);
  });

  it('shows what is wrong with a file that is not a backup, and changes nothing', async () => {
    const { storage, original } = await storageWithOne();
    const { user, onImported } = renderPanel(storage);
    await user.upload(screen.getByLabelText(words.fileLabel), jsonFile('this is not json {', 'notes.json'));
    const summary = await screen.findByRole('heading', { name: words.problemsTitle });
    const box = summary.parentElement as HTMLElement;
    expect(within(box).getByText(importWords.notJson)).toBeInTheDocument();
    expect(box).toHaveFocus();
    expect(onImported).not.toHaveBeenCalled();
    expect(await storedIds(storage)).toEqual([original.id]);
  });

  it('names the fields that are wrong in a damaged backup, and changes nothing', async () => {
    const { storage, original, backup } = await storageWithOne();
    const { user, onImported } = renderPanel(storage);
    const damaged = JSON.parse(backup) as { record: Record<string, unknown> };
    damaged.record['kind'] = 'rehearsal';
    delete damaged.record['createdAt'];
    await user.upload(screen.getByLabelText(words.fileLabel), jsonFile(JSON.stringify(damaged)));
    const summary = await screen.findByRole('heading', { name: words.problemsTitle });
    const problems = within(summary.parentElement as HTMLElement).getAllByRole('listitem');
    expect(problems.map((item) => item.textContent).join(' ')).toMatch(/^The incident in the file: /);
    expect(onImported).not.toHaveBeenCalled();
    expect(await storedIds(storage)).toEqual([original.id]);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { storage, original } = await storageWithOne();
    const { user, onImported } = renderPanel(storage);
    const file = jsonFile('{}');
    Object.defineProperty(file, 'size', { value: 300 * 1024 * 1024 });
    // jsdom's File has no text(), so the panel reads through FileReader: watch both ways in.
    const text = vi.fn();
    Object.defineProperty(file, 'text', { value: text });
    const readAsText = vi.spyOn(FileReader.prototype, 'readAsText');
    await user.upload(screen.getByLabelText(words.fileLabel), file);
    expect(await screen.findByText(importWords.tooLarge('300', '256'))).toBeInTheDocument();
    expect(text).not.toHaveBeenCalled();
    expect(readAsText).not.toHaveBeenCalled();
    readAsText.mockRestore();
    expect(onImported).not.toHaveBeenCalled();
    expect(await storedIds(storage)).toEqual([original.id]);
  });

  it('asks for one file at a time when several are dropped', async () => {
    const { storage, original, backup } = await storageWithOne();
    const { onImported } = renderPanel(storage);
    const zone = screen.getByRole('group', { name: words.dropHeading });
    const drop = createEvent.drop(zone);
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [jsonFile(backup), jsonFile(backup)], types: ['Files'] } });
    fireEvent(zone, drop);
    expect(await screen.findByText(words.oneFileOnly)).toBeInTheDocument();
    expect(onImported).not.toHaveBeenCalled();
    expect(await storedIds(storage)).toEqual([original.id]);
  });
});

describe('bringing in an incident closed more than 12 months ago', () => {
  it('says on the list that it was given a fresh 12 months, instead of opening it without a word', async () => {
    const storage = memoryStorage(memoryRepository());
    const closedLongAgo = await storage.incidents.save({
      ...(await storage.incidents.create({ kind: 'live', now: new Date('2024-02-01T09:00:00Z') })),
      status: 'closed',
      closedAt: '2024-03-01T10:00:00.000Z',
      outcome: 'Resolved',
    });
    const backup = exportIncidentJson(closedLongAgo, [], now);
    await storage.incidents.remove(closedLongAgo.id);
    const { user } = await renderHome(storage);
    await user.click(screen.getByText(words.heading));
    await user.upload(screen.getByLabelText(words.fileLabel), jsonFile(backup));
    const message = await screen.findByText(/more than 12 months ago/);
    expect(message.closest('[role="status"]')).not.toBeNull();
    expect(message).toHaveTextContent(/^Brought in as SM-\d{4}-\d{4}\. This incident was closed on 1 March 2024/);
    expect(message).toHaveTextContent(/will be kept until .+ 20\d\d unless you choose Keep/);
    // Still on the list, where the closed incident now shows.
    expect(await screen.findByRole('heading', { level: 2, name: home.closedHeading })).toBeInTheDocument();
  });
});
