import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { actions } from '../../src/content/actions';
import { clockWords, ui, urgencyLabels } from '../../src/content/ui';
import { memoryRepository } from '../../src/record/incidentStore';
import { memoryPolicyStore } from '../../src/record/policyStore';
import { memorySettingsStore } from '../../src/record/settingsStore';
import { memoryEvidenceFiles } from '../../src/record/evidenceFiles';
import { defaultSettings, type PracticeSettings } from '../../src/record/settingsSchema';
import { completeIncident, renderApp } from '../support/renderApp';
import { mildReview } from '../support/walk';
import { actionRow, glanceOf, openAction, startingWith } from '../support/planLines';

function storageWithSettings(settings: Partial<PracticeSettings> = {}) {
  return {
    incidents: memoryRepository(),
    settings: memorySettingsStore({
      ...defaultSettings,
      contacts: { onCall: { name: 'Dr A. Partner', phone: '01632 960001' }, lmc: { phone: '01632 960999' } },
      socialMediaPolicy: { exists: 'yes' },
      ...settings,
    }),
    policy: memoryPolicyStore(),
    evidenceFiles: memoryEvidenceFiles(),
    savesOnThisComputer: true,
    persistent: true,
  };
}

describe('the plan as a working list', () => {
  it('records status, owner and due date for an action, with a timeline entry', async () => {
    const storage = storageWithSettings();
    const { user } = await renderApp(storage);
    await completeIncident(user, mildReview);
    const row = await openAction(user, 'replyBriefly');
    await user.selectOptions(within(row).getByRole('combobox', { name: /^Status/ }), 'Done');
    await user.type(within(row).getByRole('textbox', { name: /^Who will do it/ }), 'Practice manager');
    await user.type(within(row).getByLabelText(/^By when/), '2026-12-03');
    await waitFor(
      async () => {
        const [entry] = await storage.incidents.list();
        if (!entry?.ok) throw new Error('unreadable');
        expect(entry.record.actions.replyBriefly).toMatchObject({ status: 'done', owner: 'Practice manager' });
        expect(entry.record.timeline.some((t) => t.kind === 'action' && t.ref === 'replyBriefly')).toBe(true);
      },
      { timeout: 3000 },
    );
    expect(within(row).getByRole('combobox', { name: /^Status/ })).toHaveValue('done');
    // The line itself, closed again, says what was set: done, who and by when.
    await user.click(within(row).getByRole('button', { name: startingWith(glanceOf('replyBriefly')) }));
    expect(within(row).getByRole('heading', { level: 3 })).toHaveAccessibleName(`${glanceOf('replyBriefly')}, Done`);
    expect(row.querySelector('.action-row__who')).toHaveTextContent('Who will do it: Practice manager');
    expect(row.querySelector('.action-row__due')).toHaveTextContent('By when: 3 Dec');
  });

  it("shows every line with its status, nobody yet and the group's deadline until they are set", async () => {
    const { user } = await renderApp(storageWithSettings());
    await completeIncident(user, mildReview);
    const row = actionRow('replyBriefly');
    expect(within(row).getByRole('heading', { level: 3 })).toHaveAccessibleName(`${glanceOf('replyBriefly')}, To do`);
    expect(row.querySelector('.action-row__who')).toHaveTextContent(`Who will do it: ${ui.plan.noOwnerMark}${ui.plan.noOwnerYet}`);
    expect(row.querySelector('.action-row__due')).toHaveTextContent(`By when: ${urgencyLabels.withinHours.due}`);
    // Nothing to change until the line is opened.
    expect(within(row).queryByRole('combobox')).toBeNull();
  });

  it('labels every control with what it is and which action it belongs to', async () => {
    const { user } = await renderApp(storageWithSettings());
    await completeIncident(user, mildReview);
    const title = actions.replyBriefly.title;
    const row = await openAction(user, 'replyBriefly');
    expect(within(row).getByRole('combobox', { name: `Status, for: ${title}` })).toBeInTheDocument();
    expect(within(row).getByRole('textbox', { name: `Who will do it, for: ${title}` })).toBeInTheDocument();
    expect(within(row).getByLabelText(`By when, for: ${title}`)).toHaveAttribute('type', 'date');
  });

  it('shows the checklist first, grouped by urgency, with how and why on demand', async () => {
    const { user } = await renderApp(storageWithSettings());
    await completeIncident(user, mildReview);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent ?? '');
    const groupAt = headings.findIndex((h) => h.startsWith(urgencyLabels.withinHours.title));
    expect(groupAt).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf(ui.plan.notToDoHeading)).toBeGreaterThan(groupAt);
    expect(headings.indexOf(ui.plan.checkAnswersHeading)).toBeGreaterThan(headings.indexOf(ui.plan.notToDoHeading));

    const row = actionRow('replyBriefly');
    const toggle = within(row).getByRole('button', { name: startingWith(glanceOf('replyBriefly')) });
    const firstLine = actions.replyBriefly.details[0] as string;
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(row).getByText(firstLine)).not.toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(row).getByText(firstLine)).toBeVisible();
    expect(within(row).getByText(actions.replyBriefly.why)).toBeVisible();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the suggested reply-by time when the decision is to reply', async () => {
    const { user } = await renderApp(storageWithSettings());
    await completeIncident(user, mildReview);
    expect(screen.getByRole('heading', { name: clockWords.replyByTitle })).toBeInTheDocument();
  });

  it('names contacts from practice settings beside the actions that call on them', async () => {
    const { user } = await renderApp(storageWithSettings());
    await completeIncident(user, mildReview);
    expect(within(await openAction(user, 'tellPartnerOnCall')).getByText('On call: Dr A. Partner, 01632 960001')).toBeVisible();
    expect(within(await openAction(user, 'replyBriefly')).getByText('LMC: 01632 960999')).toBeVisible();
    expect(within(await openAction(user, 'lookIntoConcerns')).queryByText(/Dr A. Partner/)).toBeNull();
  });

  it('reads the social media policy and monitoring from practice settings, not from the wizard', async () => {
    const { user } = await renderApp(storageWithSettings({ monitoring: 'yes' }));
    await completeIncident(user, mildReview);
    expect(screen.getByRole('heading', { level: 3, name: startingWith(glanceOf('reviewSocialMediaPolicy')) })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: startingWith(glanceOf('writeSocialMediaPolicy')) })).toBeNull();
    expect(screen.queryByRole('heading', { level: 3, name: startingWith(glanceOf('setUpMonitoring')) })).toBeNull();
  });

  it('asks for the policy to be recorded in settings when they do not say', async () => {
    const { user } = await renderApp(storageWithSettings({ socialMediaPolicy: {} }));
    await completeIncident(user, mildReview);
    const row = await openAction(user, 'writeSocialMediaPolicy');
    expect(within(row).getByText(/Record in practice settings whether you have a policy/)).toBeVisible();
  });
});
