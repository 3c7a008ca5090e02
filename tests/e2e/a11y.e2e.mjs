/**
 * Accessibility in Chromium against the production build:
 * - axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) on every distinct screen: the home screen
 *   empty and with incidents, practice settings (and its error summary), every wizard screen
 *   reached by three sets of answers that between them show every step in machines/steps.ts, the
 *   plan for each, the plan so far (from each first-steps card), the reply drafted from the mild
 *   plan, sources, start-again, close and delete confirmations, error summaries, and the pages
 *   opened over the wizard (evidence and references, the whole flow).
 *   Zero violations; any found are printed with the screen, rule, elements and fix.
 * - Reflow: at 320 CSS px wide, and at 200% zoom, no horizontal scrolling and nothing cut off
 *   on the screens most likely to overflow. 200% zoom is emulated as a 640 × 400 CSS px viewport
 *   with deviceScaleFactor 2, which is exactly the layout a 1280 × 800 window gets at 200%
 *   (CSS `zoom` on <html> is not the same as browser zoom, so it is not used).
 * - Forced colours (Windows high contrast): the focus indicator and the selected radio stay visible.
 * Screenshots of key screens go to test-results/screens/ (kept out of git).
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { answerSets, back, choose, currentStep, startIncident, stepIdsFromSource, waitForMove, walk, watch } from './support/incidents.mjs';
import { axeChecker } from './support/axeChecker.mjs';

const screensDir = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

async function screenshot(page, name) {
  mkdirSync(screensDir, { recursive: true });
  await page.screenshot({ path: `${screensDir}${name.replace(/[^\w.-]+/g, '-')}.png`, fullPage: true });
}

/** Horizontal scrolling, and anything poking out of the viewport or clipped inside its box. */
async function reflowProblems(page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const problems = [];
    if (document.documentElement.scrollWidth > window.innerWidth) {
      problems.push(`scrolls sideways: content ${document.documentElement.scrollWidth}px in a ${window.innerWidth}px window`);
    }
    const hidden = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        // Visually hidden text (clip) and off-screen skip links are meant to be off screen.
        if (style.clipPath !== 'none' || (style.clip && style.clip !== 'auto')) return true;
        if (style.display === 'none' || style.visibility === 'hidden') return true;
      }
      return false;
    };
    const describe = (el) => {
      const label = el.labels?.[0]?.textContent ?? el.textContent ?? '';
      return `<${el.tagName.toLowerCase()}${el.type ? ` type=${el.type}` : ''}> "${label.replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
    };
    // Report each kind of element once, innermost first: the element at fault, not every parent.
    const reported = new Set();
    const report = (el, text) => {
      const key = describe(el);
      if (reported.has(key)) return;
      reported.add(key);
      problems.push(`${key} ${text}`);
    };
    const elements = [...document.body.querySelectorAll('*')].reverse();
    for (const el of elements) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= 0) continue;
      if (box.right > viewport + 1 && !hidden(el) && ![...el.children].some((c) => c.getBoundingClientRect().right > viewport + 1)) {
        report(el, `ends at ${Math.round(box.right)}px, past the ${viewport}px viewport`);
      }
      const style = getComputedStyle(el);
      if (['hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && !hidden(el)) {
        report(el, `cuts off its content (${el.scrollWidth}px in ${el.clientWidth}px)`);
      }
    }
    return problems.slice(0, 10);
  });
}

/** Walks a set of answers to the plan, recording screens; `at(step)` runs on each one. */
async function visitAll(page, set, at) {
  await startIncident(page);
  return walk(page, set, { onScreen: at });
}

test('axe: home, settings, and the close and delete confirmation pages', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  const axe = axeChecker(page);
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();
  await axe.check('home, no incidents');
  await screenshot(page, 'home-empty');

  await page.getByRole('button', { name: 'Practice settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Practice settings' }).waitFor();
  await page.getByRole('button', { name: 'Save settings' }).waitFor();
  await axe.check('settings');
  await screenshot(page, 'settings');
  await page.getByLabel('Aim to reply within this many hours').fill('999');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('heading', { level: 2, name: 'There is a problem' }).waitFor();
  await axe.check('settings, error summary');
  await screenshot(page, 'settings-errors');
  await page.getByRole('button', { name: 'Back', exact: true }).click();

  // Two incidents on the list: one open, one closed.
  for (let i = 0; i < 2; i++) {
    await startIncident(page);
    await walk(page, answerSets.mild, { until: 'who' });
    await page.getByRole('button', { name: 'All incidents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();
  }
  const first = (
    await page
      .getByRole('button', { name: /^Open SM-/ })
      .first()
      .textContent()
  ).match(/SM-\d{4}-\d{4}/)[0];
  await page.getByRole('button', { name: `Close ${first}`, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Close incident ${first}` }).waitFor();
  await axe.check('close an incident');
  await page.getByRole('button', { name: 'Close the incident' }).click();
  await page.getByText('Enter the outcome, in a few words').first().waitFor();
  await axe.check('close an incident, outcome missing');
  await screenshot(page, 'close-incident-error');
  await page.getByRole('textbox', { name: 'What was the outcome?' }).fill('Post removed by the site after a report.');
  await page.getByRole('button', { name: 'Close the incident' }).click();
  await page.getByRole('heading', { level: 2, name: 'Closed incidents' }).waitFor();
  await axe.check('home, open and closed incidents, with a message');
  await screenshot(page, 'home-list');

  await page.getByRole('button', { name: `Delete ${first}`, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Delete incident ${first}?` }).waitFor();
  await axe.check('delete one incident');
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await page.getByRole('button', { name: 'Delete all data on this computer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Delete everything this tool has saved on this computer?' }).waitFor();
  await axe.check('delete everything');
  await screenshot(page, 'delete-everything');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByText('Everything this tool saved on this computer has been deleted.').waitFor();
  await axe.check('home, after deleting everything');

  axe.assertNone();
  watcher.assertClean();
});

test('axe: every wizard screen, the plans, the plan so far, the reply, sources, start again and error summaries', async ({
  page,
  context,
  baseURL,
}) => {
  const watcher = watch(context, page, baseURL);
  const axe = axeChecker(page);
  const seen = new Set();
  let checkedErrors = false;

  /** Opens a side screen with `button`, checks it, and comes Back to `from`. */
  const visitSide = async (from, button, title, name) => {
    await page.getByRole('button', { name: button, exact: true }).click();
    const side = await waitForMove(page, from);
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    seen.add(side);
    await axe.check(name);
    await screenshot(page, `step-${side}`);
    assert.equal(await back(page), from, `Back from "${side}" returns to "${from}"`);
  };

  for (const [name, set] of Object.entries(answerSets)) {
    await visitAll(page, set, async (step) => {
      if (step === 'plan') {
        await page.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();
        await axe.check(`plan (${name})`);
        await screenshot(page, `plan-${name}`);
        // The mild plan's decision is to reply: the reply is drafted on a screen of its own.
        if (!seen.has('reply') && (await page.getByRole('button', { name: 'Draft the reply', exact: true }).count()) > 0) {
          await visitSide('plan', 'Draft the reply', 'Draft a reply', 'reply');
        }
      } else if (!seen.has(step)) {
        await axe.check(step);
        if (['start', 'risks', 'firstSteps', 'post', 'what', 'decision'].includes(step)) await screenshot(page, `step-${step}`);
      }
      // The plan so far, from the first-steps card (where it has the most to show) of each set.
      if (step === 'firstSteps') await visitSide(step, 'See the plan so far', 'Your plan so far', `plan so far (${name})`);
      if (step === 'start' && !checkedErrors) {
        // Continue with nothing chosen: the error summary takes focus and links to the field.
        await page.getByRole('button', { name: 'Continue', exact: true }).click();
        await page.getByRole('heading', { level: 2, name: 'There is a problem' }).waitFor();
        const focusedLabel = await page.evaluate(() => {
          const labelId = document.activeElement?.getAttribute('aria-labelledby');
          return labelId ? document.getElementById(labelId)?.textContent : null;
        });
        assert.equal(focusedLabel, 'There is a problem', 'the error summary takes focus');
        await axe.check('start, with the error summary');
        await screenshot(page, 'step-start-error');
        checkedErrors = true;
      }
      seen.add(step);
    });
  }

  // From the last plan: the sources page and the start-again confirmation.
  await page.getByRole('button', { name: 'See all sources' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
  seen.add(await currentStep(page));
  await axe.check('sources');
  await screenshot(page, 'sources');
  await back(page);
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Are you sure you want to start again?' }).waitFor();
  seen.add(await currentStep(page));
  await axe.check('start again?');
  await page.getByRole('button', { name: 'No, go back' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();

  const { route, side } = stepIdsFromSource();
  const missed = [...route, ...side].filter((id) => !seen.has(id));
  assert.deepEqual(missed, [], 'every step in machines/steps.ts is reached by the answer sets');
  axe.assertNone();
  watcher.assertClean();
});

test('axe: pages opened over the wizard (evidence and references, the whole flow)', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  const axe = axeChecker(page);
  await startIncident(page);
  await walk(page, answerSets.mild, { until: 'post' });
  await page.getByRole('button', { name: /^Evidence and references/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Evidence and references' }).waitFor();
  await axe.check('evidence and references');
  await screenshot(page, 'evidence');
  await page.getByRole('button', { name: 'Back', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Where is the post, and when did you find it?' }).waitFor();
  await page.getByRole('button', { name: 'See the whole flow' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'The whole flow' }).waitFor();
  await axe.check('the whole flow');
  await screenshot(page, 'diagram');
  axe.assertNone();
  watcher.assertClean();
});

test('reflow: no sideways scrolling or cut-off content at 320 px and at 200% zoom', async ({ browser, baseURL }) => {
  const sizes = [
    { name: '320px', options: { viewport: { width: 320, height: 640 } } },
    { name: 'zoom-200', options: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 } },
  ];
  const problems = [];
  for (const size of sizes) {
    const context = await browser.newContext({ baseURL, ...size.options });
    try {
      const page = await context.newPage();
      const look = async (screen) => {
        for (const problem of await reflowProblems(page)) problems.push(`[${size.name}, ${screen}] ${problem}`);
        await screenshot(page, `${size.name}-${screen}`);
      };
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();
      await page.getByRole('button', { name: 'Practice settings' }).click();
      await page.getByRole('button', { name: 'Save settings' }).waitFor();
      await look('settings');
      await visitAll(page, answerSets.severe, async (step) => {
        if (['start', 'firstSteps', 'post', 'what', 'decision', 'plan'].includes(step)) await look(step);
      });
      await page.getByRole('button', { name: 'See all sources' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
      await look('sources');
      await page.getByRole('button', { name: 'All incidents' }).click();
      await page.getByRole('heading', { level: 1, name: 'Social media incidents' }).waitFor();
      await page
        .getByRole('button', { name: /^Open SM-/ })
        .first()
        .waitFor();
      await look('home-list');
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(problems, [], `reflow problems:\n${problems.join('\n')}`);
});

test('forced colours: focus and the selected radio stay visible', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  await page.emulateMedia({ forcedColors: 'active' });
  await startIncident(page);
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  assert.equal(await currentStep(page), 'start', 'the first screen asks whether anyone is in danger');

  const focusStyle = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return {
        what: `${el.tagName} ${el.getAttribute('type') ?? ''} ${(el.labels?.[0] ?? el).textContent.trim().slice(0, 30)}`,
        matchesFocusVisible: el.matches(':focus-visible'),
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
      };
    });
  const assertVisibleFocus = (s) => {
    assert.ok(s.matchesFocusVisible, `${s.what} has keyboard focus`);
    const outline = s.outlineStyle !== 'none' && s.outlineWidth >= 2 && !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(s.outlineColor);
    assert.ok(
      outline || s.boxShadow !== 'none',
      `focus on ${s.what} is visible in forced colours (outline: ${s.outline}, box-shadow: ${s.boxShadow})`,
    );
  };

  // Keyboard focus on a radio, and on a button.
  await page.keyboard.press('Tab');
  const onRadio = await focusStyle();
  assert.match(onRadio.what, /INPUT radio/);
  assertVisibleFocus(onRadio);
  await screenshot(page, 'forced-colours-radio-focus');

  // The selected radio looks different from an unselected one.
  const yes = page.getByRole('radio', { name: 'Yes, or I am not sure' });
  const no = page.getByRole('radio', { name: 'No', exact: true });
  await page.mouse.click(0, 0); // drop focus so only the checked state differs
  const before = await no.screenshot();
  await choose(page, 'radio', 'No');
  await page.evaluate(() => document.activeElement?.blur());
  assert.equal(await no.isChecked(), true);
  assert.equal(await yes.isChecked(), false);
  const after = await no.screenshot();
  assert.ok(!before.equals(after), 'a checked radio looks different from an unchecked one in forced colours');
  await screenshot(page, 'forced-colours-radio-checked');

  await page.getByRole('button', { name: 'Continue', exact: true }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab'); // focus by keyboard, so :focus-visible applies
  const onButton = await focusStyle();
  assert.match(onButton.what, /BUTTON/);
  assertVisibleFocus(onButton);
  await screenshot(page, 'forced-colours-button-focus');
  watcher.assertClean();
});
