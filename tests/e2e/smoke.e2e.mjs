/**
 * Smoke test of the production build in a real browser. It finds everything by role and label,
 * as a screen reader user would, so it checks the accessibility contract as well as the flow:
 * one h1 per screen, a real "Continue" button, a "Back" button after the first screen, labelled
 * radios and checkboxes, and focus moved to the new h1 after each step.
 * Question texts are copied from src/content/questions.ts (their ids and labels are stable).
 */
import assert from 'node:assert/strict';
import { test } from '@playwright/test';

/** Records anything that would break offline use or hide a bug: foreign requests and errors. */
function watch(context, page, baseURL) {
  const foreign = new Set();
  const errors = [];
  // The context sees page and service worker requests alike.
  context.on('request', (request) => {
    const url = request.url();
    // data: and blob: never leave the machine; the CSP allows them for images.
    if (!url.startsWith(`${baseURL}/`) && !/^(data|blob):/.test(url)) foreign.add(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return {
    errors,
    assertClean() {
      const problems = [...[...foreign].map((url) => `request left ${baseURL}: ${url}`), ...errors];
      assert.ok(problems.length === 0, problems.join('\n'));
    },
  };
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Exact label first; a label with hint text inside it falls back to a prefix match. The option is
 * found inside its question's group (the fieldset named by the question's legend), because a screen
 * may ask several questions and labels such as "No" repeat between them.
 */
async function choose(page, legend, role, label) {
  const group = page.getByRole('group', { name: legend, exact: true });
  assert.equal(await group.count(), 1, `the question "${legend}" is on screen`);
  let input = group.getByRole(role, { name: label, exact: true });
  if ((await input.count()) === 0) input = group.getByRole(role, { name: new RegExp(`^${escapeRegExp(label)}`) });
  await input.check();
  return input;
}

const h1 = (page) => page.getByRole('heading', { level: 1 });

/** Waits for the screen (by its h1 text, or any new h1 when the title is not known) and checks it. */
async function onScreen(page, title, previous) {
  if (title) {
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  } else {
    await page.waitForFunction((prev) => [...document.querySelectorAll('h1')].some((h) => h.textContent.trim() !== prev), previous);
  }
  assert.equal(await h1(page).count(), 1, `screen "${title ?? '(untitled)'}" must have exactly one h1`);
  return (await h1(page).textContent()).trim();
}

/** Presses Continue and checks that focus lands on the next screen's h1. */
async function continueTo(page, title) {
  const previous = (await h1(page).textContent())?.trim();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const current = await onScreen(page, title, previous);
  await page
    .waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 2000 })
    .catch(async () => {
      const tag = await page.evaluate(() => document.activeElement?.tagName);
      assert.fail(`after Continue to "${current}", focus is on ${tag}, not the h1`);
    });
  return current;
}

async function assertChecked(input, label) {
  assert.equal(await input.isChecked(), true, `"${label}" should still be selected`);
}

/** Screen titles (src/content/steps.ts): a screen with one question has its legend as its title. */
const screens = {
  start: 'Is anyone in danger right now, or has anyone threatened to kill or seriously hurt someone?',
  risks: 'What does the post do?',
  firstSteps: 'First steps: do these now',
  post: 'Where is the post, and when did you find it?',
  who: 'Who wrote it, and who is it about?',
  what: 'What is it about?',
  also: 'Does any of this apply?',
  decision: 'What will you do about the post?',
  plan: 'Your action plan',
};

/** Question legends (src/content/questions.ts): each names its question's group of options. */
const legends = {
  danger: screens.start,
  risks: 'Does the post do any of these?',
  patientInfo: 'Does the post give away anything about a patient?',
  evidenceSaved: 'Have you saved a copy of the post?',
  awayChoice: 'What would you like to do now?',
  platform: 'Where did you see it?',
  about: 'Who is it about?',
  author: 'Who wrote it?',
  reason: 'What is the post mainly about?',
  tone: 'Is it criticism or abuse?',
  ownCare: 'Does the post describe symptoms, or care someone still needs, that a clinician should look at today?',
  situations: 'Is any of this part of it too?',
  rulesBroken: "Does the post break the site's rules in any of these ways?",
  decision: screens.decision,
};

test('serves the build offline, with the CSP and no errors', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  const response = await page.goto('/', { waitUntil: 'networkidle' });
  assert.equal(response.status(), 200);

  const served = await response.text();
  const meta = served.match(/<meta[^>]*http-equiv="Content-Security-Policy"[^>]*content="([^"]*)"/i);
  assert.ok(meta, 'the served index.html has a CSP meta tag');
  const policy = meta[1].replaceAll('&#39;', "'").replaceAll('&apos;', "'");
  assert.match(policy, /default-src 'self'/);
  assert.doesNotMatch(policy, /unsafe-(inline|eval)/);

  await h1(page).waitFor();
  await page.getByText(/999/).filter({ visible: true }).first().waitFor();
  watcher.assertClean();

  // Blocking eval logs a CSP violation to the console, so errors were checked just before.
  // DevTools lets code it evaluates use eval despite the CSP, so try it from a page task.
  const evalResult = await page.evaluate(
    () =>
      new Promise((resolve) =>
        setTimeout(() => {
          try {
            eval('1');
            resolve('allowed');
          } catch {
            resolve('blocked');
          }
        }),
      ),
  );
  assert.equal(evalResult, 'blocked', 'the CSP must block eval');
});

test('walks the wizard by role and label to the plan', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  await page.goto('/');

  // The home screen: the 999 card is there before anything else, then a new incident starts.
  await onScreen(page, null, '');
  await page.getByText(/999/).filter({ visible: true }).first().waitFor();
  await page.getByRole('button', { name: 'Start a new incident', exact: true }).click();
  await onScreen(page, screens.start);
  assert.equal(await page.getByRole('button', { name: 'Back', exact: true }).count(), 0, 'no Back on the first screen');
  await page.getByText("Don't reply yet", { exact: true }).waitFor();

  await choose(page, legends.danger, 'radio', 'No');
  await continueTo(page, screens.risks);
  const none = await choose(page, legends.risks, 'checkbox', 'None of these');
  const noPatient = await choose(page, legends.patientInfo, 'radio', 'No');
  await continueTo(page, screens.firstSteps);
  const saved = await choose(page, legends.evidenceSaved, 'radio', 'Yes, we have a copy');
  const carryOn = await choose(page, legends.awayChoice, 'radio', 'Carry on to the full plan');
  await continueTo(page, screens.post);

  // The app's Back and the browser's back both step through the wizard and keep answers.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await onScreen(page, screens.firstSteps);
  await assertChecked(saved, 'Yes, we have a copy');
  await assertChecked(carryOn, 'Carry on to the full plan');
  await page.goBack();
  await onScreen(page, screens.risks);
  await assertChecked(none, 'None of these');
  await assertChecked(noPatient, 'No');
  await page.goBack();
  await onScreen(page, screens.start);
  await page.goForward();
  await onScreen(page, screens.risks);
  await page.goForward();
  await onScreen(page, screens.firstSteps);
  await assertChecked(saved, 'Yes, we have a copy');

  // Simple answers that bring in no conditional question (see machines/steps.ts).
  await continueTo(page, screens.post);
  await choose(page, legends.platform, 'radio', 'Google reviews'); // "when found" defaults to now, description optional
  await continueTo(page, screens.who);
  await choose(page, legends.about, 'checkbox', 'The practice as a whole');
  await choose(page, legends.author, 'radio', 'A patient or member of the public');
  await continueTo(page, screens.what);
  await choose(page, legends.reason, 'radio', 'Getting an appointment, phone waits or another part of our service');
  await choose(page, legends.tone, 'radio', 'Criticism');
  await choose(page, legends.ownCare, 'radio', 'No');
  await continueTo(page, screens.also);
  await choose(page, legends.situations, 'checkbox', 'None of these');
  await choose(page, legends.rulesBroken, 'checkbox', 'None of these, or not sure');
  await continueTo(page, screens.decision);
  await choose(page, legends.decision, 'radio', "Don't reply, and keep an eye on it");
  await continueTo(page, screens.plan);

  watcher.assertClean();
});
