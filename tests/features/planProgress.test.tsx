import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { actions } from '../../src/content/actions';
import { clockWords } from '../../src/content/ui';
import { memoryRepository } from '../../src/record/incidentStore';
import { memorySettingsStore } from '../../src/record/settingsStore';
import { memoryEvidenceFiles } from '../../src/record/evidenceFiles';
import { defaultSettings } from '../../src/record/settingsSchema';
import { answerScreen, completeIncident, heading, renderApp } from '../support/renderApp';
import { mildReview } from '../support/walk';
import { stepContent } from '../../src/content/steps';

function storageWithSettings() {
  return {
    incidents: memoryRepository(),
    settings: memorySettingsStore({
      ...defaultSettings,
      contacts: { onCall: { name: 'Dr A. Partner', phone: '01632 960001' } },
      socialMediaPolicy: { exists: 'yes' },
    }),
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
    const action = screen.getByRole('heading', { level: 3, name: actions.replyBriefly.title }).closest('li')!;
    await user.click(within(action).getByRole('radio', { name: 'Done' }));
    await user.type(within(action).getByLabelText('Who will do it'), 'Practice manager');
    await waitFor(
      async () => {
        const [entry] = await storage.incidents.list();
        if (!entry?.ok) throw new Error('unreadable');
        expect(entry.record.actions.replyBriefly).toMatchObject({ status: 'done', owner: 'Practice manager' });
        expect(entry.record.timeline.some((t) => t.kind === 'action' && t.ref === 'replyBriefly')).toBe(true);
      },
      { timeout: 3000 },
    );
  });

  it('shows the suggested reply-by time when the decision is to reply', async () => {
    const { user } = await renderApp(storageWithSettings());
    await completeIncident(user, mildReview);
    expect(screen.getByRole('heading', { name: clockWords.replyByTitle })).toBeInTheDocument();
  });

  it('names contacts from practice settings on "who to tell", and starts the policy question at the setting', async () => {
    const { user } = await renderApp(storageWithSettings());
    while (heading().textContent !== stepContent.tell.title) await answerScreen(user, mildReview);
    expect(screen.getByText(/From your practice settings: Dr A. Partner, 01632 960001/)).toBeInTheDocument();
    while (heading().textContent !== stepContent.policy.title) await answerScreen(user, mildReview);
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
  });
});
