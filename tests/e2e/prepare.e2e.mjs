/**
 * Be prepared (issue 17): from the home screen, write a policy topic by topic by the labels a
 * practice manager reads, keep it over a reload, print it on A4 (page count), download the Word
 * file and open it (its headings), and come back to the list with nothing else changed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { readZip } from '../support/readZip.ts';
import { watch } from './support/incidents.mjs';

const button = (page, name) => page.getByRole('button', { name, exact: true });

async function answerTopic(page, title, choices) {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  for (const [legend, label] of choices) {
    await page.getByRole('group', { name: legend }).getByLabel(label, { exact: true }).check();
  }
  await button(page, 'Continue').click();
}

/** Page objects in a PDF (not the /Pages tree nodes). */
const pagesIn = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

test('writes the practice policy from the home screen, keeps it, prints it on A4 and downloads it for Word', async ({
  page,
  context,
  baseURL,
}) => {
  const watcher = watch(context, page, baseURL);
  await page.goto('/');
  await button(page, 'Be prepared: write your social media policy').click();
  await page.getByRole('heading', { level: 1, name: 'Be prepared: your social media policy' }).waitFor();
  assert.match(page.url(), /#\/prepare$/);
  await button(page, 'Start writing the policy').click();

  await answerTopic(page, "Staff's own social media", [
    ['Which rules should staff follow on their own accounts?', 'Never post anything about patients, even without a name'],
    ['Which rules should staff follow on their own accounts?', 'Do not reply to posts about the practice or a colleague'],
  ]);
  await answerTopic(page, "The practice's own pages and accounts", [
    ['Does the practice run its own social media pages or accounts?', 'No'],
  ]);
  await answerTopic(page, 'Keeping an eye on what is said online', [
    ['Who keeps an eye on what is said about the practice online?', 'The practice manager'],
    ['How do they check?', 'Alerts for the practice’s name'],
  ]);
  await answerTopic(page, 'When something is posted: who leads and who to tell', [
    ['Who leads when something is posted about the practice or a colleague?', 'The practice manager'],
    ['Who else does the lead tell, and when?', 'The data protection officer, if patient information may be involved'],
  ]);
  await answerTopic(page, 'Replies agreed in advance', [
    ['Which replies should the practice agree in advance?', 'Thanking them and inviting contact'],
  ]);
  await answerTopic(page, 'Keeping a record', [
    ['What does the practice record, and where?', 'Save a copy of the post before reporting or blocking'],
    ['How long are incident records kept?', 'As the data protection officer advises'],
  ]);
  await answerTopic(page, 'Training and review', [
    ['How do staff learn this policy?', 'New staff read it when they start'],
    ['How often will the practice review this policy?', 'Every year'],
  ]);
  const policy = page.getByRole('article', { name: /^Social media policy/ });
  await policy.waitFor();
  assert.match(await policy.textContent(), /Never post anything about a patient, past or present/);

  // Saved on this computer: a reload stays on the page and the policy is still there.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Be prepared: your social media policy' }).waitFor();
  assert.match(page.url(), /#\/prepare$/);
  await button(page, 'See the policy').click();
  await policy.waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Download for Word (.docx)').click()]);
  assert.match(download.suggestedFilename(), /\.docx$/);
  const files = readZip(new Uint8Array(readFileSync(await download.path())));
  const xml = new TextDecoder().decode(files.get('word/document.xml'));
  for (const heading of ["Staff's own social media", 'Monitoring', 'Keeping a record', 'Where this policy comes from']) {
    assert.ok(xml.includes(heading.replace("'", '&apos;')) || xml.includes(heading), `the Word file has the heading "${heading}"`);
  }

  await page.emulateMedia({ media: 'print' });
  const pages = pagesIn(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  console.log(`      the policy prints on ${pages} A4 pages`);
  assert.ok(pages >= 1 && pages <= 6, `the policy prints on 1 to 6 A4 pages, not ${pages}`);

  await button(page, 'Back to Be prepared').click();
  await page.getByRole('heading', { level: 1, name: 'Be prepared: your social media policy' }).waitFor();
  watcher.assertClean();
});
