import { describe, expect, it } from 'vitest';
import { answerScreen, mildReview, startWizard, stepOf, walkToPlan } from '../support/walk';

describe('Back', () => {
  it('returns to the screen actually seen before, with its answer kept', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('prepared');
    expect(wizard.getSnapshot().context.answers.monitoring).toBe('yes');
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('reply');
  });

  it('does nothing on the first screen', () => {
    const wizard = startWizard();
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('calm');
  });

  it('goes back over a conditional screen only if it was shown', () => {
    const wizard = startWizard();
    for (const danger of ['yes', 'no'] as const) {
      while (stepOf(wizard) !== 'risks') answerScreen(wizard, { ...mildReview, danger });
      wizard.send({ type: 'wizard.back' });
      expect(stepOf(wizard)).toBe(danger === 'yes' ? 'emergency' : 'danger');
      while (stepOf(wizard) !== 'calm') wizard.send({ type: 'wizard.back' });
    }
  });
});

describe('Forward (the browser button)', () => {
  it('redoes a step with the answer already given, and refuses an unanswered screen', () => {
    const wizard = startWizard();
    answerScreen(wizard, mildReview); // calm
    answerScreen(wizard, mildReview); // danger
    expect(stepOf(wizard)).toBe('risks');
    wizard.send({ type: 'wizard.back' });
    wizard.send({ type: 'wizard.forward' });
    expect(stepOf(wizard)).toBe('risks');
    wizard.send({ type: 'wizard.forward' });
    expect(stepOf(wizard)).toBe('risks');
    expect(wizard.getSnapshot().context.errors).toEqual([]);
  });
});

describe('Continue without an answer', () => {
  it('stays on the screen with an error naming the question, and clears it once answered', () => {
    const wizard = startWizard();
    answerScreen(wizard, {});
    wizard.send({ type: 'wizard.continue', answers: {} });
    expect(stepOf(wizard)).toBe('danger');
    expect(wizard.getSnapshot().context.errors).toEqual([
      { question: 'danger', message: 'Choose yes if anyone may be in danger, or no if not' },
    ]);
    wizard.send({ type: 'wizard.continue', answers: { danger: 'no' } });
    expect(stepOf(wizard)).toBe('risks');
    expect(wizard.getSnapshot().context.errors).toEqual([]);
  });

  it('refuses "None of these" ticked together with something else', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.change', step: 'risks' });
    wizard.send({ type: 'wizard.continue', answers: { risks: ['threat', 'none'] } });
    expect(stepOf(wizard)).toBe('risks');
    expect(wizard.getSnapshot().context.errors[0]?.question).toBe('risks');
  });

  it('refuses a reply in a group we do not run', () => {
    const wizard = startWizard();
    walkToPlan({ ...mildReview, platform: 'localGroup', decision: 'monitor' }, wizard);
    wizard.send({ type: 'wizard.change', step: 'decision' });
    wizard.send({ type: 'wizard.continue', answers: { decision: 'reply' } });
    expect(stepOf(wizard)).toBe('decision');
  });
});

describe('Change from the plan', () => {
  it('asks only the newly needed question, then returns to the plan', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.change', step: 'danger' });
    expect(stepOf(wizard)).toBe('danger');
    answerScreen(wizard, { danger: 'yes' });
    expect(stepOf(wizard)).toBe('emergency'); // new on this route
    answerScreen(wizard, {});
    expect(stepOf(wizard)).toBe('plan'); // everything after was answered and still valid
    const { answers, visited } = wizard.getSnapshot().context;
    expect(answers.danger).toBe('yes');
    expect(answers.platform).toBe('googleReviews');
    expect(visited.slice(0, 4)).toEqual(['calm', 'danger', 'emergency', 'risks']);
  });

  it('stops at an answered screen whose answer is no longer valid', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.change', step: 'platform' });
    answerScreen(wizard, { platform: 'localGroup' });
    expect(stepOf(wizard)).toBe('decision'); // "reply" is not possible in a group we don't run
    answerScreen(wizard, { decision: 'monitor' });
    expect(stepOf(wizard)).toBe('groupWeDontRun'); // new on this route
  });

  it('drops answers from the route no longer taken when the plan is reached', () => {
    const wizard = startWizard();
    walkToPlan({ ...mildReview, author: 'currentStaff', staffConcern: 'yes', decision: 'monitor' }, wizard);
    expect(wizard.getSnapshot().context.answers.staffConcern).toBe('yes');
    wizard.send({ type: 'wizard.change', step: 'author' });
    answerScreen(wizard, { author: 'public' });
    // A patient's post may describe unmet care, so that question is newly needed.
    expect(stepOf(wizard)).toBe('ownCare');
    answerScreen(wizard, { ownCare: 'no' });
    expect(stepOf(wizard)).toBe('plan');
    expect(wizard.getSnapshot().context.answers.staffConcern).toBeUndefined();
    expect(wizard.getSnapshot().context.visited).not.toContain('staffConcern');
  });

  it('after Back, goes through each screen again rather than jumping ahead', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.change', step: 'tone' });
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('motive');
    answerScreen(wizard, mildReview);
    expect(stepOf(wizard)).toBe('tone');
  });
});

describe('Start again', () => {
  it('asks first; "No" returns to the same screen with answers intact', () => {
    const wizard = startWizard();
    answerScreen(wizard, mildReview);
    answerScreen(wizard, mildReview);
    wizard.send({ type: 'wizard.startAgain' });
    expect(stepOf(wizard)).toBe('confirmStartAgain');
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('risks');
    expect(wizard.getSnapshot().context.answers.danger).toBe('no');
  });

  it('"Yes" clears every answer and goes to the first screen', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.startAgain' });
    wizard.send({ type: 'wizard.confirmStartAgain' });
    expect(stepOf(wizard)).toBe('calm');
    expect(wizard.getSnapshot().context).toMatchObject({ answers: {}, visited: [], errors: [] });
  });
});

describe('Sources', () => {
  it('opens from the plan and Back returns to the plan', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.viewSources' });
    expect(stepOf(wizard)).toBe('sources');
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('plan');
  });
});

describe('meta on every state', () => {
  it('names a section and a content key that match the state', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    const meta = wizard.getSnapshot().getMeta();
    expect(meta).toEqual({ 'incident.plan': { section: 'plan', contentKey: 'plan' } });
  });
});
