/**
 * The benchmark: prints figures and writes them to docs/performance.md. It never fails on a
 * timing (timings vary from machine to machine); CI keeps only the bundle budget as a gate.
 *
 *   npm run bench                      build, then measure everything
 *   node scripts/bench.mjs --no-build  measure the dist/ that is there
 *   node scripts/bench.mjs --no-lighthouse --no-write
 *   node scripts/bench.mjs --no-build --list-only   only the home list, printed
 *   node scripts/bench.mjs --no-build --diagram-only   only the diagram's open time, printed
 *   BENCH_PORT=4194 BENCH_DIST=dist-list node scripts/bench.mjs --list-only   a port and build folder of one's own
 *
 * 1. Sizes: the initial JS (entry and its static imports, as the budget counts it) and CSS, raw
 *    and gzip, and every lazy chunk.
 * 2. Lighthouse 12 (mobile settings, simulated throttling) in Debian's Chromium:
 *    - the start screen on a first visit (storage cleared, no service worker yet);
 *    - the start screen, a question screen and the plan on a return visit: the app is driven there
 *      with puppeteer-core (Lighthouse's own driver), then Lighthouse measures a reload, which the
 *      app answers by reopening the incident on the same screen, served by the service worker.
 * 3. Step cost in Chromium (playwright-core): Continue to the next h1 focused, and Back to the
 *    previous h1 focused, 100 of each, timed inside the page.
 * 4. The home list with 10, 1,000 and 10,000 stored incidents: a real incident is cloned straight
 *    into IndexedDB (database 'social-media-incident-wizard', store 'incidents', out-of-line keys,
 *    as src/record/database.ts keeps it), with no summaries, as a database from before summaries
 *    has them. The first "All incidents" is timed on its own (it rebuilds the missing summaries
 *    from the records, once); then the list, which reads only the 50 rows it draws through the
 *    summaries' index, is timed on a reload and from "All incidents".
 *    `--list-only` measures just this (after the build), for a quick before and after.
 * 5. Screens and clicks per training scenario, on the real incident machine in Node: the screen
 *    the first-steps card comes on, screens to the plan and clicks (scripts/route-figures.mjs,
 *    also `npm run figures:route` on its own).
 * 6. Export time for an incident with 50 evidence items, each with a screenshot-sized PNG, seeded
 *    straight into IndexedDB (stores 'incidents' and 'files'): from the click on each export
 *    button to the moment the app hands the result to the browser (the clipboard write, the
 *    download link's click, or window.print once every screenshot is drawn). The clipboard,
 *    download and print are stubbed at that point, so the browser's own work is not counted.
 * 7. Diagram open time: from the click on "See the whole flow" (on a question screen) to the frame
 *    in which the picture, with "You are here" on that screen, is in the page; the first open (its
 *    lazy chunk fetched) and re-opens after Back. Also whether any file of a layout library
 *    (elkjs) was requested, by the page or its service worker, or is in the precache list.
 *    `--diagram-only` measures just this (after the build).
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measureInitialJs } from './bundle-size.mjs';
import { routeTable, scenarioWalks } from './route-figures.mjs';
import { chromeFlags, chromePath, startPreview, stopPreview } from './support.mjs';

const repo = fileURLToPath(new URL('../', import.meta.url));
// BENCH_DIST measures (and builds into) a folder of one's own, so a bench never reads a build
// someone else is replacing; dist/ by default.
const outDir = process.env.BENCH_DIST ?? 'dist';
const distDir = join(repo, outDir);
// Not the e2e tests' 4173, so both can run on one machine; BENCH_PORT lets two benches run at once.
const port = Number(process.env.BENCH_PORT ?? 4174);
const baseURL = `http://127.0.0.1:${port}`;
const lighthouseFlags = ['--headless=new', ...chromeFlags];
const args = new Set(process.argv.slice(2));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
const log = (line = '') => console.log(line);

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
const median = (values) => percentile(values, 50);

// --- 1. Sizes -----------------------------------------------------------------------------------

function sizes() {
  const initial = measureInitialJs(distDir);
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const cssFiles = [...html.matchAll(/<link\b[^>]*rel=["']?stylesheet["']?[^>]*href=["']?\/?([^"'\s>]+)/gi)].map((m) => m[1]);
  const measure = (file) => {
    const bytes = readFileSync(join(distDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const css = cssFiles.map(measure);
  const initialFiles = new Set([...initial.files.map((f) => f.file), ...cssFiles]);
  const lazy = readdirSync(join(distDir, 'assets'))
    .map((name) =>
      relative(distDir, join(distDir, 'assets', name))
        .split('\\')
        .join('/'),
    )
    .filter((file) => /\.(js|css)$/.test(file) && !initialFiles.has(file))
    .map(measure)
    .sort((a, b) => b.raw - a.raw);
  return {
    initialJs: initial,
    css: { files: css, totalRaw: css.reduce((s, f) => s + f.raw, 0), totalGzip: css.reduce((s, f) => s + f.gzip, 0) },
    lazy,
  };
}

// --- The preview server -------------------------------------------------------------------------

// --- Driving the app (shared by puppeteer and playwright pages: only evaluate/waitForFunction) ----

/** waitForFunction takes (fn, options, arg) in puppeteer and (fn, arg, options) in playwright. */
function waitFor(page, fn, arg, timeout = 15_000) {
  const isPlaywright = typeof page.context === 'function';
  return isPlaywright ? page.waitForFunction(fn, arg, { timeout }) : page.waitForFunction(fn, { timeout }, arg);
}

const headingIs = (page, title) => waitFor(page, (t) => document.querySelector('h1')?.textContent?.trim() === t, title);

async function clickButton(page, name) {
  await waitFor(page, (n) => [...document.querySelectorAll('button')].some((b) => b.textContent.replace(/\s+/g, ' ').trim() === n), name);
  await page.evaluate((n) => {
    [...document.querySelectorAll('button')].find((b) => b.textContent.replace(/\s+/g, ' ').trim() === n).click();
  }, name);
}

async function pick(page, label) {
  await page.evaluate((l) => {
    const found = [...document.querySelectorAll('label')].find((x) => x.textContent.replace(/\s+/g, ' ').trim() === l);
    if (!found) throw new Error(`no option "${l}"`);
    const input = document.getElementById(found.htmlFor);
    if (!input.checked) input.click();
  }, label);
}

/** A mild incident, screen by screen: [heading, options to pick]. Labels are unique on each screen. */
const mildPath = [
  ['Is anyone in danger right now, or has anyone threatened to kill or seriously hurt someone?', ['No']],
  ['What does the post do?', ['None of these', 'No']],
  ['First steps: do these now', ['Yes, we have a copy', 'Carry on to the full plan: five more short screens']],
  ['Where is the post, and when did you find it?', ['Google reviews']],
  ['Who wrote it, and who is it about?', ['The practice as a whole', 'A patient or member of the public']],
  ['What is it about?', ['Getting an appointment, phone waits or another part of our service', 'Criticism', 'No']],
  ['Does any of this apply?', ['None of these', 'None of these, or not sure']],
  ['What will you do about the post?', ["Don't reply, and keep an eye on it"]],
];

/** From the home screen: start an incident and answer until the screen titled `until`. */
async function walkTo(page, until) {
  await clickButton(page, 'Start a new incident');
  for (const [title, options] of mildPath) {
    await headingIs(page, title);
    if (title === until) return;
    for (const option of options) await pick(page, option);
    await clickButton(page, 'Continue');
  }
  await headingIs(page, until);
}

// --- 2. Lighthouse ------------------------------------------------------------------------------

async function runLighthouse() {
  const { navigation } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const puppeteer = (await import('puppeteer-core')).default;
  const chrome = await launch({ chromePath, chromeFlags: lighthouseFlags, logLevel: 'silent' });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
  const results = [];
  const flags = {
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    formFactor: 'mobile',
    logLevel: 'error',
  };
  const summarise = (name, note, result) => {
    const lhr = result.lhr;
    const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
      .filter(
        (a) =>
          lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id) ||
          lhr.categories['best-practices'].auditRefs.some((r) => r.id === a.id),
      )
      .map((a) => a.id);
    const shifts = (lhr.audits['layout-shifts']?.details?.items ?? []).map(
      (item) => `${item.node?.nodeLabel ?? item.node?.selector ?? 'unknown'} (${item.score?.toFixed(3)})`,
    );
    return {
      name,
      note,
      shifts,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      failing,
      warnings: lhr.runWarnings ?? [],
    };
  };
  try {
    const page = await browser.newPage();
    // First visit: Lighthouse clears storage, so no service worker and nothing cached.
    results.push(summarise('Start screen', 'first visit', await navigation(page, `${baseURL}/`, { flags })));

    // Return visits: let the service worker install, then measure reloads of each screen.
    await page.goto(`${baseURL}/`, { waitUntil: 'load' });
    const withWorker = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker ? navigator.serviceWorker.ready.then(() => true) : false,
        new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
      ]),
    );
    const visit = withWorker ? 'return visit' : 'return visit, no service worker';
    const reloadFlags = { ...flags, disableStorageReset: true };
    const reload = () => page.reload();
    results.push(summarise('Start screen', visit, await navigation(page, reload, { flags: reloadFlags })));
    await headingIs(page, 'Social media incidents');
    await walkTo(page, 'Where is the post, and when did you find it?');
    results.push(summarise('Question screen', `${visit}, reopened mid-incident`, await navigation(page, reload, { flags: reloadFlags })));
    await headingIs(page, 'Where is the post, and when did you find it?');
    await clickButton(page, 'All incidents');
    await headingIs(page, 'Social media incidents');
    await walkTo(page, 'Your action plan');
    results.push(summarise('Plan', `${visit}, reopened on the plan`, await navigation(page, reload, { flags: reloadFlags })));
    await headingIs(page, 'Your action plan');
  } finally {
    await browser.disconnect().catch(() => {});
    chrome.kill();
  }
  return results;
}

// --- 3 and 4. Step cost and the home list (playwright-core) -------------------------------------

/** Times, inside the page, from each click on `buttonName` to the next h1 taking focus. */
const timingScript = () => {
  window.__benchTimes = [];
  let started = null;
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target.closest?.('button');
      if (button) started = { at: performance.now(), name: button.textContent.trim() };
    },
    true,
  );
  document.addEventListener('focusin', (event) => {
    if (started && event.target.tagName === 'H1') {
      window.__benchTimes.push({ name: started.name, ms: performance.now() - started.at });
      started = null;
    }
  });
};

async function stepCost(browser) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(timingScript);
  await walkTo(page, 'Who wrote it, and who is it about?');
  for (const option of mildPath[4][1]) await pick(page, option);
  // Warm up once (the lazy chunks are loaded by now), then 100 of each.
  const round = async () => {
    await clickButton(page, 'Continue');
    await headingIs(page, 'What is it about?');
    await waitFor(page, () => document.activeElement?.tagName === 'H1');
    await clickButton(page, 'Back');
    await headingIs(page, 'Who wrote it, and who is it about?');
    await waitFor(page, () => document.activeElement?.tagName === 'H1');
  };
  await round();
  await page.evaluate(() => {
    window.__benchTimes = [];
  });
  for (let i = 0; i < 100; i++) await round();
  const times = await page.evaluate(() => window.__benchTimes);
  await context.close();
  const of = (name) => times.filter((t) => t.name === name).map((t) => t.ms);
  const summary = (values) => ({ n: values.length, median: median(values), p95: percentile(values, 95), max: Math.max(...values) });
  return { continue: summary(of('Continue')), back: summary(of('Back')) };
}

/** As src/record/incidentStore.ts names it. */
const listReadMeasure = 'incident list read';

/** How many stored incidents the home list is timed with. */
const listCounts = [10, 1000, 10000];

async function homeList(browser, count) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await walkTo(page, 'Your action plan');
  const id = await page.evaluate(() => window.history.state.incidentId);
  // Clone the real record, so every copy passes the app's schema check as it is read. Records
  // only: the database is opened at whatever version the app made, and the summaries are left to
  // the app to rebuild, as after an upgrade from a version without them.
  const seeded = await page.evaluate(
    ({ id, count }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('social-media-incident-wizard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('incidents', 'readwrite');
          const store = tx.objectStore('incidents');
          const get = store.get(id);
          get.onsuccess = () => {
            const original = get.result;
            const year = original.reference.slice(3, 7);
            for (let i = 1; i < count; i++) {
              const copyId = crypto.randomUUID();
              const at = new Date(Date.parse(original.updatedAt) - i * 60_000).toISOString();
              store.put({ ...original, id: copyId, reference: `SM-${year}-${String(i + 1).padStart(4, '0')}`, updatedAt: at }, copyId);
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve(count);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { id, count },
  );

  // The list draws 50 rows at a time, newest first (rowsPerPage in src/features/home/HomePage.tsx).
  const shownRows = Math.min(count, 50);
  const rows = (n) => waitFor(page, (n) => document.querySelectorAll('tbody tr').length >= n, n, 120_000);
  // The part of it spent reading storage: the app times its list read as a User Timing measure.
  const lastRead = () => page.evaluate((name) => performance.getEntriesByName(name).at(-1)?.duration ?? null, listReadMeasure);
  // All rows shown, from a list read since the click: a list that keeps its old rows while it reads
  // again (as the app's did before summaries) is not counted as shown until that read is done.
  const listShown = async () => {
    await rows(shownRows);
    await waitFor(page, (name) => performance.getEntriesByName(name).length > 0, listReadMeasure, 120_000).catch(() => {});
  };
  const fromClick = async (name) => {
    await page.evaluate((name) => performance.clearMeasures(name), listReadMeasure);
    await clickButton(page, name);
    const clickedAt = await page.evaluate(() => performance.now());
    await listShown();
    return { all: (await page.evaluate(() => performance.now())) - clickedAt, read: await lastRead() };
  };
  const openFirst = async () => {
    await clickButton(
      page,
      `Open ${await page.evaluate(() => document.querySelector('tbody th')?.textContent.match(/SM-\d{4}-\d{4}/)[0])}`,
    );
    await waitFor(page, () => window.history.state?.incidentId);
    await page.evaluate(timingScript);
  };
  await page.evaluate(timingScript);
  // The first list after seeding: every copy's summary is missing and is rebuilt from its record.
  const first = await fromClick('All incidents');
  await openFirst();
  const fromReload = [];
  const fromButton = [];
  const reads = [];
  for (let i = 0; i < 5; i++) {
    // From "All incidents" in an open incident to the full list on screen.
    const button = await fromClick('All incidents');
    fromButton.push(button.all);
    // A reload of the home screen, from navigation start to the full list.
    await page.reload();
    await listShown();
    fromReload.push(await page.evaluate(() => performance.now()));
    reads.push(button.read, await lastRead());
    await openFirst();
  }
  await context.close();
  const read = reads.every((r) => r !== null) ? reads : null;
  return {
    seeded,
    firstList: first.all,
    firstRead: first.read,
    read: read && median(read),
    readAll: read,
    fromReload: median(fromReload),
    fromReloadAll: fromReload,
    fromButton: median(fromButton),
    fromButtonAll: fromButton,
  };
}

async function homeLists(browser) {
  const lists = [];
  for (const count of listCounts) {
    try {
      lists.push(await homeList(browser, count));
    } catch (error) {
      lists.push({ seeded: count, error: error.message });
    }
  }
  return lists;
}

/** The list figures as table rows: incidents, storage read, first list, "All incidents" and reload (medians). */
function listRows(lists) {
  const runs = (values) => values.map((v) => v.toFixed(0)).join(', ');
  return lists.map((l) =>
    l.error
      ? `| ${l.seeded.toLocaleString('en-GB')} | not measured: ${l.error} | | | |`
      : `| ${l.seeded.toLocaleString('en-GB')} | ${l.read === null ? 'not timed by this build' : `${ms(l.read)} (${runs(l.readAll)})`} | ${ms(l.firstList)}${l.firstRead === null ? '' : ` (read ${ms(l.firstRead)})`} | ${ms(l.fromButton)} (${runs(l.fromButtonAll)}) | ${ms(l.fromReload)} (${runs(l.fromReloadAll)}) |`,
  );
}

const listTableHead = [
  '| incidents | reading the list from storage: median (runs) | first list, rebuilding summaries | "All incidents" to the list drawn (up to 50 rows): median (runs) | reload, navigation start to the list drawn: median (runs) |',
  '| ---: | ---: | ---: | ---: | ---: |',
];

// --- 6. Export time with 50 evidence items (playwright-core) ------------------------------------

/**
 * Stubs where each export leaves the app, and records when it got there: the clipboard write, a
 * download link's click (the file is not saved) and window.print (afterprint follows at once).
 */
const exportHandoverScript = () => {
  let waiting = null;
  const handedOver = (what, bytes) => {
    const at = performance.now();
    if (waiting) {
      waiting({ what, at, bytes });
      waiting = null;
    }
  };
  window.__benchHandover = () => new Promise((resolve) => (waiting = resolve));
  let lastBlobSize = null;
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    lastBlobSize = blob?.size ?? null;
    return createObjectURL(blob);
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.hasAttribute('download')) return handedOver('download', lastBlobSize);
    return click.call(this);
  };
  if (navigator.clipboard) {
    navigator.clipboard.writeText = (text) => {
      handedOver('clipboard', new Blob([text]).size);
      return Promise.resolve();
    };
  }
  window.print = () => {
    handedOver('print', null);
    setTimeout(() => window.dispatchEvent(new Event('afterprint')), 0);
  };
};

/** Adds `count` posts, each with the same screenshot-sized PNG as its file, to a stored incident. */
const seedEvidence = async ({ id, count }) => {
  // A stand-in screenshot: a 1280 × 720 page of text drawn on a canvas.
  const canvas = new OffscreenCanvas(1280, 720);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f0f2f5';
  ctx.fillRect(0, 0, 1280, 720);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(300, 40, 680, 640);
  ctx.fillStyle = '#1c1e21';
  ctx.font = '16px sans-serif';
  for (let line = 0; line < 30; line++) {
    ctx.fillText(
      `Line ${line + 1} of a made-up post about the practice, with replies underneath it ${'·'.repeat(line % 7)}`,
      320,
      80 + line * 20,
    );
  }
  const bytes = await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const sha256 = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  const now = new Date().toISOString();
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('social-media-incident-wizard'); // whatever version the app is at
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['incidents', 'files'], 'readwrite');
      const incidents = tx.objectStore('incidents');
      const files = tx.objectStore('files');
      const get = incidents.get(id);
      get.onsuccess = () => {
        const record = get.result;
        const evidence = [];
        for (let i = 1; i <= count; i++) {
          const fileId = crypto.randomUUID();
          files.put({ id: fileId, incidentId: id, bytes, type: 'image/png', size: bytes.byteLength, sha256 });
          evidence.push({
            id: crypto.randomUUID(),
            platform: 'localGroup',
            url: `https://www.facebook.com/groups/example/posts/${100000 + i}`,
            account: `@made.up.account.${i}`,
            text: `Post ${i}: the practice never answers the phone and the receptionist was rude to my mum again. Everyone should complain about them.`,
            postedAsShown: `${i}h ago`,
            capturedAt: now,
            notes: `Found by the practice manager. Replies underneath: ${i % 5}.`,
            files: [
              {
                fileId,
                name: `screenshot-${String(i).padStart(2, '0')}.png`,
                type: 'image/png',
                size: bytes.byteLength,
                sha256,
                addedAt: now,
              },
            ],
          });
        }
        incidents.put({ ...record, evidence, revision: record.revision + 1, updatedAt: now }, id);
      };
      tx.oncomplete = () => {
        db.close();
        resolve({ count, fileBytes: bytes.byteLength });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
};

async function exportTimes(browser, count = 50, runs = 5) {
  const context = await browser.newContext({ baseURL });
  await context.addInitScript(exportHandoverScript);
  const page = await context.newPage();
  await page.goto('/');
  await walkTo(page, 'Your action plan');
  const id = await page.evaluate(() => window.history.state.incidentId);
  // Let the plan's own save finish, so the seeded record is not overwritten by a late autosave.
  await waitFor(
    page,
    (id) =>
      new Promise((resolve) => {
        const open = indexedDB.open('social-media-incident-wizard'); // whatever version the app is at
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('incidents').objectStore('incidents').get(id);
          get.onsuccess = () => {
            db.close();
            resolve(get.result?.currentStep === 'plan');
          };
          get.onerror = () => resolve(false);
        };
      }),
    id,
  );
  const seeded = await page.evaluate(seedEvidence, { id, count });
  // A reload reopens the incident on the plan, read afresh from IndexedDB.
  await page.reload();
  await headingIs(page, 'Your action plan');
  await clickButton(page, `Evidence and references (${count} saved)`).catch(() => {
    throw new Error(`the seeded incident does not show ${count} evidence items`);
  });
  await headingIs(page, 'Evidence and references');
  await clickButton(page, 'Back');
  await headingIs(page, 'Your action plan');

  const exports = [
    ['Copy as Markdown', 'clipboard'],
    ['Copy as plain text', 'clipboard'],
    ['Download as Markdown (.md)', 'download'],
    ['Download as text (.txt)', 'download'],
    ['Download a backup (.json)', 'download'],
    ['Print or save as PDF', 'print'],
  ];
  const results = [];
  for (const [name, expected] of exports) {
    const times = [];
    let bytes = null;
    // One more than counted: the first warms up (lazy code, screenshots decoded once).
    for (let i = 0; i <= runs; i++) {
      const outcome = await page.evaluate(async (name) => {
        const handover = window.__benchHandover();
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent.replace(/\s+/g, ' ').trim() === name);
        const start = performance.now();
        button.click();
        const done = await handover;
        return { what: done.what, ms: done.at - start, bytes: done.bytes };
      }, name);
      if (outcome.what !== expected) throw new Error(`"${name}" ended in ${outcome.what}, not ${expected}`);
      if (i > 0) times.push(outcome.ms);
      bytes = outcome.bytes ?? bytes;
      // Let the print view go (afterprint) and the status settle before the next run.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    }
    results.push({ name, median: median(times), all: times, bytes });
  }
  await context.close();
  return { count: seeded.count, fileBytes: seeded.fileBytes, runs, results };
}

// --- 7. Diagram open time (playwright-core) -----------------------------------------------------

/** In every build of elkjs (the Java package names of the Eclipse Layout Kernel it is compiled from). */
const elkMarker = 'org.eclipse.elk';

/** Times, inside the page, from the click on `buttonName` to the first frame with `selector` in it. */
const openTimingScript = ({ buttonName, selector }) => {
  window.__openTimes = [];
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target.closest?.('button');
      if (!button || button.textContent.replace(/\s+/g, ' ').trim() !== buttonName) return;
      const at = performance.now();
      const frame = () => {
        if (document.querySelector(selector)) window.__openTimes.push(performance.now() - at);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    true,
  );
};

async function diagramOpen(browser, reopens = 5) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const requested = [];
  const elkRequests = new Set();
  // Chromium reports the service worker's fetches (its precaching) here as well as the page's.
  context.on('response', async (response) => {
    const url = response.url();
    requested.push(url);
    if (/elk/i.test(url)) elkRequests.add(url);
    if (/\.m?js(\?|$)/.test(url)) {
      const body = await response.text().catch(() => '');
      if (body.includes(elkMarker)) elkRequests.add(url);
    }
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(openTimingScript, { buttonName: 'See the whole flow', selector: 'svg[role="img"] [data-mark="current"]' });
  const screen = 'Who wrote it, and who is it about?';
  await walkTo(page, screen);
  const open = async () => {
    const before = await page.evaluate(() => window.__openTimes.length);
    await clickButton(page, 'See the whole flow');
    await waitFor(page, (n) => window.__openTimes.length > n, before);
    await headingIs(page, 'The whole flow');
    await clickButton(page, 'Back');
    await headingIs(page, screen);
  };
  for (let i = 0; i <= reopens; i++) await open();
  const times = await page.evaluate(() => window.__openTimes);
  const overview = await overviewFit(page);
  // Let the service worker finish precaching, so its fetches are counted too.
  await page.evaluate(() => navigator.serviceWorker?.ready).catch(() => {});
  await page.waitForTimeout(1000);
  await context.close();
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/\burl["']?\s*:\s*["']([^"']+)["']/g)].map((m) => m[1]);
  const precachedElk = precached.filter(
    (file) => /elk/i.test(file) || (/\.js$/.test(file) && readFileSync(join(distDir, file), 'utf8').includes(elkMarker)),
  );
  const [first, ...again] = times;
  return {
    overview,
    first,
    reopen: { n: again.length, median: median(again), max: Math.max(...again) },
    requests: requested.length,
    elkRequests: [...elkRequests],
    precached: precached.length,
    precachedElk,
  };
}

/**
 * The overview by stage as the diagram opens at 1366x768 (normal view, a live incident): its size,
 * the scale it would need to fit the window (1.00: it fits at full size), where it sits, and its
 * smallest text; then the detailed drawing's own "Fit to screen" scale, for comparison.
 */
async function overviewFit(page) {
  await clickButton(page, 'See the whole flow');
  await headingIs(page, 'The whole flow');
  const measured = await page.evaluate(() => {
    const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent.trim() === 'The stages at a glance');
    const region = heading?.closest('section');
    if (!region) return null;
    region.scrollIntoView({ block: 'start' });
    const box = region.getBoundingClientRect();
    const sizes = [...region.querySelectorAll('*')]
      .filter((each) => [...each.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== ''))
      .filter((each) => each.getBoundingClientRect().width > 1)
      .map((each) => parseFloat(getComputedStyle(each).fontSize));
    return { width: box.width, height: box.height, smallest: Math.min(...sizes), window: { width: innerWidth, height: innerHeight } };
  });
  await clickButton(page, 'Fit to screen');
  const drawing = await page.evaluate(() => /Shown at (\d+)%/.exec(document.body.innerText)?.[1] ?? null);
  await clickButton(page, 'Back');
  if (measured === null) return null;
  const scale = Math.min(1, measured.window.width / measured.width, measured.window.height / measured.height);
  return { ...measured, scale, drawingFitPercent: drawing === null ? null : Number(drawing) };
}

function overviewLine(overview) {
  if (!overview) return 'overview by stage: not found';
  return (
    `overview by stage at ${overview.window.width}x${overview.window.height}: ${Math.round(overview.width)}x${Math.round(overview.height)} px, ` +
    `fit scale ${overview.scale.toFixed(2)}, smallest text ${overview.smallest} px; the detailed drawing fitted to the screen: ${overview.drawingFitPercent ?? '?'}%`
  );
}

function diagramLines(diagram) {
  return [
    overviewLine(diagram.overview),
    `diagram open time after the click: first open ${ms(diagram.first)}, re-open median ${ms(diagram.reopen.median)} (max ${ms(diagram.reopen.max)}, ${diagram.reopen.n} runs)`,
    `layout library (elkjs) requested: ${diagram.elkRequests.length === 0 ? `no (${diagram.requests} requests checked)` : `YES: ${diagram.elkRequests.join(', ')}`}`,
    `layout library in the precache: ${diagram.precachedElk.length === 0 ? `no (${diagram.precached} files listed)` : `YES: ${diagram.precachedElk.join(', ')}`}`,
  ];
}

// --- Report -------------------------------------------------------------------------------------

function machine(chromiumVersion) {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpus: os.availableParallelism?.() ?? os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
  };
}

function markdown({ info, size, lighthouse, steps, list, walks, exported, diagram }) {
  const lines = [];
  lines.push('# Performance', '');
  lines.push('Written by `npm run bench` (scripts/bench.mjs); run it again to refresh. Figures, not gates: only the');
  lines.push('110 KB gzip budget for initial JavaScript fails the build (`npm run check:budget`).', '');
  lines.push(`- Date: ${info.date}`);
  lines.push(`- Machine: ${info.cpus} CPUs (${info.cpuModel}), ${info.memory} memory, ${info.os}`);
  lines.push(`- Chromium: ${info.chromium}; Node ${info.node}`, '');
  lines.push('## Download sizes', '');
  lines.push('| what | raw | gzip |', '| --- | ---: | ---: |');
  lines.push(
    `| Initial JavaScript (${size.initialJs.files.map((f) => `\`${f.file}\``).join(', ')}) | ${kb(size.initialJs.totalRaw)} | ${kb(size.initialJs.totalGzip)} |`,
  );
  lines.push(
    `| Initial CSS (${size.css.files.map((f) => `\`${f.file}\``).join(', ')}) | ${kb(size.css.totalRaw)} | ${kb(size.css.totalGzip)} |`,
  );
  for (const f of size.lazy) lines.push(`| Lazy: \`${f.file}\` | ${kb(f.raw)} | ${kb(f.gzip)} |`);
  lines.push('');
  lines.push('## Lighthouse 12.2.3 (mobile settings, simulated throttling)', '');
  if (lighthouse.error) {
    lines.push(`Not measured: ${lighthouse.error}`, '');
  } else {
    lines.push('| screen | visit | performance | accessibility | best practices | LCP | TBT | CLS |');
    lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of lighthouse.results) {
      lines.push(
        `| ${r.name} | ${r.note} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${ms(r.lcp)} | ${ms(r.tbt)} | ${r.cls?.toFixed(3)} |`,
      );
    }
    lines.push('');
    lines.push('A question screen and the plan have no address of their own: the benchmark drives the app there with');
    lines.push('puppeteer-core, then Lighthouse measures a reload, which reopens the incident on that screen from the');
    lines.push('service worker and IndexedDB. The start screen is measured on a first visit (storage cleared, nothing');
    lines.push('cached) and on a return visit. Return visits are served by the service worker from its cache, which');
    lines.push("Lighthouse's simulated throttling does not slow down, so their LCP is close to an unthrottled figure.");
    const shifted = lighthouse.results.filter((r) => r.cls > 0.1);
    if (shifted.length > 0) {
      lines.push('', `CLS above 0.1 on: ${shifted.map((r) => `${r.name} (${r.note})`).join('; ')}.`);
    }
    const failing = [...new Set(lighthouse.results.flatMap((r) => r.failing))];
    if (failing.length > 0)
      lines.push('', `Accessibility or best-practice audits not passed on some screen: ${failing.map((f) => `\`${f}\``).join(', ')}.`);
    lines.push('');
  }
  lines.push('## Step cost in Chromium', '');
  lines.push('Time inside the page from the click to the next screen\'s h1 taking focus (Continue between "Who wrote');
  lines.push('it, and who is it about?" and "What is it about?", Back the other way; each answer is saved to IndexedDB).', '');
  lines.push('| move | steps | median | p95 | max |', '| --- | ---: | ---: | ---: | ---: |');
  lines.push(`| Continue | ${steps.continue.n} | ${ms(steps.continue.median)} | ${ms(steps.continue.p95)} | ${ms(steps.continue.max)} |`);
  lines.push(`| Back | ${steps.back.n} | ${ms(steps.back.median)} | ${ms(steps.back.p95)} | ${ms(steps.back.max)} |`);
  lines.push('');
  lines.push('## Home list with 10, 1,000 and 10,000 stored incidents', '');
  lines.push('The list reads, through an index on the summaries (src/record/storedSummary.ts), only the 50 rows it');
  lines.push('draws, counts of open and closed incidents, and the few the retention rule may delete soon. The');
  lines.push('records are seeded without summaries, as a database from before them has them, so the first list');
  lines.push('reads every record and rebuilds the summaries, once; the other figures are medians of 5 after that.');
  lines.push('"Reading the list from storage" is the app\'s own User Timing measure (`incident list read`) of the');
  lines.push('list\'s read, on "All incidents" and on reload; the rest of each figure is drawing the rows.', '');
  lines.push(...listTableHead, ...listRows(list), '');
  lines.push('## Screens and clicks, per training scenario', '');
  if (walks.error) {
    lines.push(`Not measured: ${walks.error}`, '');
  } else {
    lines.push("Each scenario's `answers` walked through the real incident machine in Node (`npm run figures:route`).");
    lines.push('Screens are counted from the first one after "Start a new incident" (screen 1). Clicks are what a');
    lines.push('person does: one per answer chosen, one per box ticked, one per Continue; the date (which starts at');
    lines.push('now) and the optional description are not counted.', '');
    lines.push(...routeTable(walks.results));
    lines.push('');
  }
  lines.push(`## Export time for an incident with ${exported.error ? 50 : exported.count} evidence items`, '');
  if (exported.error) {
    lines.push(`Not measured: ${exported.error}`, '');
  } else {
    lines.push(
      `${exported.count} posts, each with its text, address, account, notes and one ${kb(exported.fileBytes)} PNG screenshot (1280 × 720),`,
    );
    lines.push('seeded into IndexedDB; then, on the plan, the time inside the page from the click on each button to the');
    lines.push('moment the app hands the result to the browser: the clipboard write, the download link clicked, or');
    lines.push('`window.print()` once every screenshot in the print view is drawn. Those three are stubbed there, so');
    lines.push(`the browser's own saving and printing are not counted. Median of ${exported.runs}, after one warm-up.`, '');
    lines.push('| export | median | all runs | size |', '| --- | ---: | --- | ---: |');
    for (const r of exported.results) {
      lines.push(`| ${r.name} | ${ms(r.median)} | ${r.all.map((v) => v.toFixed(0)).join(', ')} | ${r.bytes == null ? '–' : kb(r.bytes)} |`);
    }
    lines.push('');
  }
  lines.push('## Opening the whole-flow diagram', '');
  if (!diagram || diagram.error) {
    lines.push(`Not measured: ${diagram?.error ?? 'skipped'}`, '');
  } else {
    lines.push('In Chromium at 1366 × 768, on "Who wrote it, and who is it about?": the time inside the page from the');
    lines.push('click on "See the whole flow" to the first frame with the picture in it, "You are here" on that screen.');
    lines.push('The layout is computed ahead of time from the machine (src/features/diagram/flowLayout.generated.ts).', '');
    for (const line of diagramLines(diagram)) lines.push(`- ${line}`);
    lines.push('');
  }
  return lines.join('\n');
}

// --- Main ---------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(chromePath)) throw new Error(`Chromium not found at ${chromePath} (apt-get install -y chromium)`);
  if (!args.has('--no-build')) {
    log('Building…');
    const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('vite build failed');
  }

  if (args.has('--list-only')) return listOnly();
  if (args.has('--diagram-only')) return diagramOnly();

  const size = sizes();
  log('Sizes');
  log(`  initial JS   ${kb(size.initialJs.totalRaw).padStart(10)} raw ${kb(size.initialJs.totalGzip).padStart(10)} gzip`);
  log(`  initial CSS  ${kb(size.css.totalRaw).padStart(10)} raw ${kb(size.css.totalGzip).padStart(10)} gzip`);
  for (const f of size.lazy) log(`  lazy ${f.file.padEnd(36)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);

  log('\nTraining scenarios: screens and clicks to the plan…');
  let walks;
  try {
    walks = { results: await scenarioWalks() };
    for (const line of routeTable(walks.results)) log(`  ${line}`);
  } catch (error) {
    walks = { error: error.message };
    log(`  scenario walk failed: ${error.message}`);
  }

  const chromiumVersion = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const server = await startPreview({ repo, port, outDir });
  let lighthouse = { error: 'skipped (--no-lighthouse)' };
  let steps;
  let list;
  let exported;
  let diagram;
  try {
    if (!args.has('--no-lighthouse')) {
      log('\nLighthouse (mobile)…');
      try {
        lighthouse = { results: await runLighthouse() };
        for (const r of lighthouse.results) {
          log(
            `  ${`${r.name} (${r.note})`.padEnd(50)} perf ${r.performance}  a11y ${r.accessibility}  best ${r.bestPractices}  LCP ${ms(r.lcp)}  TBT ${ms(r.tbt)}  CLS ${r.cls?.toFixed(3)}`,
          );
          if (r.failing.length > 0) log(`    not passed: ${r.failing.join(', ')}`);
          if (r.shifts.length > 0) log(`    layout shifts: ${r.shifts.join('; ')}`);
        }
      } catch (error) {
        lighthouse = { error: error.message };
        log(`  Lighthouse failed: ${error.message}`);
      }
    }

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromeFlags });
    try {
      log('\nStep cost (100 Continue, 100 Back)…');
      steps = await stepCost(browser);
      log(`  Continue: median ${ms(steps.continue.median)}, p95 ${ms(steps.continue.p95)}, max ${ms(steps.continue.max)}`);
      log(`  Back:     median ${ms(steps.back.median)}, p95 ${ms(steps.back.p95)}, max ${ms(steps.back.max)}`);
      log('\nHome list with 10, 1,000 and 10,000 incidents…');
      list = await homeLists(browser);
      for (const line of [...listTableHead, ...listRows(list)]) log(`  ${line}`);
      log('\nExport time with 50 evidence items…');
      try {
        exported = await exportTimes(browser);
        for (const r of exported.results) {
          log(
            `  ${r.name.padEnd(30)} median ${ms(r.median).padStart(8)}  (${r.all.map((v) => v.toFixed(0)).join(', ')})${r.bytes == null ? '' : `  ${kb(r.bytes)}`}`,
          );
        }
      } catch (error) {
        exported = { error: error.message };
        log(`  export timing failed: ${error.message}`);
      }
      log('\nOpening the whole-flow diagram…');
      try {
        diagram = await diagramOpen(browser);
        for (const line of diagramLines(diagram)) log(`  ${line}`);
      } catch (error) {
        diagram = { error: error.message };
        log(`  diagram timing failed: ${error.message}`);
      }
    } finally {
      await browser.close();
    }
  } finally {
    await stopPreview(server);
  }

  const info = machine(chromiumVersion);
  log(`\n${info.date} · ${info.cpus} CPUs · ${info.memory} · ${info.chromium}`);
  if (!args.has('--no-write')) {
    mkdirSync(join(repo, 'docs'), { recursive: true });
    writeFileSync(join(repo, 'docs', 'performance.md'), markdown({ info, size, lighthouse, steps, list, walks, exported, diagram }));
    log('Wrote docs/performance.md');
  }
}

/** Only the home list figures, printed and not written (`--list-only`). */
async function listOnly() {
  const server = await startPreview({ repo, port, outDir });
  try {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromeFlags });
    try {
      log('Home list with 10, 1,000 and 10,000 incidents…');
      for (const line of [...listTableHead, ...listRows(await homeLists(browser))]) log(`  ${line}`);
    } finally {
      await browser.close();
    }
  } finally {
    await stopPreview(server);
  }
}

/** Only the diagram figures, printed and not written (`--diagram-only`). */
async function diagramOnly() {
  const server = await startPreview({ repo, port, outDir });
  try {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromeFlags });
    try {
      log('Opening the whole-flow diagram…');
      for (const line of diagramLines(await diagramOpen(browser))) log(`  ${line}`);
    } finally {
      await browser.close();
    }
  } finally {
    await stopPreview(server);
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
}
