/**
 * Issue #15: the home list is drawn from stored summaries, and shows exactly what it showed when
 * it read whole records: reference, where, about, when found, progress, status, copy marks,
 * training tags, records that cannot be read, and the retention reminder and deletion.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { deleteDB, openDB } from 'idb';
import { sectionOf } from '../../../machines/steps';
import { home } from '../../../src/content/home';
import { sections } from '../../../src/content/sections';
import { openDatabase, type Database } from '../../../src/record/database';
import { emptyMemoryStores, indexedDbRepository, memoryRepository, type IncidentRepository } from '../../../src/record/incidentStore';
import { formatLocalDate, formatLocalDateTime, timeSince } from '../../../src/record/practiceTimeFormat';
import type { IncidentRecord } from '../../../src/record/schema';
import { copyRefPrefix } from '../../../src/record/staleCopy';
import { summaryOf } from '../../../src/record/storedSummary';
import { memoryStorage, renderHome } from '../../support/renderApp';

const day = 24 * 3_600_000;

async function freshDatabase(): Promise<Database> {
  return openDatabase(`home-list-test-${crypto.randomUUID()}`);
}

/** The row of the list whose reference is `reference`, as its cells' text. */
function row(reference: string): string[] {
  const header = screen.getByRole('rowheader', { name: new RegExp(`^${reference}`) });
  const cells = within(header.closest('tr')!).getAllByRole('cell');
  return [header.textContent ?? '', ...cells.map((cell) => cell.textContent ?? '')];
}

/** The incidents the list shows across every table, by their row header. */
function references(): string[] {
  return screen.queryAllByRole('rowheader').map((header) => header.textContent ?? '');
}

async function seedVarious(repository: IncidentRepository) {
  const now = new Date();
  const blank = await repository.create({ kind: 'live', now });
  const answered = await repository.save({
    ...(await repository.create({ kind: 'live', now })),
    foundAt: new Date(now.getTime() - 3 * 3_600_000).toISOString(),
    answers: { platform: 'googleReviews', about: ['practice', 'colleague'] },
    currentStep: 'plan',
  });
  const copy = await repository.save({
    ...(await repository.create({ kind: 'live', now })),
    timeline: [{ at: now.toISOString(), kind: 'created', summary: 'Copy', ref: `${copyRefPrefix}${answered.reference}` }],
  });
  const training = await repository.create({ kind: 'training', now });
  const closedAt = new Date(now.getTime() - 20 * day).toISOString();
  const closed = await repository.save({
    ...(await repository.create({ kind: 'live', now })),
    status: 'closed',
    closedAt,
    outcome: 'Removed',
  });
  return { blank, answered, copy, training, closed };
}

describe('the home list, from summaries', () => {
  it('shows each column as it did from whole records', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db);
    const { blank, answered, copy, training, closed } = await seedVarious(repository);
    await renderHome(memoryStorage(repository));
    await screen.findByRole('rowheader', { name: new RegExp(`^${closed.reference}`) });

    const firstSection = sections[sectionOf('start') as keyof typeof sections].label;
    const foundAt = answered.foundAt!;
    expect(row(answered.reference)).toEqual([
      answered.reference,
      'Google reviews',
      'The practice as a whole; A colleague who is named or could be recognised',
      `${formatLocalDateTime(foundAt)}${timeSince(foundAt, new Date())}`,
      home.planReady,
      expect.stringContaining(`${home.open} ${answered.reference}`),
    ]);
    expect(row(blank.reference).slice(0, 5)).toEqual([blank.reference, home.notFoundYet, home.notFoundYet, home.notFoundYet, firstSection]);
    expect(row(copy.reference)[2]).toBe(`${home.notFoundYet} ${home.copyMark(answered.reference)}`);
    expect(row(training.reference)[0]).toBe(`${training.reference}Training`);
    expect(row(closed.reference)[4]).toBe(home.closedOn(formatLocalDate(closed.closedAt!)));
    expect(row(closed.reference)[5]).toContain(`${home.reopen} ${closed.reference}`);
    // Open ones newest first under "Open incidents", then the closed one under its own heading.
    const closedHeading = screen.getByRole('heading', { name: home.closedHeading });
    const closedTable = closedHeading.nextElementSibling as HTMLElement;
    expect(
      within(closedTable)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([closed.reference]);
    expect(references()).toHaveLength(5);
    db.close();
  });

  it('shows the same rows from the memory repository as from IndexedDB', async () => {
    const stores = emptyMemoryStores();
    const memory = memoryRepository(stores);
    const { answered } = await seedVarious(memory);
    const view = await renderHome(memoryStorage(memory));
    await screen.findByRole('rowheader', { name: new RegExp(`^${answered.reference}`) });
    // Sorted: incidents saved in the same millisecond may come in either order, as before.
    const rows = () =>
      screen
        .getAllByRole('row')
        .map((r) => r.textContent)
        .sort();
    const fromMemory = rows();
    view.unmount();

    const db = await freshDatabase();
    for (const [id, record] of stores.incidents) {
      await db.put('incidents', record, id);
      await db.put('summaries', summaryOf(record as IncidentRecord), id);
    }
    await renderHome(memoryStorage(indexedDbRepository(db)));
    await screen.findByRole('rowheader', { name: new RegExp(`^${answered.reference}`) });
    expect(rows()).toEqual(fromMemory);
    db.close();
  });

  it('lists every incident of a database from before summaries (version 1), with nothing lost', async () => {
    const memory = memoryRepository(emptyMemoryStores());
    const { answered, closed } = await seedVarious(memory);
    const records = (await memory.list()).flatMap((e) => (e.ok ? [e.record] : []));
    const name = `home-list-v1-${crypto.randomUUID()}`;
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('incidents');
        db.createObjectStore('files', { keyPath: 'id' }).createIndex('byIncident', 'incidentId');
        db.createObjectStore('settings');
      },
    });
    for (const record of records) await old.put('incidents', record, record.id);
    old.close();

    const db = await openDatabase(name);
    await renderHome(memoryStorage(indexedDbRepository(db)));
    await screen.findByRole('rowheader', { name: new RegExp(`^${closed.reference}`) });
    expect(references()).toHaveLength(records.length);
    expect(row(answered.reference)[1]).toBe('Google reviews');
    await waitFor(async () => expect(await db.count('summaries')).toBe(records.length));
    expect(await db.count('incidents')).toBe(records.length);
    db.close();
    await deleteDB(name);
  });

  it('lists a record that cannot be read on its own, as before, even when its summary is damaged too', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db);
    const good = await repository.create({ kind: 'live', now: new Date() });
    const spoilt = await repository.create({ kind: 'live', now: new Date() });
    await db.put('incidents', { ...spoilt, answers: 42 }, spoilt.id);
    await db.put('summaries', { nonsense: true }, spoilt.id);
    await db.put('incidents', { schemaVersion: 1, id: 'broken', answers: 42 }, 'broken');
    await renderHome(memoryStorage(repository));

    const section = (await screen.findByRole('heading', { name: home.unreadableHeading })).closest('section')!;
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('code')?.textContent).sort()).toEqual(['broken', spoilt.id].sort());
    expect(within(section).getAllByRole('button', { name: home.downloadRaw })).toHaveLength(2);
    expect(references()).toEqual([good.reference]);
    db.close();
  });

  it('deletes incidents past their 12 months with their summaries, and reminds and keeps those due soon', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db);
    const now = Date.now();
    const expired = await repository.save({
      ...(await repository.create({ kind: 'live', now: new Date(now - 400 * day) })),
      status: 'closed',
      closedAt: new Date(now - 380 * day).toISOString(),
    });
    const dueSoon = await repository.save({
      ...(await repository.create({ kind: 'live', now: new Date(now - 400 * day) })),
      status: 'closed',
      closedAt: new Date(now - 355 * day).toISOString(),
    });
    const { user } = await renderHome(memoryStorage(repository));

    const reminder = (await screen.findByRole('heading', { name: home.retention.heading })).closest('section')!;
    expect(reminder).toHaveTextContent(dueSoon.reference);
    expect(references()).toEqual([dueSoon.reference]);
    expect(await db.get('incidents', expired.id)).toBeUndefined();
    expect(await db.get('summaries', expired.id)).toBeUndefined();

    await user.click(within(reminder).getByRole('button', { name: `${home.keep} ${dueSoon.reference}` }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: home.retention.heading })).toBeNull());
    expect(await db.get('summaries', dueSoon.id)).toMatchObject({ keep: true, revision: dueSoon.revision + 1 });
    db.close();
  });

  it('reopens a closed incident from its row, and the list shows it open', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db);
    const closed = await repository.save({
      ...(await repository.create({ kind: 'live', now: new Date() })),
      status: 'closed',
      closedAt: new Date().toISOString(),
    });
    const { user } = await renderHome(memoryStorage(repository));
    await user.click(await screen.findByRole('button', { name: `${home.reopen} ${closed.reference}` }));
    await screen.findByText(home.reopenedMessage(closed.reference));
    await waitFor(() => expect(screen.queryByRole('heading', { name: home.closedHeading })).toBeNull());
    expect(row(closed.reference)[5]).toContain(`${home.close} ${closed.reference}`);
    expect(await db.get('summaries', closed.id)).toMatchObject({ status: 'open' });
    db.close();
  });
});

describe('a long list', () => {
  it('draws 50 rows at a time, newest first, and "Show more" adds the next ones with focus on the first added', async () => {
    const repository = memoryRepository();
    const start = Date.parse('2026-11-01T09:00:00Z');
    for (let i = 0; i < 120; i += 1) await repository.create({ kind: 'live', now: new Date(start + i * 60_000) });
    const { user } = await renderHome(memoryStorage(repository));
    await screen.findByRole('heading', { level: 2, name: home.openHeading });
    expect(references()).toHaveLength(50);
    // Newest first: the last created heads the list.
    expect(references()[0]).toMatch(/SM-2026-0120/);
    expect(screen.getByText(home.rowsShown(50, 120), { exact: false })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: home.showMoreRows(50) }));
    expect(references()).toHaveLength(100);
    expect(screen.getByRole('rowheader', { name: /SM-2026-0070/ })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: home.showMoreRows(20) }));
    expect(references()).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
  });
});

describe('a long list read through the index', () => {
  it('reads 50 closed rows, says how many there are, and reads the next ones on "Show more" with focus on the first added', async () => {
    const db = await freshDatabase();
    const repository = indexedDbRepository(db);
    const start = Date.parse('2026-11-01T09:00:00Z');
    for (let i = 0; i < 55; i += 1) {
      const record = await repository.create({ kind: 'live', now: new Date(start + i * 60_000) });
      await repository.save({ ...record, status: 'closed', closedAt: new Date(start + i * 60_000).toISOString() });
    }
    const open = await repository.create({ kind: 'live', now: new Date(start) });
    const { user } = await renderHome(memoryStorage(repository));
    const closedHeading = await screen.findByRole('heading', { name: home.closedHeading });
    const closedRows = () => within(closedHeading.nextElementSibling as HTMLElement).getAllByRole('rowheader');
    expect(closedRows()).toHaveLength(50);
    expect(references()).toContain(open.reference);
    expect(screen.getByText(home.rowsShown(50, 55), { exact: false })).toBeInTheDocument();
    const fiftiethNewest = closedRows()[49]!.textContent;

    await user.click(screen.getByRole('button', { name: home.showMoreRows(5) }));
    await waitFor(() => expect(closedRows()).toHaveLength(55));
    expect(closedRows()[49]!.textContent).toBe(fiftiethNewest);
    await waitFor(() => expect(closedRows()[50]).toHaveFocus());
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
    db.close();
  });
});
