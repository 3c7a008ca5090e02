import { describe, expect, it } from 'vitest';
import { routeSteps } from '../../machines/steps';
import { scenarioById } from '../../src/content/scenarios';
import { flowStages, quizQuestions, reflectionFields, sessionPlans } from '../../src/content/sessionKit';
import { flowStagesSchema, quizQuestionsSchema, reflectionFieldsSchema, sessionPlansSchema } from '../../src/content/sessionKitSchema';
import { flowchartStages } from '../../src/features/sessionKit/flowchartStages';
import { sessionScenarioIds, timetable } from '../../src/features/sessionKit/sessionTimetable';

const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('the session kit content', () => {
  it('passes its schemas: known sources, timings that add up, answers among the options', () => {
    expect(issuesOf(flowStagesSchema.safeParse(flowStages))).toEqual([]);
    expect(issuesOf(sessionPlansSchema.safeParse(sessionPlans))).toEqual([]);
    expect(issuesOf(quizQuestionsSchema.safeParse(quizQuestions))).toEqual([]);
    expect(issuesOf(reflectionFieldsSchema.safeParse(reflectionFields))).toEqual([]);
  });

  it('the schemas refuse a quiz answer that is not an option, an unknown source, and timings that do not add up', () => {
    const quiz = structuredClone(quizQuestions) as unknown as { answer: string; sources: string[] }[];
    quiz[0]!.answer = 'notAnOption';
    quiz[1]!.sources = ['made-up'];
    expect(issuesOf(quizQuestionsSchema.safeParse(quiz))[0]).toBe('0: the answer must be one of the options');
    expect(issuesOf(quizQuestionsSchema.safeParse(quiz)).map((issue) => issue.split(':')[0])).toEqual(['0', '1.sources.0']);

    const plans = structuredClone(sessionPlans) as unknown as { blocks: { minutes: number }[] }[];
    plans[1]!.blocks[0]!.minutes += 1;
    expect(issuesOf(sessionPlansSchema.safeParse(plans))).toEqual(['1: the blocks must add up to the length of the session']);
  });

  it('offers a 60-minute and a 20-minute session whose scenarios are all in the library', () => {
    expect(sessionPlans.map((plan) => plan.minutes)).toEqual([60, 20]);
    for (const plan of sessionPlans) {
      const ids = sessionScenarioIds(plan);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => scenarioById(id) === undefined)).toEqual([]);
    }
  });

  it('times each block from the lengths before it, ending on the minute the session ends', () => {
    for (const plan of sessionPlans) {
      const blocks = timetable(plan);
      expect(blocks[0]?.start).toBe(0);
      const last = blocks.at(-1)!;
      expect(last.start + last.minutes).toBe(plan.minutes);
    }
  });

  it('has about eight quiz questions, each explained and citing a source', () => {
    expect(quizQuestions.length).toBe(8);
    for (const question of quizQuestions) {
      expect(question.explanation.length).toBeGreaterThan(40);
      expect(question.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('the flowchart handout follows the route (machines/steps.ts)', () => {
  it('puts every wizard section with screens in exactly one stage', () => {
    const routeSections = [...new Set(routeSteps.map((step) => step.section))].filter((section) => section !== 'plan');
    const covered = flowStages.flatMap((stage) => stage.wizardSections);
    expect([...covered].sort()).toEqual([...routeSections].sort());
  });

  it('numbers the screens from the route, in order, with no gaps', () => {
    const stages = flowchartStages();
    expect(stages.map((stage) => stage.title)).toEqual([
      'Stay calm',
      'Safety first',
      'Decide whether to respond',
      'Act quickly and go offline',
      'Escalate: evidence, report, block, police',
      'Be prepared',
    ]);
    const screens = routeSteps.filter((step) => step.section !== 'plan').length;
    expect(stages.slice(0, 3).map((stage) => stage.where)).toEqual([
      'In the app: screen 1',
      'In the app: screens 2 to 3',
      `In the app: screens 4 to ${screens}`,
    ]);
  });

  it('changes its screen numbers when the route changes', () => {
    const moved = [{ section: 'calm' }, { section: 'calm' }, { section: 'safety' }, { section: 'decide' }, { section: 'plan' }];
    expect(
      flowchartStages(moved)
        .slice(0, 3)
        .map((stage) => stage.where),
    ).toEqual(['In the app: screens 1 to 2', 'In the app: screen 3', 'In the app: screen 4']);
  });
});
