import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evidenceContent } from '../../src/content/evidence';
import { EvidencePageWithReferences as EvidencePage } from '../../src/app/EvidencePageWithReferences';
import { EvidenceFilesContext } from '../../src/record/evidenceFilesContext';
import type { StoredFile } from '../../src/record/database';
import { memoryEvidenceFiles } from '../../src/record/evidenceFiles';
import { IncidentContext, type IncidentHandle } from '../../src/record/incidentContext';
import { memoryRepository } from '../../src/record/incidentStore';
import { incidentRecord, type IncidentRecord } from '../../src/record/schema';

const thisFile = import.meta.url;
const pngBytes = readFileSync(fileURLToPath(new URL('../fixtures/one-red-pixel.png', thisFile)));
const pngDigest = 'be650e33c78241894ea446e1f8919cceac90ebf9719dcc4fc13b941e42f77c53';
const hostile = '<img src=x onerror=alert(1)>';

const pngFile = (name = 'one-red-pixel.png') => new File([new Uint8Array(pngBytes)], name, { type: 'image/png' });

/** The open incident as features see it: a record that changes only through `update`. */
function fakeIncident(record: IncidentRecord): IncidentHandle & { updates: ('now' | 'afterTyping' | undefined)[] } {
  let current = record;
  const listeners = new Set<() => void>();
  const updates: ('now' | 'afterTyping' | undefined)[] = [];
  return {
    updates,
    current: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (change, when) => {
      current = change(current);
      updates.push(when);
      for (const listener of listeners) listener();
    },
  };
}

async function renderPage() {
  const record = await memoryRepository().create({ kind: 'training', now: new Date() });
  const handle = fakeIncident(record);
  const files = new Map<string, StoredFile>();
  const onBack = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <IncidentContext.Provider value={handle}>
      <EvidenceFilesContext.Provider value={memoryEvidenceFiles(files)}>
        <EvidencePage onBack={onBack} />
      </EvidenceFilesContext.Provider>
    </IncidentContext.Provider>,
  );
  const latest = () => {
    const current = handle.current();
    // Whatever the log writes must still be a valid record, or autosave would refuse it.
    expect(incidentRecord.safeParse(current).success).toBe(true);
    return current;
  };
  return { user, handle, files, onBack, latest, ...view };
}

type Page = Awaited<ReturnType<typeof renderPage>>;

function form(): HTMLElement {
  const heading = screen.getByRole('heading', { name: /^(Add a post|Change post \d+)$/ });
  const element = heading.closest('form');
  if (!element) throw new Error('No evidence form open');
  return element;
}

function post(n: number): HTMLElement {
  return screen.getByRole('article', { name: new RegExp(`^Post ${n}:`) });
}

async function addPostWithFile({ user }: Page, file: File = pngFile()) {
  await user.click(screen.getByRole('button', { name: 'Add a post' }));
  await user.selectOptions(within(form()).getByLabelText(/Where is it\?/), 'Google reviews');
  await user.type(within(form()).getByLabelText(/Address \(URL\) of the post/), 'https://example.com/review/42');
  await user.type(within(form()).getByLabelText(/Name of the account/), '@angry.patient');
  await user.upload(within(form()).getByLabelText('Choose files'), file);
  await within(form()).findByText(new RegExp(`${file.name.replace('.', '\\.')} \\(`));
  await user.click(within(form()).getByRole('button', { name: 'Save post' }));
  await screen.findByRole('article', { name: /^Post \d+: Google reviews$/ });
}

let objectUrls = 0;
beforeEach(() => {
  objectUrls = 0;
  // jsdom cannot make object URLs for its own Blobs.
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:test/${++objectUrls}`);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('the evidence page', () => {
  it('has its heading, the breach warning, the personal-phone rule and a Back button', async () => {
    const page = await renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Evidence and references' })).toHaveAttribute('id', 'step-heading');
    expect(screen.getByText(evidenceContent.warnings.patientInfo)).toBeInTheDocument();
    expect(screen.getByText(evidenceContent.warnings.personalPhone)).toBeInTheDocument();
    await page.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(page.onBack).toHaveBeenCalledOnce();
  });
});

describe('adding evidence', () => {
  it('adds a post with a screenshot chosen with the file input, fingerprinted and shown as text', async () => {
    const page = await renderPage();
    await addPostWithFile(page);

    const item = post(1);
    expect(within(item).getByText('https://example.com/review/42')).toBeInTheDocument();
    // The address is never a live link to the post.
    expect(within(item).queryByRole('link')).toBeNull();
    expect(within(item).getByRole('button', { name: 'Copy address (post 1)' })).toBeInTheDocument();
    expect(within(item).getByText('@angry.patient')).toBeInTheDocument();
    expect(within(item).getByText(pngDigest)).toBeInTheDocument();
    expect(within(item).getByText(evidenceContent.log.fingerprintMeaning)).toBeInTheDocument();
    expect(within(item).getByText(/ (GMT|BST) \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC\)/)).toBeInTheDocument();
    expect(within(item).getByRole('img', { name: 'Preview of one-red-pixel.png' })).toHaveAttribute('src', 'blob:test/1');

    const record = page.latest();
    expect(record.evidence).toHaveLength(1);
    const [saved] = record.evidence;
    expect(saved).toMatchObject({ platform: 'googleReviews', url: 'https://example.com/review/42', account: '@angry.patient' });
    expect(saved?.files).toEqual([
      {
        fileId: expect.any(String),
        name: 'one-red-pixel.png',
        type: 'image/png',
        size: 69,
        sha256: pngDigest,
        addedAt: expect.any(String),
      },
    ]);
    expect(page.files.get(saved?.files[0]?.fileId ?? '')?.sha256).toBe(pngDigest);
    expect(record.timeline.at(-1)).toMatchObject({ kind: 'evidence', ref: saved?.id });
    expect(page.handle.updates).toEqual(['now']);
    // Focus goes to the post just saved.
    expect(within(item).getByRole('heading', { level: 3 })).toHaveFocus();
  });

  it('revokes thumbnail URLs when the page goes', async () => {
    const page = await renderPage();
    await addPostWithFile(page);
    page.unmount();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });

  it('adds a screenshot pasted from the clipboard, named for when it was pasted', async () => {
    const page = await renderPage();
    await page.user.click(screen.getByRole('button', { name: 'Add a post' }));
    const zone = within(form()).getByRole('group', { name: 'Paste or drop a screenshot here' });
    expect(zone).toHaveAccessibleDescription(/Press Win\+Shift\+S to take a screenshot, then Ctrl\+V here\./);
    fireEvent.paste(zone, { clipboardData: { files: [pngFile('image.png')], items: [], types: ['Files'] } });
    await within(form()).findByText(/^pasted-screenshot-\d{4}-\d{2}-\d{2}-\d{6}\.png \(69 bytes\)/);
    await page.user.click(within(form()).getByRole('button', { name: 'Save post' }));

    await screen.findByRole('article', { name: 'Post 1: site not given' });
    const files = page.latest().evidence[0]?.files ?? [];
    expect(files).toHaveLength(1);
    expect(files[0]?.name).toMatch(/^pasted-screenshot-/);
    expect(files[0]?.sha256).toBe(pngDigest);
  });

  it('takes pasted files offered only as clipboard items', async () => {
    const page = await renderPage();
    await page.user.click(screen.getByRole('button', { name: 'Add a post' }));
    const file = pngFile('image.png');
    fireEvent.paste(within(form()).getByRole('group', { name: 'Paste or drop a screenshot here' }), {
      clipboardData: {
        files: [],
        items: [
          { kind: 'string', getAsFile: () => null },
          { kind: 'file', getAsFile: () => file },
        ],
      },
    });
    await within(form()).findByText(/^pasted-screenshot-.*\.png \(69 bytes\)/);
  });

  it('adds a file dropped on the drop zone', async () => {
    const page = await renderPage();
    await page.user.click(screen.getByRole('button', { name: 'Add a post' }));
    fireEvent.drop(within(form()).getByRole('group', { name: 'Paste or drop a screenshot here' }), {
      dataTransfer: { files: [pngFile('dropped.png')], types: ['Files'] },
    });
    await within(form()).findByText(/^dropped\.png \(69 bytes\)/);
  });

  it('keeps hostile text as text', async () => {
    const page = await renderPage();
    await page.user.click(screen.getByRole('button', { name: 'Add a post' }));
    await page.user.type(within(form()).getByLabelText(/Text of the post/), hostile);
    await page.user.type(within(form()).getByLabelText(/Name of the account/), hostile);
    await page.user.click(within(form()).getByRole('button', { name: 'Save post' }));

    const item = await screen.findByRole('article', { name: 'Post 1: site not given' });
    expect(within(item).getAllByText(hostile)).toHaveLength(2);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(page.latest().evidence[0]).toMatchObject({ text: hostile, account: hostile });
  });

  it('will not save an empty post', async () => {
    const page = await renderPage();
    await page.user.click(screen.getByRole('button', { name: 'Add a post' }));
    await page.user.click(within(form()).getByRole('button', { name: 'Save post' }));
    expect(within(form()).getByText(evidenceContent.form.nothingToSave)).toBeInTheDocument();
    expect(page.latest().evidence).toEqual([]);
  });
});

describe('bad files', () => {
  async function openForm() {
    const page = await renderPage();
    await page.user.click(screen.getByRole('button', { name: 'Add a post' }));
    return page;
  }

  async function expectNothingAdded(page: Page, message: string) {
    expect(await within(form()).findByText(message)).toBeInTheDocument();
    expect(within(form()).getByText(evidenceContent.form.nothingAdded)).toBeInTheDocument();
    expect(within(form()).queryByText('Files with this post')).toBeNull();
    expect(page.files.size).toBe(0);
    expect(page.latest().evidence).toEqual([]);
  }

  it('refuses a file over 20 MB without reading it', async () => {
    const page = await openForm();
    const huge = pngFile('huge.png');
    Object.defineProperty(huge, 'size', { value: 21 * 1024 * 1024 });
    await page.user.upload(within(form()).getByLabelText('Choose files'), huge);
    await expectNothingAdded(page, evidenceContent.fileProblems.tooBig('huge.png'));
  });

  it('refuses a file of the wrong type', async () => {
    const page = await openForm();
    fireEvent.drop(within(form()).getByRole('group', { name: 'Paste or drop a screenshot here' }), {
      dataTransfer: { files: [new File(['hello'], 'notes.txt', { type: 'text/plain' })], types: ['Files'] },
    });
    await expectNothingAdded(page, evidenceContent.fileProblems.wrongType('notes.txt'));
  });

  it('refuses a file that cannot be read', async () => {
    const page = await openForm();
    const gone = pngFile('gone.png');
    Object.defineProperty(gone, 'arrayBuffer', { value: () => Promise.reject(new DOMException('Gone', 'NotReadableError')) });
    await page.user.upload(within(form()).getByLabelText('Choose files'), gone);
    await expectNothingAdded(page, evidenceContent.fileProblems.unreadable('gone.png'));
  });

  it('adds none of a batch when one file in it is bad, and can still save the post without them', async () => {
    const page = await openForm();
    const fake = new File(['not a picture'], 'fake.png', { type: 'image/png' });
    await page.user.upload(within(form()).getByLabelText('Choose files'), [pngFile('good.png'), fake]);
    await expectNothingAdded(page, evidenceContent.fileProblems.notRecognised('fake.png'));
    expect(within(form()).queryByText(/good\.png/)).toBeNull();

    await page.user.upload(within(form()).getByLabelText('Choose files'), pngFile('good.png'));
    await within(form()).findByText(/^good\.png \(69 bytes\)/);
    expect(within(form()).queryByText(evidenceContent.form.nothingAdded)).toBeNull();
  });
});

describe('changing and removing evidence', () => {
  it("edits a post's notes", async () => {
    const page = await renderPage();
    await addPostWithFile(page);
    await page.user.click(within(post(1)).getByRole('button', { name: 'Change (post 1)' }));
    expect(within(form()).getByLabelText(/Address \(URL\) of the post/)).toHaveValue('https://example.com/review/42');
    await page.user.type(within(form()).getByLabelText(/^Notes/), 'Found by reception at 09:10');
    await page.user.click(within(form()).getByRole('button', { name: 'Save post' }));

    await waitFor(() => expect(within(post(1)).getByText('Found by reception at 09:10')).toBeInTheDocument());
    const [item] = page.latest().evidence;
    expect(item?.notes).toBe('Found by reception at 09:10');
    expect(item?.files).toHaveLength(1);
    expect(page.latest().timeline.at(-1)).toMatchObject({ kind: 'evidence', summary: evidenceContent.timeline.changed(1) });
  });

  it('takes a file off a post when it is changed, deleting the stored bytes', async () => {
    const page = await renderPage();
    await addPostWithFile(page);
    await page.user.click(within(post(1)).getByRole('button', { name: 'Change (post 1)' }));
    await page.user.click(within(form()).getByRole('button', { name: 'Remove one-red-pixel.png' }));
    await page.user.click(within(form()).getByRole('button', { name: 'Save post' }));
    await waitFor(() => expect(within(post(1)).getByText(evidenceContent.log.noFiles)).toBeInTheDocument());
    expect(page.latest().evidence[0]?.files).toEqual([]);
    await waitFor(() => expect(page.files.size).toBe(0));
  });

  it('removes a post only after confirming, and can be cancelled', async () => {
    const page = await renderPage();
    await addPostWithFile(page);
    expect(page.files.size).toBe(1);

    const removeButton = within(post(1)).getByRole('button', { name: 'Remove (post 1)' });
    await page.user.click(removeButton);
    const confirm = within(post(1)).getByRole('group', { name: evidenceContent.log.confirmRemove(1, 1) });
    await page.user.click(within(confirm).getByRole('button', { name: 'No, keep it' }));
    expect(within(post(1)).queryByRole('group', { name: evidenceContent.log.confirmRemove(1, 1) })).toBeNull();
    expect(removeButton).toHaveFocus();
    expect(page.latest().evidence).toHaveLength(1);

    await page.user.click(removeButton);
    await page.user.click(within(post(1)).getByRole('button', { name: 'Yes, remove it' }));
    expect(screen.queryByRole('article', { name: /^Post 1:/ })).toBeNull();
    expect(page.latest().evidence).toEqual([]);
    expect(page.latest().timeline.at(-1)).toMatchObject({ kind: 'evidence', summary: evidenceContent.timeline.removed(1) });
    await waitFor(() => expect(page.files.size).toBe(0));
    expect(screen.getByRole('heading', { level: 2, name: evidenceContent.log.heading })).toHaveFocus();
  });

  it('marks a post as since deleted from the site, with the time, and can undo it', async () => {
    const page = await renderPage();
    await addPostWithFile(page);
    await page.user.click(within(post(1)).getByRole('button', { name: 'Mark as since deleted (post 1)' }));
    expect(within(post(1)).getByText(/^Noticed it had gone: \d{1,2} \w+ \d{4}, \d{2}:\d{2} (GMT|BST)$/)).toBeInTheDocument();
    expect(page.latest().evidence[0]?.deletedFromSiteAt).toEqual(expect.any(String));

    await page.user.click(within(post(1)).getByRole('button', { name: 'It is back after all (post 1)' }));
    expect(page.latest().evidence[0]?.deletedFromSiteAt).toBeUndefined();
  });

  it('copies the address to the clipboard', async () => {
    const page = await renderPage();
    await addPostWithFile(page);
    await page.user.click(within(post(1)).getByRole('button', { name: 'Copy address (post 1)' }));
    expect(await screen.findByText(evidenceContent.log.copied)).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe('https://example.com/review/42');
  });

  it('shows posts added elsewhere (another part of the app) as they arrive', async () => {
    const page = await renderPage();
    act(() =>
      page.handle.update((r) => ({
        ...r,
        evidence: [...r.evidence, { id: 'e1', capturedAt: '2026-11-25T09:30:00.000Z', files: [], platform: 'x' }],
      })),
    );
    expect(post(1)).toHaveAccessibleName('Post 1: X (formerly Twitter)');
    expect(within(post(1)).getByText('25 November 2026, 09:30 GMT (2026-11-25 09:30:00 UTC)')).toBeInTheDocument();
  });
});
