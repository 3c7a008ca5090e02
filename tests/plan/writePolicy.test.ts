import { describe, expect, it } from 'vitest';
import { policyTopics, type PolicyQuestionContent } from '../../src/content/policy';
import { policyUi } from '../../src/content/policyUi';
import { policyToMarkdown } from '../../src/note/policyMarkdown';
import { addMonthsToDate, firstUnfinishedTopic, topicErrors } from '../../src/plan/policyAnswers';
import { staffSummary } from '../../src/plan/policyStaffSummary';
import { completeAnswers } from '../support/policyAnswers';
import { writePolicy, type PolicySettings, type PolicyStanding } from '../../src/plan/writePolicy';

const settings: PolicySettings = {
  practiceName: 'Riverside Surgery',
  contacts: {
    practiceManager: { name: 'Jo Bloggs', phone: '01632 960001' },
    onCall: { name: 'Dr A. Patel' },
    dataProtectionOfficer: { phone: '01632 960456' },
  },
  staffNames: ['Amira Patel', 'Sam Jones'],
};
const draft: PolicyStanding = { version: 1, status: 'draft' };

type ChoiceQuestion = Extract<PolicyQuestionContent, { kind: 'radio' | 'checkbox' }>;

/** Every option that writes a clause, with the answers that choose it (and open its question). */
const rows = policyTopics.flatMap((topic) =>
  topic.questions.flatMap((question: PolicyQuestionContent) => {
    if (question.kind === 'text') return [];
    const choice: ChoiceQuestion = question;
    return choice.options.flatMap((option) => {
      if (option.clause === undefined) return [];
      const answers: Record<string, string | string[]> = { [choice.id]: choice.kind === 'radio' ? option.value : [option.value] };
      if (choice.showWhen) answers[choice.showWhen.question] = choice.showWhen.values[0]!;
      const clause = option.clause;
      const text = 'reply' in clause ? clause.reply : clause.text;
      return [{ name: `${topic.id} › ${choice.id} › ${option.value}`, topic: topic.id, answers, text, sources: clause.sources }];
    });
  }),
);

describe('writing the policy', () => {
  it('has a row for every clause-writing choice', () => {
    expect(rows.length).toBeGreaterThan(40);
  });

  it.each(rows)('$name writes its clause in its section, citing its sources', ({ topic, answers, text, sources }) => {
    const document = writePolicy(answers, settings, draft);
    const section = document.sections.find((candidate) => candidate.id === topic);
    const clause = section?.clauses.find((candidate) => candidate.text === text.replaceAll('{practice}', 'Riverside Surgery'));
    expect(clause?.sources).toEqual(sources);
    for (const id of sources) expect(document.sources).toContain(id);
  });

  it('writes nothing for a choice not made, and nothing from a question that is not on show', () => {
    const document = writePolicy({ hasAccounts: 'no', accountRules: ['secondCheck'] }, settings, draft);
    const texts = document.sections.flatMap((section) => section.clauses.map((clause) => clause.text));
    expect(texts.some((text) => text.startsWith('A second person reads every post'))).toBe(false);
    expect(texts.some((text) => text.startsWith('The practice does not run social media pages'))).toBe(true);
  });

  it("puts the practice's name in, and the lead's name and number from settings beside the clause", () => {
    const document = writePolicy(completeAnswers, settings, draft);
    expect(document.practiceName).toBe('Riverside Surgery');
    expect(document.sections[0]?.clauses[0]?.text).toMatch(/^This policy applies to everyone who works for Riverside Surgery,/);
    const lead = document.sections
      .find((section) => section.id === 'incidents')
      ?.clauses.find((clause) => clause.text.startsWith('The practice manager leads'));
    expect(lead?.contacts).toEqual([
      { role: 'practiceManager', label: 'Practice manager', name: 'Jo Bloggs', phone: '01632 960001' },
      { role: 'onCall', label: 'On call', name: 'Dr A. Patel' },
    ]);
  });

  it('says "the practice" when settings have no name', () => {
    const document = writePolicy(completeAnswers, { contacts: {}, staffNames: [] }, draft);
    expect(document.practiceName).toBe('the practice');
    expect(document.sections[0]?.clauses[0]?.text).toContain('everyone who works for the practice,');
  });

  it('adds the review clause from the interval chosen, and carries version, status and dates', () => {
    const document = writePolicy({ ...completeAnswers, reviewInterval: 'everyTwoYears' }, settings, {
      version: 3,
      status: 'adopted',
      adoptedOn: '2026-11-30',
      reviewBy: '2028-11-30',
    });
    expect(document).toMatchObject({ version: 3, status: 'adopted', adoptedOn: '2026-11-30', reviewBy: '2028-11-30' });
    const training = document.sections.find((section) => section.id === 'training');
    expect(training?.clauses.at(-1)?.text).toBe(
      'This policy is reviewed every 2 years from the day it is adopted, and sooner after any serious incident or a change in the guidance.',
    );
  });

  it('runs the agreed replies through the reply checks: the ready-made ones pass', () => {
    const document = writePolicy({ holdingReplies: ['thanksContact', 'cannotDiscuss', 'noAbuse'] }, settings, draft);
    const replies = document.sections.find((section) => section.id === 'holdingReplies')?.clauses.filter((clause) => clause.replyChecks);
    expect(replies).toHaveLength(3);
    expect(replies?.map((clause) => clause.replyChecks)).toEqual([[], [], []]);
    expect(document.flaggedReplies).toBe(0);
  });

  it("flags a practice's own reply that fails the checks, saying why, and keeps it in the policy", () => {
    const document = writePolicy(
      { holdingReplies: ['noAbuse'], ownReply: 'You are not one of our patients. DM us your date of birth.' },
      settings,
      draft,
    );
    const own = document.sections.find((section) => section.id === 'holdingReplies')?.clauses.at(-1);
    expect(own?.text).toBe('You are not one of our patients. DM us your date of birth.');
    expect(own?.replyChecks?.map((check) => check.id)).toEqual(['confirmsPatient', 'asksForDetails', 'noInvitation']);
    expect(document.flaggedReplies).toBe(1);
  });

  it("uses the colleagues' names from settings when checking a reply", () => {
    const document = writePolicy({ ownReply: 'Please contact Sam Jones on the practice phone number.' }, settings, draft);
    const own = document.sections.find((section) => section.id === 'holdingReplies')?.clauses.at(-1);
    expect(own?.replyChecks?.map((check) => check.id)).toEqual(['namesColleague']);
  });
});

describe('which questions still need an answer', () => {
  it('asks the follow-up only when its answer opens it', () => {
    const accounts = policyTopics[1];
    expect(topicErrors(accounts, { hasAccounts: 'no' })).toEqual([]);
    expect(topicErrors(accounts, { hasAccounts: 'yes' }).map((error) => error.questionId)).toEqual(['accountRules']);
    expect(topicErrors(accounts, {}).map((error) => error.message)).toEqual(['Choose whether the practice runs its own pages or accounts']);
  });

  it('finds the first unfinished topic, and none once all are answered', () => {
    expect(firstUnfinishedTopic({})).toBe(0);
    expect(firstUnfinishedTopic({ personalRules: ['noPatients'] })).toBe(1);
    expect(firstUnfinishedTopic(completeAnswers)).toBeNull();
  });
});

describe('review dates', () => {
  it.each([
    ['2026-11-30', 12, '2027-11-30'],
    ['2026-11-30', 24, '2028-11-30'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
  ])('%s plus %i months is %s', (from, months, expected) => {
    expect(addMonthsToDate(from, months)).toBe(expected);
  });
});

describe('the staff summary', () => {
  it('tells staff who leads, with names and numbers, and includes only the lines the policy calls for', () => {
    const summary = staffSummary(completeAnswers, settings);
    expect(summary.title).toBe('If you see a post about the practice');
    expect(summary.practiceName).toBe('Riverside Surgery');
    expect(summary.tellLine).toBe('Tell the practice manager the same day.');
    expect(summary.tell.map((contact) => contact.role)).toEqual(['practiceManager', 'onCall', 'dataProtectionOfficer']);
    expect(summary.lines[0]).toBe('If anyone may be in danger now, call 999 first.');
    expect(summary.lines).toContain('If it may give away anything about a patient, say so straight away.');
    expect(summary.lines.some((line) => line.includes('screenshot on your own phone'))).toBe(false);
  });

  it('falls back to the practice manager when no lead is chosen yet', () => {
    const summary = staffSummary({}, settings);
    expect(summary.tellLine).toBe(policyUi.staffSummary.leads('the practice manager'));
    expect(summary.tell.map((contact) => contact.role)).toEqual(['practiceManager']);
  });
});

describe('the policy as Markdown', () => {
  it('has the title, standing line, section headings, citations and sources', () => {
    const markdown = policyToMarkdown(writePolicy(completeAnswers, settings, draft));
    expect(markdown).toMatch(
      /^# Social media policy: Riverside Surgery\n\nVersion 1 · Draft: not yet adopted · Review date: set when adopted\n/,
    );
    expect(markdown).toContain("\n## Staff's own social media\n");
    expect(markdown).toContain('\n## Where this policy comes from\n');
    expect(markdown).toContain('> Thank you for taking the time');
    // The clause on patients cites two GMC documents: the publisher is named once.
    expect(markdown).toContain('- Never post anything about a patient, past or present, even without a name.');
    expect(markdown).toContain('  *Based on: General Medical Council*\n');
    expect(markdown).toContain('  *Based on: Medical Defence Union; Londonwide LMCs*\n');
  });

  it('makes a typed practice name inert: no links or emphasis from it', () => {
    const markdown = policyToMarkdown(
      writePolicy(completeAnswers, { ...settings, practiceName: 'St *Mary* [click](https://x.example)' }, draft),
    );
    expect(markdown.split('\n')[0]).toBe('# Social media policy: St \\*Mary\\* \\[click\\]\\(https\\:\\/\\/x\\.example\\)');
  });
});
