/**
 * Issue #14, point 4: every storage action on the home screen that fails says so in words and
 * keeps what was typed; "Close" still works when another tab saved the incident first.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { home } from '../../src/content/home';
import { closeIncident } from '../../src/app/storageActions';
import { memoryRepository, StorageFullError, type IncidentRepository } from '../../src/record/incidentStore';
import { heading, memoryStorage, renderHome } from '../support/renderApp';

/** A repository whose writes fail until `broken` is set back to false. */
function breakable(inner: IncidentRepository = memoryRepository()) {
  const state = { broken: false };
  const fail = () => Promise.reject(new DOMException('The operation failed for reasons unrelated to the database itself', 'UnknownError'));
  const repository: IncidentRepository = {
    ...inner,
    create: (options) => (state.broken ? fail() : inner.create(options)),
    save: (record) => (state.broken ? fail() : inner.save(record)),
    remove: (id) => (state.broken ? fail() : inner.remove(id)),
    removeAll: () => (state.broken ? fail() : inner.removeAll()),
  };
  return { repository, state };
}

describe('storage actions that fail say so', () => {
  it('"Start a new incident" shows a message and stays on the home screen', async () => {
    const { repository, state } = breakable();
    state.broken = true;
    const { user } = await renderHome(memoryStorage(repository));
    await user.click(screen.getByRole('button', { name: home.startNew }));
    const problem = await screen.findByText(new RegExp(`^${home.failed.start}`));
    expect(problem.closest('[role="alert"]')).not.toBeNull();
    expect(heading()).toHaveTextContent(home.title);
  });

  it('"Close the incident" shows a message and keeps the outcome typed', async () => {
    const { repository, state } = breakable();
    const record = await repository.create({ kind: 'live', now: new Date() });
    const { user } = await renderHome(memoryStorage(repository));
    await user.click(await screen.findByRole('button', { name: `Close ${record.reference}` }));
    await user.type(await screen.findByLabelText(home.closeOne.outcomeLabel), 'Post taken down');
    state.broken = true;
    await user.click(screen.getByRole('button', { name: home.closeOne.confirm }));
    expect(await screen.findByText(new RegExp(`^${home.failed.close}`))).toBeInTheDocument();
    expect(screen.getByLabelText(home.closeOne.outcomeLabel)).toHaveValue('Post taken down');
    state.broken = false;
    await user.click(screen.getByRole('button', { name: home.closeOne.confirm }));
    expect(await screen.findByText(home.closeOne.done(record.reference))).toBeInTheDocument();
  });

  it('"Yes, delete it" shows a message and the incident stays', async () => {
    const { repository, state } = breakable();
    const record = await repository.create({ kind: 'live', now: new Date() });
    const { user } = await renderHome(memoryStorage(repository));
    await user.click(await screen.findByRole('button', { name: `Delete ${record.reference}` }));
    state.broken = true;
    await user.click(await screen.findByRole('button', { name: home.deleteOne.confirm }));
    expect(await screen.findByText(new RegExp(`^${home.failed.remove}`))).toBeInTheDocument();
    expect((await repository.load(record.id)).ok).toBe(true);
  });

  it('"Yes, delete everything" shows a message when storage refuses', async () => {
    const { repository, state } = breakable();
    const { user } = await renderHome(memoryStorage(repository));
    await user.click(screen.getByRole('button', { name: home.deleteAll.button }));
    state.broken = true;
    await user.click(await screen.findByRole('button', { name: home.deleteAll.confirm }));
    expect(await screen.findByText(new RegExp(`^${home.failed.removeAll}`))).toBeInTheDocument();
  });
});

describe('closeIncident', () => {
  it('closes the latest version when another tab saved first, keeping that tab’s answers', async () => {
    const repository = memoryRepository();
    const opened = await repository.create({ kind: 'live', now: new Date() });
    await repository.save({ ...opened, answers: { description: 'from the other tab' } });
    const result = await closeIncident(repository, opened, 'Resolved');
    expect(result).toEqual({ ok: true, message: home.closeOne.done(opened.reference) });
    const stored = await repository.load(opened.id);
    expect(stored.ok && stored.record.status).toBe('closed');
    expect(stored.ok && stored.record.outcome).toBe('Resolved');
    expect(stored.ok && stored.record.answers['description']).toBe('from the other tab');
  });

  it('says so when the incident was deleted in another tab', async () => {
    const repository = memoryRepository();
    const opened = await repository.create({ kind: 'live', now: new Date() });
    await repository.remove(opened.id);
    expect(await closeIncident(repository, opened, 'Resolved')).toEqual({ ok: false, problem: home.failed.closeGone });
  });

  it('names a full disk', async () => {
    const repository = memoryRepository();
    const opened = await repository.create({ kind: 'live', now: new Date() });
    const full: IncidentRepository = { ...repository, save: () => Promise.reject(new StorageFullError()) };
    expect(await closeIncident(full, opened, 'Resolved')).toEqual({ ok: false, problem: `${home.failed.close} ${home.failed.full}` });
  });
});
