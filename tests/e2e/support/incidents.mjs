/**
 * Helpers for driving whole incidents, shared by the browser tests: found by role and label as a
 * screen reader user would find them (never by CSS class).
 *
 * Option labels are copied from src/content/questions.ts, and each option is found inside its
 * question's group, named by the legend read from that file; which screen the app is on is read
 * from `history.state.step` (src/app/browserHistory.ts), the app's own record of the step id.
 * They live here, not in a test file, because Playwright refuses a test file importing another.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const h1 = (page) => page.getByRole('heading', { level: 1 });
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Step ids from machines/steps.ts, and the questions each route step asks, read from its text
 * (the e2e tests run in plain Node, which cannot import TypeScript).
 * A step's questions array holds question ids ('platform') and conditional questions
 * ({ id: 'targetRole', when: 'aboutColleague' }): both are questions of that step, never steps;
 * `conditional[step][question]` names the condition of the second kind.
 */
export function stepIdsFromSource() {
  const source = readFileSync(fileURLToPath(new URL('../../../machines/steps.ts', import.meta.url)), 'utf8');
  const table = source.slice(source.indexOf('export const routeSteps'), source.indexOf('] as const satisfies'));
  const questions = {};
  const conditional = {};
  for (const m of table.matchAll(/\{\s*id:\s*'(\w+)',[^{}]*?questions:\s*\[([^\]]*)\]/g)) {
    const [, step, list] = m;
    questions[step] = [];
    conditional[step] = {};
    // In order: `{ id: 'q', when: 'condition' }` or a plain 'q'.
    for (const q of list.matchAll(/\{\s*id:\s*'(\w+)'\s*,\s*when:\s*'(\w+)'\s*\}|'(\w+)'/g)) {
      const id = q[1] ?? q[3];
      questions[step].push(id);
      if (q[1]) conditional[step][id] = q[2];
    }
  }
  // A route step is an `{ id: ... }` that is not a conditional question inside a questions array.
  const route = [...table.matchAll(/\{\s*id:\s*'(\w+)'(?!\s*,\s*when:)/g)].map((m) => m[1]);
  const side = [...(source.match(/sideSteps\s*=\s*\[([^\]]*)\]/)?.[1] ?? '').matchAll(/'(\w+)'/g)].map((m) => m[1]);
  assert.ok(route.length >= 5 && route.at(-1) === 'plan' && side.length > 0, 'could not read the step ids from machines/steps.ts');
  assert.deepEqual(Object.keys(questions), route, 'could not read the questions of each step from machines/steps.ts');
  return { route, side, questions, conditional };
}
const steps = stepIdsFromSource();

/**
 * Every question's kind and legend from src/content/questions.ts. A screen may ask several
 * questions, each in a fieldset named by its legend, so an option is found inside its question's
 * group: "No" is an option of more than one question on some screens.
 */
export function questionsFromSource() {
  const source = readFileSync(fileURLToPath(new URL('../../../src/content/questions.ts', import.meta.url)), 'utf8');
  const found = Object.fromEntries(
    [...source.matchAll(/^ {2}(\w+): \{\s*kind: '(\w+)',\s*legend:\s*(['"])(.*?)\3,/gm)].map((m) => [m[1], { kind: m[2], legend: m[4] }]),
  );
  const asked = Object.values(steps.questions).flat();
  const missing = asked.filter((id) => !found[id]);
  assert.deepEqual(missing, [], 'could not read the legend of every question the route asks from src/content/questions.ts');
  return found;
}
export const questionText = questionsFromSource();

/** The fieldset of one question on the screen on show, found by its legend. */
export function questionGroup(page, id) {
  assert.ok(questionText[id], `"${id}" is not a question in src/content/questions.ts`);
  return page.getByRole('group', { name: questionText[id].legend, exact: true });
}

/** Records requests that leave the app's origin, console errors and page errors. */
export function watch(context, page, baseURL) {
  const foreign = new Set();
  const errors = [];
  // The context sees page and service worker requests alike.
  context.on('request', (request) => {
    const url = request.url();
    // data: and blob: never leave the machine; the CSP allows them for images.
    if (!url.startsWith(`${baseURL}/`) && !/^(data|blob):/.test(url)) foreign.add(url);
  });
  const watchPage = (p) => {
    p.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    p.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  };
  watchPage(page);
  return {
    foreign,
    errors,
    watchPage,
    assertClean({ allowErrors = [] } = {}) {
      const unexpected = errors.filter((e) => !allowErrors.some((pattern) => pattern.test(e)));
      const problems = [...[...foreign].map((url) => `request left ${baseURL}: ${url}`), ...unexpected];
      assert.ok(problems.length === 0, problems.join('\n'));
    },
  };
}

/** The wizard step this tab shows, from the app's history entry (null on the home screen). */
export const currentStep = (page) => page.evaluate(() => window.history.state?.step ?? null);
export const incidentId = (page) => page.evaluate(() => window.history.state?.incidentId ?? null);

/**
 * Exact label first; a label with hint text inside it falls back to a prefix match. `scope` is the
 * page, or a question's group (`questionGroup`) when the label could belong to another question.
 */
export function choice(scope, role, label) {
  const exact = scope.getByRole(role, { name: label, exact: true });
  return exact.count().then((n) => (n > 0 ? exact : scope.getByRole(role, { name: new RegExp(`^${escapeRegExp(label)}`) })));
}

export async function choose(scope, role, label) {
  const input = await choice(scope, role, label);
  await input.check();
  return input;
}

/** Waits until the app shows a screen other than `previous` with its h1 focused (a move done). */
export async function waitForMove(page, previous, { focus = true } = {}) {
  await page.waitForFunction(
    ({ previous, focus }) => {
      const step = window.history.state?.step ?? null;
      if (step === null || step === previous) return false;
      const headings = document.querySelectorAll('h1');
      if (headings.length !== 1) return false;
      return !focus || document.activeElement === headings[0];
    },
    { previous, focus },
    { timeout: 10_000 },
  );
  return currentStep(page);
}

/** Continue, then the next screen with its h1 focused; if the screen stays, what its error summary says. */
export async function continueOn(page) {
  const before = await currentStep(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  return waitForMove(page, before).catch(async (error) => {
    const summary = page.getByRole('heading', { level: 2, name: 'There is a problem' });
    if ((await summary.count()) === 0) throw error;
    const problems = await summary.locator('xpath=..').innerText();
    throw new Error(`Continue stayed on "${before}": ${problems.replace(/\s+/g, ' ')}`);
  });
}

export async function back(page) {
  const before = await currentStep(page);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  return waitForMove(page, before);
}

/** From anywhere: the home screen, "Start a new incident", the first screen. */
export async function startIncident(page) {
  // Going to the same address again would be a reload, which reopens the incident on screen.
  const allIncidents = page.getByRole('button', { name: 'All incidents', exact: true });
  if (page.url().startsWith('http') && (await allIncidents.count()) > 0) await allIncidents.click();
  else await page.goto('/');
  await page.getByRole('button', { name: 'Start a new incident', exact: true }).click();
  await firstScreenHeading(page).waitFor();
  return currentStep(page);
}

/** The first screen's h1: it asks one question, so its legend is the page heading. */
export const firstScreenHeading = (page) =>
  page.getByRole('heading', { level: 1, name: questionText[steps.questions[steps.route[0]][0]].legend, exact: true });

/** The same incident in a second tab of this browser, opened from the list on the "where" screen. */
export async function openInSecondTab(context, watcher, ref) {
  const second = await context.newPage();
  watcher.watchPage(second);
  await second.goto('/');
  await second.getByRole('button', { name: `Open ${ref}`, exact: true }).click();
  await second.getByRole('heading', { level: 1, name: 'Where is the post, and when did you find it?' }).waitFor();
  return second;
}

/** The incident's reference, as shown in the bar above the wizard (SM-2026-0001). */
export async function reference(page) {
  const text = await page
    .getByText(/SM-\d{4}-\d{4}/)
    .first()
    .textContent();
  return text.match(/SM-\d{4}-\d{4}/)[0];
}

/**
 * Answers for each screen, by step id, then by question id (the legend in src/content/questions.ts
 * names the question's group on screen): { radio: label } | { checkbox: [labels] } | { text: value }.
 * Questions left out keep what the screen fills in (when found: now) or are optional (what it says).
 * A screen not listed must be one that asks no questions in machines/steps.ts, or the walk fails;
 * a question given must be one its screen asks, and on screen when it is answered.
 * Together the three sets reach every step in machines/steps.ts (a11y.e2e.mjs checks this, with
 * the plan so far and the reply drafted from the mild plan).
 */
export const answerSets = {
  /** A mild Google review by a former colleague, answered with a reply. */
  mild: {
    start: { danger: { radio: 'No' } },
    risks: { risks: { checkbox: ['None of these'] }, patientInfo: { radio: 'No' } },
    firstSteps: {
      evidenceSaved: { radio: 'Yes, we have a copy' },
      awayChoice: { radio: 'Carry on to the full plan: five more short screens' },
    },
    post: { platform: { radio: 'Google reviews' } }, // "when found" is now unless changed; the description is optional
    who: { about: { checkbox: ['The practice as a whole'] }, author: { radio: 'Someone who used to work here' } },
    what: {
      reason: { radio: 'Getting an appointment, phone waits or another part of our service' },
      tone: { radio: 'Criticism' },
      ownCare: { radio: 'No' },
      // Former staff are asked about whistleblowing too.
      staffConcern: { radio: 'No' },
    },
    also: { situations: { checkbox: ['None of these'] }, rulesBroken: { checkbox: ['None of these, or not sure'] } },
    decision: { decision: { radio: 'Reply publicly, briefly, and ask them to contact us' } },
  },
  /** Everything at once: danger, threats, a group we don't run, staff, patients, a colleague. */
  severe: {
    start: { danger: { radio: 'Yes, or I am not sure' } },
    risks: {
      risks: {
        checkbox: [
          'Threatens to hurt someone or damage property',
          'Is one of several posts aimed at the same person',
          'Attacks someone for their race, religion, sexuality, gender identity or a disability',
        ],
      },
      patientInfo: { radio: 'Yes, about a patient other than the person who posted it' },
    },
    firstSteps: {
      evidenceSaved: { radio: 'Not yet' },
      awayChoice: { radio: 'Carry on to the full plan: five more short screens' },
    },
    post: {
      platform: { radio: "In a local group or page that we don't run" },
      description: { text: 'Names a receptionist and threatens her.' },
    },
    who: {
      about: { checkbox: ['A colleague who is named or could be recognised', 'A patient'] },
      author: { radio: 'Someone who works here now' },
    },
    what: {
      reason: { radio: 'The care or treatment someone had' },
      tone: { radio: 'Abuse' },
      ownCare: { radio: "I'm not sure" },
      targetRole: { radio: 'A receptionist, administrator or another non-clinical role' },
      staffConcern: { radio: 'No' },
    },
    also: {
      situations: { checkbox: ['A colleague has replied or defended the practice from their own account'] },
      rulesBroken: { checkbox: ['Names a member of staff or makes them easy to identify'] },
    },
    decision: { decision: { radio: 'Deal with it privately through our complaints process' } },
  },
  /** At home out of hours: only the first steps, straight to the plan. */
  urgentOnly: {
    start: { danger: { radio: 'No' } },
    risks: { risks: { checkbox: ['None of these'] }, patientInfo: { radio: 'No' } },
    firstSteps: {
      evidenceSaved: { radio: 'Not yet' },
      awayChoice: { radio: 'Stop here for now: keep these first steps, and finish later or hand over' },
    },
  },
};

/** The questions `set` answers on `step`, in the order the screen asks them. */
export function givenFor(set, step) {
  const given = set[step];
  if (!given) {
    assert.ok(step in steps.questions, `"${step}" is not a step of machines/steps.ts`);
    assert.deepEqual(steps.questions[step], [], `no answers given for the question screen "${step}"`);
    return [];
  }
  const asked = steps.questions[step] ?? [];
  const strays = Object.keys(given).filter((id) => !asked.includes(id));
  assert.deepEqual(strays, [], `answers given on "${step}" for questions it does not ask (it asks ${asked.join(', ')})`);
  return asked.filter((id) => id in given).map((id) => [id, given[id]]);
}

/** Gives the answers of `set` for the screen on show (nothing on a screen that only tells). */
export async function answer(page, set, step) {
  for (const [id, given] of givenFor(set, step)) {
    const { kind, legend } = questionText[id];
    if (given.text !== undefined) {
      await page.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(legend)}`) }).fill(given.text);
      continue;
    }
    const group = questionGroup(page, id);
    assert.equal(await group.count(), 1, `the question "${legend}" (${id}) is on "${step}"`);
    if (given.radio) await choose(group, 'radio', given.radio);
    for (const label of given.checkbox ?? []) await choose(group, 'checkbox', label);
    assert.ok(given.radio || given.checkbox, `no answer of kind ${kind} given for ${id}`);
  }
}

/**
 * Walks from the screen on show to `until` (default: the plan), answering from `set`.
 * `onScreen(step)` runs on every screen before it is answered. Returns the steps seen, in order.
 */
export async function walk(page, set, { until = 'plan', onScreen } = {}) {
  const seen = [];
  for (let guard = 0; guard < 60; guard++) {
    const step = await currentStep(page);
    seen.push(step);
    if (onScreen) await onScreen(step);
    if (step === until) return seen;
    assert.notEqual(step, 'plan', `reached the plan before "${until}"`);
    await answer(page, set, step);
    const next = await continueOn(page);
    assert.notEqual(next, step, `Continue did not leave "${step}"`);
  }
  throw new Error(`no "${until}" after 60 screens: ${seen.join(' > ')}`);
}

/** The stored record, read straight from IndexedDB as src/record/database.ts keeps it. */
export function storedRecord(page, id) {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('social-media-incident-wizard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('incidents').objectStore('incidents').get(id);
          get.onsuccess = () => {
            resolve(get.result);
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}
