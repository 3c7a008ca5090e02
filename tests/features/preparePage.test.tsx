import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageFocusRoot } from '../../src/components/pageFocus';
import { policyUi } from '../../src/content/policyUi';
import { PreparePage } from '../../src/features/prepare/PreparePage';
import { newPolicy } from '../../src/record/policySchema';
import { memoryPolicyStore, type PolicyStore } from '../../src/record/policyStore';
import { defaultSettings } from '../../src/record/settingsSchema';
import { memorySettingsStore } from '../../src/record/settingsStore';
import { blobText } from '../support/planWithScreenshot';

const practice = {
  ...defaultSettings,
  practiceName: 'Riverside Surgery',
  contacts: { practiceManager: { name: 'Jo Bloggs', phone: '01632 960001' } },
  staffNames: ['Amira Patel'],
};

async function renderPage(policyStore: PolicyStore = memoryPolicyStore()) {
  const user = userEvent.setup();
  const onBack = vi.fn();
  render(
    <PageFocusRoot>
      <PreparePage settingsStore={memorySettingsStore(practice)} policyStore={policyStore} onBack={onBack} />
    </PageFocusRoot>,
  );
  await screen.findByRole('heading', { level: 1, name: policyUi.title });
  return { user, onBack, policyStore };
}

const heading = () => screen.getByRole('heading', { level: 1 });
const group = (name: string) => within(screen.getByRole('group', { name }));
/** The screen has moved on (each Continue saves first) and its heading has taken focus. */
async function onScreen(title: string) {
  await waitFor(() => {
    expect(heading()).toHaveTextContent(title);
    expect(heading()).toHaveFocus();
  });
}
const continueButton = () => screen.getByRole('button', { name: 'Continue' });

/** Answers one screen by its questions' legends and the options' labels, then Continue. */
async function answerScreen(user: UserEvent, title: string, choices: readonly [legend: string, label: string][]) {
  await onScreen(title);
  for (const [legend, label] of choices) {
    const option = group(legend).getByLabelText(label);
    await user.click(option);
  }
  await user.click(continueButton());
}

async function writeWholePolicy(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: policyUi.start }));
  expect(screen.getByText('Topic 1 of 7')).toBeInTheDocument();
  await answerScreen(user, "Staff's own social media", [
    ['Which rules should staff follow on their own accounts?', 'Never post anything about patients, even without a name'],
    ['Which rules should staff follow on their own accounts?', 'Do not reply to posts about the practice or a colleague'],
  ]);
  await answerScreen(user, "The practice's own pages and accounts", [
    ['Does the practice run its own social media pages or accounts?', 'Yes'],
    ['Which rules apply to the practice’s own pages?', 'A second person reads a post before it goes out'],
  ]);
  await answerScreen(user, 'Keeping an eye on what is said online', [
    ['Who keeps an eye on what is said about the practice online?', 'The practice manager'],
    ['How do they check?', 'Alerts for the practice’s name'],
  ]);
  await answerScreen(user, 'When something is posted: who leads and who to tell', [
    ['Who leads when something is posted about the practice or a colleague?', 'The practice manager'],
    ['Who else does the lead tell, and when?', 'The data protection officer, if patient information may be involved'],
  ]);
  await onScreen('Replies agreed in advance');
  await user.click(group('Which replies should the practice agree in advance?').getByLabelText('Thanking them and inviting contact'));
  await user.type(screen.getByRole('textbox', { name: 'A reply of your own (optional)' }), 'You are not one of our patients.');
  expect(screen.getByRole('status')).toHaveTextContent(policyUi.replyChecks.flagged);
  await user.click(continueButton());
  await answerScreen(user, 'Keeping a record', [
    ['What does the practice record, and where?', 'Save a copy of the post before reporting or blocking'],
    ['How long are incident records kept?', 'As the data protection officer advises'],
  ]);
  await answerScreen(user, 'Training and review', [
    ['How do staff learn this policy?', 'New staff read it when they start'],
    ['How often will the practice review this policy?', 'Every year'],
  ]);
  await onScreen(policyUi.preview.title);
}

const textOf = blobText;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Be prepared: the policy builder', () => {
  it('walks every topic by its labels, one screen each, and shows the policy with its sources', async () => {
    const { user, policyStore } = await renderPage();
    await writeWholePolicy(user);

    const policy = screen.getByRole('article', { name: 'Social media policy: Riverside Surgery' });
    expect(
      within(policy).getByText('Version 1 · Draft: not yet adopted · Review date: set when adopted', { selector: 'p.policy__standing' }),
    ).toBeInTheDocument();
    const clause = within(policy)
      .getByText(/^Never post anything about a patient, past or present/)
      .closest('li');
    expect(clause).toHaveTextContent('Based on: General Medical Council');
    const lead = within(policy)
      .getByText(/^The practice manager leads the practice’s response/)
      .closest('li');
    expect(lead).toHaveTextContent('Practice manager: Jo Bloggs, 01632 960001');
    expect(lead).toHaveTextContent('Based on: Local Medical Committee; Londonwide LMCs');
    expect(within(policy).getByRole('heading', { name: 'Where this policy comes from' })).toBeInTheDocument();
    // The practice's own reply is kept, with what the checks found.
    expect(within(policy).getByText('You are not one of our patients.')).toBeInTheDocument();
    expect(within(policy).getAllByText(policyUi.replyChecks.flagged)).toHaveLength(1);

    // Every Continue saved the answers on this computer.
    expect((await policyStore.load()).policy).toMatchObject({
      version: 1,
      status: 'draft',
      answers: { hasAccounts: 'yes', incidentLead: 'practiceManager', reviewInterval: 'everyYear' },
    });
  });

  it('will not move on until the screen is answered, and the error summary links to the question', async () => {
    const { user } = await renderPage();
    await user.click(screen.getByRole('button', { name: policyUi.start }));
    await user.click(continueButton());
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement!;
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: 'Choose at least one rule for staff on their own accounts' }));
    expect(screen.getByLabelText('Never post anything about patients, even without a name')).toHaveFocus();
    expect(heading()).toHaveTextContent("Staff's own social media");
  });

  it('Back returns to the screen before with its answers still chosen', async () => {
    const { user, onBack } = await renderPage();
    await user.click(screen.getByRole('button', { name: policyUi.start }));
    await user.click(screen.getByLabelText('Do not name or identify colleagues in posts about work'));
    await user.click(continueButton());
    await onScreen("The practice's own pages and accounts");
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await onScreen("Staff's own social media");
    expect(screen.getByLabelText('Do not name or identify colleagues in posts about work')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('marks the policy as adopted on a date and sets the review date from it', async () => {
    const { user, policyStore } = await renderPage();
    await writeWholePolicy(user);
    fireEvent.change(screen.getByLabelText(policyUi.adopt.dateLabel), { target: { value: '2026-01-15' } });
    await user.click(screen.getByRole('button', { name: policyUi.adopt.button }));
    expect(
      await screen.findByText('Version 1 · Adopted on 15 January 2026 · Review by 15 January 2027', { selector: 'p.policy__standing' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: policyUi.adopt.button })).not.toBeInTheDocument();
    expect((await policyStore.load()).policy).toMatchObject({ status: 'adopted', adoptedOn: '2026-01-15', reviewBy: '2027-01-15' });
  });

  it('refuses an adoption date in the future', async () => {
    const { user } = await renderPage();
    await writeWholePolicy(user);
    fireEvent.change(screen.getByLabelText(policyUi.adopt.dateLabel), { target: { value: '2999-01-01' } });
    await user.click(screen.getByRole('button', { name: policyUi.adopt.button }));
    expect(screen.getByRole('link', { name: policyUi.adopt.futureError })).toBeInTheDocument();
  });

  it('downloads the policy as Markdown, named after the practice and version', async () => {
    const { user } = await renderPage();
    await writeWholePolicy(user);
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test/1')) as unknown as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await user.click(screen.getByRole('button', { name: policyUi.preview.markdown }));
    expect(names).toEqual(['Riverside-Surgery-social-media-policy-v1.md']);
    expect(blobs[0]!.type).toBe('text/markdown;charset=utf-8');
    const text = await textOf(blobs[0]!);
    expect(text.split('\n')[0]).toBe('# Social media policy: Riverside Surgery');
    expect(text).toContain('## Handling a post about the practice or a colleague');
  });

  it('builds the Word file only when asked, and downloads it named after the practice and version', async () => {
    const { user } = await renderPage();
    await writeWholePolicy(user);
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test/2')) as unknown as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await user.click(screen.getByRole('button', { name: policyUi.preview.docx }));
    await waitFor(() => expect(names).toEqual(['Riverside-Surgery-social-media-policy-v1.docx']));
    expect(blobs[0]!.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(blobs[0]!.size).toBeGreaterThan(1000);
    expect(screen.queryByText(policyUi.preview.docxFailed)).not.toBeInTheDocument();
  });

  it('shows the one-page staff summary with who to tell', async () => {
    const { user } = await renderPage();
    await writeWholePolicy(user);
    await user.click(screen.getByRole('button', { name: policyUi.seeSummary }));
    await onScreen('If you see a post about the practice');
    expect(screen.getByText('Tell the practice manager the same day.')).toBeInTheDocument();
    expect(screen.getByText('Practice manager: Jo Bloggs, 01632 960001')).toBeInTheDocument();
    expect(screen.getByText('If it may give away anything about a patient, say so straight away.')).toBeInTheDocument();
  });

  it('changing an adopted policy makes the next version a draft, and says so', async () => {
    const agreed = {
      ...newPolicy(),
      answers: { personalRules: ['noPatients'] },
      status: 'adopted' as const,
      adoptedOn: '2026-01-15',
      reviewBy: '2027-01-15',
    };
    const { user } = await renderPage(memoryPolicyStore(agreed));
    expect(screen.getByText('Version 1, adopted on 15 January 2026. Review by 15 January 2027.')).toBeInTheDocument();
    // Only the first topic was answered, so it carries on at the second.
    await user.click(screen.getByRole('button', { name: policyUi.keepWriting }));
    await onScreen("The practice's own pages and accounts");
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByLabelText('Do not name or identify colleagues in posts about work'));
    await user.click(continueButton());
    expect(await screen.findByText(policyUi.adopt.changedNotice(2))).toBeInTheDocument();
  });

  it('says in words when a saved policy cannot be read, and offers its raw data', async () => {
    await renderPage(memoryPolicyStore({ schemaVersion: 9 }));
    expect(screen.getByText(policyUi.store.loadProblem)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: policyUi.store.downloadRaw })).toBeInTheDocument();
    expect(screen.getByText(policyUi.status.none)).toBeInTheDocument();
  });
});
