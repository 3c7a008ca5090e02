import { describe, expect, it } from 'vitest';
import { emptyContext, incidentMachine, stateValueOf } from '../../machines/incidentMachine';
import { allStepIds, sectionOf, type StepId } from '../../machines/steps';
import { answerScreen, mildReview, startWizard, stepOf, walkToPlan } from '../support/walk';

describe('Back', () => {
  it('returns to the screen actually seen before, with its answer kept', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('decision');
    expect(wizard.getSnapshot().context.answers.decision).toBe('reply');
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('also');
  });

  it('does nothing on the first screen', () => {
    const wizard = startWizard();
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('start');
  });

  it('goes back across stages, from one stage to the last screen of the one before', () => {
    const wizard = startWizard();
    while (stepOf(wizard) !== 'post') answerScreen(wizard, mildReview);
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('firstSteps');
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('risks');
  });
});

describe('Forward (the browser button)', () => {
  it('redoes a step with the answer already given, and refuses an unanswered screen', () => {
    const wizard = startWizard();
    answerScreen(wizard, mildReview); // start
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
    wizard.send({ type: 'wizard.continue', answers: {} });
    expect(stepOf(wizard)).toBe('start');
    expect(wizard.getSnapshot().context.errors).toEqual([
      { question: 'danger', message: 'Choose yes if anyone may be in danger, or no if not' },
    ]);
    wizard.send({ type: 'wizard.continue', answers: { danger: 'no' } });
    expect(stepOf(wizard)).toBe('risks');
    expect(wizard.getSnapshot().context.errors).toEqual([]);
  });

  it('names every missing question on a screen that asks several', () => {
    const wizard = startWizard();
    answerScreen(wizard, mildReview);
    wizard.send({ type: 'wizard.continue', answers: { risks: ['none'] } });
    expect(stepOf(wizard)).toBe('risks');
    expect(wizard.getSnapshot().context.errors.map((error) => error.question)).toEqual(['patientInfo']);
  });

  it('asks the questions that depend on earlier answers, and only those', () => {
    const wizard = startWizard();
    while (stepOf(wizard) !== 'what') answerScreen(wizard, { ...mildReview, about: ['colleague'], author: 'currentStaff' });
    wizard.send({ type: 'wizard.continue', answers: { reason: 'manner', tone: 'criticism', ownCare: 'no' } });
    expect(wizard.getSnapshot().context.errors.map((error) => error.question)).toEqual(['targetRole', 'staffConcern']);
    wizard.send({
      type: 'wizard.continue',
      answers: { reason: 'manner', tone: 'criticism', ownCare: 'no', targetRole: 'nonClinical', staffConcern: 'no' },
    });
    expect(stepOf(wizard)).toBe('also');
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

describe('The first steps', () => {
  it('come on screen three, after the two safety screens', () => {
    expect(walkToPlan(mildReview).indexOf('firstSteps')).toBe(2);
  });

  it('"Stop here for now" goes straight to the plan with the urgent steps', () => {
    const screens = walkToPlan({ ...mildReview, risks: ['threat'], awayChoice: 'urgentOnly' });
    expect(screens).toEqual(['start', 'risks', 'firstSteps', 'plan']);
  });
});

describe('Change from the plan', () => {
  it('returns to the plan once the changed screen is answered, when nothing new is needed', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.change', step: 'start' });
    expect(stepOf(wizard)).toBe('start');
    answerScreen(wizard, { danger: 'yes' });
    expect(stepOf(wizard)).toBe('plan'); // everything after was answered and still valid
    const { answers, visited } = wizard.getSnapshot().context;
    expect(answers.danger).toBe('yes');
    expect(answers.platform).toBe('googleReviews');
    expect(visited.slice(0, 3)).toEqual(['start', 'risks', 'firstSteps']);
  });

  it('stops at an answered screen whose answer is no longer valid', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.change', step: 'post' });
    answerScreen(wizard, { platform: 'localGroup' });
    expect(stepOf(wizard)).toBe('decision'); // "reply" is not possible in a group we don't run
    answerScreen(wizard, { decision: 'monitor' });
    expect(stepOf(wizard)).toBe('plan');
  });

  it('stops at a screen that now asks a new question', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.change', step: 'who' });
    answerScreen(wizard, { about: ['colleague'] });
    expect(stepOf(wizard)).toBe('what'); // the colleague's role is newly needed
    answerScreen(wizard, { targetRole: 'gp' });
    expect(stepOf(wizard)).toBe('plan');
  });

  it('drops answers from the route no longer taken when the plan is reached', () => {
    const wizard = startWizard();
    walkToPlan({ ...mildReview, author: 'currentStaff', staffConcern: 'yes', decision: 'monitor' }, wizard);
    expect(wizard.getSnapshot().context.answers.staffConcern).toBe('yes');
    wizard.send({ type: 'wizard.change', step: 'who' });
    answerScreen(wizard, { author: 'public' });
    expect(stepOf(wizard)).toBe('plan');
    expect(wizard.getSnapshot().context.answers.staffConcern).toBeUndefined();
  });

  it('Back after a Change that stopped part-way goes back a screen, not round in a loop', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.change', step: 'post' });
    answerScreen(wizard, { platform: 'localGroup' });
    expect(stepOf(wizard)).toBe('decision'); // "reply" is not possible here, so the pass-over stops
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('also');
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('what');
  });

  it('stopping after the first steps keeps the answers already given to later screens', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.change', step: 'firstSteps' });
    answerScreen(wizard, { awayChoice: 'urgentOnly' });
    expect(stepOf(wizard)).toBe('plan');
    expect(wizard.getSnapshot().context.answers).toMatchObject({ platform: 'googleReviews', author: 'public', decision: 'reply' });
    wizard.send({ type: 'wizard.change', step: 'firstSteps' });
    answerScreen(wizard, { awayChoice: 'continue' });
    expect(stepOf(wizard)).toBe('plan'); // nothing to answer twice
  });

  it('Back during a Change keeps the way back to the plan', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.change', step: 'what' });
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('who');
    answerScreen(wizard, mildReview);
    expect(stepOf(wizard)).toBe('what'); // the screen being changed is shown again
    answerScreen(wizard, { tone: 'both' });
    expect(stepOf(wizard)).toBe('plan'); // and then straight back to the plan
    expect(wizard.getSnapshot().context.answers.tone).toBe('both');
  });
});

describe('Start again', () => {
  it('asks first; "No" returns to the same screen with answers intact', () => {
    const wizard = startWizard();
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
    expect(stepOf(wizard)).toBe('start');
    expect(wizard.getSnapshot().context).toMatchObject({ answers: {}, visited: [], errors: [] });
  });
});

describe('Screens off the route', () => {
  it('Sources opens from the plan and Back returns to the plan', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.viewSources' });
    expect(stepOf(wizard)).toBe('sources');
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('plan');
  });

  it('the plan so far opens from a question screen and Back returns to it, answers kept', () => {
    const wizard = startWizard();
    while (stepOf(wizard) !== 'who') answerScreen(wizard, mildReview);
    wizard.send({ type: 'wizard.viewPlanSoFar' });
    expect(stepOf(wizard)).toBe('planSoFar');
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('who');
    expect(wizard.getSnapshot().context.answers.platform).toBe('googleReviews');
  });

  it('the reply is drafted from the plan, and Back returns to the plan', () => {
    const wizard = startWizard();
    walkToPlan(mildReview, wizard);
    wizard.send({ type: 'wizard.draftReply' });
    expect(stepOf(wizard)).toBe('reply');
    wizard.send({ type: 'wizard.back' });
    expect(stepOf(wizard)).toBe('plan');
  });
});

describe('the statechart reads as the guidance', () => {
  it('puts each screen inside its stage, with meta naming the stage and the screen', () => {
    const wizard = startWizard();
    answerScreen(wizard, mildReview);
    expect(wizard.getSnapshot().value).toEqual({ safety: 'risks' });
    // Each screen's state id is its step, so `#risks` can target it from anywhere.
    expect(wizard.getSnapshot().getMeta()).toEqual({ risks: { section: 'safety', contentKey: 'risks' } });

    // The same for every state node of the machine: each screen its stage and itself, no stage any.
    type Node = typeof incidentMachine.root;
    const nodes: Node[] = [];
    const collect = (node: Node): void => {
      for (const child of Object.values(node.states)) {
        nodes.push(child);
        collect(child);
      }
    };
    collect(incidentMachine.root);
    const screens = nodes.filter((node) => Object.keys(node.states).length === 0);
    const stages = nodes.filter((node) => Object.keys(node.states).length > 0);
    // Every screen is one leaf state, and nothing else is.
    expect(screens.map((node) => node.key).sort()).toEqual([...allStepIds].sort());
    for (const node of screens) {
      const step = node.key as StepId;
      const section = sectionOf(step);
      expect(node.id, step).toBe(step);
      expect(node.meta, step).toEqual({ section, contentKey: step });
      // A stage's screen sits inside that stage; the plan and the side screens sit at the top.
      expect(node.parent?.key, step).toBe(section === 'side' || section === 'plan' ? incidentMachine.root.key : section);
    }
    expect(stages.map((node) => node.key)).toEqual(['calm', 'safety', 'decide', 'act']);
    for (const node of stages) expect(node.meta, node.key).toBeUndefined();
    // And a snapshot on each screen reads back just that screen's meta.
    for (const step of allStepIds) {
      const snapshot = incidentMachine.resolveState({ value: stateValueOf(step), context: emptyContext });
      expect(snapshot.getMeta(), step).toEqual({ [step]: { section: sectionOf(step), contentKey: step } });
    }
  });

  it('has the stages of the guidance as compound states, in order', () => {
    const wizard = startWizard();
    const stages = Object.keys(wizard.logic.root.states);
    expect(stages.slice(0, 5)).toEqual(['calm', 'safety', 'decide', 'act', 'plan']);
    expect(Object.keys(wizard.logic.root.states['decide']!.states)).toEqual(['post', 'who', 'what', 'also']);
  });
});
