/**
 * "Keep a record" at the end of the plan: copying (and the Ctrl+C fallback), redaction for
 * sharing, downloads as blob: files of the right type, the backup with its files, and printing
 * the note on its own. Typed text, however hostile, reaches the printed page as text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { noteWords } from '../../src/content/note';
import { exportPanelWords, printWords } from '../../src/content/noteUi';
import { EvidenceFilesContext } from '../../src/record/evidenceFilesContext';
import { ExportPanel } from '../../src/features/note/ExportPanel';
import { NotePrintView } from '../../src/features/note/NotePrintView';
import { buildNote } from '../../src/note/buildNote';
import { memoryEvidenceFiles, type EvidenceFileStore } from '../../src/record/evidenceFiles';
import { IncidentContext } from '../../src/record/incidentContext';
import { memoryRepository } from '../../src/record/incidentStore';
import type { IncidentRecord } from '../../src/record/schema';
import { mildReview, startWizard, walkToPlan } from '../support/walk';
import { fakeIncident } from '../support/fakeIncident';
import { blobText } from '../support/planWithScreenshot';
import { captureDownloads } from '../support/captureDownloads';

const words = exportPanelWords;
const now = new Date('2026-11-25T16:00:00.000Z');
const colleague = 'Sarah Colleague';
// Through a variable: Vite rewrites `new URL(path, import.meta.url)` as an asset URL.
const thisFile = import.meta.url;
const pngBytes = readFileSync(fileURLToPath(new URL('../fixtures/one-red-pixel.png', thisFile)));

/** A record as the app would have it on the plan: answered screen by screen, with an owner typed in. */
async function planRecord(kind: IncidentRecord['kind'] = 'live'): Promise<IncidentRecord> {
  const created = await memoryRepository().create({ kind, now });
  const wizard = startWizard();
  walkToPlan(mildReview, wizard);
  const { answers, visited } = wizard.getSnapshot().context;
  wizard.stop();
  return {
    ...created,
    answers: answers as Record<string, string | string[]>,
    visited: [...visited],
    currentStep: 'plan',
    actions: { replyBriefly: { status: 'todo', owner: colleague, due: '2026-11-26', updatedAt: now.toISOString() } },
  };
}

/** The record with one screenshot, really stored in `store`. */
async function withScreenshot(record: IncidentRecord, store: EvidenceFileStore): Promise<IncidentRecord> {
  const put = await store.put(record.id, { name: 'shot.png', type: 'image/png', bytes: new Uint8Array(pngBytes).buffer });
  return {
    ...record,
    evidence: [
      {
        id: 'ev-1',
        platform: 'googleReviews',
        account: 'K. Jones',
        capturedAt: now.toISOString(),
        files: [{ fileId: put.fileId, name: 'shot.png', type: put.type, size: put.size, sha256: put.sha256, addedAt: now.toISOString() }],
      },
    ],
  };
}

async function renderPanel(record?: IncidentRecord, store: EvidenceFileStore = memoryEvidenceFiles()) {
  const incident = record ?? (await planRecord());
  const user = userEvent.setup();
  const view = render(
    <IncidentContext.Provider value={fakeIncident(incident)}>
      <EvidenceFilesContext.Provider value={store}>
        <ExportPanel />
      </EvidenceFilesContext.Provider>
    </IncidentContext.Provider>,
  );
  return { user, record: incident, ...view };
}

/** userEvent.setup() installs its own clipboard; this replaces it with one the test controls. */
function mockClipboard(writeText: (text: string) => Promise<void>) {
  const mock = vi.fn(writeText);
  Object.defineProperty(window.navigator, 'clipboard', { value: { writeText: mock }, configurable: true });
  return mock;
}

describe('ExportPanel', () => {
  it('shows where the note belongs beside the buttons, and the audience as a fieldset', async () => {
    await renderPanel();
    expect(screen.getByRole('heading', { level: 2, name: words.heading })).toBeInTheDocument();
    expect(screen.getByText(noteWords.whereItBelongs)).toBeInTheDocument();
    const group = screen.getByRole('group', { name: words.audience.legend });
    expect(within(group).getByRole('radio', { name: words.audience.options.log })).toBeChecked();
    expect(within(group).getByRole('radio', { name: words.audience.options.sharing })).not.toBeChecked();
    expect(screen.getByText(words.downloadsBlocked)).toBeInTheDocument();
  });

  it('copies the note as Markdown and says so', async () => {
    const { user, record } = await renderPanel();
    const writeText = mockClipboard(() => Promise.resolve());
    await user.click(screen.getByRole('button', { name: words.copyMarkdown }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const text = writeText.mock.calls[0]?.[0] ?? '';
    expect(text).toContain(record.reference);
    expect(text).toContain(`## ${noteWords.sections.summary}`);
    expect(text).toContain(colleague);
    expect(screen.getByRole('status')).toHaveTextContent(words.copied.markdown);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows the text selected in a labelled box when copying is refused', async () => {
    const { user, record } = await renderPanel();
    mockClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    await user.click(screen.getByRole('button', { name: words.copyPlainText }));
    const box = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: words.fallbackLabel.plainText });
    expect(box).toHaveAttribute('readonly');
    expect(box.value).toContain(record.reference);
    expect(box.value).toContain(noteWords.sections.summary);
    expect(box).toHaveFocus();
    expect(box.selectionStart).toBe(0);
    expect(box.selectionEnd).toBe(box.value.length);
    expect(box).toHaveAccessibleDescription(words.fallbackHint);
    expect(screen.getByRole('status')).toHaveTextContent(/Ctrl\+C/);
  });

  it('falls back to the box when the browser has no clipboard at all', async () => {
    const { user } = await renderPanel();
    Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: words.copyMarkdown }));
    expect(await screen.findByRole('textbox', { name: words.fallbackLabel.markdown })).toBeInTheDocument();
  });

  it('hides a colleague’s name when the copy is for sharing, and drops a fallback made for the log', async () => {
    const { user } = await renderPanel();
    const writeText = mockClipboard(() => Promise.reject(new Error('refused')));
    await user.click(screen.getByRole('button', { name: words.copyPlainText }));
    expect(screen.getByRole<HTMLTextAreaElement>('textbox').value).toContain(colleague);

    await user.click(screen.getByRole('radio', { name: words.audience.options.sharing }));
    // The unredacted text shown for the log must not stay on screen once sharing is chosen.
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    writeText.mockImplementation(() => Promise.resolve());
    await user.click(screen.getByRole('button', { name: words.copyPlainText }));
    const shared = writeText.mock.calls.at(-1)?.[0] ?? '';
    expect(shared).not.toContain(colleague);
    expect(shared).toContain(noteWords.removed);
    expect(shared).toContain(noteWords.redactedNotice);
  });

  describe('downloads', () => {
    const downloads = captureDownloads('blob:test/1');

    const textOf = blobText;

    function lastBlob(): Blob {
      const blob = downloads.createObjectURL.mock.calls.at(-1)?.[0];
      if (!(blob instanceof Blob)) throw new Error('No blob was made');
      return blob;
    }

    it('downloads Markdown and plain text as blob: files named after the reference', async () => {
      const { user, record } = await renderPanel();
      await user.click(screen.getByRole('button', { name: words.downloadMarkdown }));
      expect(lastBlob().type).toBe('text/markdown;charset=utf-8');
      expect(await textOf(lastBlob())).toContain(`# ${noteWords.title}: ${record.reference}`);
      expect(downloads.names.at(-1)).toMatch(new RegExp(`^${record.reference}-\\d{4}-\\d{2}-\\d{2}\\.md$`));

      await user.click(screen.getByRole('button', { name: words.downloadPlainText }));
      expect(lastBlob().type).toBe('text/plain;charset=utf-8');
      expect(await textOf(lastBlob())).toContain(record.reference);
      expect(downloads.names.at(-1)).toMatch(/\.txt$/);
      expect(screen.getByRole('status')).toHaveTextContent(downloads.names.at(-1) ?? '');
    });

    it('marks the file name of a copy made for sharing', async () => {
      const { user } = await renderPanel();
      await user.click(screen.getByRole('radio', { name: words.audience.options.sharing }));
      await user.click(screen.getByRole('button', { name: words.downloadPlainText }));
      expect(downloads.names.at(-1)).toMatch(/-for-sharing\.txt$/);
      expect(await textOf(lastBlob())).not.toContain(colleague);
    });

    it('downloads a backup with everything in it, even when sharing is chosen', async () => {
      const store = memoryEvidenceFiles();
      const record = await withScreenshot(await planRecord(), store);
      const { user } = await renderPanel(record, store);
      await user.click(screen.getByRole('radio', { name: words.audience.options.sharing }));
      await user.click(screen.getByRole('button', { name: words.backup }));
      await waitFor(() => expect(downloads.createObjectURL).toHaveBeenCalled());
      expect(lastBlob().type).toBe('application/json');
      const backup = JSON.parse(await textOf(lastBlob())) as { record: IncidentRecord; files: { sha256: string }[] };
      expect(backup.record.actions['replyBriefly']?.owner).toBe(colleague);
      expect(backup.files.map((file) => file.sha256)).toEqual([record.evidence[0]?.files[0]?.sha256]);
      expect(downloads.names.at(-1)).toMatch(new RegExp(`^${record.reference}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    });
  });

  describe('a backup too large to bring back in', () => {
    it('is refused in words and never downloaded', async () => {
      const inner = memoryEvidenceFiles();
      const record = await withScreenshot(await planRecord(), inner);
      // Files as large as the app could never read back in one backup (300 MB of screenshots).
      const store: EvidenceFileStore = {
        ...inner,
        listFor: async (id) => (await inner.listFor(id)).map((file) => ({ ...file, size: 300 * 1024 * 1024 })),
      };
      const createObjectURL = vi.fn(() => 'blob:test/backup');
      URL.createObjectURL = createObjectURL as unknown as typeof URL.createObjectURL;
      URL.revokeObjectURL = vi.fn();
      const { user } = await renderPanel(record, store);
      await user.click(screen.getByRole('button', { name: words.backup }));
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^The backup was not made: .* up to 256 MB\./));
      expect(createObjectURL).not.toHaveBeenCalled();
    });
  });

  describe('printing', () => {
    let print: MockInstance<() => void>;

    beforeEach(() => {
      print = vi.spyOn(window, 'print').mockImplementation(() => {});
      URL.createObjectURL = vi.fn(() => 'blob:test/screenshot') as unknown as typeof URL.createObjectURL;
      URL.revokeObjectURL = vi.fn();
    });

    afterEach(() => {
      print.mockRestore();
    });

    function printView(): HTMLElement {
      const view = document.querySelector<HTMLElement>('body > .note-print');
      if (view === null) throw new Error('The print view is not a child of <body>');
      return view;
    }

    it('prints the note on its own, marked TRAINING for a training incident, and tidies up afterwards', async () => {
      const { user, record } = await renderPanel(await planRecord('training'));
      await user.click(screen.getByRole('button', { name: words.print }));
      await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
      expect(document.body).toHaveClass('printing-note');
      const view = printView();
      expect(within(view).getByText(printWords.trainingMarker)).toBeInTheDocument();
      expect(within(view).getByRole('heading', { level: 1 })).toHaveTextContent(
        `${noteWords.trainingMark} – ${noteWords.title}: ${record.reference}`,
      );
      expect(view.querySelector('.note-print__footer')).toHaveTextContent(record.reference);
      // The significant event review has somewhere to write.
      expect(view.querySelectorAll('.note-print__answer-box').length).toBe(noteWords.review.questions.length);

      act(() => {
        window.dispatchEvent(new Event('afterprint'));
      });
      expect(document.querySelector('.note-print')).toBeNull();
      expect(document.body).not.toHaveClass('printing-note');
    });

    it('has no TRAINING marker for a live incident', async () => {
      const { user } = await renderPanel();
      await user.click(screen.getByRole('button', { name: words.print }));
      await waitFor(() => expect(print).toHaveBeenCalled());
      expect(within(printView()).queryByText(printWords.trainingMarker)).toBeNull();
      act(() => {
        window.dispatchEvent(new Event('afterprint'));
      });
    });

    it('waits for the screenshots to load before printing, and leaves them out when sharing', async () => {
      const store = memoryEvidenceFiles();
      const record = await withScreenshot(await planRecord(), store);
      const { user } = await renderPanel(record, store);
      await user.click(screen.getByRole('button', { name: words.print }));
      const image = await within(printView()).findByRole('img', { name: printWords.screenshot(1, 1) });
      expect(image).toHaveAttribute('src', 'blob:test/screenshot');
      expect(print).not.toHaveBeenCalled();
      fireEvent.load(image);
      await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
      act(() => {
        window.dispatchEvent(new Event('afterprint'));
      });
      expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/screenshot');

      await user.click(screen.getByRole('radio', { name: words.audience.options.sharing }));
      await user.click(screen.getByRole('button', { name: words.print }));
      await waitFor(() => expect(print).toHaveBeenCalledTimes(2));
      expect(printView().querySelector('img')).toBeNull();
      expect(printView()).not.toHaveTextContent('K. Jones');
      act(() => {
        window.dispatchEvent(new Event('afterprint'));
      });
    });
  });
});

describe('NotePrintView with hostile text', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '![y](https://example.com/t.png)',
    '<img src=x onerror=alert(1)>',
    '&lt;b&gt;entity&lt;/b&gt;',
    'right\u202Eto-left override',
  ];

  it('renders typed text as literal text: no script, link or image is created', async () => {
    const store = memoryEvidenceFiles();
    const base = await planRecord();
    const record: IncidentRecord = {
      ...base,
      answers: { ...base.answers, description: hostile.join('\n') },
      evidence: [{ id: 'ev-1', capturedAt: now.toISOString(), notes: hostile.join(' '), files: [] }],
    };
    const { container } = render(
      <EvidenceFilesContext.Provider value={store}>
        <NotePrintView note={buildNote(record, { redact: false, now })} />
      </EvidenceFilesContext.Provider>,
    );
    for (const tag of ['script', 'a', 'img', 'b', 'iframe']) expect(container.querySelectorAll(tag)).toHaveLength(0);
    const text = container.textContent ?? '';
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('[x](javascript:alert(1))');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('&lt;b&gt;entity&lt;/b&gt;');
    // The override is stripped; the words around it stay.
    expect(text).not.toContain('\u202E');
    expect(text).toContain('rightto-left override');
  });
});
