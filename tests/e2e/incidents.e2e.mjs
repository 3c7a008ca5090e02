/**
 * Whole incidents in Chromium against the production build, found by role and label as a screen
 * reader user would find them (never by CSS class): Back, Change from the plan, reload, closing
 * the tab, a second tab, keyboard only, privacy, and locked-down computers.
 *
 * Option labels are copied from src/content/questions.ts; which screen the app is on is read from
 * `history.state.step` (src/app/browserHistory.ts), the app's own record of the step id.
 *
 * The helpers are exported for a11y.e2e.mjs and offline.e2e.mjs (the runner only uses the
 * default export).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// --- Helpers ------------------------------------------------------------------------------------

export const h1 = (page) => page.getByRole('heading', { level: 1 });
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Step ids from machines/steps.ts, and the questions each route step asks, read from its text
 * (the e2e tests run in plain Node, which cannot import TypeScript).
 */
export function stepIdsFromSource() {
  const source = readFileSync(fileURLToPath(new URL('../../machines/steps.ts', import.meta.url)), 'utf8');
  const table = source.slice(source.indexOf('export const routeSteps'), source.indexOf('] as const satisfies'));
  const questions = Object.fromEntries(
    [...table.matchAll(/\{\s*id:\s*'(\w+)',[^{}]*?questions:\s*\[([^\]]*)\]/g)].map((m) => [m[1], [...m[2].matchAll(/'(\w+)'/g)].map((q) => q[1])]),
  );
  const route = [...table.matchAll(/\{\s*id:\s*'(\w+)'/g)].map((m) => m[1]);
  const side = [...(source.match(/sideSteps\s*=\s*\[([^\]]*)\]/)?.[1] ?? '').matchAll(/'(\w+)'/g)].map((m) => m[1]);
  assert.ok(route.length > 10 && side.length > 0, 'could not read the step ids from machines/steps.ts');
  assert.deepEqual(Object.keys(questions), route, 'could not read the questions of each step from machines/steps.ts');
  return { route, side, questions };
}
const steps = stepIdsFromSource();

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

/** Exact label first; a label with hint text inside it falls back to a prefix match. */
export function choice(page, role, label) {
  const exact = page.getByRole(role, { name: label, exact: true });
  return exact
    .count()
    .then((n) => (n > 0 ? exact : page.getByRole(role, { name: new RegExp(`^${escapeRegExp(label)}`) })));
}

export async function choose(page, role, label) {
  const input = await choice(page, role, label);
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

/** Continue, then the next screen with its h1 focused. */
export async function continueOn(page) {
  const before = await currentStep(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  return waitForMove(page, before);
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
  await page.getByRole('heading', { level: 1, name: "Don't reply yet" }).waitFor();
  return currentStep(page);
}

/** The incident's reference, as shown in the bar above the wizard (SM-2026-0001). */
export async function reference(page) {
  const text = await page.getByText(/SM-\d{4}-\d{4}/).first().textContent();
  return text.match(/SM-\d{4}-\d{4}/)[0];
}

/**
 * Answers for each screen, by step id: { radio: label } | { checkbox: [labels] } | { text: [name, value] }.
 * A screen not listed must be one that asks no questions in machines/steps.ts, or the walk fails.
 * Together the three sets reach every step in machines/steps.ts (a11y.e2e.mjs checks this).
 */
export const answerSets = {
  /** A mild Google review by a former colleague, answered with a reply. */
  mild: {
    danger: { radio: 'No' },
    risks: { checkbox: ['None of these'] },
    location: { radio: "Yes, I'm at work" },
    platform: { radio: 'Google reviews' },
    about: { checkbox: ['The practice as a whole'] },
    author: { radio: 'Someone who used to work here' },
    situations: { checkbox: ['None of these'] },
    patientInfo: { radio: 'No' },
    describe: {}, // "when found" is now unless changed; the description is optional
    evidence: { radio: 'Yes, we have a copy' },
    reason: { radio: 'Getting an appointment, phone waits or another part of our service' },
    motive: { radio: 'A real problem they want sorted out' },
    tone: { radio: 'Criticism' },
    policy: { radio: 'Yes' },
    decision: { radio: 'Reply publicly, briefly, and ask them to contact us' },
    rulesBroken: { checkbox: ['None of these, or not sure'] },
    // Former staff are asked about whistleblowing too.
    staffConcern: { radio: 'No' },
    prepared: { radio: 'Yes' },
  },
  /** Everything at once: danger, threats, away from work, a group we don't run, staff, patients. */
  severe: {
    danger: { radio: 'Yes, or I am not sure' },
    risks: {
      checkbox: [
        'Threatens to hurt someone or damage property',
        'Is one of several posts aimed at the same person',
        'Attacks someone for their race, religion, sexuality, gender identity or a disability',
      ],
    },
    location: { radio: "No, I'm at home or it's out of hours" },
    awayFromWork: { radio: 'Carry on with all the questions now' },
    platform: { radio: "In a local group or page that we don't run" },
    about: { checkbox: ['A colleague who is named or could be recognised', 'A patient'] },
    author: { radio: 'Someone who works here now' },
    situations: { checkbox: ['A colleague has replied or defended the practice from their own account'] },
    patientInfo: { radio: 'Yes, about a patient other than the person who posted it' },
    describe: { text: ['In a line or two, what does it say?', 'Names a receptionist and threatens her.'] },
    evidence: { radio: 'Not yet' },
    reason: { radio: 'The care or treatment someone had' },
    ownCare: { radio: "I'm not sure" },
    motive: { radio: 'Trying to provoke us or stir others up' },
    tone: { radio: 'Abuse' },
    policy: { radio: 'No' },
    decision: { radio: 'Deal with it privately through our complaints process' },
    rulesBroken: { checkbox: ['Names a member of staff or makes them easy to identify'] },
    staffConcern: { radio: 'No' },
    support: { radio: 'A receptionist, administrator or another non-clinical role' },
    prepared: { radio: "I'm not sure" },
  },
  /** At home out of hours: only the urgent steps, straight to the plan. */
  urgentOnly: {
    danger: { radio: 'No' },
    risks: { checkbox: ['None of these'] },
    patientInfo: { radio: 'No' },
    location: { radio: "No, I'm at home or it's out of hours" },
    awayFromWork: { radio: 'Show me only the urgent steps, and I will finish at work' },
  },
};

/** Gives the answers of `set` for the screen on show (nothing on a screen that only tells). */
export async function answer(page, set, step) {
  const given = set[step];
  if (!given) {
    assert.ok(step in steps.questions, `"${step}" is not a step of machines/steps.ts`);
    assert.deepEqual(steps.questions[step], [], `no answers given for the question screen "${step}"`);
    return;
  }
  if (given.radio) await choose(page, 'radio', given.radio);
  for (const label of given.checkbox ?? []) await choose(page, 'checkbox', label);
  if (given.text) await page.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(given.text[0])}`) }).fill(given.text[1]);
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

const isChecked = async (page, role, label) => (await choice(page, role, label)).isChecked();

// --- Keyboard -----------------------------------------------------------------------------------

/** What has focus: tag, type, its label or text, and whether it is checked. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return null;
    const label = el.labels?.[0]?.textContent ?? el.textContent ?? '';
    return { tag: el.tagName, type: el.getAttribute('type'), name: label.replace(/\s+/g, ' ').trim(), checked: el.checked === true };
  });

/** Presses Tab until `match(focused)`; fails after 80 presses. */
async function tabTo(page, description, match) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now && match(now)) return now;
  }
  throw new Error(`Tab never reached ${description}`);
}

const isButton = (name) => (f) => f.tag === 'BUTTON' && f.name === name;

/** Answers the screen on show with the keyboard only, then Continue with Enter. */
async function answerByKeyboard(page, set, step) {
  const given = set[step];
  if (given?.radio) {
    // Tab enters a radio group once, on its checked radio or else the first.
    let now = await tabTo(page, 'a radio button', (f) => f.type === 'radio');
    const start = now.name;
    while (now.name !== given.radio) {
      await page.keyboard.press('ArrowDown'); // moves to and selects the next radio
      now = await focused(page);
      assert.notEqual(now.name, start, `no radio "${given.radio}" on "${step}"`);
    }
    if (!now.checked) await page.keyboard.press('Space');
    assert.equal((await focused(page)).checked, true, `"${given.radio}" is selected`);
  }
  for (const label of given?.checkbox ?? []) {
    await tabTo(page, `the checkbox "${label}"`, (f) => f.type === 'checkbox' && f.name === label);
    await page.keyboard.press('Space');
    assert.equal((await focused(page)).checked, true, `"${label}" is ticked`);
  }
  if (given?.text) {
    await tabTo(page, 'the text box', (f) => f.tag === 'TEXTAREA');
    await page.keyboard.type(given.text[1]);
  }
  await tabTo(page, 'Continue', isButton('Continue'));
  const before = await currentStep(page);
  await page.keyboard.press('Enter');
  return waitForMove(page, before);
}

// --- The tests ----------------------------------------------------------------------------------

export default {
  async 'a mild review, with Back keeping every answer, to the plan'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    await startIncident(page);
    await walk(page, answerSets.mild, { until: 'situations' });

    // Back twice and forward again: the answers are still selected.
    assert.equal(await back(page), 'author');
    assert.equal(await isChecked(page, 'radio', 'Someone who used to work here'), true);
    assert.equal(await back(page), 'about');
    assert.equal(await isChecked(page, 'checkbox', 'The practice as a whole'), true);
    assert.equal(await continueOn(page), 'author');
    assert.equal(await continueOn(page), 'situations');

    const seen = await walk(page, answerSets.mild);
    // A former colleague's post brings in the HR screen; a reply brings in "How to reply".
    for (const step of ['formerStaff', 'reply']) assert.ok(seen.includes(step), `"${step}" was shown`);
    for (const step of ['emergency', 'report', 'law', 'support']) assert.ok(!seen.includes(step), `"${step}" was not shown`);
    await page.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Your answers' }).waitFor();
    watcher.assertClean();
  },

  async 'Change from the plan asks only what the new answer makes necessary'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    await startIncident(page);
    await walk(page, answerSets.mild);

    // Now the post is also about a colleague: the plan needs their role, and nothing else new.
    await page.getByRole('button', { name: 'Change who it is about', exact: true }).click();
    assert.equal(await waitForMove(page, 'plan'), 'about');
    assert.equal(await isChecked(page, 'checkbox', 'The practice as a whole'), true);
    await choose(page, 'checkbox', 'A colleague who is named or could be recognised');
    assert.equal(await continueOn(page), 'support');
    await choose(page, 'radio', 'A GP');
    assert.equal(await continueOn(page), 'plan');

    const answers = page.getByRole('region', { name: 'Your answers' });
    await answers.getByText('A colleague who is named or could be recognised').waitFor();
    await answers.getByText('A GP', { exact: true }).waitFor();
    watcher.assertClean();
  },

  async 'a reload mid-incident comes back on the same screen with the same answers'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    await startIncident(page);
    await walk(page, answerSets.mild, { until: 'motive' });
    assert.equal(await back(page), 'reason');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'What is the post mainly about?' }).waitFor();
    assert.equal(await currentStep(page), 'reason');
    assert.equal(await isChecked(page, 'radio', answerSets.mild.reason.radio), true);

    // A choice made but not yet sent with Continue is kept too (saved as a draft).
    assert.equal(await continueOn(page), 'motive');
    await choose(page, 'radio', 'Letting off steam');
    await page.getByText(/^Saved on this computer/).waitFor();
    await page.waitForTimeout(1200); // the draft is saved after a short pause
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'What seems to be behind it?' }).waitFor();
    assert.equal(await isChecked(page, 'radio', 'Letting off steam'), true);

    // Back after the reload still walks the same path.
    assert.equal(await back(page), 'reason');
    assert.equal(await back(page), 'tell');
    watcher.assertClean();
  },

  async 'closing the tab and opening the incident again from the home list'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    await startIncident(page);
    await walk(page, answerSets.mild, { until: 'author' });
    const ref = await reference(page);
    await page.close();

    const again = await context.newPage();
    watcher.watchPage(again);
    await again.goto('/');
    await again.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();
    await again.getByRole('button', { name: `Open ${ref}`, exact: true }).click();
    await again.getByRole('heading', { level: 1, name: 'Who wrote it?' }).waitFor();
    assert.equal(await back(again), 'about');
    assert.equal(await isChecked(again, 'checkbox', 'The practice as a whole'), true);
    assert.equal(await back(again), 'platform');
    assert.equal(await isChecked(again, 'radio', 'Google reviews'), true);
    watcher.assertClean();
  },

  async 'a second tab editing the same incident: the first tab stops saving and says why'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    await startIncident(page);
    await walk(page, answerSets.mild, { until: 'platform' });
    const ref = await reference(page);
    const id = await incidentId(page);

    const second = await context.newPage();
    watcher.watchPage(second);
    await second.goto('/');
    await second.getByRole('button', { name: `Open ${ref}`, exact: true }).click();
    await second.getByRole('heading', { level: 1, name: 'Where did you see it?' }).waitFor();
    await choose(second, 'radio', 'Google reviews');
    assert.equal(await continueOn(second), 'about');
    await second.getByText(/^Saved on this computer/).waitFor();

    // The first tab's next save finds a newer copy and stops instead of overwriting it.
    await page.bringToFront();
    await choose(page, 'radio', 'X (formerly Twitter)');
    assert.equal(await continueOn(page), 'about');
    const alert = page.getByRole('alert').filter({ hasText: 'changed in another tab or window' });
    await alert.waitFor();

    const stored = await storedRecord(second, id);
    assert.equal(stored.answers.platform, 'googleReviews', "the stored record is the second tab's");
    assert.equal(stored.currentStep, 'about');
    watcher.assertClean();
  },

  async '"Open the latest version" after a conflict shows what the other tab saved'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    await startIncident(page);
    await walk(page, answerSets.mild, { until: 'platform' });
    const ref = await reference(page);

    const second = await context.newPage();
    watcher.watchPage(second);
    await second.goto('/');
    await second.getByRole('button', { name: `Open ${ref}`, exact: true }).click();
    await second.getByRole('heading', { level: 1, name: 'Where did you see it?' }).waitFor();
    await choose(second, 'radio', 'Google reviews');
    assert.equal(await continueOn(second), 'about');
    await second.getByText(/^Saved on this computer/).waitFor();

    await page.bringToFront();
    await choose(page, 'radio', 'X (formerly Twitter)');
    assert.equal(await continueOn(page), 'about');
    const alert = page.getByRole('alert').filter({ hasText: 'changed in another tab or window' });
    await alert.getByRole('button', { name: 'Open the latest version' }).click();
    // The stored copy replaces this tab's: the alert goes, and Back shows the other tab's answer.
    await alert
      .waitFor({ state: 'detached', timeout: 5000 })
      .catch(() => assert.fail('"Open the latest version" left the conflict alert on screen: the stored copy was not loaded'));
    await page.getByRole('heading', { level: 1, name: 'Who is it about?' }).waitFor();
    assert.equal(await back(page), 'platform');
    assert.equal(await isChecked(page, 'radio', 'Google reviews'), true, "the other tab's answer is shown");
    watcher.assertClean();
  },

  async 'keyboard only: a whole incident without the mouse'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, 'Start a new incident', isButton('Start a new incident'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: "Don't reply yet" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');

    const set = { ...answerSets.mild, describe: { text: ['In a line or two, what does it say?', 'Slow phones, typed by keyboard.'] } };
    let step = await currentStep(page);
    for (let guard = 0; step !== 'plan' && guard < 40; guard++) step = await answerByKeyboard(page, set, step);
    assert.equal(step, 'plan');
    await page.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();

    // The plan's Change buttons work from the keyboard too, and the answer typed is there.
    await tabTo(page, 'Change what it says', isButton('Change what it says'));
    await page.keyboard.press('Enter');
    assert.equal(await waitForMove(page, 'plan'), 'describe');
    assert.equal(await page.getByRole('textbox', { name: /^In a line or two/ }).inputValue(), 'Slow phones, typed by keyboard.');
    watcher.assertClean();
  },

  async 'privacy: every request of a full walk stays on the app origin'({ page, context, baseURL }) {
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    const watcher = watch(context, page, baseURL);
    await startIncident(page);
    await walk(page, answerSets.severe);
    await page.getByRole('button', { name: 'See all sources' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
    await back(page);
    await page.getByRole('button', { name: 'All incidents' }).click();
    await page.getByRole('button', { name: 'Practice settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practice settings' }).waitFor();
    const away = requests.filter((url) => !url.startsWith(`${baseURL}/`) && !/^(data|blob):/.test(url));
    assert.deepEqual(away, [], `requests left ${baseURL}`);
    assert.ok(requests.length > 3, 'requests were recorded');
    watcher.assertClean();
  },

  async 'storage blocked: the app still works and says it is not saving'({ browser, baseURL }) {
    const context = await browser.newContext({ baseURL });
    try {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', {
          configurable: true,
          get() {
            throw new DOMException('blocked by policy', 'SecurityError');
          },
        });
      });
      const page = await context.newPage();
      const watcher = watch(context, page, baseURL);
      await page.goto('/');
      await page.getByRole('alert').filter({ hasText: 'Not saved: this browser is not letting the tool save' }).waitFor();
      await page.getByRole('button', { name: 'Start a new incident', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: "Don't reply yet" }).waitFor();
      await page.getByRole('alert').filter({ hasText: 'Not saved on this computer: kept only while this tab is open.' }).waitFor();
      await walk(page, answerSets.mild);
      await page.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();
      watcher.assertClean();
    } finally {
      await context.close();
    }
  },

  async 'service workers unavailable: the app still works and says offline use is not possible'({ browser, baseURL }) {
    const context = await browser.newContext({ baseURL });
    try {
      await context.addInitScript(() => {
        delete Navigator.prototype.serviceWorker;
      });
      const page = await context.newPage();
      const watcher = watch(context, page, baseURL);
      await page.goto('/');
      assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);
      await page
        .getByText('This computer does not allow offline use, so keep the tab open while you work.')
        .waitFor({ timeout: 5000 })
        .catch(() => assert.fail('the home screen does not say offline use is unavailable: is <OfflineNotice /> placed in src/app/App.tsx?'));
      await startIncident(page);
      await walk(page, answerSets.mild);
      await page.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();
      watcher.assertClean();
    } finally {
      await context.close();
    }
  },
};
