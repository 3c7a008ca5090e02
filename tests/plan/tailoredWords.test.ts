/**
 * The plan's words fit the incident: nothing generic that does not apply. A mild review's plan
 * says nothing about the police or 999 outside the emergency card, and a post by a colleague says
 * nothing about vaccines. The lines that would have said so are tailored in the content
 * (src/content/actions.ts) with the route's own named conditions.
 */
import fc from 'fast-check';
import { conditions } from '../../machines/conditions';
import { actions } from '../../src/content/actions';
import { questionIds, questions, type Answers } from '../../src/content/questions';
import { actionsSchema, detailLineSchema } from '../../src/content/schema';
import { sources, type SourceId } from '../../src/content/sources';
import { detailText } from '../../src/plan/detailLines';
import { recommend } from '../../src/plan/recommend';
import type { Plan } from '../../src/plan/types';
import type { PracticeFacts } from '../../src/content/types';
import { mildReview } from '../support/walk';

/** Any combination of answers, from the real option values; any question may be unanswered. */
const arbitraryAnswers: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    questionIds.map((id) => {
      const question = questions[id];
      if (question.kind === 'radio') return [id, fc.constantFrom(...question.options.map((o) => o.value))];
      if (question.kind === 'checkbox') return [id, fc.subarray(question.options.map((o) => o.value))];
      return [id, fc.string()];
    }),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

const arbitraryPractice: fc.Arbitrary<PracticeFacts> = fc.record(
  { policy: fc.constantFrom('yes', 'no', 'notSure'), monitoring: fc.constantFrom('yes', 'no', 'notSure') },
  { requiredKeys: [] },
);

/**
 * Every word of the plan a reader sees, outside the emergency card, each line labelled with its
 * action: titles, how-to lines, why, and the titles of the sources cited.
 */
function planLines(plan: Plan): string[] {
  const cited = (ids: readonly SourceId[]) => ids.map((id) => sources[id].title);
  const actionLines = plan.groups
    .flatMap((group) => group.actions)
    .filter((action) => !action.emergency)
    .flatMap((action) => [action.title, ...action.details, action.why, ...cited(action.sources)].map((line) => `${action.id}: ${line}`));
  const notToDoLines = plan.notToDo.flatMap((item) => [item.text, item.why, ...cited(item.sources)].map((line) => `${item.id}: ${line}`));
  return [...actionLines, ...notToDoLines];
}

const police = /police|999|\b101\b/i;
const vaccine = /vaccin/i;

describe('a mild review: no police or 999 outside the emergency card', () => {
  const cases: readonly [string, Answers, PracticeFacts][] = [
    ['one-star Google review, replying', mildReview, {}],
    ['one-star Google review, not replying', { ...mildReview, decision: 'monitor' }, {}],
    ['one-star Google review, complaints route', { ...mildReview, decision: 'complaint' }, {}],
    ['no copy saved yet', { ...mildReview, evidenceSaved: 'notYet' }, {}],
    ['already taken down', { ...mildReview, evidenceSaved: 'gone' }, {}],
    ['on the NHS website', { ...mildReview, platform: 'nhsWebsite' }, {}],
    ['on our own Facebook page', { ...mildReview, platform: 'ownPage' }, { policy: 'yes', monitoring: 'yes' }],
    ['in a local group', { ...mildReview, platform: 'localGroup', decision: 'monitor' }, { policy: 'no', monitoring: 'no' }],
    ['about a receptionist who was rude', { ...mildReview, about: ['colleague'], reason: 'manner', targetRole: 'nonClinical' }, {}],
    ['a relative about care', { ...mildReview, author: 'relative', reason: 'clinical', ownCare: 'notSure' }, {}],
    ['a false claim', { ...mildReview, reason: 'misinformation', tone: 'neither', platform: 'ownPage' }, {}],
  ];

  it.each(cases)('%s', (_name, answers, practice) => {
    const plan = recommend(answers, practice);
    expect(plan.emergency).toBe(false);
    expect(planLines(plan).filter((line) => police.test(line))).toEqual([]);
  });

  it('holds for any incident with no risk, no danger and no abuse', () => {
    fc.assert(
      fc.property(arbitraryAnswers, arbitraryPractice, (answers, practice) => {
        const calm = {
          ...answers,
          danger: 'no',
          risks: ['none'],
          tone: answers.tone === 'abuse' || answers.tone === 'both' ? 'criticism' : answers.tone,
        } as const;
        expect(conditions.needsPolice(calm) || conditions.inDanger(calm) || conditions.isAbusive(calm)).toBe(false);
        expect(planLines(recommend(calm, practice)).filter((line) => police.test(line))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('still cites police advice for saving evidence when the police are needed', () => {
    const threat = recommend({ ...mildReview, evidenceSaved: 'notYet', risks: ['threat'] });
    const save = threat.groups.flatMap((g) => g.actions).find((a) => a.id === 'saveEvidence');
    expect(save?.sources).toEqual(['lmc', 'police']);
    const mild = recommend({ ...mildReview, evidenceSaved: 'notYet' });
    expect(mild.groups.flatMap((g) => g.actions).find((a) => a.id === 'saveEvidence')?.sources).toEqual(['lmc']);
  });

  it('still tells a threatened practice about the police, in the same actions', () => {
    const threat = recommend({ ...mildReview, platform: 'ownPage', tone: 'abuse', risks: ['threat'], situations: ['none'] });
    const lines = planLines(threat);
    expect(lines.some((line) => line.startsWith('considerBlocking: ') && police.test(line))).toBe(true);
    expect(lines.some((line) => line.startsWith('significantEventReview: ') && /police reference/.test(line))).toBe(true);
    expect(lines.some((line) => line.startsWith('reportToPolice: '))).toBe(true);
  });
});

describe('a post by a colleague: nothing about vaccines', () => {
  const staffPost: Answers = { ...mildReview, author: 'currentStaff', about: ['practice'], staffConcern: 'no', decision: 'monitor' };
  const cases: readonly [string, Answers][] = [
    ['a colleague posting something untrue', { ...staffPost, reason: 'misinformation', tone: 'neither' }],
    ['a former colleague posting something untrue', { ...staffPost, author: 'formerStaff', reason: 'misinformation' }],
    ['a colleague moaning about colleagues', { ...staffPost, about: ['colleague'], reason: 'manner', targetRole: 'nonClinical' }],
    ['a colleague posting about a patient', { ...staffPost, patientInfo: 'yes', reason: 'clinical' }],
  ];

  it.each(cases)('%s', (_name, answers) => {
    expect(planLines(recommend(answers)).filter((line) => vaccine.test(line))).toEqual([]);
  });

  it('holds for any post written by staff', () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.constantFrom('currentStaff' as const, 'formerStaff' as const), (answers, author) => {
        expect(planLines(recommend({ ...answers, author })).filter((line) => vaccine.test(line))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the vaccine example for a false health claim from the public, and gives staff posts their own line', () => {
    const publicClaim = recommend({ ...mildReview, reason: 'misinformation', platform: 'ownPage' });
    expect(planLines(publicClaim).some((line) => vaccine.test(line))).toBe(true);
    const staffClaim = recommend({ ...staffPost, reason: 'misinformation' });
    expect(planLines(staffClaim).some((line) => /HR advice/.test(line) && line.startsWith('checkWithDefenceBody: '))).toBe(true);
  });
});

describe('lines that ask for practice settings', () => {
  const detailsOf = (plan: Plan, id: string) => plan.groups.flatMap((g) => g.actions).find((a) => a.id === id)?.details ?? [];

  it('asks to record the policy and monitoring in settings only while settings do not say', () => {
    const unknown = recommend(mildReview, {});
    expect(detailsOf(unknown, 'writeSocialMediaPolicy').join(' ')).toMatch(/Record in practice settings whether you have a policy/);
    expect(detailsOf(unknown, 'setUpMonitoring').join(' ')).toMatch(/Record in practice settings whether someone keeps an eye/);
    const known = recommend(mildReview, { policy: 'no', monitoring: 'notSure' });
    expect(detailsOf(known, 'writeSocialMediaPolicy').join(' ')).not.toMatch(/practice settings/);
    expect(detailsOf(known, 'setUpMonitoring').join(' ')).not.toMatch(/practice settings/);
  });

  it('leaves out the "next time" steps the settings say are in place', () => {
    const ready = recommend(mildReview, { policy: 'yes', monitoring: 'yes' });
    const got = ready.groups.flatMap((g) => g.actions).map((a) => a.id);
    expect(got).toContain('reviewSocialMediaPolicy');
    expect(got).not.toContain('writeSocialMediaPolicy');
    expect(got).not.toContain('setUpMonitoring');
  });
});

describe('the content of tailored lines', () => {
  it('matches the schema: every tailored line says when it applies', () => {
    const result = actionsSchema.safeParse(actions);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('refuses a tailored line with no test, or one that can never show', () => {
    expect(detailLineSchema.safeParse({ text: 'Always.' }).success).toBe(false);
    expect(detailLineSchema.safeParse({ text: 'Never.', when: 'needsPolice', unless: 'needsPolice' }).success).toBe(false);
    expect(detailLineSchema.safeParse({ text: 'Sometimes.', when: 'needsPolice' }).success).toBe(true);
  });

  it('keeps every line of an action for some incident: no tailored line is dead', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbitraryAnswers, arbitraryPractice, (answers, practice) => {
        for (const action of recommend(answers, practice).groups.flatMap((g) => g.actions)) {
          for (const line of action.details) seen.add(`${action.id}: ${line}`);
        }
      }),
      { numRuns: 2000 },
    );
    const unknownSettings = recommend(mildReview, {});
    for (const action of unknownSettings.groups.flatMap((g) => g.actions))
      for (const line of action.details) seen.add(`${action.id}: ${line}`);
    const tailored = Object.entries(actions).flatMap(([id, action]) =>
      action.details.filter((line) => typeof line !== 'string').map((line) => `${id}: ${detailText(line)}`),
    );
    expect(tailored.filter((line) => !seen.has(line))).toEqual([]);
  });
});
