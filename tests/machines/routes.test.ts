import { describe, expect, it } from 'vitest';
import { mildReview, walkToPlan } from '../support/walk';
import type { Answers } from '../../src/content/questions';
import type { StepId } from '../../machines/steps';

/**
 * Per-route tests in the GOV.UK Smart Answers style: given these answers, these are the screens,
 * in this order. Each row exercises a branch of the route table.
 */
const routes: { name: string; answers: Answers; screens: StepId[] }[] = [
  {
    name: 'a mild review about appointments',
    answers: mildReview,
    screens: [
      'calm', 'danger', 'risks', 'patientInfo', 'location', 'platform', 'about', 'author', 'situations', 'describe', 'evidence',
      'tell', 'reason', 'ownCare', 'motive', 'tone', 'policy', 'decision', 'rulesBroken', 'reply', 'prepared', 'plan',
    ],
  },
  {
    name: 'a threat of violence to a GP, found at home, urgent steps only',
    answers: { ...mildReview, danger: 'yes', risks: ['threat'], location: 'away', awayChoice: 'urgentOnly' },
    screens: ['calm', 'danger', 'emergency', 'risks', 'policeAndStaffSafety', 'patientInfo', 'location', 'awayFromWork', 'plan'],
  },
  {
    name: 'found at home, carrying on with every question',
    answers: { ...mildReview, location: 'away', awayChoice: 'continue', decision: 'monitor' },
    screens: [
      'calm', 'danger', 'risks', 'patientInfo', 'location', 'awayFromWork', 'platform', 'about', 'author', 'situations', 'describe',
      'evidence', 'tell', 'reason', 'ownCare', 'motive', 'tone', 'policy', 'decision', 'rulesBroken', 'prepared', 'plan',
    ],
  },
  {
    name: 'abuse naming a receptionist on our own page',
    answers: {
      ...mildReview, platform: 'ownPage', about: ['colleague'], reason: 'manner', motive: 'venting', tone: 'abuse',
      decision: 'monitor', rulesBroken: ['namesStaff'], targetRole: 'nonClinical',
    },
    screens: [
      'calm', 'danger', 'risks', 'patientInfo', 'location', 'platform', 'about', 'author', 'situations', 'describe', 'evidence',
      'tell', 'reason', 'ownCare', 'motive', 'tone', 'policy', 'decision', 'rulesBroken', 'report', 'law', 'support', 'prepared', 'plan',
    ],
  },
  {
    name: "a current member of staff posting about a patient in a group we don't run",
    answers: {
      ...mildReview, platform: 'localGroup', about: ['patient'], author: 'currentStaff', patientInfo: 'yes',
      reason: 'clinical', ownCare: 'no', decision: 'complaint', staffConcern: 'no',
    },
    screens: [
      'calm', 'danger', 'risks', 'patientInfo', 'location', 'platform', 'about', 'author', 'situations', 'describe', 'evidence',
      'tell', 'reason', 'ownCare', 'motive', 'tone', 'policy', 'decision', 'rulesBroken', 'report', 'groupWeDontRun',
      'complaint', 'staffConcern', 'patientData', 'prepared', 'plan',
    ],
  },
  {
    name: 'a former employee, with patient information we are not sure about',
    answers: { ...mildReview, author: 'formerStaff', patientInfo: 'notSure', decision: 'monitor', staffConcern: 'notSure' },
    screens: [
      'calm', 'danger', 'risks', 'patientInfo', 'location', 'platform', 'about', 'author', 'situations', 'describe', 'evidence',
      'tell', 'reason', 'motive', 'tone', 'policy', 'decision', 'rulesBroken', 'staffConcern', 'formerStaff', 'patientData',
      'prepared', 'plan',
    ],
  },
  {
    name: 'a patient in a private chat, with no public thread to reply in, and a relative describing unmet need',
    answers: { ...mildReview, platform: 'closedGroup', author: 'relative', patientInfo: 'ownFamily', decision: 'monitor' },
    screens: [
      'calm', 'danger', 'risks', 'patientInfo', 'location', 'platform', 'about', 'author', 'situations', 'describe', 'evidence',
      'tell', 'reason', 'ownCare', 'motive', 'tone', 'policy', 'decision', 'rulesBroken', 'prepared', 'plan',
    ],
  },
];

describe('routes through an incident', () => {
  it.each(routes)('$name', ({ answers, screens }) => {
    expect(walkToPlan(answers)).toEqual(screens);
  });
});
