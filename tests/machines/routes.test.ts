import { describe, expect, it } from 'vitest';
import { mildReview, walkToPlan } from '../support/walk';
import type { Answers } from '../../src/content/questions';
import type { StepId } from '../../machines/steps';

/**
 * Per-route tests in the GOV.UK Smart Answers style: given these answers, these are the screens,
 * in this order. Since the route was shortened every full route has the same eight screens; what
 * changes is which questions each screen asks and the "stop here" exit after the first steps.
 */
const fullRoute: StepId[] = ['start', 'risks', 'firstSteps', 'post', 'who', 'what', 'also', 'decision', 'plan'];

const routes: { name: string; answers: Answers; screens: StepId[] }[] = [
  { name: 'a mild review about appointments', answers: mildReview, screens: fullRoute },
  {
    name: 'a threat of violence to a GP, found at home, stopping after the first steps',
    answers: { ...mildReview, danger: 'yes', risks: ['threat'], awayChoice: 'urgentOnly' },
    screens: ['start', 'risks', 'firstSteps', 'plan'],
  },
  {
    name: 'abuse naming a receptionist on our own page',
    answers: {
      ...mildReview,
      platform: 'ownPage',
      about: ['colleague'],
      reason: 'manner',
      tone: 'abuse',
      decision: 'monitor',
      rulesBroken: ['namesStaff'],
      targetRole: 'nonClinical',
    },
    screens: fullRoute,
  },
  {
    name: "a current member of staff posting about a patient in a group we don't run",
    answers: {
      ...mildReview,
      platform: 'localGroup',
      about: ['patient'],
      author: 'currentStaff',
      patientInfo: 'yes',
      reason: 'clinical',
      ownCare: 'no',
      decision: 'complaint',
      staffConcern: 'no',
    },
    screens: fullRoute,
  },
];

describe('routes through an incident', () => {
  it.each(routes)('$name', ({ answers, screens }) => {
    expect(walkToPlan(answers)).toEqual(screens);
  });
});
