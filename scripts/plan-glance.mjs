/**
 * The plan at a glance, measured: for every training scenario, how many of its actions show in
 * full on the first screen of the plan at 1366x768, how tall the checklist is, and how many words
 * the plan page shows before anything is opened. It prints figures and never fails on them.
 *
 *   npm run build && npm run bench:plan
 *   node scripts/plan-glance.mjs --screenshots /tmp/plans   also keep a first-screen picture of each
 *   node scripts/plan-glance.mjs --repo /path/to/checkout   measure another copy (built there)
 *
 * How: each scenario's answers are walked through the real incident machine in Node (bundled with
 * rolldown, as scripts/note-pages.mjs does) into a training record at the plan, with the practice
 * settings the note's golden tests use. The records are put straight into the app's IndexedDB
 * (stores 'incidents' and 'settings', as src/record/database.ts keeps them), and each is opened
 * from the home list in the production build (vite preview) in Chromium (playwright-core, headless).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromeFlags, chromePath, importBundled, startPreview, stopPreview } from './support.mjs';

const args = process.argv.slice(2);
const repoArg = args.indexOf('--repo');
/** Another copy of the app (an older commit, say) to measure the same way, for comparison. */
const repo = repoArg >= 0 && args[repoArg + 1] ? resolve(args[repoArg + 1]) : fileURLToPath(new URL('../', import.meta.url));
const shotsArg = args.indexOf('--screenshots');
const shotsDir = shotsArg >= 0 && args[shotsArg + 1] ? resolve(args[shotsArg + 1]) : undefined;
const port = 4175; // not the e2e tests' 4173 or the bench's 4174
const baseURL = `http://127.0.0.1:${port}`;
const viewport = { width: 1366, height: 768 };

const recordSource = (paths) => `
import { scenarios } from ${JSON.stringify(paths.scenarios)};
import { currentSchemaVersion } from ${JSON.stringify(paths.schema)};
import { machineVersion } from ${JSON.stringify(paths.machineVersion)};
import { startWizard, walkToPlan } from ${JSON.stringify(paths.walk)};
import * as fixtures from ${JSON.stringify(paths.fixtures)};

export function records() {
  return scenarios.flatMap((scenario, index) => {
    try {
      const wizard = startWizard();
      walkToPlan(scenario.answers, wizard);
      const { answers, visited } = wizard.getSnapshot().context;
      wizard.stop();
      const at = new Date(Date.UTC(2026, 10, 25, 9, 30) + index * 60000).toISOString();
      return [{
        name: scenario.id,
        record: {
          schemaVersion: currentSchemaVersion, id: 'glance-' + scenario.id, reference: 'SM-2026-' + String(9000 + index + 1),
          kind: 'live', createdAt: at, updatedAt: at, foundAt: null, machineVersion, revision: 1, status: 'open', keep: false,
          answers, drafts: {}, visited: [...visited], currentStep: 'plan', actions: {},
          timeline: [{ at, kind: 'created', summary: 'Incident started' }], evidence: [], reply: null, references: [],
        },
      }];
    } catch (error) {
      return [{ name: scenario.id, problem: String(error.message ?? error).slice(0, 160) }];
    }
  });
}
/** The golden notes' practice settings, where this copy of the app has them. */
export const settings = fixtures.practiceSettings;
`;

async function buildRecords() {
  const source = recordSource({
    scenarios: join(repo, 'src', 'content', 'scenarios.ts'),
    schema: join(repo, 'src', 'record', 'schema.ts'),
    machineVersion: join(repo, 'machines', 'machineVersion.ts'),
    walk: join(repo, 'tests', 'support', 'walk.ts'),
    fixtures: join(repo, 'tests', 'note', 'incidents.ts'),
  });
  const built = await importBundled({ repo, name: 'plan-glance', source });
  return { rows: built.records(), settings: built.settings };
}

/** Puts the records and settings into the app's own database, as the app would have saved them. */
function seed(page, records, settings) {
  return page.evaluate(
    ({ records, settings }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('social-media-incident-wizard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['incidents', 'settings'], 'readwrite');
          for (const record of records) tx.objectStore('incidents').put(record, record.id);
          if (settings !== undefined) tx.objectStore('settings').put(settings, 'practice');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { records, settings: settings ?? undefined },
  );
}

/** What shows on the plan's first screen, before anything is opened or scrolled. */
function measure(page) {
  return page.evaluate(() => {
    const screenBottom = window.innerHeight;
    // '.action-list' is the plan's list before the checklist, so an older copy measures the same way.
    const rows = [...document.querySelectorAll('.action-checklist > li, .action-list > li')];
    const rects = rows.map((row) => row.getBoundingClientRect());
    const groups = [...document.querySelectorAll('.action-group')].filter((g) => g.querySelector('.action-checklist, .action-list'));
    const top = groups[0]?.getBoundingClientRect().top ?? 0;
    const bottom = groups.at(-1)?.getBoundingClientRect().bottom ?? 0;
    const main = document.querySelector('main') ?? document.body;
    // Words a reader sees without opening anything (hidden "how" panels are not in innerText).
    // Counted as seen: text only for screen readers is left out, and a list box counts its chosen option.
    const count = (element) => {
      const copy = element.cloneNode(true);
      for (const hidden of copy.querySelectorAll('.visually-hidden, [hidden], [aria-hidden="true"], script, style')) hidden.remove();
      for (const select of copy.querySelectorAll('select')) select.replaceWith(select.selectedOptions?.[0]?.textContent ?? '');
      return (copy.textContent.match(/\S+/g) ?? []).length;
    };
    const checklistWords = groups.reduce((sum, group) => sum + count(group), 0);
    const words = count(main);
    return {
      actions: rows.length,
      onFirstScreen: rects.filter((r) => r.bottom <= screenBottom).length,
      checklistTop: Math.round(top),
      checklistHeight: Math.round(bottom - top),
      pageHeight: Math.round(document.documentElement.scrollHeight),
      checklistWords,
      words,
    };
  });
}

async function main() {
  if (!existsSync(chromePath)) throw new Error(`Chromium not found at ${chromePath} (apt-get install -y chromium)`);
  if (!existsSync(join(repo, 'dist', 'index.html'))) throw new Error('No build in dist/: run npm run build first');
  const { rows, settings } = await buildRecords();
  const server = await startPreview({ repo, port });
  const results = [];
  try {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromeFlags });
    try {
      if (shotsDir !== undefined) mkdirSync(shotsDir, { recursive: true });
      for (const row of rows) {
        if (row.record === undefined) {
          results.push({ name: row.name, problem: row.problem });
          continue;
        }
        // A fresh browser profile for each incident, so the home list holds only that one.
        const context = await browser.newContext({ baseURL, viewport });
        const page = await context.newPage();
        await page.goto('/');
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await seed(page, [row.record], settings);
        await page.reload();
        const open = page.getByRole('button', { name: `Open ${row.record.reference}` });
        try {
          await open.waitFor({ timeout: 10_000 });
          await open.click();
          await page.locator('.action-checklist, .action-list').first().waitFor();
          await page.evaluate(() => window.scrollTo(0, 0));
          results.push({ name: row.name, ...(await measure(page)) });
          if (shotsDir !== undefined) await page.screenshot({ path: join(shotsDir, `${row.name}.png`) });
        } catch (error) {
          const shown = (await page.locator('main').innerText()).replace(/\s+/g, ' ').slice(0, 300);
          results.push({ name: row.name, problem: `${error.message.split('\n')[0]}; the page shows: ${shown}` });
        }
        await context.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    await stopPreview(server);
  }

  console.log(
    `The plan at ${viewport.width}x${viewport.height}: actions shown in full on the first screen / all actions; the checklist's height and where it starts; words in the checklist and on the whole page (not-to-do, answers and the export panel included) before anything is opened`,
  );
  for (const r of results) {
    if (r.problem !== undefined) console.log(`  not measured  ${r.name}: ${r.problem}`);
    else
      console.log(
        `  ${String(r.onFirstScreen).padStart(2)} / ${String(r.actions).padStart(2)}  checklist ${String(r.checklistHeight).padStart(5)} px from y=${r.checklistTop}  ${String(r.checklistWords).padStart(4)} / ${String(r.words).padStart(4)} words  page ${r.pageHeight} px  ${r.name}`,
      );
  }
}

try {
  await main();
} catch (error) {
  console.error(`plan-glance: ${error.stack ?? error.message}`);
  process.exitCode = 1;
}
