/**
 * Issue 17 on the "Be prepared" page: the policy's versions are listed and an earlier one can be
 * opened to print; the settings and every version of the policy go out in one file and come back
 * in, with what would change shown and asked about first, and a bad file refused in words.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PageFocusRoot } from '../../src/components/pageFocus';
import { policyHistoryWords } from '../../src/content/policyHistoryWords';
import { policyUi } from '../../src/content/policyUi';
import { practiceTransferWords as words } from '../../src/content/practiceTransferWords';
import { PreparePage } from '../../src/features/prepare/PreparePage';
import { practiceFileText } from '../../src/record/practiceFile';
import { newPolicy, type SavedPolicy } from '../../src/record/policySchema';
import { memoryPolicyStore } from '../../src/record/policyStore';
import { adopted, withAnswers } from '../../src/record/policyVersions';
import { defaultSettings, type PracticeSettings } from '../../src/record/settingsSchema';
import { memorySettingsStore } from '../../src/record/settingsStore';
import { captureDownloads } from '../support/captureDownloads';
import { blobText } from '../support/planWithScreenshot';
import { completeAnswers } from '../support/policyAnswers';

const practice: PracticeSettings = { ...defaultSettings, practiceName: 'Riverside Surgery', staffNames: ['Amira Patel'] };
const v1 = adopted({ ...newPolicy(), answers: { ...completeAnswers } as SavedPolicy['answers'] }, '2026-01-10');
const v2 = adopted(withAnswers(v1, { ...completeAnswers, incidentLead: 'onCall' }), '2026-06-01');
const v3draft = withAnswers(v2, { ...completeAnswers, incidentLead: 'socialMediaLead' });

async function renderPage(policy: SavedPolicy | undefined, settings: PracticeSettings = practice) {
  const user = userEvent.setup();
  const policyStore = memoryPolicyStore(policy);
  const settingsStore = memorySettingsStore(settings);
  render(
    <PageFocusRoot>
      <PreparePage settingsStore={settingsStore} policyStore={policyStore} onBack={vi.fn()} />
    </PageFocusRoot>,
  );
  await screen.findByRole('heading', { level: 1, name: policyUi.title });
  return { user, policyStore, settingsStore };
}

describe('the versions of the policy', () => {
  it('lists the draft, the version in force and the one it replaced, and opens an earlier one to print', async () => {
    const { user } = await renderPage(v3draft);
    const versions = within(screen.getByRole('region', { name: policyHistoryWords.heading }));
    const items = versions.getAllByRole('listitem').map((item) => item.textContent);
    expect(items[0]).toMatch(/^Version 3: Draft: not adopted yet\.$/);
    expect(items[1]).toMatch(/^Version 2: Adopted on 1 June 2026, in force\. Review by 1 June 2027\./);
    expect(items[2]).toMatch(/^Version 1: Adopted on 10 January 2026\. Replaced by version 2 on 1 June 2026\./);

    await user.click(versions.getByRole('button', { name: policyHistoryWords.view(1) }));
    await screen.findByRole('heading', { level: 1, name: policyHistoryWords.pageTitle(1) });
    expect(screen.getByText(policyHistoryWords.replacedNotice(1, '1 June 2026', 2))).toBeInTheDocument();
    // Version 1's own words: the practice manager led then.
    expect(screen.getByRole('article')).toHaveTextContent('The practice manager leads the practice’s response');
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: policyHistoryWords.print(1) }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
    await user.click(screen.getByRole('button', { name: policyHistoryWords.back }));
    await screen.findByRole('heading', { level: 1, name: policyUi.title });
  });
});

describe('moving the settings and policy to another computer', () => {
  const downloads = captureDownloads();

  const fileOf = (text: string) => new File([text], 'practice.json', { type: 'application/json' });
  const input = () => screen.getByLabelText(words.importLabel);

  it('downloads the settings and every version of the policy in one file', async () => {
    const { user } = await renderPage(v3draft);
    await user.click(screen.getByRole('button', { name: words.exportButton }));
    await waitFor(() => expect(downloads.names).toEqual([expect.stringMatching(/^practice-settings-and-policy-\d{4}-\d{2}-\d{2}\.json$/)]));
    const blob = downloads.createObjectURL.mock.calls[0]?.[0] as Blob;
    const file = JSON.parse(await blobText(blob)) as { settings: PracticeSettings; policy: SavedPolicy };
    expect(file.settings.practiceName).toBe('Riverside Surgery');
    expect(file.policy.version).toBe(3);
    expect(file.policy.earlier?.map((entry) => entry.version)).toEqual([1, 2]);
  });

  it('says so when the settings cannot be read for the download, instead of failing unseen', async () => {
    const { user, settingsStore } = await renderPage(v3draft);
    vi.spyOn(settingsStore, 'load').mockRejectedValueOnce(new Error('storage blocked'));
    await user.click(screen.getByRole('button', { name: words.exportButton }));
    expect(await screen.findByRole('alert')).toHaveTextContent(words.problems.unreadable);
    expect(downloads.names).toEqual([]);
  });

  it('refuses a file that is not one, in words, and saves nothing', async () => {
    const { user, settingsStore } = await renderPage(v2);
    await user.upload(input(), fileOf('{"format": "something else"}'));
    expect(await screen.findByRole('alert')).toHaveTextContent(words.problems.notOurs);
    expect((await settingsStore.load()).settings.revision).toBeUndefined();
  });

  it('says what would change and keeps the newer policy on this computer unless told otherwise', async () => {
    const { user, policyStore, settingsStore } = await renderPage(v2);
    const other = { ...practice, practiceName: 'Riverside Medical Practice', staffNames: ['Tom Price'] };
    await user.upload(input(), fileOf(practiceFileText(other, v1, new Date())));
    const changes = within(await screen.findByRole('region', { name: words.changesHeading }));
    expect(changes.getByText('Practice name: “Riverside Surgery” becomes “Riverside Medical Practice”')).toBeInTheDocument();
    expect(changes.getByText('Staff names: add Tom Price')).toBeInTheDocument();
    expect(changes.getByText(words.policy.hereNewer)).toBeInTheDocument();
    expect(changes.getByLabelText(words.policy.keep)).toBeChecked();

    await user.click(changes.getByRole('button', { name: words.confirm }));
    await screen.findByText(words.done);
    const saved = await settingsStore.load();
    expect(saved.settings.practiceName).toBe('Riverside Medical Practice');
    expect(saved.settings.staffNames).toEqual(['Amira Patel', 'Tom Price']);
    expect((await policyStore.load()).policy?.version).toBe(2);
  });

  it('replaces the policy only when asked to, with all the file’s versions', async () => {
    const { user, policyStore } = await renderPage(v1);
    await user.upload(input(), fileOf(practiceFileText(practice, v3draft, new Date())));
    const changes = within(await screen.findByRole('region', { name: words.changesHeading }));
    expect(changes.getByText(words.policy.fileNewer)).toBeInTheDocument();
    await user.click(changes.getByLabelText(words.policy.useFile));
    await user.click(changes.getByRole('button', { name: words.confirm }));
    await screen.findByText(words.done);
    const policy = (await policyStore.load()).policy;
    expect(policy?.version).toBe(3);
    expect(policy?.earlier?.map((entry) => entry.version)).toEqual([1, 2]);
    // The page now lists the versions brought in.
    await waitFor(() => expect(screen.getByRole('region', { name: policyHistoryWords.heading })).toHaveTextContent('Version 3'));
  });

  it('says so when the file holds nothing new', async () => {
    const { user } = await renderPage(v2);
    await user.upload(input(), fileOf(practiceFileText(practice, v2, new Date())));
    expect(await screen.findByText(words.nothingToChange)).toBeInTheDocument();
  });
});
