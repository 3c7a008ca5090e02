import type { Answers } from '../../src/content/questions';
import { sourceListSchema, textSchema } from '../../src/content/schema';
import { peopleToTell } from '../../src/content/whoToTell';
import { whoToTell } from '../../src/plan/whoToTell';

const mildReview: Answers = {
  danger: 'no',
  risks: ['none'],
  awayChoice: 'continue',
  platform: 'googleReviews',
  about: ['practice'],
  author: 'public',
  patientInfo: 'no',
  evidenceSaved: 'saved',
};

const cases: readonly { name: string; answers: Answers; expected: readonly string[] }[] = [
  {
    name: 'a mild review about the practice: on call, manager and team only',
    answers: mildReview,
    expected: ['onCall', 'practiceManager', 'wholeTeam'],
  },
  {
    name: 'a threat to a named GP: the person threatened first, then everyone on shift',
    answers: { ...mildReview, danger: 'yes', risks: ['threat'], about: ['colleague'], author: 'recognised' },
    expected: ['onCall', 'practiceManager', 'threatenedPerson', 'targetedColleague', 'staffOnShift', 'wholeTeam'],
  },
  {
    name: 'harassment alone: police matter, but no change to the shift',
    answers: { ...mildReview, risks: ['harassment'] },
    expected: ['onCall', 'practiceManager', 'wholeTeam'],
  },
  {
    name: 'a member of staff posting about a patient',
    answers: { ...mildReview, about: ['patient'], author: 'currentStaff', patientInfo: 'yes' },
    expected: ['onCall', 'practiceManager', 'caldicottGuardian', 'dataProtectionOfficer', 'hrAdviser', 'wholeTeam'],
  },
  {
    name: 'not sure whether patient details show, from a former employee',
    answers: { ...mildReview, author: 'formerStaff', patientInfo: 'notSure' },
    expected: ['onCall', 'practiceManager', 'caldicottGuardian', 'dataProtectionOfficer', 'hrAdviser', 'wholeTeam'],
  },
  {
    name: 'someone who may still be unwell',
    answers: { ...mildReview, reason: 'clinical', ownCare: 'notSure' },
    expected: ['onCall', 'practiceManager', 'clinician', 'wholeTeam'],
  },
  {
    name: "a colleague's home address shared",
    answers: { ...mildReview, risks: ['personalDetails'], about: ['colleague'] },
    expected: ['onCall', 'practiceManager', 'threatenedPerson', 'targetedColleague', 'staffOnShift', 'wholeTeam'],
  },
  {
    name: 'a post hinting someone may harm themselves: the duty clinician and safeguarding lead',
    answers: { ...mildReview, risks: ['atRisk'] },
    expected: ['onCall', 'practiceManager', 'safeguardingLead', 'wholeTeam'],
  },
];

describe('whoToTell', () => {
  it.each(cases)('$name', ({ answers, expected }) => {
    expect(whoToTell(answers).map((person) => person.id)).toEqual(expected);
  });

  it('uses the wording from the content file', () => {
    const [first] = whoToTell(mildReview);
    expect(first).toEqual({ id: 'onCall', ...peopleToTell.onCall, sources: [...peopleToTell.onCall.sources] });
  });

  it.each(Object.entries(peopleToTell))('%s: clean text, one-sentence why, known sources', (_id, person) => {
    expect(textSchema.safeParse(person.text).success).toBe(true);
    expect(textSchema.safeParse(person.why).success).toBe(true);
    expect(person.why).toMatch(/^[^.!?]+[.!?]$/);
    expect(sourceListSchema.safeParse(person.sources).success).toBe(true);
  });

  it('keeps "safeguarding" for children and adults at risk, never for staff threats', () => {
    for (const [id, person] of Object.entries(peopleToTell)) {
      if (id === 'safeguardingLead') continue;
      expect(`${person.text} ${person.why}`, id).not.toMatch(/safeguarding/i);
    }
  });
});
