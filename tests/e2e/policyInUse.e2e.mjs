/**
 * Be prepared, in use (issue 17): once the practice has written and adopted its policy, an
 * incident's plan quotes it ("Your practice policy says") beside the action it speaks to, and the
 * reply builder offers the reply the practice agreed in advance, dated, and checks it once chosen.
 * The policy's versions are listed, and the settings and policy download in one file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { axeChecker } from './support/axeChecker.mjs';
import { answerSets, startIncident, walk, waitForMove, watch } from './support/incidents.mjs';

const button = (page, name) => page.getByRole('button', { name, exact: true });

async function answerTopic(page, title, choices) {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  for (const [legend, label] of choices) {
    await page.getByRole('group', { name: legend }).getByLabel(label, { exact: true }).check();
  }
  await button(page, 'Continue').click();
}

test('an adopted policy is quoted in the plan and its agreed reply is offered in the reply builder', async ({ page, context, baseURL }) => {
  const watcher = watch(context, page, baseURL);
  const axe = axeChecker(page);
  await page.goto('/');
  await button(page, 'Be prepared: write your social media policy').click();
  await button(page, 'Start writing the policy').click();
  await answerTopic(page, "Staff's own social media", [
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
    ['Who else does the lead tell, and when?', 'The partner on call, the same day'],
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
  await page.getByRole('article', { name: /^Social media policy/ }).waitFor();
  await button(page, 'Mark as adopted').click();
  await page.getByText(/^Adopted on \d+ \w+ \d{4}\.$/).waitFor();
  await button(page, 'Back to Be prepared').click();

  // The version is listed, and the settings and policy download in one file.
  const versions = page.getByRole('region', { name: 'Versions of the policy' });
  assert.match(await versions.textContent(), /Version 1: Adopted on .+, in force\./);
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Download settings and policy').click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(file.kind, 'social-media-incident-wizard.practice');
  assert.equal(file.policy.status, 'adopted');
  assert.deepEqual(file.policy.answers.incidentLead, 'practiceManager');

  // Brought back in with a change of name: what would change is shown and asked about; Cancel saves nothing.
  file.settings.practiceName = 'Riverside Medical Practice';
  await page.getByLabel('Bring in settings and policy from a file').setInputFiles({
    name: 'practice.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const changes = page.getByRole('region', { name: 'What bringing in this file would change' });
  assert.match(await changes.textContent(), /Practice name: add “Riverside Medical Practice”/);
  await axe.check('be prepared: versions and a file to bring in');
  await button(page, 'Cancel').click();
  await changes.waitFor({ state: 'detached' });

  // A mild review, answered with a reply: the plan quotes the policy beside the reply step.
  await startIncident(page);
  await walk(page, answerSets.mild);
  await page.getByRole('heading', { level: 1, name: 'Your action plan' }).waitFor();
  // Opened by the ids the row gives its how-to, whatever the row's layout.
  await page.locator('[aria-controls="action-how-replyBriefly"]').click();
  const how = page.locator('#action-how-replyBriefly');
  const quoted = how.getByText('Your practice policy says:').locator('xpath=..');
  await quoted.waitFor();
  assert.match(await quoted.textContent(), /Replies come only from the practice, through the person who leads on incidents\./);
  assert.match(await quoted.textContent(), /version 1, adopted on/);
  await axe.check('plan: the policy quoted');

  // The reply builder offers the agreed reply, dated, and checks it once it is in the reply box.
  await button(page, 'Draft the reply').click();
  assert.equal(await waitForMove(page, 'plan'), 'reply');
  const agreed = page.getByRole('region', { name: 'Replies your practice agreed in advance' });
  await agreed.waitFor();
  assert.match(await agreed.textContent(), /Agreed by your practice on \d+ \w+ \d{4}/);
  await agreed.getByRole('button', { name: 'Start from this reply' }).click();
  const box = page.getByRole('textbox', { name: 'Your reply' });
  assert.match(await box.inputValue(), /^Thank you for taking the time to tell us about this\./);
  assert.ok(await box.evaluate((element) => element === document.activeElement), 'the reply box has focus');
  await page.getByRole('region', { name: 'Checks on your reply' }).waitFor();
  await axe.check('reply builder: agreed replies');
  axe.assertNone();
  watcher.assertClean();
});
