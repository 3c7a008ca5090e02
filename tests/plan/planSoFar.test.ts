import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditions } from '../../machines/conditions';
import { answersOnPath } from '../../machines/stepAnswers';
import { questionIds, questions, type Answers } from '../../src/content/questions';
import { firstSteps, planSoFar, recommend } from '../../src/plan/recommend';
import type { Plan } from '../../src/plan/types';
import type { PracticeFacts } from '../../src/content/types';
import { mildReview, startWizard, stepOf, answerScreen } from '../support/walk';

/** Any complete, valid set of answers: every question answered with one of its real options. */
const validAnswers: fc.Arbitrary<Answers> = fc
  .record(
    Object.fromEntries(
      questionIds.map((id) => {
        const question = questions[id];
        if (question.kind === 'radio') return [id, fc.constantFrom(...question.options.map((o) => o.value))];
        if (question.kind === 'checkbox') {
          const exclusive = question.options.filter((o) => 'exclusive' in o && o.exclusive).map((o) => o.value);
          const others = question.options.filter((o) => !('exclusive' in o && o.exclusive)).map((o) => o.value);
          const ticks = fc.subarray(others, { minLength: 1 });
          return [id, exclusive.length > 0 ? fc.oneof(fc.constant(exclusive), ticks) : ticks];
        }
        if (question.kind === 'datetime') return [id, fc.constant('2026-11-27T21:40')];
        return [id, fc.string({ maxLength: 20 })];
      }),
    ),
  )
  .map((answers) => {
    const a = answers as Answers;
    // "Reply" is not offered where there is no public thread.
    return conditions.cannotReplyPublicly(a) && a.decision === 'reply' ? { ...a, decision: 'monitor' } : a;
  }) as fc.Arbitrary<Answers>;

const practices: fc.Arbitrary<PracticeFacts> = fc.record(
  { policy: fc.constantFrom('yes', 'no', 'notSure'), monitoring: fc.constantFrom('yes', 'no', 'notSure') },
  { requiredKeys: [] },
);

const actionIds = (plan: Plan) => plan.groups.flatMap((group) => group.actions.map((action) => action.id));

/** The answers on the path at every screen of a walk to the plan, then the final ones. */
function walkSnapshots(all: Answers): { soFar: Answers[]; final: Answers } {
  const wizard = startWizard();
  const soFar: Answers[] = [];
  for (let guard = 0; guard < 20 && stepOf(wizard) !== 'plan'; guard += 1) {
    const { visited, answers } = wizard.getSnapshot().context;
    soFar.push(answersOnPath(visited, answers));
    answerScreen(wizard, all);
  }
  expect(stepOf(wizard)).toBe('plan');
  return { soFar, final: wizard.getSnapshot().context.answers };
}

describe('the plan so far', () => {
  it('never shows a step or a warning that the finished plan leaves out, on any route', () => {
    fc.assert(
      fc.property(validAnswers, practices, (all, practice) => {
        const { soFar, final } = walkSnapshots(all);
        const finished = recommend(final, practice);
        const finishedActions = new Set(actionIds(finished));
        const finishedWarnings = new Set(finished.notToDo.map((item) => item.id));
        for (const answers of soFar) {
          const partial = planSoFar(answers, practice);
          for (const id of actionIds(partial)) expect(finishedActions, `${id} after ${JSON.stringify(answers)}`).toContain(id);
          for (const item of partial.notToDo) expect(finishedWarnings).toContain(item.id);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is the whole plan once every question is answered', () => {
    fc.assert(
      fc.property(validAnswers, practices, (all, practice) => {
        const { final } = walkSnapshots(all);
        const soFar = planSoFar(final, practice);
        const finished = recommend(final, practice);
        expect(actionIds(soFar)).toEqual(actionIds(finished));
        expect(soFar.notToDo.map((item) => item.id)).toEqual(finished.notToDo.map((item) => item.id));
        expect(soFar.emergency).toBe(finished.emergency);
      }),
      { numRuns: 200 },
    );
  });
});

/** What the first-steps card shows: the settled steps for now and today, from the safety answers alone. */
function firstStepsCard(answers: Answers): { now: string[]; today: string[] } {
  const plan = firstSteps(answers);
  const group = (urgency: string) => plan.groups.find((g) => g.urgency === urgency)?.actions.map((a) => a.id) ?? [];
  return { now: group('now'), today: group('withinHours') };
}

describe('the first-steps card, for each level of risk', () => {
  const safety = (answers: Answers): Answers => ({ danger: 'no', risks: ['none'], patientInfo: 'no', ...answers });

  it.each([
    ['a mild post: save a copy now, tell the on-call partner today', safety({}), ['saveEvidence'], ['tellPartnerOnCall']],
    [
      'someone in danger: 999 first, then the police and the on-call partner',
      safety({ danger: 'yes', risks: ['threat'] }),
      ['call999', 'warnThreatenedPerson', 'keepStaffSafeToday', 'saveEvidence', 'reportToPolice', 'ringOnCall'],
      [],
    ],
    [
      'a home address posted: warn that person and keep staff safe, report on 101',
      safety({ risks: ['personalDetails'] }),
      ['warnThreatenedPerson', 'keepStaffSafeToday', 'saveEvidence', 'reportToPolice', 'ringOnCall'],
      [],
    ],
    [
      'patient information shown: the DPO hears today',
      safety({ patientInfo: 'yes' }),
      ['saveEvidence'],
      ['tellPartnerOnCall', 'involveCaldicottAndDpo'],
    ],
    [
      'someone may harm themselves: the duty clinician and safeguarding lead now',
      safety({ risks: ['atRisk'] }),
      ['safeguardingToday', 'saveEvidence'],
      ['tellPartnerOnCall'],
    ],
  ] as const)('%s', (_name, answers, now, today) => {
    const card = firstStepsCard(answers);
    expect(card.now).toEqual(now);
    expect(card.today).toEqual(today);
  });

  it('always says to save a copy first, and what the copy must show', () => {
    const plan = planSoFar(mildReview);
    const evidence = plan.groups.flatMap((g) => g.actions).find((a) => a.id === 'keepSavedEvidence');
    expect(evidence?.details.join(' ')).toMatch(/web address/i);
    const card = firstSteps({ danger: 'no', risks: ['none'], patientInfo: 'no' });
    const save = card.groups.flatMap((g) => g.actions).find((a) => a.id === 'saveEvidence');
    expect(save?.details.join(' ')).toMatch(/account name|handle/i);
    expect(card.notToDo.map((item) => item.id)).toContain('arguingOnline');
  });
});
