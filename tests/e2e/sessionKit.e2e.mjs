/**
 * The training session kit (issue 16), reached inside the training area without the incident list:
 * each item prints on the A4 pages it should, and every printed sheet carries the TRAINING mark in
 * the header row that the browser repeats at the top of each page it runs onto.
 */
import assert from 'node:assert/strict';
import { test } from '@playwright/test';
import { watch } from './support/incidents.mjs';

const button = (page, name) => page.getByRole('button', { name, exact: true });
/** Page objects in a PDF (not the /Pages tree nodes). */
const pagesIn = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** Item, then the most A4 pages it may print on (the kit's own figures, with one page to spare at most). */
const items = [
  ['Facilitator guide', 2],
  ['Participant cards', 3],
  ['Flowchart handout', 1],
  ['Quiz', 2],
  ['Reflection sheet', 1],
];

test('the session kit prints each item on A4 with TRAINING on every sheet, and never shows the incident list', async ({
  page,
  context,
  baseURL,
}) => {
  const watcher = watch(context, page, baseURL);
  await page.goto('/#/training');
  await page.getByRole('heading', { level: 1, name: /training/i }).waitFor();
  await button(page, 'Open the session kit').click();
  await page.waitForURL(/#\/training\/kit$/);
  const figures = [];
  for (const [item, most] of items) {
    await button(page, item).click();
    await page.getByRole('heading', { level: 1, name: item }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const sheets = await page.evaluate(() =>
      [...document.querySelectorAll('.kit-sheet')].map((sheet) => {
        const head = sheet.querySelector(':scope > thead');
        return {
          marked: head?.textContent?.includes('TRAINING') ?? false,
          repeats: head ? getComputedStyle(head).display === 'table-header-group' : false,
        };
      }),
    );
    const pages = pagesIn(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    figures.push(`${item}: ${pages} page(s), ${sheets.length} sheet(s)`);
    assert.ok(sheets.length > 0, `${item} prints at least one sheet`);
    assert.ok(
      sheets.every((sheet) => sheet.marked && sheet.repeats),
      `${item}: every sheet has the TRAINING header row, repeated on each page`,
    );
    assert.ok(pages >= 1 && pages <= most, `${item} prints on 1 to ${most} A4 pages, not ${pages}`);
  }
  console.log(`      session kit: ${figures.join('; ')}`);
  // A reload stays in training, and the real incident list never appears.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Facilitator guide' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Open incidents' }).count(), 0);
  watcher.assertClean();
});
