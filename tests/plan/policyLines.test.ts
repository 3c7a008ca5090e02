/**
 * Issue 17: the plan quotes the practice's own adopted policy where it speaks to an action. One row
 * per policy choice that the plan quotes: the answers that make it, the action it attaches to, and
 * the words the action shows (the clause, word for word).
 */
import { describe, expect, it } from 'vitest';
import { actions } from '../../src/content/actions';
import { policyInPlan } from '../../src/content/policyInPlan';
import { policyLinesFor } from '../../src/plan/policyLines';
import { policyTopicList, type PolicyAnswers } from '../../src/plan/policyAnswers';

const allActions = Object.keys(actions);
const linesOf = (answers: PolicyAnswers, actionId: string) => policyLinesFor(allActions, answers, 'Riverside Surgery')[actionId] ?? [];

describe('what the plan quotes from the practice policy', () => {
  it.each<[string, PolicyAnswers, string, RegExp]>([
    [
      'the practice manager leads',
      { incidentLead: 'practiceManager' },
      'tellPartnerOnCall',
      /^The practice manager leads the practice’s response/,
    ],
    [
      'the practice manager leads (their own post)',
      { incidentLead: 'practiceManager' },
      'supportManager',
      /If the post is about them, the partner on call leads\.$/,
    ],
    [
      'the on-call partner leads',
      { incidentLead: 'onCall' },
      'ringOnCall',
      /^The partner or manager on call leads the practice’s response/,
    ],
    [
      'the social media lead leads',
      { incidentLead: 'socialMediaLead' },
      'respondToCampaign',
      /^The social media lead leads the practice’s response, with the practice manager/,
    ],
    ['tell the partner on call', { incidentTell: ['onCall'] }, 'tellPartnerOnCall', /^The lead tells the partner on call the same day/],
    [
      'tell the data protection officer',
      { incidentTell: ['dataProtectionOfficer'] },
      'involveCaldicottAndDpo',
      /tells the data protection officer the same day/,
    ],
    ['tell the Caldicott guardian', { incidentTell: ['caldicottGuardian'] }, 'involveCaldicottAndDpo', /^The Caldicott guardian is told/],
    ['the defence body', { incidentTell: ['defenceBody'] }, 'namedClinicianCallsDefenceBody', /rings their own defence body promptly/],
    ['the LMC as a sounding board', { incidentTell: ['lmc'] }, 'replyBriefly', /talk the practice’s response through with the LMC/],
    ['the HR adviser', { incidentTell: ['hrAdviser'] }, 'getHrAdvice', /the lead asks the HR adviser before any formal step/],
    ['the police', { incidentTell: ['police'] }, 'reportToPolice', /are reported to the police: 999 if anyone is in danger now/],
    ['press to the lead', { incidentTell: ['press'] }, 'handlePressEnquiry', /^If a journalist, councillor or MP gets in touch/],
    [
      'staff do not reply',
      { personalRules: ['noReplying'] },
      'replyBriefly',
      /Replies come only from the practice, through the person who leads on incidents\.$/,
    ],
    [
      'only the social media lead posts',
      { hasAccounts: 'yes' },
      'replyBriefly',
      /Only the social media lead, or someone they have agreed, posts on them\.$/,
    ],
    [
      'reply within hours',
      { hasAccounts: 'yes', accountRules: ['replyInHours'] },
      'replyBriefly',
      /^Where a comment needs a reply, the practice replies within hours, not days/,
    ],
    [
      'hide rather than delete',
      { hasAccounts: 'yes', accountRules: ['hideNotDelete'] },
      'considerBlocking',
      /Hiding is used rather than deleting/,
    ],
    [
      'no asking friends to post',
      { personalRules: ['noAskingFriends'] },
      'reportReviewFlood',
      /^Do not ask friends, family or patients to post reviews/,
    ],
    [
      'the disciplinary procedure',
      { personalRules: ['disciplinary'] },
      'followFairProcess',
      /disciplinary procedure, fairly and with advice/,
    ],
    [
      'the practice manager keeps an eye',
      { monitoringWho: 'practiceManager' },
      'keepWatching',
      /^The practice manager keeps an eye on what is said/,
    ],
    [
      'the social media lead keeps an eye',
      { monitoringWho: 'socialMediaLead' },
      'keepWatching',
      /^The social media lead keeps an eye on what is said/,
    ],
    ['nobody keeps an eye', { monitoringWho: 'nobody' }, 'setUpMonitoring', /^Nobody is asked to check regularly/],
    [
      'save a copy first',
      { recordSteps: ['saveFirst'] },
      'saveEvidence',
      /^Before anyone reports, hides or blocks anything, a copy of the post is saved/,
    ],
    ['few copies', { recordSteps: ['fewCopies'] }, 'keepSavedEvidence', /Any taken on a personal phone are moved into practice storage/],
    [
      'the incident log',
      { recordSteps: ['incidentLog'] },
      'significantEventReview',
      /incident or significant event log, never in a patient’s record/,
    ],
    ['looking back', { recordSteps: ['reviewAfter'] }, 'significantEventReview', /^Once it is over, the practice looks back/],
  ])('%s: %s quoted beside the action', (_name, answers, actionId, words) => {
    // Exactly one line says it (a row whose answers make two clauses, such as pages and their rules, shows both).
    expect(linesOf(answers, actionId).filter((line) => words.test(line))).toHaveLength(1);
  });

  it('has a row above for every pairing in src/content/policyInPlan.ts, each naming a real clause and action', () => {
    for (const row of policyInPlan) {
      const question = policyTopicList.flatMap((topic) => topic.questions).find((candidate) => candidate.id === row.question);
      expect(question?.kind, `${row.question}`).not.toBe('text');
      const option = question && question.kind !== 'text' ? question.options.find((o) => o.value === row.value) : undefined;
      expect(option?.clause, `${row.question}.${row.value} writes a clause`).toHaveProperty('text');
      for (const actionId of row.actions) expect(allActions, actionId).toContain(actionId);
    }
  });

  it('quotes nothing for actions not in the plan, choices the policy did not make, or a question the builder hid', () => {
    expect(policyLinesFor(['call999'], { incidentLead: 'practiceManager' }, 'the practice')).toEqual({});
    expect(policyLinesFor(['replyBriefly'], {}, 'the practice')).toEqual({});
    // Rules for the practice's own pages mean nothing once it says it has none.
    expect(linesOf({ hasAccounts: 'no', accountRules: ['hideNotDelete'] }, 'considerBlocking')).toEqual([]);
    // A reply agreed in advance is for the reply builder, not a line in the plan.
    expect(linesOf({ holdingReplies: ['thanksContact'] }, 'replyBriefly')).toEqual([]);
  });

  it('lists several clauses beside one action in the order the policy gives them, each once', () => {
    const lines = linesOf(
      { personalRules: ['noReplying'], hasAccounts: 'yes', accountRules: ['replyInHours'], incidentTell: ['lmc'] },
      'replyBriefly',
    );
    expect(lines.map((line) => line.slice(0, 30))).toEqual([
      'Do not reply to, like or share',
      'The practice uses its own page',
      'Where a comment needs a reply,',
      'The lead may talk the practice',
    ]);
  });
});
