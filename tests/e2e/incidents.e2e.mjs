/**
 * Whole incidents in Chromium against the production build, found by role and label as a screen
 * reader user would find them (never by CSS class): Back, Change from the plan, reload, closing
 * the tab, a second tab, keyboard only, privacy, and locked-down computers.
 *
 * Option labels are copied from src/content/questions.ts, and each option is found inside its
 * question's group, named by the legend read from that file; which screen the app is on is read
 * from `history.state.step` (src/app/browserHistory.ts), the app's own record of the step id.
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
 * A step's questions array holds question ids ('platform') and conditional questions
 * ({ id: 'targetRole', when: 'aboutColleague' }): both are questions of that step, never steps;
 * `conditional[step][question]` names the condition of the second kind.
 */
export function stepIdsFromSource() {
  const source = readFileSync(fileURLToPath(new URL('../../machines/steps.ts', import.meta.url)), 'utf8');
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
  const source = readFileSync(fileURLToPath(new URL('../../src/content/questions.ts', import.meta.url)), 'utf8');
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
  return exact
    .count()
    .then((n) => (n > 0 ? exact : scope.getByRole(role, { name: new RegExp(`^${escapeRegExp(label)}`) })));
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
  const text = await page.getByText(/SM-\d{4}-\d{4}/).first().textContent();
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
function givenFor(set, step) {
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

const isChecked = async (page, role, label) => (await choice(page, role, label)).isChecked();

// --- Keyboard -----------------------------------------------------------------------------------

/** What has focus: tag, type, its label or text, whether it is checked, and its question's legend. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return null;
    const tidy = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
    const label = el.labels?.[0]?.textContent ?? el.textContent ?? '';
    const legend = el.closest('fieldset')?.querySelector('legend')?.textContent;
    return { tag: el.tagName, type: el.getAttribute('type'), name: tidy(label), checked: el.checked === true, group: tidy(legend) };
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

/** Answers the screen on show with the keyboard only, question by question, then Continue with Enter. */
async function answerByKeyboard(page, set, step) {
  for (const [id, given] of givenFor(set, step)) {
    const { legend } = questionText[id];
    const inGroup = (f) => f.group === legend;
    if (given.radio) {
      // Tab enters a radio group once, on its checked radio or else the first.
      let now = await tabTo(page, `a radio button of "${legend}"`, (f) => f.type === 'radio' && inGroup(f));
      const start = now.name;
      while (now.name !== given.radio) {
        await page.keyboard.press('ArrowDown'); // moves to and selects the next radio
        now = await focused(page);
        assert.ok(inGroup(now), `ArrowDown stays in "${legend}"`);
        assert.notEqual(now.name, start, `no radio "${given.radio}" in "${legend}" on "${step}"`);
      }
      if (!now.checked) await page.keyboard.press('Space');
      assert.equal((await focused(page)).checked, true, `"${given.radio}" is selected`);
    }
    for (const label of given.checkbox ?? []) {
      await tabTo(page, `the checkbox "${label}" of "${legend}"`, (f) => f.type === 'checkbox' && f.name === label && inGroup(f));
      await page.keyboard.press('Space');
      assert.equal((await focused(page)).checked, true, `"${label}" is ticked`);
    }
    if (given.text !== undefined) {
      await tabTo(page, `the text box "${legend}"`, (f) => f.tag === 'TEXTAREA' && f.name.startsWith(legend));
      await page.keyboard.type(given.text);
    }
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
    await walk(page, answerSets.mild, { until: 'what' });

    // Back twice and forward again: the answers are still selected, each in its own question.
    assert.equal(await back(page), 'who');
    assert.equal(await isChecked(questionGroup(page, 'author'), 'radio', 'Someone who used to work here'), true);
    assert.equal(await isChecked(questionGroup(page, 'about'), 'checkbox', 'The practice as a whole'), true);
    assert.equal(await back(page), 'post');
    assert.equal(await isChecked(questionGroup(page, 'platform'), 'radio', 'Google reviews'), true);
    assert.equal(await continueOn(page), 'who');
    assert.equal(await continueOn(page), 'what');

    // A former colleague's post asks about whistleblowing; nobody named, so no colleague's role.
    assert.equal(await questionGroup(page, 'staffConcern').count(), 1, 'former staff are asked about whistleblowing');
    assert.equal(await questionGroup(page, 'targetRole').count(), 0, "no colleague's role when no colleague is named");
    const seen = await walk(page, answerSets.mild);
    assert.deepEqual(seen, ['what', 'also', 'decision', 'plan']);
    await page.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Your answers' }).waitFor();
    // A reply is drafted from the plan, and Back returns to it.
    await page.getByRole('button', { name: 'Draft the reply', exact: true }).click();
    assert.equal(await waitForMove(page, 'plan'), 'reply');
    await page.getByRole('heading', { level: 1, name: 'Draft a reply' }).waitFor();
    assert.equal(await back(page), 'plan');
    watcher.assertClean();
  },

  async 'the first-steps card is screen 3, and a mild review reaches the plan after 8 screens (issue #13)'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    /** A threat naming a receptionist, with her home address posted, on the practice's page. */
    const threat = {
      start: { danger: { radio: 'No' } },
      risks: {
        risks: {
          checkbox: [
            'Threatens to hurt someone or damage property',
            "Shares a colleague's home address, phone number or other personal details",
          ],
        },
        patientInfo: { radio: 'No' },
      },
      firstSteps: answerSets.severe.firstSteps,
      post: { platform: { radio: "On our practice's own page or account" } },
      who: { about: { checkbox: ['A colleague who is named or could be recognised'] }, author: { radio: "We don't know" } },
      what: {
        reason: { radio: 'How a member of staff behaved' },
        tone: { radio: 'Abuse' },
        ownCare: { radio: 'No' },
        targetRole: { radio: 'A receptionist, administrator or another non-clinical role' },
      },
      also: { situations: { checkbox: ['None of these'] }, rulesBroken: { checkbox: ['Names a member of staff or makes them easy to identify'] } },
      decision: { decision: { radio: "Don't reply, and keep an eye on it" } },
    };
    // The card's steps are the screen's level-3 headings, in the order the card gives them.
    const actionTitles = () => page.getByRole('heading', { level: 3 }).allTextContents();
    const counts = {};
    for (const [name, set] of Object.entries({ 'mild review': answerSets.mild, 'threat with a home address': threat })) {
      await startIncident(page);
      let cardTitles;
      // Screens counted from the first one shown after "Start a new incident" (screen 1).
      const seen = await walk(page, set, {
        onScreen: async (step) => {
          if (step === 'firstSteps') {
            await page.getByRole('heading', { level: 1, name: 'First steps: do these now', exact: true }).waitFor();
            await page.getByRole('heading', { level: 2, name: 'Do these now', exact: true }).waitFor();
            cardTitles = (await actionTitles()).map((t) => t.trim());
          }
        },
      });
      const cardScreen = seen.indexOf('firstSteps') + 1;
      const screensBeforePlan = seen.indexOf('plan');
      counts[name] = { cardScreen, screensBeforePlan, cardTitles };
      console.log(
        `    ${name}: first-steps card on screen ${cardScreen}; the plan after ${screensBeforePlan} screens (${seen.join(' > ')})\n` +
          `      the card's steps: ${cardTitles.join(' | ')}`,
      );
      assert.equal(cardScreen, 3, `${name}: the first-steps card is the 3rd screen`);
      assert.ok(cardTitles.includes('Save a copy of the post before anything else'), `${name}: the card says to save a copy`);
    }

    const mild = counts['mild review'];
    assert.equal(mild.screensBeforePlan, 8, 'a mild review reaches the plan after 8 screens');
    for (const title of mild.cardTitles) assert.doesNotMatch(title, /police|999|Warn the person/i, `a mild review's card has no "${title}"`);

    const { cardTitles } = counts['threat with a home address'];
    const warn = cardTitles.findIndex((t) => t.startsWith('Warn the person who was threatened'));
    const save = cardTitles.indexOf('Save a copy of the post before anything else');
    assert.ok(warn >= 0, `the threat's card warns the person threatened: ${cardTitles.join(' | ')}`);
    assert.ok(warn < save, `warning the person threatened comes before saving a copy: ${cardTitles.join(' | ')}`);
    assert.ok(cardTitles.includes('Report it to the police on 101 or online'), `the threat's card says to report it to the police: ${cardTitles.join(' | ')}`);
    watcher.assertClean();
  },

  async 'Change from the plan asks only what the new answer makes necessary'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    await startIncident(page);
    await walk(page, answerSets.mild);

    // Now the post is also about a colleague: the plan needs their role, and nothing else new.
    await page.getByRole('button', { name: 'Change who it is about', exact: true }).click();
    assert.equal(await waitForMove(page, 'plan'), 'who');
    assert.equal(await isChecked(questionGroup(page, 'about'), 'checkbox', 'The practice as a whole'), true);
    await choose(questionGroup(page, 'about'), 'checkbox', 'A colleague who is named or could be recognised');
    assert.equal(await continueOn(page), 'what');
    // The screen's other answers are kept; only the new question is unanswered.
    assert.equal(await isChecked(questionGroup(page, 'tone'), 'radio', 'Criticism'), true);
    await choose(questionGroup(page, 'targetRole'), 'radio', 'A GP');
    assert.equal(await continueOn(page), 'plan');

    const answers = page.getByRole('region', { name: 'Your answers' });
    await answers.getByText('A colleague who is named or could be recognised').waitFor();
    await answers.getByText('A GP', { exact: true }).waitFor();
    watcher.assertClean();
  },

  async 'a reload mid-incident comes back on the same screen with the same answers'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    await startIncident(page);
    await walk(page, answerSets.mild, { until: 'also' });
    assert.equal(await back(page), 'what');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'What is it about?' }).waitFor();
    assert.equal(await currentStep(page), 'what');
    assert.equal(await isChecked(questionGroup(page, 'reason'), 'radio', answerSets.mild.what.reason.radio), true);
    assert.equal(await isChecked(questionGroup(page, 'ownCare'), 'radio', 'No'), true);

    // A choice made but not yet sent with Continue is kept too (saved as a draft).
    assert.equal(await continueOn(page), 'also');
    await choose(questionGroup(page, 'situations'), 'checkbox', 'A petition or campaign about the practice');
    await page.getByText(/^Saved on this computer/).waitFor();
    await page.waitForTimeout(1200); // the draft is saved after a short pause
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Does any of this apply?' }).waitFor();
    assert.equal(await isChecked(questionGroup(page, 'situations'), 'checkbox', 'A petition or campaign about the practice'), true);

    // Back after the reload still walks the same path.
    assert.equal(await back(page), 'what');
    assert.equal(await back(page), 'who');
    watcher.assertClean();
  },

  async 'closing the tab and opening the incident again from the home list'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    await startIncident(page);
    await walk(page, answerSets.mild, { until: 'what' });
    const ref = await reference(page);
    await page.close();

    const again = await context.newPage();
    watcher.watchPage(again);
    await again.goto('/');
    await again.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();
    await again.getByRole('button', { name: `Open ${ref}`, exact: true }).click();
    await again.getByRole('heading', { level: 1, name: 'What is it about?' }).waitFor();
    assert.equal(await back(again), 'who');
    assert.equal(await isChecked(questionGroup(again, 'about'), 'checkbox', 'The practice as a whole'), true);
    assert.equal(await back(again), 'post');
    assert.equal(await isChecked(questionGroup(again, 'platform'), 'radio', 'Google reviews'), true);
    watcher.assertClean();
  },

  async 'a second tab editing the same incident: the first tab stops saving and says why'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    await startIncident(page);
    await walk(page, answerSets.mild, { until: 'post' });
    const ref = await reference(page);
    const id = await incidentId(page);

    const second = await openInSecondTab(context, watcher, ref);
    await choose(questionGroup(second, 'platform'), 'radio', 'Google reviews');
    assert.equal(await continueOn(second), 'who');
    await second.getByText(/^Saved on this computer/).waitFor();

    // The first tab's next save finds a newer copy and stops instead of overwriting it.
    await page.bringToFront();
    await choose(questionGroup(page, 'platform'), 'radio', 'X (formerly Twitter)');
    assert.equal(await continueOn(page), 'who');
    const alert = page.getByRole('alert').filter({ hasText: 'changed in another tab or window' });
    await alert.waitFor();

    const stored = await storedRecord(second, id);
    assert.equal(stored.answers.platform, 'googleReviews', "the stored record is the second tab's");
    assert.equal(stored.currentStep, 'who');
    watcher.assertClean();
  },

  async '"Open the latest version" after a conflict shows what the other tab saved'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    await startIncident(page);
    await walk(page, answerSets.mild, { until: 'post' });
    const ref = await reference(page);

    const second = await openInSecondTab(context, watcher, ref);
    await choose(questionGroup(second, 'platform'), 'radio', 'Google reviews');
    assert.equal(await continueOn(second), 'who');
    await second.getByText(/^Saved on this computer/).waitFor();

    await page.bringToFront();
    await choose(questionGroup(page, 'platform'), 'radio', 'X (formerly Twitter)');
    assert.equal(await continueOn(page), 'who');
    const alert = page.getByRole('alert').filter({ hasText: 'changed in another tab or window' });
    await alert.getByRole('button', { name: 'Open the latest version' }).click();
    // The stored copy replaces this tab's: the alert goes, and Back shows the other tab's answer.
    await alert
      .waitFor({ state: 'detached', timeout: 5000 })
      .catch(() => assert.fail('"Open the latest version" left the conflict alert on screen: the stored copy was not loaded'));
    await page.getByRole('heading', { level: 1, name: 'Who wrote it, and who is it about?' }).waitFor();
    assert.equal(await back(page), 'post');
    assert.equal(await isChecked(questionGroup(page, 'platform'), 'radio', 'Google reviews'), true, "the other tab's answer is shown");
    watcher.assertClean();
  },

  async 'keyboard only: a whole incident without the mouse'({ page, context, baseURL }) {
    const watcher = watch(context, page, baseURL);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, 'Start a new incident', isButton('Start a new incident'));
    await page.keyboard.press('Enter');
    await firstScreenHeading(page).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');

    const set = {
      ...answerSets.mild,
      post: { ...answerSets.mild.post, description: { text: 'Slow phones, typed by keyboard.' } },
    };
    let step = await currentStep(page);
    for (let guard = 0; step !== 'plan' && guard < 40; guard++) step = await answerByKeyboard(page, set, step);
    assert.equal(step, 'plan');
    await page.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();

    // The plan's Change buttons work from the keyboard too, and the answer typed is there.
    await tabTo(page, 'Change what it says', isButton('Change what it says'));
    await page.keyboard.press('Enter');
    assert.equal(await waitForMove(page, 'plan'), 'post');
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
      await firstScreenHeading(page).waitFor();
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
