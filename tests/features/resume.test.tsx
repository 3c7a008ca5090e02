import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { home } from '../../src/content/home';
import { questions } from '../../src/content/questions';
import { stepContent } from '../../src/content/steps';
import { openDatabase } from '../../src/record/database';
import { indexedDbRepository } from '../../src/record/incidentStore';
import { answerScreen, heading, memoryStorage, renderApp, renderHome } from '../support/renderApp';
import { mildReview } from '../support/walk';

async function freshStorage() {
  const db = await openDatabase(`resume-test-${crypto.randomUUID()}`);
  return memoryStorage(indexedDbRepository(db));
}

describe('an incident survives interruptions', () => {
  it('fill half an incident, unmount, remount: same screen, same answers, and the half-typed text', async () => {
    const storage = await freshStorage();
    const first = await renderApp(storage);
    for (let i = 0; i < 3; i += 1) await answerScreen(first.user, mildReview);
    expect(heading()).toHaveTextContent(stepContent.post.title);
    await first.user.type(screen.getByLabelText(questions.description.legend, { exact: false }), 'Says the GP was rude');
    // Typing is saved after a pause, without Continue.
    await waitFor(
      async () => {
        const [entry] = await storage.incidents.list();
        expect(entry?.ok && entry.record.drafts.description).toBe('Says the GP was rude');
      },
      { timeout: 3000 },
    );
    first.unmount();
    window.history.replaceState(null, '', '/');

    const second = await renderHome(storage);
    const row = await screen.findByRole('row', { name: /SM-\d{4}-0001/ });
    await second.user.click(within(row).getByRole('button', { name: /Open/ }));
    await waitFor(() => expect(heading()).toHaveTextContent(stepContent.post.title));
    expect(screen.getByLabelText(questions.description.legend, { exact: false })).toHaveValue('Says the GP was rude');
    await second.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).toHaveTextContent(stepContent.firstSteps.title);
    expect(screen.getByRole('radio', { name: 'Yes, we have a copy' })).toBeChecked();
  });

  it('a reload mid-incident reopens it on the same screen', async () => {
    const storage = await freshStorage();
    const first = await renderApp(storage);
    for (let i = 0; i < 4; i += 1) await answerScreen(first.user, mildReview);
    expect(heading()).toHaveTextContent(stepContent.who.title);
    await waitFor(() => expect(screen.getByText(/Saved on this computer at/)).toBeInTheDocument());
    first.unmount(); // history.state still names the incident, as after a browser reload
    await renderHomeOrIncident(storage);
    await waitFor(() => expect(heading()).toHaveTextContent(stepContent.who.title));
  });

  it('tells the second tab that another saved first, and never overwrites it', async () => {
    const storage = await freshStorage();
    const tab = await renderApp(storage);
    await answerScreen(tab.user, mildReview);
    await waitFor(() => expect(screen.getByText(/Saved on this computer at/)).toBeInTheDocument());
    // Another tab saves the same incident meanwhile.
    const [entry] = await storage.incidents.list();
    if (!entry?.ok) throw new Error('expected a readable incident');
    await storage.incidents.save({ ...entry.record, outcome: 'other tab' });
    await answerScreen(tab.user, mildReview);
    expect(await screen.findByRole('alert')).toHaveTextContent(/changed in another tab/);
    const [after] = await storage.incidents.list();
    expect(after?.ok && after.record.outcome).toBe('other tab');
    expect(after?.ok && after.record.answers.danger).toBe('no');
    expect(after?.ok && after.record.answers.risks).toBeUndefined();
    expect(heading()).toHaveTextContent(stepContent.firstSteps.title); // nothing lost in this tab
  });
});

async function renderHomeOrIncident(storage: Awaited<ReturnType<typeof freshStorage>>) {
  const { render } = await import('@testing-library/react');
  const { App } = await import('../../src/app/App');
  return render(<App storage={Promise.resolve(storage)} />);
}

describe('the home screen', () => {
  it('closes an incident with an outcome, lists it as closed, and deletes after confirming on a page', async () => {
    const storage = await freshStorage();
    const app = await renderApp(storage);
    await app.user.click(screen.getByRole('button', { name: home.backToList }));
    await screen.findByRole('heading', { level: 1, name: home.title });
    await app.user.click(await screen.findByRole('button', { name: /^Close SM-/ }));
    // Closing and deleting load when chosen (they are not on the list's first download).
    await waitFor(() => expect(heading()).toHaveTextContent(/^Close incident SM-/));
    await app.user.click(screen.getByRole('button', { name: home.closeOne.confirm }));
    expect(screen.getByRole('link', { name: home.closeOne.outcomeError })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'There is a problem' }).parentElement).toHaveFocus();
    await app.user.type(screen.getByLabelText(home.closeOne.outcomeLabel), 'Review removed by Google');
    await app.user.click(screen.getByRole('button', { name: home.closeOne.confirm }));
    await screen.findByRole('heading', { name: home.closedHeading });
    await app.user.click(await screen.findByRole('button', { name: /^Delete SM-/ }));
    await waitFor(() => expect(heading()).toHaveTextContent(/^Delete incident SM-/));
    await app.user.click(screen.getByRole('button', { name: home.deleteOne.confirm }));
    await screen.findByText(/has been deleted/);
    expect(await storage.incidents.list()).toEqual([]);
  });

  it('lists an unreadable record as such, and deletes all data only after confirming', async () => {
    const storage = await freshStorage();
    await storage.incidents.create({ kind: 'live', now: new Date() });
    const db = await openDatabase(`unreadable-${crypto.randomUUID()}`);
    await db.put('incidents', { schemaVersion: 1, id: 'broken', answers: 42 }, 'broken');
    const mixed = memoryStorage(indexedDbRepository(db));
    await mixed.incidents.create({ kind: 'live', now: new Date() });
    const app = await renderHome(mixed);
    expect(await screen.findByRole('heading', { name: home.unreadableHeading })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: home.downloadRaw })).toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: home.deleteAll.button }));
    await app.user.click(await screen.findByRole('button', { name: home.deleteAll.cancel }));
    expect((await mixed.incidents.list()).length).toBe(2);
    await app.user.click(await screen.findByRole('button', { name: home.deleteAll.button }));
    await app.user.click(await screen.findByRole('button', { name: home.deleteAll.confirm }));
    await screen.findByText(home.deleteAll.done);
    expect(await mixed.incidents.list()).toEqual([]);
  });
});
