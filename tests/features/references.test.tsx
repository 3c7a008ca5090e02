import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { referencesContent } from '../../src/content/references';
import { EvidencePageWithReferences as EvidencePage } from '../../src/app/EvidencePageWithReferences';
import { IncidentContext } from '../../src/record/incidentContext';
import { memoryRepository } from '../../src/record/incidentStore';
import { incidentRecord, type IncidentRecord } from '../../src/record/schema';
import { fakeIncident } from '../support/fakeIncident';

async function renderPage(answers: IncidentRecord['answers'] = {}) {
  const created = await memoryRepository().create({ kind: 'training', now: new Date() });
  const handle = fakeIncident({ ...created, answers });
  const user = userEvent.setup();
  render(
    <IncidentContext.Provider value={handle}>
      <EvidencePage onBack={() => {}} />
    </IncidentContext.Provider>,
  );
  const latest = () => {
    const current = handle.current();
    expect(incidentRecord.safeParse(current).success).toBe(true);
    return current;
  };
  return { user, latest };
}

type User = ReturnType<typeof userEvent.setup>;

function form(): HTMLElement {
  const element = screen.getByRole('heading', { name: /^(Note a report, contact or advice|Change this entry)$/, level: 3 }).closest('form');
  if (!element) throw new Error('No reference form open');
  return element;
}

async function reportToSite(user: User, when: string, reference = 'GR-5512') {
  await user.click(screen.getByRole('button', { name: referencesContent.add }));
  await user.click(within(form()).getByRole('radio', { name: 'A report to the site' }));
  await user.selectOptions(within(form()).getByLabelText('Which site?'), 'Google reviews');
  // jsdom cannot type into a date picker key by key; set it as the picker would.
  fireEvent.change(within(form()).getByLabelText('When did you report it?'), { target: { value: when } });
  await user.type(within(form()).getByLabelText(/Reference the site gave you/), reference);
  await user.click(within(form()).getByRole('button', { name: 'Save' }));
  return screen.findByRole('article', { name: 'Reported to the site: Google reviews' });
}

afterEach(() => vi.useRealTimers());

describe('references', () => {
  it('records a report to a site and shows when to follow it up, a week later', async () => {
    const { user, latest } = await renderPage();
    const entry = await reportToSite(user, '2026-11-25T09:30');

    expect(
      within(entry).getByText(
        'Check again after 09:30 on 2 December 2026, a week after you reported it. If the site has refused or still not answered, Report Harmful Content may be able to help',
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(within(entry).getByText('GR-5512')).toBeInTheDocument();
    expect(within(entry).getByText('25 November 2026, 09:30 GMT')).toBeInTheDocument();

    const record = latest();
    expect(record.references).toEqual([
      { id: expect.any(String), kind: 'platformReport', with: 'googleReviews', at: '2026-11-25T09:30:00.000Z', reference: 'GR-5512' },
    ]);
    expect(record.timeline.at(-1)).toMatchObject({
      kind: 'reference',
      summary: 'Reported to the site: Google reviews, reference GR-5512',
    });
  });

  it('works the report time out in UK time in summer too', async () => {
    const { user, latest } = await renderPage();
    const entry = await reportToSite(user, '2026-07-01T10:00');
    expect(latest().references[0]?.at).toBe('2026-07-01T09:00:00.000Z');
    expect(within(entry).getByText(/^Check again after 10:00 on 8 July 2026, a week after/)).toBeInTheDocument();
  });

  it('says when the follow-up time has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-03T12:00:00Z') });
    const { user } = await renderPage();
    const entry = await reportToSite(user, '2026-11-25T09:30');
    expect(within(entry).getByText(referencesContent.followUpPassed)).toBeInTheDocument();
  });

  it('starts a report at the site given in the answers', async () => {
    const { user } = await renderPage({ platform: 'nhsWebsite' });
    await user.click(screen.getByRole('button', { name: referencesContent.add }));
    await user.click(within(form()).getByRole('radio', { name: 'A report to the site' }));
    expect(within(form()).getByLabelText('Which site?')).toHaveValue('nhsWebsite');
  });

  it('records police contact with its crime number, and changes it later', async () => {
    const { user, latest } = await renderPage();
    await user.click(screen.getByRole('button', { name: referencesContent.add }));
    await user.click(within(form()).getByRole('radio', { name: 'Contact with the police' }));
    await user.click(within(form()).getByRole('radio', { name: '101' }));
    await user.type(within(form()).getByLabelText(/Incident or crime number/), 'CAD 1234 25/11');
    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    const entry = await screen.findByRole('article', { name: 'Police contacted: 101' });
    expect(within(entry).queryByText(/Check again after/)).toBeNull();

    await user.click(within(entry).getByRole('button', { name: 'Change Police contacted: 101' }));
    await user.type(within(form()).getByLabelText(/What they said they would do/), 'An officer will call back');
    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('An officer will call back')).toBeInTheDocument();
    expect(latest().references).toHaveLength(1);
    expect(latest().references[0]).toMatchObject({
      kind: 'police',
      with: '101',
      reference: 'CAD 1234 25/11',
      outcome: 'An officer will call back',
    });
  });

  it('records advice and support, each in its own words', async () => {
    const { user, latest } = await renderPage();
    await user.click(screen.getByRole('button', { name: referencesContent.add }));
    await user.click(within(form()).getByRole('radio', { name: 'Advice we were given' }));
    await user.click(within(form()).getByRole('radio', { name: 'Our defence body' }));
    await user.type(within(form()).getByLabelText(/What they advised/), 'Do not reply in detail');
    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    await screen.findByRole('article', { name: 'Advice from Our defence body' });

    await user.click(screen.getByRole('button', { name: referencesContent.add }));
    await user.click(within(form()).getByRole('radio', { name: 'Support offered to the person targeted' }));
    await user.type(within(form()).getByLabelText(/What support was offered/), 'Occupational health referral <b>today</b>');
    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    const support = await screen.findByRole('article', { name: 'Support offered' });
    expect(within(support).getByText('Occupational health referral <b>today</b>')).toBeInTheDocument();
    expect(latest().references.map((r) => r.kind)).toEqual(['advice', 'support']);
  });

  it('says what is missing and saves nothing', async () => {
    const { user, latest } = await renderPage();
    await user.click(screen.getByRole('button', { name: referencesContent.add }));
    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    expect(within(form()).getAllByText(referencesContent.form.kindError).length).toBeGreaterThan(0);

    await user.click(within(form()).getByRole('radio', { name: 'Contact with the police' }));
    fireEvent.change(within(form()).getByLabelText('When did you contact them?'), { target: { value: '' } });
    await user.click(within(form()).getByRole('button', { name: 'Save' }));
    expect(within(form()).getAllByText(referencesContent.kinds.police.with?.error ?? '').length).toBeGreaterThan(0);
    expect(within(form()).getAllByText(referencesContent.form.atError).length).toBeGreaterThan(0);
    expect(latest().references).toEqual([]);
  });

  it('removes an entry only after confirming', async () => {
    const { user, latest } = await renderPage();
    const entry = await reportToSite(user, '2026-11-25T09:30');
    await user.click(within(entry).getByRole('button', { name: 'Remove Reported to the site: Google reviews' }));
    await user.click(within(entry).getByRole('button', { name: 'Yes, remove it' }));
    expect(screen.queryByRole('article', { name: 'Reported to the site: Google reviews' })).toBeNull();
    expect(latest().references).toEqual([]);
    expect(latest().timeline.at(-1)?.summary).toMatch(/^Removed: Reported to the site/);
  });
});
