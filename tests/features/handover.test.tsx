/**
 * The handover file in the page (issue 18), found by label as a person would: the export panel
 * makes it only with a long enough passphrase typed twice, warns against personal email and
 * messaging apps, and then offers to delete the incident from this device; the import panel knows
 * a handover file by its envelope, asks for the passphrase, refuses a wrong one in words with
 * nothing stored, and brings the right one in through the ordinary import.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { handoverWords } from '../../src/content/handover';
import { home } from '../../src/content/home';
import { importPanelWords } from '../../src/content/importPanel';
import { importWords } from '../../src/content/note';
import { exportPanelWords } from '../../src/content/noteUi';
import { ExportPanel } from '../../src/features/note/ExportPanel';
import { ImportPanel } from '../../src/features/note/ImportPanel';
import { exportIncidentJson } from '../../src/note/exportJson';
import { decryptHandover, encryptHandover } from '../../src/note/handover';
import { parseIncidentImport } from '../../src/note/importJson';
import { EvidenceFilesContext } from '../../src/record/evidenceFilesContext';
import { IncidentContext } from '../../src/record/incidentContext';
import type { IncidentRecord } from '../../src/record/schema';
import { StorageContext, type Storage } from '../../src/record/storageContext';
import { fakeIncident } from '../support/fakeIncident';
import { completeIncident, renderApp } from '../support/renderApp';
import { blobText, storageWithPlanAndScreenshot } from '../support/planWithScreenshot';
import { mildReview } from '../support/walk';
import { captureDownloads } from '../support/captureDownloads';

const words = handoverWords;
const now = new Date('2026-11-25T16:00:00.000Z');
const passphrase = 'kettle orbit marmalade';
// Through a variable: Vite rewrites `new URL(path, import.meta.url)` as an asset URL.

async function storageWithOne(): Promise<{ storage: Storage; record: IncidentRecord }> {
  return storageWithPlanAndScreenshot(now);
}

const textOf = blobText;

describe('making a handover file', () => {
  const downloads = captureDownloads('blob:test/handover');

  async function renderExport(onDeleteFromDevice?: () => void) {
    const { storage, record } = await storageWithOne();
    const user = userEvent.setup();
    render(
      <IncidentContext.Provider value={fakeIncident(record)}>
        <EvidenceFilesContext.Provider value={storage.evidenceFiles}>
          <ExportPanel onDeleteFromDevice={onDeleteFromDevice} />
        </EvidenceFilesContext.Provider>
      </IncidentContext.Provider>,
    );
    await user.click(screen.getByRole('button', { name: words.open }));
    return { user, record, storage };
  }

  it('asks for the passphrase twice, with labels and the warning, and focuses the first field', async () => {
    await renderExport();
    const first = screen.getByLabelText(words.passphraseLabel);
    expect(first).toHaveAttribute('type', 'password');
    expect(first).toHaveFocus();
    expect(first).toHaveAccessibleDescription(words.passphraseHint);
    expect(screen.getByLabelText(words.confirmLabel)).toHaveAttribute('type', 'password');
    expect(screen.getByText(/personal email/)).toBeInTheDocument();
    expect(screen.getByText(/by phone or in person/)).toBeInTheDocument();
  });

  it('refuses a short passphrase with advice, linked from the summary, and downloads nothing', async () => {
    const { user } = await renderExport();
    await user.type(screen.getByLabelText(words.passphraseLabel), 'short');
    await user.type(screen.getByLabelText(words.confirmLabel), 'short');
    await user.click(screen.getByRole('button', { name: words.submit }));
    const summary = screen.getByText(words.problemsTitle).closest('.error-summary') as HTMLElement;
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: words.passphraseTooShort }));
    expect(screen.getByLabelText(words.passphraseLabel)).toHaveFocus();
    expect(screen.getByLabelText(words.passphraseLabel)).toHaveAttribute('aria-invalid', 'true');
    expect(downloads.createObjectURL).not.toHaveBeenCalled();
  });

  it('refuses two different passphrases', async () => {
    const { user } = await renderExport();
    await user.type(screen.getByLabelText(words.passphraseLabel), passphrase);
    await user.type(screen.getByLabelText(words.confirmLabel), `${passphrase}s`);
    await user.click(screen.getByRole('button', { name: words.submit }));
    expect(screen.getByLabelText(words.confirmLabel)).toHaveAccessibleDescription(expect.stringContaining(words.confirmDifferent));
    expect(downloads.createObjectURL).not.toHaveBeenCalled();
  });

  it('downloads a locked backup that unlocks to the whole incident, then offers to delete it here', async () => {
    const onDelete = vi.fn();
    const { user, record } = await renderExport(onDelete);
    await user.type(screen.getByLabelText(words.passphraseLabel), passphrase);
    await user.type(screen.getByLabelText(words.confirmLabel), passphrase);
    await user.click(screen.getByRole('button', { name: words.submit }));

    const deleteHere = await screen.findByRole('button', { name: words.deleteHere });
    expect(downloads.names).toEqual([expect.stringMatching(new RegExp(`^${record.reference}-\\d{4}-\\d{2}-\\d{2}-handover\\.json$`))]);
    expect(screen.getByRole('status')).toHaveTextContent(words.downloading(downloads.names[0] ?? ''));
    expect(screen.getByText(words.afterDownload)).toBeInTheDocument();
    // The form and what was typed in it are gone.
    expect(screen.queryByLabelText(words.passphraseLabel)).toBeNull();
    // Focus moves in an effect after the form has gone, which on a busy machine can come a moment later.
    await waitFor(() => expect(screen.getByRole('button', { name: words.open })).toHaveFocus());

    const blob = downloads.createObjectURL.mock.calls.at(-1)?.[0];
    if (!(blob instanceof Blob)) throw new Error('No blob was made');
    const file = await textOf(blob);
    expect(file).not.toContain(record.reference);
    expect(await decryptHandover(file, 'not the passphrase')).toMatchObject({ ok: false });
    const unlocked = await decryptHandover(file, passphrase);
    if (!unlocked.ok) throw new Error(unlocked.problem);
    const parsed = await parseIncidentImport(unlocked.backupText);
    expect(parsed.ok && parsed.record.reference).toBe(record.reference);
    expect(parsed.ok && parsed.files).toHaveLength(1);

    await user.click(deleteHere);
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  it('in the app, "Delete this incident from this device now" goes to the usual confirmation', async () => {
    const { user, storage } = await renderApp();
    await completeIncident(user, mildReview);
    const [entry] = await storage.incidents.list();
    const reference = entry?.ok ? entry.record.reference : '';
    await user.click(screen.getByRole('button', { name: words.open }));
    await user.type(screen.getByLabelText(words.passphraseLabel), passphrase);
    await user.type(screen.getByLabelText(words.confirmLabel), passphrase);
    await user.click(screen.getByRole('button', { name: words.submit }));
    await user.click(await screen.findByRole('button', { name: words.deleteHere }));
    expect(await screen.findByRole('heading', { level: 1, name: home.deleteOne.title(reference) })).toBeInTheDocument();
    expect(await storage.incidents.list()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: home.deleteOne.confirm }));
    await screen.findByText(home.deleteOne.done(reference));
    expect(await storage.incidents.list()).toHaveLength(0);
  });

  it('offers no delete where the app gives no way to delete (training)', async () => {
    const { user } = await renderExport();
    await user.type(screen.getByLabelText(words.passphraseLabel), passphrase);
    await user.type(screen.getByLabelText(words.confirmLabel), passphrase);
    await user.click(screen.getByRole('button', { name: words.submit }));
    await waitFor(() => expect(downloads.names).toHaveLength(1));
    expect(screen.queryByRole('button', { name: words.deleteHere })).toBeNull();
    // The plain backup is still there beside it.
    expect(screen.getByRole('button', { name: exportPanelWords.backup })).toBeInTheDocument();
  });
});

describe('bringing in a handover file', () => {
  async function handoverOf(storage: Storage, record: IncidentRecord): Promise<string> {
    const backup = exportIncidentJson(record, await storage.evidenceFiles.listFor(record.id), now);
    const sealed = await encryptHandover(backup, passphrase);
    if (!sealed.ok) throw new Error(sealed.problem);
    return sealed.text;
  }

  function renderImport(storage: Storage) {
    const onImported = vi.fn<(recordId: string, notice?: string) => void>();
    const user = userEvent.setup();
    render(
      <StorageContext.Provider value={storage}>
        <ImportPanel onImported={onImported} />
      </StorageContext.Provider>,
    );
    return { user, onImported };
  }

  const jsonFile = (text: string) => new File([text], 'handover.json', { type: 'application/json' });

  async function storedCount(storage: Storage): Promise<number> {
    return (await storage.incidents.list()).length;
  }

  it('asks for the passphrase, refuses a wrong one with nothing stored, and brings the right one in', async () => {
    const { storage, record } = await storageWithOne();
    const file = await handoverOf(storage, record);
    const { user, onImported } = renderImport(storage);
    await user.upload(screen.getByLabelText(importPanelWords.fileLabel), jsonFile(file));

    const field = await screen.findByLabelText(words.importPassphraseLabel);
    expect(screen.getByRole('heading', { name: words.importHeading })).toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(onImported).not.toHaveBeenCalled();

    await user.type(field, 'kettle orbit marmalades');
    await user.click(screen.getByRole('button', { name: words.importSubmit }));
    const summary = (await screen.findByText(words.importProblemsTitle)).closest('.error-summary') as HTMLElement;
    expect(within(summary).getByRole('link', { name: words.wrongPassphraseOrChanged })).toBeInTheDocument();
    expect(await storedCount(storage)).toBe(1);
    expect(onImported).not.toHaveBeenCalled();

    await user.clear(field);
    await user.type(field, passphrase);
    await user.click(screen.getByRole('button', { name: words.importSubmit }));
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    const newId = onImported.mock.calls[0]?.[0] ?? '';
    expect(newId).not.toBe(record.id);
    const loaded = await storage.incidents.load(newId);
    expect(loaded.ok && loaded.record.answers).toEqual(record.answers);
    const ref = loaded.ok ? loaded.record.evidence[0]?.files[0] : undefined;
    const stored = ref === undefined ? undefined : await storage.evidenceFiles.get(ref.fileId);
    expect(stored?.sha256).toBe(record.evidence[0]?.files[0]?.sha256);
  });

  it('refuses a tampered handover file in words and stores nothing', async () => {
    const { storage, record } = await storageWithOne();
    const sealed = JSON.parse(await handoverOf(storage, record)) as { ciphertext: string };
    const flipped = `${sealed.ciphertext.startsWith('A') ? 'B' : 'A'}${sealed.ciphertext.slice(1)}`;
    const { user, onImported } = renderImport(storage);
    await user.upload(screen.getByLabelText(importPanelWords.fileLabel), jsonFile(JSON.stringify({ ...sealed, ciphertext: flipped })));
    await user.type(await screen.findByLabelText(words.importPassphraseLabel), passphrase);
    await user.click(screen.getByRole('button', { name: words.importSubmit }));
    expect(await screen.findByText(words.wrongPassphraseOrChanged, { selector: 'a' })).toBeInTheDocument();
    expect(onImported).not.toHaveBeenCalled();
    expect(await storedCount(storage)).toBe(1);
    expect(await storage.evidenceFiles.listFor(record.id)).toHaveLength(1);
  });

  it('sends the problems of the backup inside to the file picker, after the right passphrase', async () => {
    const { storage } = await storageWithOne();
    const sealed = await encryptHandover('{"format":"social-media-incident-wizard"', passphrase);
    if (!sealed.ok) throw new Error(sealed.problem);
    const { user, onImported } = renderImport(storage);
    await user.upload(screen.getByLabelText(importPanelWords.fileLabel), jsonFile(sealed.text));
    await user.type(await screen.findByLabelText(words.importPassphraseLabel), passphrase);
    await user.click(screen.getByRole('button', { name: words.importSubmit }));
    const summary = (await screen.findByRole('heading', { name: importPanelWords.problemsTitle })).parentElement as HTMLElement;
    expect(within(summary).getByRole('link', { name: importWords.notJson })).toBeInTheDocument();
    expect(screen.queryByLabelText(words.importPassphraseLabel)).toBeNull();
    expect(onImported).not.toHaveBeenCalled();
    expect(await storedCount(storage)).toBe(1);
  });

  it('lets the person choose a different file instead', async () => {
    const { storage, record } = await storageWithOne();
    const { user } = renderImport(storage);
    await user.upload(screen.getByLabelText(importPanelWords.fileLabel), jsonFile(await handoverOf(storage, record)));
    await user.click(await screen.findByRole('button', { name: words.importCancel }));
    expect(screen.queryByLabelText(words.importPassphraseLabel)).toBeNull();
    expect(await storedCount(storage)).toBe(1);
  });
});
