/**
 * How many A4 pages the printed note takes: the main body (the part before the first appendix)
 * and the whole note, for every training scenario and for the four incidents the note's golden
 * tests use. It prints figures and never fails on them.
 *
 *   npm run bench:note                 every scenario and fixture
 *   node scripts/note-pages.mjs --json also print the figures as JSON
 *   node scripts/note-pages.mjs --repo /path/to/another/checkout   measure another copy
 *   node scripts/note-pages.mjs --pdf /tmp/notes                   keep the PDFs to look at
 *
 * How: the real note code (buildNote, and the print view's React components) is bundled for Node
 * with rolldown, Vite's own bundler. Each scenario's answers are walked through the real incident
 * machine (as tests/support/walk.ts does), so the note lists exactly the screens and answers that
 * route shows. The print view is rendered to static HTML, given the app's stylesheet and note.css
 * with the `printing-note` body class (as PrintNote does), and printed by Chromium (playwright-core
 * driving /usr/bin/chromium headless) with page.pdf on A4, honouring the stylesheet's @page rule.
 * The pages are counted from the PDF's page objects. The main body is printed on its own for its
 * count; the whole note gives the total.
 *
 * Screenshots are not drawn (no files are stored here), so a note with screenshots prints a few
 * more pages of appendix than counted; the main body never holds screenshots. Fonts are whatever
 * this machine's Chromium has; Arial on a practice PC sets a little differently.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromeFlags, chromePath, importBundled } from './support.mjs';

const args = process.argv.slice(2);
const repoArg = args.indexOf('--repo');
const repo = repoArg >= 0 && args[repoArg + 1] ? resolve(args[repoArg + 1]) : fileURLToPath(new URL('../', import.meta.url));
const asJson = args.includes('--json');
const pdfArg = args.indexOf('--pdf');
/** Where to keep each PDF for a look by eye (optional). */
const pdfDir = pdfArg >= 0 && args[pdfArg + 1] ? resolve(args[pdfArg + 1]) : undefined;

/** Builds every note and renders it twice: whole, and the main body alone. */
const renderSource = (paths) => `
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildNote } from ${JSON.stringify(paths.buildNote)};
import { NotePrintView } from ${JSON.stringify(paths.printView)};
import { scenarios } from ${JSON.stringify(paths.scenarios)};
import { currentSchemaVersion } from ${JSON.stringify(paths.schema)};
import { startWizard, walkToPlan } from ${JSON.stringify(paths.walk)};
import * as fixtures from ${JSON.stringify(paths.fixtures)};

const now = new Date('2026-11-25T16:00:00.000Z');
const practiceName = 'Riverside Surgery';

/** A training incident as the app would hold it at the plan, with no progress recorded yet. */
function scenarioRecord(scenario, index) {
  const wizard = startWizard();
  walkToPlan(scenario.answers, wizard);
  const { answers, visited } = wizard.getSnapshot().context;
  wizard.stop();
  const createdAt = '2026-11-25T09:30:00.000Z';
  return {
    schemaVersion: currentSchemaVersion,
    id: 'training-' + scenario.id,
    reference: 'SM-2026-' + String(9000 + index + 1),
    kind: 'training',
    createdAt,
    updatedAt: createdAt,
    foundAt: null,
    machineVersion: 1,
    revision: 1,
    status: 'open',
    keep: false,
    answers,
    drafts: {},
    visited: [...visited],
    currentStep: 'plan',
    actions: {},
    timeline: [{ at: createdAt, kind: 'created', summary: 'Training incident started' }],
    evidence: [],
    reply: null,
    references: [],
  };
}

/** The sections of the note's first part: what prints before the first appendix. */
function mainBodyOf(note) {
  const firstPart = note.sections[0]?.part;
  const main = [];
  for (const section of note.sections) {
    if (section.part !== firstPart) break;
    main.push(section);
  }
  return { ...note, sections: main };
}

function render(note) {
  return renderToStaticMarkup(createElement(NotePrintView, { note }));
}

/** The golden tests' practice settings (contacts, a policy), where this copy of the app has them. */
const settings = fixtures.practiceSettings;

export function notes() {
  const sources = [
    ...scenarios.map((scenario, index) => ({ kind: 'scenario', name: scenario.id, make: () => scenarioRecord(scenario, index) })),
    { kind: 'fixture', name: 'mild-google-review', make: fixtures.mildGoogleReview },
    { kind: 'fixture', name: 'abuse-naming-receptionist', make: fixtures.abuseNamingReceptionist },
    { kind: 'fixture', name: 'threat-with-police', make: fixtures.threatWithPolice },
    { kind: 'fixture', name: 'training-staff-post', make: fixtures.trainingStaffPost },
  ];
  return sources.map(({ kind, name, make }) => {
    try {
      const note = buildNote(make(), { redact: false, now, practiceName, settings });
      const main = mainBodyOf(note);
      return { kind, name, mainSections: main.sections.map((s) => s.id), main: render(main), whole: render(note) };
    } catch (error) {
      // One incident the route can no longer walk (answers out of date) should not hide the rest.
      return { kind, name, problem: String(error.message ?? error).slice(0, 160) };
    }
  });
}
`;

async function renderNotes() {
  const cssStubId = '\0note-pages-css';
  const source = renderSource({
    buildNote: join(repo, 'src', 'note', 'buildNote.ts'),
    printView: join(repo, 'src', 'features', 'note', 'NotePrintView.tsx'),
    scenarios: join(repo, 'src', 'content', 'scenarios.ts'),
    schema: join(repo, 'src', 'record', 'schema.ts'),
    walk: join(repo, 'tests', 'support', 'walk.ts'),
    fixtures: join(repo, 'tests', 'note', 'incidents.ts'),
  });
  const { notes } = await importBundled({
    repo,
    name: 'note-pages',
    source,
    options: { transform: { jsx: { runtime: 'automatic' }, define: { 'process.env.NODE_ENV': '"production"' } } },
    plugins: [
      {
        // The print view imports its stylesheet; the page below gets it whole instead.
        name: 'note-pages-css',
        resolveId: (id) => (id.endsWith('.css') ? cssStubId : null),
        load: (id) => (id === cssStubId ? 'export {};' : null),
      },
    ],
  });
  return notes();
}

/** The page the note prints from: the app's styles and the note's, and the body class PrintNote sets. */
function printablePage(markup, css) {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Note</title><style>${css}</style></head><body class="printing-note">${markup}</body></html>`;
}

/** Page objects in the PDF (not the /Pages tree nodes). */
function countPages(pdf) {
  const text = pdf.toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function main() {
  if (!existsSync(chromePath)) throw new Error(`Chromium not found at ${chromePath} (apt-get install -y chromium)`);
  const css = ['src/app/styles.css', 'src/features/note/note.css'].map((file) => readFileSync(join(repo, file), 'utf8')).join('\n');
  const rendered = await renderNotes();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromeFlags });
  const results = [];
  try {
    const page = await browser.newPage();
    const pages = async (markup, file) => {
      await page.setContent(printablePage(markup, css), { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      if (pdfDir !== undefined) writeFileSync(join(pdfDir, file), pdf);
      return countPages(pdf);
    };
    if (pdfDir !== undefined) mkdirSync(pdfDir, { recursive: true });
    for (const note of rendered) {
      if (note.problem !== undefined) {
        results.push({ kind: note.kind, name: note.name, problem: note.problem });
        continue;
      }
      results.push({
        kind: note.kind,
        name: note.name,
        main: await pages(note.main, `${note.name}-main.pdf`),
        total: await pages(note.whole, `${note.name}.pdf`),
        mainSections: note.mainSections,
      });
    }
  } finally {
    await browser.close();
  }

  console.log(`Printed note, A4 pages (main body / whole note), from ${repo}`);
  console.log(`Main body: ${results.find((r) => r.mainSections)?.mainSections.join(', ') ?? 'none'}`);
  for (const r of results) {
    const label = `${r.kind === 'fixture' ? '(test fixture) ' : ''}${r.name}`;
    if (r.problem !== undefined) console.log(`   – /  –  ${label}: not measured (${r.problem})`);
    else console.log(`  ${String(r.main).padStart(2)} / ${String(r.total).padStart(2)}  ${label}`);
  }
  const scenarioRows = results.filter((r) => r.kind === 'scenario' && r.problem === undefined);
  if (scenarioRows.length > 0) {
    const mains = scenarioRows.map((r) => r.main).sort((a, b) => a - b);
    const totals = scenarioRows.map((r) => r.total).sort((a, b) => a - b);
    const median = (values) => values[Math.floor((values.length - 1) / 2)];
    console.log(
      `Training scenarios (${scenarioRows.length}): main body median ${median(mains)}, most ${mains.at(-1)}; whole note median ${median(totals)}, most ${totals.at(-1)}`,
    );
  }
  if (asJson)
    console.log(
      JSON.stringify(
        results.map(({ mainSections, ...r }) => r),
        null,
        2,
      ),
    );
}

try {
  await main();
} catch (error) {
  console.error(`note-pages: ${error.stack ?? error.message}`);
  process.exitCode = 1;
}
