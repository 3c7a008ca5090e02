import fc from 'fast-check';
import { decisionAdvice } from '../../src/content/decisionAdvice';
import { questions, type Answers } from '../../src/content/questions';
import { suggestDecision, type DecisionChoice } from '../../src/plan/suggestDecision';

const base: Answers = {
  danger: 'no',
  risks: ['none'],
  awayChoice: 'continue',
  platform: 'googleReviews',
  about: ['practice'],
  author: 'public',
  patientInfo: 'no',
  evidenceSaved: 'saved',
  tone: 'criticism',
};

const cases: readonly {
  name: string;
  answers: Answers;
  suggested: DecisionChoice;
  alsoReasonable: readonly DecisionChoice[];
  reasonsInclude: readonly (keyof typeof decisionAdvice)[];
}[] = [
  {
    name: 'a genuine grievance about access: a brief reply inviting contact, silence also fine',
    answers: { ...base, reason: 'access' },
    suggested: 'reply',
    alsoReasonable: ['monitor', 'complaint'],
    reasonsInclude: ['grievance', 'bothReasonable'],
  },
  {
    name: 'trolling: do not reply',
    answers: { ...base, platform: 'x', reason: 'unclear', situations: ['trolling'] },
    suggested: 'monitor',
    alsoReasonable: [],
    reasonsInclude: ['abuseOrTrolling'],
  },
  {
    name: 'abuse with a real grievance underneath: do not reply, complaints route still open',
    answers: { ...base, platform: 'ownPage', reason: 'manner', tone: 'both' },
    suggested: 'monitor',
    alsoReasonable: ['complaint'],
    reasonsInclude: ['abuseOrTrolling', 'abuseStillComplaint'],
  },
  {
    name: 'a hate post (asked with the safety questions) counts as abuse even if marked criticism',
    answers: { ...base, reason: 'manner', risks: ['hate'] },
    suggested: 'monitor',
    alsoReasonable: [],
    reasonsInclude: ['abuseOrTrolling'],
  },
  {
    name: 'a patient describing their own care: private complaints route',
    answers: { ...base, platform: 'ownPage', reason: 'clinical', ownCare: 'yes' },
    suggested: 'complaint',
    alsoReasonable: ['reply'],
    reasonsInclude: ['ownCare', 'ownCareShortReply'],
  },
  {
    name: 'own care in a group we do not run: complaints route, no reply',
    answers: { ...base, platform: 'localGroup', reason: 'clinical', ownCare: 'no' },
    suggested: 'complaint',
    alsoReasonable: [],
    reasonsInclude: ['groupNoReply', 'ownCare'],
  },
  {
    name: 'a grievance in a group we do not run: no reply option',
    answers: { ...base, platform: 'localGroup', reason: 'access' },
    suggested: 'complaint',
    alsoReasonable: ['monitor'],
    reasonsInclude: ['groupNoReply', 'grievanceInGroup'],
  },
  {
    name: 'written by a member of staff: handle with HR, not a reply',
    answers: { ...base, platform: 'other', author: 'currentStaff', reason: 'access' },
    suggested: 'monitor',
    alsoReasonable: [],
    reasonsInclude: ['staffAuthor'],
  },
  {
    name: 'misinformation on our own page: a checked correction',
    answers: { ...base, platform: 'ownPage', reason: 'misinformation' },
    suggested: 'reply',
    alsoReasonable: ['monitor'],
    reasonsInclude: ['misinformationOwnPage', 'bothReasonable'],
  },
  {
    name: 'misinformation elsewhere: usually leave it',
    answers: { ...base, platform: 'tiktok', reason: 'misinformation' },
    suggested: 'monitor',
    alsoReasonable: ['reply'],
    reasonsInclude: ['misinformationElsewhere', 'bothReasonable'],
  },
  {
    name: 'neither criticism nor abuse: usually leave it',
    answers: { ...base, reason: 'access', tone: 'neither' },
    suggested: 'monitor',
    alsoReasonable: ['reply'],
    reasonsInclude: ['unclear', 'bothReasonable'],
  },
  {
    name: 'a grievance on the NHS website: reply through the NHS profile',
    answers: { ...base, platform: 'nhsWebsite', reason: 'manner' },
    suggested: 'reply',
    alsoReasonable: ['monitor', 'complaint'],
    reasonsInclude: ['grievance', 'nhsWebsite'],
  },
  {
    name: 'nothing clear about it',
    answers: { ...base, reason: 'unclear' },
    suggested: 'monitor',
    alsoReasonable: ['reply'],
    reasonsInclude: ['unclear'],
  },
];

describe('suggestDecision', () => {
  it.each(cases)('$name', ({ answers, suggested, alsoReasonable, reasonsInclude }) => {
    const result = suggestDecision(answers);
    expect(result.suggested).toBe(suggested);
    expect(result.alsoReasonable).toEqual(alsoReasonable);
    expect(result.reasons).toEqual(expect.arrayContaining(reasonsInclude.map((id) => decisionAdvice[id])));
  });

  const decisionValues = questions.decision.options.map((option) => option.value);
  const arbitraryDecisionAnswers = fc.record(
    {
      platform: fc.constantFrom(...questions.platform.options.map((o) => o.value)),
      author: fc.constantFrom(...questions.author.options.map((o) => o.value)),
      reason: fc.constantFrom(...questions.reason.options.map((o) => o.value)),
      ownCare: fc.constantFrom(...questions.ownCare.options.map((o) => o.value)),
      situations: fc.subarray(questions.situations.options.map((o) => o.value)),
      tone: fc.constantFrom(...questions.tone.options.map((o) => o.value)),
      risks: fc.subarray(questions.risks.options.map((o) => o.value)),
      rulesBroken: fc.subarray(questions.rulesBroken.options.map((o) => o.value)),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Answers>;

  it('never offers a reply in a group the practice does not run', () => {
    fc.assert(
      fc.property(arbitraryDecisionAnswers, (answers) => {
        const result = suggestDecision({ ...answers, platform: 'localGroup' });
        expect(result.suggested).not.toBe('reply');
        expect(result.alsoReasonable).not.toContain('reply');
        expect(result.reasons).toContain(decisionAdvice.groupNoReply);
      }),
    );
  });

  it('always gives a reason, suggests a real option and never repeats it as an alternative', () => {
    fc.assert(
      fc.property(arbitraryDecisionAnswers, (answers) => {
        const result = suggestDecision(answers);
        expect(decisionValues).toContain(result.suggested);
        expect(result.alsoReasonable).not.toContain(result.suggested);
        expect(result.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it('never suggests a public reply to abuse or trolling', () => {
    fc.assert(
      fc.property(arbitraryDecisionAnswers, fc.boolean(), (answers, byTone) => {
        const abusive: Answers = byTone ? { ...answers, tone: 'abuse' } : { ...answers, situations: ['trolling'] };
        const result = suggestDecision(abusive);
        expect(result.suggested).not.toBe('reply');
        expect(result.alsoReasonable).not.toContain('reply');
      }),
    );
  });
});
