/**
 * Page addresses (src/app/routes.ts) in the whole app: a reload (the app mounted again at the same
 * address, with the same storage and history) returns to the page; the browser's Back and Forward
 * move between pages; an address that cannot be shown lands on a list with a message.
 */
import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { evidenceContent } from '../../src/content/evidence';
import { home } from '../../src/content/home';
import { scenarios } from '../../src/content/scenarios';
import { settingsContent } from '../../src/content/settings';
import { stepContent } from '../../src/content/steps';
import { bannerWords, trainingHomeWords } from '../../src/content/trainingUi';
import { ui } from '../../src/content/ui';
import type { Storage } from '../../src/record/storageContext';
import { answerScreen, completeIncident, heading, memoryStorage, renderApp, renderHome } from '../support/renderApp';
import { mildReview } from '../support/walk';

const h1 = (name: string) => screen.findByRole('heading', { level: 1, name });

/** What a reload does to the app: everything in memory goes, the address and history stay. */
function reload(unmount: () => void, storage: Storage) {
  unmount();
  return { user: userEvent.setup(), ...render(<App storage={Promise.resolve(storage)} />) };
}

/** Opening the app at an address, as from a bookmark in a new tab. */
function openAt(address: string, storage: Storage = memoryStorage()) {
  window.history.replaceState(null, '', `/${address}`);
  return { user: userEvent.setup(), storage, ...render(<App storage={Promise.resolve(storage)} />) };
}

describe('a reload keeps the page', () => {
  it('on practice settings', async () => {
    const { user, storage, unmount } = await renderHome();
    await user.click(screen.getByRole('button', { name: home.settings }));
    await h1(settingsContent.title);
    expect(window.location.hash).toBe('#/settings');
    reload(unmount, storage);
    await h1(settingsContent.title);
    expect(window.location.hash).toBe('#/settings');
  });

  it('on training, which never shows the real incident list', async () => {
    const storage = memoryStorage();
    await storage.incidents.create({ kind: 'live', now: new Date() });
    const { user, unmount } = await renderHome(storage);
    await user.click(screen.getByRole('button', { name: home.training }));
    await h1(trainingHomeWords.title);
    expect(window.location.hash).toBe('#/training');
    reload(unmount, storage);
    await h1(trainingHomeWords.title);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/SM-\d{4}-\d{4}/)).toBeNull();
  });

  it('on the plan, whose address says so', async () => {
    const { user, storage, unmount } = await renderApp();
    await completeIncident(user, mildReview);
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/incident\/[^/]+\/plan$/));
    const address = window.location.hash;
    reload(unmount, storage);
    await h1(stepContent.plan.title);
    expect(window.location.hash).toBe(address);
  });

  it("on an incident's evidence log; Back then returns to the screen it was opened from, and on to the list", async () => {
    const { user, storage, unmount } = await renderApp();
    const screenBefore = heading().textContent!;
    await user.click(screen.getByRole('button', { name: home.evidenceLink(0) }));
    await h1(evidenceContent.page.title);
    const [entry] = await storage.incidents.list();
    const id = entry?.ok ? entry.record.id : '';
    expect(window.location.hash).toBe(`#/incident/${id}/evidence`);

    reload(unmount, storage);
    await h1(evidenceContent.page.title);
    expect(screen.getByText(/SM-\d{4}-\d{4}/)).toBeInTheDocument();
    act(() => window.history.back());
    await waitFor(() => expect(heading()).toHaveTextContent(screenBefore));
    expect(window.location.hash).toBe(`#/incident/${id}`);
    act(() => window.history.back());
    await h1(home.title);
    expect(window.location.hash).toBe('#/');
  });

  it('on an incident opened from a bookmark of its evidence log, with its screen under it', async () => {
    const { user, storage, unmount } = await renderApp();
    const screenBefore = heading().textContent!;
    const [entry] = await storage.incidents.list();
    const id = entry?.ok ? entry.record.id : '';
    unmount();
    openAt(`#/incident/${id}/evidence`, storage);
    await h1(evidenceContent.page.title);
    await user.click(screen.getByRole('button', { name: evidenceContent.page.back }));
    await waitFor(() => expect(heading()).toHaveTextContent(screenBefore));
    expect(window.location.hash).toBe(`#/incident/${id}`);
  });
});

describe("the browser's Back and Forward between pages", () => {
  it('settings, then Back to the list and Forward to settings again', async () => {
    const { user } = await renderHome();
    expect(window.location.hash).toBe('#/');
    await user.click(screen.getByRole('button', { name: home.settings }));
    await h1(settingsContent.title);
    act(() => window.history.back());
    await h1(home.title);
    expect(window.location.hash).toBe('#/');
    act(() => window.history.forward());
    await h1(settingsContent.title);
  });

  it('an incident, the list, and the incident again on the same screen', async () => {
    const { user } = await renderApp();
    const screenBefore = heading().textContent!;
    await user.click(screen.getByRole('button', { name: home.backToList }));
    await h1(home.title);
    act(() => window.history.back());
    await waitFor(() => expect(heading()).toHaveTextContent(screenBefore));
    expect(window.location.hash).toMatch(/^#\/incident\/[^/]+$/);
  });

  it("the open incident's own address, typed in the middle of an answer: the page it names, nothing lost", async () => {
    const { user, storage } = await renderApp();
    await answerScreen(user, mildReview);
    const screenNow = heading().textContent!;
    const [entry] = await storage.incidents.list();
    const id = entry?.ok ? entry.record.id : '';
    // A choice made but not yet sent with Continue: saved only after a pause.
    const choice = [...screen.queryAllByRole('radio'), ...screen.queryAllByRole('checkbox')].find(
      (input) => !(input as HTMLInputElement).checked,
    )!;
    await user.click(choice);
    act(() => {
      window.location.hash = `#/incident/${id}/evidence`;
    });
    await h1(evidenceContent.page.title);
    await user.click(screen.getByRole('button', { name: evidenceContent.page.back }));
    await waitFor(() => expect(heading()).toHaveTextContent(screenNow));
    const { name, value } = choice as HTMLInputElement;
    expect(document.querySelector(`input[name="${name}"][value="${value}"]`)).toBeChecked();
    expect(screen.queryByText(/changed in another tab/)).toBeNull();
  });

  it('never from training into a real incident', async () => {
    const { user } = await renderApp();
    // Someone types or follows the training address while an incident is open.
    act(() => {
      window.location.hash = '#/training';
    });
    await h1(trainingHomeWords.title);
    await user.click(screen.getAllByRole('button', { name: new RegExp(`^${trainingHomeWords.walkThrough}`) })[0]!);
    await screen.findByText(bannerWords.title);
    act(() => window.history.back()); // the training list
    await h1(trainingHomeWords.title);
    act(() => window.history.back()); // the incident's entry: training stays
    await screen.findByText(ui.addresses.trainingOnly);
    expect(heading()).toHaveTextContent(trainingHomeWords.title);
    expect(window.location.hash).toBe('#/training');
  });
});

describe('addresses that cannot be shown', () => {
  it('an incident that is not on this computer: the list, with why', async () => {
    openAt('#/incident/no-such-incident/plan');
    await h1(home.title);
    expect(screen.getByText(ui.addresses.incidentGone)).toBeInTheDocument();
    expect(window.location.hash).toBe('#/');
  });

  it('an address that is not a page: the list, with why', async () => {
    openAt('#/reports/2024');
    await h1(home.title);
    expect(screen.getByText(ui.addresses.unknown)).toBeInTheDocument();
  });

  it('a scenario no longer in the library: the training list, with why, and no real incidents', async () => {
    const storage = memoryStorage();
    await storage.incidents.create({ kind: 'live', now: new Date() });
    openAt('#/training/no-such-scenario/practice', storage);
    await h1(trainingHomeWords.title);
    expect(screen.getByText(ui.addresses.scenarioGone)).toBeInTheDocument();
    expect(window.location.hash).toBe('#/training');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it("a bookmarked scenario starts it, and its card's address shows the card", async () => {
    const scenario = scenarios[0]!;
    const { unmount } = openAt(`#/training/${scenario.id}/walkthrough`);
    await screen.findByText(bannerWords.title);
    expect(screen.getByText(scenario.title, { exact: false })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/training/${scenario.id}/walkthrough`);
    unmount();
    openAt(`#/training/${scenario.id}/card`);
    await screen.findAllByText(scenario.title, { exact: false });
    expect(window.location.hash).toBe(`#/training/${scenario.id}/card`);
  });
});
