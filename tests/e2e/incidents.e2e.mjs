/**
 * Whole incidents in Chromium against the production build, found by role and label as a screen
 * reader user would find them (never by CSS class): Back, Change from the plan, reload, closing
 * the tab, a second tab, keyboard only, privacy, and locked-down computers.
 *
 * The helpers that drive an incident are in support/incidents.mjs, shared with the other tests.
 */
import assert from 'node:assert/strict';
import { test } from '@playwright/test';
import {
  answerSets,
  back,
  choice,
  choose,
  continueOn,
  currentStep,
  firstScreenHeading,
  givenFor,
  incidentId,
  openInSecondTab,
  questionGroup,
  questionText,
  reference,
  startIncident,
  storedRecord,
  waitForMove,
  walk,
  watch,
} from './support/incidents.mjs';

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

test('a mild review, with Back keeping every answer, to the plan', async ({ page, context, baseURL }) => {
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
});

test('the first-steps card is screen 3, and a mild review reaches the plan after 8 screens (issue #13)', async ({
  page,
  context,
  baseURL,
}) => {
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
    also: {
      situations: { checkbox: ['None of these'] },
      rulesBroken: { checkbox: ['Names a member of staff or makes them easy to identify'] },
    },
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
  assert.ok(
    cardTitles.includes('Report it to the police on 101 or online'),
    `the threat's card says to report it to the police: ${cardTitles.join(' | ')}`,
  );
  watcher.assertClean();
});

test('the plan at a glance: every action of a severe incident on one 1366x768 screen, the rest on demand (issue #13)', async ({
  page,
  context,
  baseURL,
}) => {
  const watcher = watch(context, page, baseURL);
  await page.setViewportSize({ width: 1366, height: 768 });
  await startIncident(page);
  await walk(page, answerSets.severe);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Each action is a list item headed by its short title.
  const lines = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  const count = await lines.count();
  const bottoms = await lines.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().bottom));
  const below = bottoms.filter((bottom) => bottom > 768).length;
  console.log(`    severe incident: ${count} actions, ${count - below} of them in full on the first screen at 1366x768`);
  assert.ok(count >= 15, `the severe incident has a long plan to fit (${count} actions)`);
  assert.equal(below, 0, `every action's line is on the first screen (${below} below it)`);
  // The 999 card is still on the plan, above the checklist.
  assert.ok(await page.getByRole('complementary', { name: /call 999/i }).isVisible(), 'the 999 card heads the plan');

  // A line opens to the whole title, how, why and its Status, Who and By when; closed, none of them is in the way.
  const first = lines.first().getByRole('heading', { level: 3 }).getByRole('button');
  assert.equal(await first.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('combobox', { name: /^Status/ }).count(), 0, 'no Status control before a line is opened');
  await first.click();
  assert.equal(await first.getAttribute('aria-expanded'), 'true');
  await page
    .getByRole('combobox', { name: /^Status/ })
    .first()
    .waitFor();
  watcher.assertClean();
});

test('Change from the plan asks only what the new answer makes necessary', async ({ page, context, baseURL }) => {
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
});

test('a reload mid-incident comes back on the same screen with the same answers', async ({ page, context, baseURL }) => {
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
});

test('closing the tab and opening the incident again from the home list', async ({ page, context, baseURL }) => {
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
});

test('a second tab editing the same incident: the first tab stops saving and says why', async ({ page, context, baseURL }) => {
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
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'changed in another tab or window (or on another computer using the practice folder)' });
  await alert.waitFor();

  const stored = await storedRecord(second, id);
  assert.equal(stored.answers.platform, 'googleReviews', "the stored record is the second tab's");
  assert.equal(stored.currentStep, 'who');
  watcher.assertClean();
});

test('"Open the latest version" after a conflict shows what the other tab saved', async ({ page, context, baseURL }) => {
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
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'changed in another tab or window (or on another computer using the practice folder)' });
  await alert.getByRole('button', { name: 'Open the latest version' }).click();
  // The stored copy replaces this tab's: the alert goes, and Back shows the other tab's answer.
  await alert
    .waitFor({ state: 'detached', timeout: 5000 })
    .catch(() => assert.fail('"Open the latest version" left the conflict alert on screen: the stored copy was not loaded'));
  await page.getByRole('heading', { level: 1, name: 'Who wrote it, and who is it about?' }).waitFor();
  assert.equal(await back(page), 'post');
  assert.equal(await isChecked(questionGroup(page, 'platform'), 'radio', 'Google reviews'), true, "the other tab's answer is shown");
  watcher.assertClean();
});

test('keyboard only: a whole incident without the mouse', async ({ page, context, baseURL }) => {
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
});

test('privacy: every request of a full walk stays on the app origin', async ({ page, context, baseURL }) => {
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
});

test('storage blocked: the app still works and says it is not saving', async ({ browser, baseURL }) => {
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
});

test('service workers unavailable: the app still works and says offline use is not possible', async ({ browser, baseURL }) => {
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
});
