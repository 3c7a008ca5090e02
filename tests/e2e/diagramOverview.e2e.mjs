/**
 * The diagram readable by a room (issue #16): in presenter view at 1366x768, the overview by stage
 * is on screen whole as the diagram opens, with nothing to scroll, and no word in it is smaller
 * than 14 px (fitted to the screen, the detailed drawing is about a third of full size). The
 * incident's place is marked in words, and a stage opens its part of the drawing at full size.
 * Prints the overview's size and the scale it would need to fit (1 = it fits at full size).
 */
import assert from 'node:assert/strict';
import { test } from '@playwright/test';
import { axeChecker } from './support/axeChecker.mjs';
import { watch } from './support/incidents.mjs';

const viewport = { width: 1366, height: 768 };
test.use({ viewport });

const button = (page, name) => page.getByRole('button', { name, exact: true });

test('the overview by stage fits a 1366x768 projected screen with no word under 14 px', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  const axe = axeChecker(page);
  await page.goto('/#/training');
  await page.getByRole('heading', { level: 1, name: 'Training', exact: true }).waitFor();
  await button(page, 'Walk through: One-star Google review about getting an appointment').click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('checkbox', { name: /^Presenter view/ }).check();
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await button(page, 'Continue').click();
  await page.getByRole('heading', { level: 1, name: 'What does the post do?' }).waitFor();
  await button(page, 'See the whole flow').click();
  await page.getByRole('heading', { level: 1, name: 'The whole flow' }).waitFor();

  const overview = page.getByRole('region', { name: 'The stages at a glance' });
  await axe.check('the whole flow in presenter view');
  const measured = await overview.evaluate((element) => {
    const box = element.getBoundingClientRect();
    // Every piece of words a sighted reader sees (a visually hidden one is a 1px box).
    const sizes = [...element.querySelectorAll('*')]
      .filter((each) => [...each.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== ''))
      .filter((each) => each.getBoundingClientRect().width > 1)
      .map((each) => parseFloat(getComputedStyle(each).fontSize));
    return {
      top: box.top,
      bottom: box.bottom,
      left: box.left,
      right: box.right,
      width: box.width,
      height: box.height,
      smallest: Math.min(...sizes),
      texts: sizes.length,
      overflows: element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1,
      pageWider: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
  const fitScale = Math.min(1, viewport.width / measured.width, viewport.height / measured.height);
  console.log(
    `overview by stage, presenter view at ${viewport.width}x${viewport.height}: ${Math.round(measured.width)}x${Math.round(measured.height)} px, ` +
      `at ${Math.round(measured.top)}..${Math.round(measured.bottom)} px, fit scale ${fitScale.toFixed(2)}, smallest text ${measured.smallest} px (${measured.texts} pieces of text)`,
  );
  assert.ok(
    measured.top >= 0 && measured.bottom <= viewport.height,
    `the overview is on screen whole (${measured.top}..${measured.bottom})`,
  );
  assert.ok(measured.left >= 0 && measured.right <= viewport.width && !measured.pageWider, 'the overview needs no sideways scroll');
  assert.equal(measured.overflows, false, 'nothing in the overview is cut off or scrolls');
  assert.ok(measured.smallest >= 14, `the smallest text in the overview is ${measured.smallest} px`);

  // The path, in words: where the incident is, and the screen it has seen.
  const here = overview.getByRole('listitem').filter({ hasText: 'You are here' });
  assert.equal(await here.count(), 2, 'one stage and one screen in it say "You are here"');
  assert.match(await here.last().innerText(), /What does the post do\?/);
  assert.equal(await overview.getByRole('button', { name: /^Seen: Is anyone in danger/ }).count(), 1, 'the first screen is marked seen');

  // A screen opens its guidance in the panel beside; a stage opens its arrows at full size.
  await overview.getByRole('button', { name: 'Who wrote it, and who is it about?' }).click();
  const panel = page.getByRole('complementary', { name: 'About this screen' });
  const guidance = panel.getByRole('heading', { name: 'Who wrote it, and who is it about?' });
  await guidance.waitFor();
  // In presenter view the room reads it where it is, not thousands of pixels down the page.
  const shown = await guidance.boundingBox();
  assert.ok(shown && shown.y >= 0 && shown.y + shown.height <= viewport.height, `the guidance is on screen (at ${shown?.y} px)`);
  await axe.check("a screen's guidance open over the overview in presenter view");
  await panel.getByRole('button', { name: 'Close this screen' }).click();
  await panel.getByText('Select a screen in the diagram or in the list').waitFor();
  await overview.getByRole('button', { name: 'Show this stage in the full diagram (What happened)' }).click();
  await page.getByText('Shown at 100% of full size').waitFor();
  const frame = page.getByRole('region', { name: /^Diagram of the whole flow/ });
  assert.ok(
    await frame.evaluate((element) => element === document.activeElement && element.scrollTop > 0),
    'the drawing took focus, scrolled to the stage',
  );
  axe.assertNone();
  watcher.assertClean();
});
