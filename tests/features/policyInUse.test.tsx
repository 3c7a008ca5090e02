/**
 * Issue 17: what the wizard takes from the practice's adopted policy. The plan quotes the policy
 * beside the actions it speaks to (on screen and in the note), and the reply builder offers the
 * replies agreed in advance, checked like any draft.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agreedRepliesWords } from '../../src/content/agreedRepliesWords';
import { policyInPlanWords } from '../../src/content/policyInPlan';
import { replyBuilderContent } from '../../src/content/replyBuilder';
import { ActionList } from '../../src/features/plan/ActionList';
import { ReplyBuilder } from '../../src/features/reply/ReplyBuilder';
import { buildNote } from '../../src/note/buildNote';
import { noteToMarkdown } from '../../src/note/toMarkdown';
import { noteToPlainText } from '../../src/note/toPlainText';
import { recommend } from '../../src/plan/recommend';
import type { PolicyInForce } from '../../src/record/policyInForce';
import { PolicyInForceContext } from '../../src/record/policyInForceContext';
import { practiceFactsFrom } from '../../src/record/practiceFacts';
import { noteTime, practiceSettings, threatWithPolice } from '../note/incidents';

const policy: PolicyInForce = {
  version: 2,
  adoptedOn: '2026-11-02',
  reviewBy: '2027-11-02',
  answers: {
    incidentLead: 'practiceManager',
    incidentTell: ['police', 'onCall'],
    holdingReplies: ['thanksContact'],
    ownReply: 'Thank you. Dr Patel will ring you about your results.',
  },
};

describe('the plan quotes the practice policy', () => {
  const record = threatWithPolice();
  const plan = recommend(record.answers as never, practiceFactsFrom(practiceSettings));

  it('shows "Your practice policy says" under the action it speaks to, with the version, once its how-to is open', async () => {
    const user = userEvent.setup();
    render(
      <PolicyInForceContext.Provider value={policy}>
        <ActionList plan={plan} settings={practiceSettings} />
      </PolicyInForceContext.Provider>,
    );
    // Found by the ids the row gives its how-to, so a change to the row's layout does not matter here.
    const how = document.getElementById('action-how-reportToPolice') as HTMLElement;
    expect(how).not.toBeVisible();
    await user.click(document.querySelector('[aria-controls="action-how-reportToPolice"]') as HTMLElement);
    expect(how).toBeVisible();
    const quoted = within(how).getByText(`${policyInPlanWords.says}:`).closest('p');
    expect(quoted?.textContent).toMatch(/Threats, harassment, hate, or a colleague’s home address posted are reported to the police/);
    expect(quoted?.textContent).toContain('version 2, adopted on 2 November 2026');
  });

  it('says nothing of a policy when none is adopted', () => {
    render(<ActionList plan={plan} settings={practiceSettings} />);
    expect(screen.queryByText(`${policyInPlanWords.says}:`)).toBeNull();
  });

  it('carries the same lines into the note, in Markdown and plain text, and into a copy for sharing', () => {
    const withPolicy = { now: noteTime, settings: practiceSettings, policy };
    for (const redact of [false, true]) {
      for (const text of [
        noteToMarkdown(buildNote(record, { ...withPolicy, redact })),
        noteToPlainText(buildNote(record, { ...withPolicy, redact })),
      ]) {
        expect(text).toContain(`${policyInPlanWords.says}`);
        expect(text).toMatch(/reported to the police: 999 if anyone is in danger now/);
        expect(text).toContain('version 2, adopted on 2 November 2026');
      }
    }
    expect(noteToPlainText(buildNote(record, { now: noteTime, settings: practiceSettings, redact: false }))).not.toContain(
      policyInPlanWords.says,
    );
  });
});

describe('the reply builder offers the replies agreed in advance', () => {
  const settings = { raiseConcern: {}, staffNames: ['Sarah Patel'] };

  it('lists each with the date it was agreed, and puts the chosen one in the reply box, where the checks read it', async () => {
    const user = userEvent.setup();
    render(
      <PolicyInForceContext.Provider value={policy}>
        <ReplyBuilder variant="access" settings={settings} />
      </PolicyInForceContext.Provider>,
    );
    const agreed = screen.getByRole('region', { name: agreedRepliesWords.heading });
    expect(within(agreed).getAllByText(agreedRepliesWords.agreedOn('2 November 2026'))).toHaveLength(2);
    expect(within(agreed).getByText('Thanking them and inviting contact')).toBeTruthy();
    const buttons = within(agreed).getAllByRole('button', { name: agreedRepliesWords.use });
    expect(buttons).toHaveLength(2);

    // The practice's own reply names a colleague and mentions results: the checks flag it here.
    await user.click(buttons[1] as HTMLElement);
    const box = screen.getByRole('textbox', { name: replyBuilderContent.draftLabel }) as HTMLTextAreaElement;
    expect(box.value).toBe('Thank you. Dr Patel will ring you about your results.');
    expect(document.activeElement).toBe(box);
    const checks = screen.getByRole('region', { name: replyBuilderContent.checksHeading });
    expect(within(checks).getByText(`${replyBuilderContent.checkTitles.namesColleague}:`)).toBeTruthy();

    await user.click(buttons[0] as HTMLElement);
    expect(box.value).toMatch(/^Thank you for taking the time to tell us about this\./);
  });

  it('asks before an agreed reply replaces one the user wrote, and keeps theirs unless they say so', async () => {
    const user = userEvent.setup();
    render(
      <PolicyInForceContext.Provider value={policy}>
        <ReplyBuilder variant="access" settings={settings} />
      </PolicyInForceContext.Provider>,
    );
    const box = screen.getByRole('textbox', { name: replyBuilderContent.draftLabel }) as HTMLTextAreaElement;
    await user.clear(box);
    await user.type(box, 'Our own words for this post.');
    const [first] = within(screen.getByRole('region', { name: agreedRepliesWords.heading })).getAllByRole('button', {
      name: agreedRepliesWords.use,
    });
    await user.click(first as HTMLElement);
    const ask = screen.getByRole('group', { name: agreedRepliesWords.replaceOwn.question });
    expect(box.value).toBe('Our own words for this post.');
    await user.click(within(ask).getByRole('button', { name: agreedRepliesWords.replaceOwn.cancel }));
    expect(box.value).toBe('Our own words for this post.');
    expect(screen.queryByRole('group', { name: agreedRepliesWords.replaceOwn.question })).toBeNull();
    expect(document.activeElement).toBe(box);

    await user.click(first as HTMLElement);
    await user.click(screen.getByRole('button', { name: agreedRepliesWords.replaceOwn.confirm }));
    expect(box.value).toMatch(/^Thank you for taking the time to tell us about this\./);
  });

  it('offers none when no policy is adopted', () => {
    render(<ReplyBuilder variant="access" settings={settings} />);
    expect(screen.queryByRole('region', { name: agreedRepliesWords.heading })).toBeNull();
  });
});
