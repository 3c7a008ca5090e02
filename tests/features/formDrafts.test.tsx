import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { evidenceContent } from '../../src/content/evidence';
import { referencesContent } from '../../src/content/references';
import { EvidencePageWithReferences as EvidencePage } from '../../src/app/EvidencePageWithReferences';
import { hasOpenFormChanges } from '../../src/components/useFormDraft';
import { IncidentContext, type IncidentHandle } from '../../src/record/incidentContext';
import { memoryRepository } from '../../src/record/incidentStore';
import { fakeIncident } from '../support/fakeIncident';

function renderPage(handle: IncidentHandle) {
  return render(
    <IncidentContext.Provider value={handle}>
      <EvidencePage onBack={() => {}} />
    </IncidentContext.Provider>,
  );
}

/** What a browser asks before the page goes: true if the app asked it to check with the user. */
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

const formOf = (heading: string) => {
  const element = screen.getByRole('heading', { name: heading, level: 3 }).closest('form');
  if (!element) throw new Error(`no form "${heading}"`);
  return element;
};

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('drafts of the evidence log forms', () => {
  it('a post being typed comes back after the page goes, and leaving asks first until it is cancelled', async () => {
    const record = await memoryRepository().create({ kind: 'live', now: new Date() });
    const handle = fakeIncident(record);
    const user = userEvent.setup();
    const first = renderPage(handle);
    expect(leavingAsks()).toBe(false);
    await user.click(screen.getByRole('button', { name: evidenceContent.log.add }));
    await user.type(within(formOf(evidenceContent.form.addHeading)).getByLabelText(/^Text of the post/), 'Shame on you');
    expect(leavingAsks()).toBe(true);
    expect(hasOpenFormChanges()).toBe(true);
    first.unmount(); // the page reloads
    expect(leavingAsks()).toBe(false);

    renderPage(handle);
    const reopened = formOf(evidenceContent.form.addHeading);
    expect(within(reopened).getByLabelText(/^Text of the post/)).toHaveValue('Shame on you');
    expect(leavingAsks()).toBe(true);
    await user.click(within(reopened).getByRole('button', { name: evidenceContent.form.cancel }));
    expect(leavingAsks()).toBe(false);
    expect(sessionStorage.length).toBe(0);
  });

  it('a reference being typed comes back, and saving it forgets the draft', async () => {
    const record = await memoryRepository().create({ kind: 'live', now: new Date() });
    const handle = fakeIncident(record);
    const user = userEvent.setup();
    const first = renderPage(handle);
    await user.click(screen.getByRole('button', { name: referencesContent.add }));
    const form = formOf(referencesContent.form.addHeading);
    await user.click(within(form).getByRole('radio', { name: 'A report to the site' }));
    await user.selectOptions(within(form).getByLabelText('Which site?'), 'Google reviews');
    await user.type(within(form).getByLabelText(/^Notes/), 'No number given');
    first.unmount();

    renderPage(handle);
    const reopened = formOf(referencesContent.form.addHeading);
    expect(within(reopened).getByLabelText(/^Notes/)).toHaveValue('No number given');
    expect(within(reopened).getByRole('radio', { name: 'A report to the site' })).toBeChecked();
    await user.click(within(reopened).getByRole('button', { name: 'Save' }));
    expect(handle.current().references).toHaveLength(1);
    expect(leavingAsks()).toBe(false);
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps nothing for a training incident', async () => {
    const record = await memoryRepository().create({ kind: 'training', now: new Date() });
    const user = userEvent.setup();
    renderPage(fakeIncident(record));
    await user.click(screen.getByRole('button', { name: evidenceContent.log.add }));
    await user.type(within(formOf(evidenceContent.form.addHeading)).getByLabelText(/^Text of the post/), 'Practice');
    expect(sessionStorage.length).toBe(0);
  });
});
