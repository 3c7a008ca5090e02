/**
 * Screens and clicks per training scenario, on the real incident machine: how soon the first-steps
 * card comes, how many screens to the full plan, and how many clicks. Figures, not gates.
 *
 *   npm run figures:route        print the table (about two seconds; no browser)
 *
 * The machine and the scenario library are TypeScript, so they are bundled for Node with rolldown
 * (Vite's own bundler) and each scenario's `answers` are walked from the first screen to the plan.
 * A screen is one page shown; the first-steps card's number counts from the first screen after
 * "Start a new incident" (screen 1). Clicks are what a person does: one per radio answer chosen,
 * one per box ticked, one per Continue; the date, which defaults to now, and the optional
 * description are not counted. `npm run bench` prints the same table.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importBundled } from './support.mjs';

const repo = fileURLToPath(new URL('../', import.meta.url));

/** Walks every scenario's answers through the real machine; one row per scenario. */
const scenarioWalkSource = (paths) => `
import { createActor } from 'xstate';
import { incidentMachine } from ${JSON.stringify(paths.machine)};
import { currentStep } from ${JSON.stringify(paths.stateValue)};
import { questionsOf } from ${JSON.stringify(paths.steps)};
import { questions } from ${JSON.stringify(paths.questions)};
import { scenarios } from ${JSON.stringify(paths.scenarios)};

export function walkScenarios() {
  return scenarios.map((scenario) => {
    const actor = createActor(incidentMachine).start();
    const step = () => currentStep(actor.getSnapshot());
    const path = [step()];
    let clicks = 0;
    for (let guard = 0; guard < 60 && step() !== 'plan'; guard += 1) {
      const before = step();
      const mine = {};
      for (const id of questionsOf(before, { ...actor.getSnapshot().context.answers, ...scenario.answers })) {
        const value = scenario.answers[id];
        if (value === undefined) continue;
        mine[id] = value;
        if (questions[id].kind === 'radio') clicks += 1;
        if (questions[id].kind === 'checkbox') clicks += value.length;
      }
      actor.send({ type: 'wizard.continue', answers: mine });
      clicks += 1; // Continue
      if (step() === before) throw new Error('scenario "' + scenario.id + '" is stuck on "' + before + '"');
      path.push(step());
    }
    actor.stop();
    if (step() !== 'plan') throw new Error('scenario "' + scenario.id + '" never reached the plan');
    const firstSteps = path.indexOf('firstSteps');
    return {
      id: scenario.id,
      title: scenario.title,
      firstStepsScreen: firstSteps < 0 ? null : firstSteps + 1,
      screens: path.length - 1,
      clicks,
      stoppedAfterFirstSteps: path.length - 1 <= firstSteps + 1,
      path,
    };
  });
}
`;

export async function scenarioWalks() {
  const source = scenarioWalkSource({
    machine: join(repo, 'machines', 'incidentMachine.ts'),
    stateValue: join(repo, 'machines', 'stateValue.ts'),
    steps: join(repo, 'machines', 'steps.ts'),
    questions: join(repo, 'src', 'content', 'questions.ts'),
    scenarios: join(repo, 'src', 'content', 'scenarios.ts'),
  });
  const { walkScenarios } = await importBundled({ repo, name: 'route-figures', source });
  return walkScenarios();
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The table as Markdown lines, for the console and for docs/performance.md. */
export function routeTable(results) {
  const full = results.filter((r) => !r.stoppedAfterFirstSteps);
  const lines = [
    '| scenario | first steps on screen | screens to the plan | clicks |',
    '| --- | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.title.replace(/\|/g, '\\|')}${r.stoppedAfterFirstSteps ? ' (stopped after the first steps)' : ''} | ${r.firstStepsScreen ?? '–'} | ${r.screens} | ${r.clicks} |`,
    ),
  ];
  const range = (values) => `${median(values)} (${Math.min(...values)}–${Math.max(...values)})`;
  lines.push(
    `| **Full plan, all ${full.length}: median (range)** | ${range(full.map((r) => r.firstStepsScreen))} | ${range(full.map((r) => r.screens))} | ${range(full.map((r) => r.clicks))} |`,
  );
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await scenarioWalks();
  console.log(routeTable(results).join('\n'));
}
