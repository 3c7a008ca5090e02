import { describe, expect, it } from 'vitest';
import { questionsOf, routeStepIds } from '../../machines/steps';
import { questions, type Answers, type QuestionId } from '../../src/content/questions';
import { scenarioById, scenarios } from '../../src/content/scenarios';
import type { Scenario } from '../../src/content/scenarioTypes';
import { actions } from '../../src/content/actions';
import { differenceWords, practiceComparisonWords, practiceLessonWords, verdictWords } from '../../src/content/training';
import { comparePractice, type PracticeRow } from '../../src/training/comparePaths';
import { walkToPlan } from '../support/walk';

function scenario(id: string): Scenario {
  const found = scenarioById(id);
  if (found === undefined) throw new Error(`No scenario "${id}"`);
  return found;
}

function rowFor(rows: readonly PracticeRow[], question: QuestionId): PracticeRow {
  const row = rows.find((r) => r.question === question);
  if (row === undefined) throw new Error(`No row for ${question}`);
  return row;
}

function alternativeWhy(s: Scenario, question: QuestionId): string {
  const why = s.alternatives?.find((a) => a.question === question)?.why;
  if (why === undefined) throw new Error(`${s.id} has no alternative for ${question}`);
  return why;
}

const isChoice = (id: QuestionId) => questions[id].kind === 'radio' || questions[id].kind === 'checkbox';

const review = scenario('one-star-appointments');

describe('comparePractice', () => {
  it.each(scenarios.map((s) => [s.title, s] as const))(
    '%s: the guidance’s own answers are the same on every screen, with no plan differences',
    (_title, s) => {
      const { rows, planDifferences } = comparePractice(s, s.answers);
      const asked = walkToPlan(s.answers).flatMap((step) => questionsOf(step, s.answers).filter(isChoice));
      expect(rows.map((r) => r.question)).toEqual(asked);
      expect(rows.filter((r) => r.verdict !== 'same')).toEqual([]);
      expect(planDifferences).toEqual({ missing: [], extra: [] });
    },
  );

  it('lines rows up in route order, with values side by side', () => {
    const { rows } = comparePractice(review, review.answers);
    const order = rows.map((r) => routeStepIds.indexOf(r.step));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(rowFor(rows, 'risks')).toEqual({ step: 'risks', question: 'risks', guidance: ['none'], trainee: ['none'], verdict: 'same' });
  });

  it('treats ticks as a set: the same boxes in another order are the same answer', () => {
    const s = scenario('news-pile-on');
    expect(s.answers.risks).toEqual(['harassment', 'incitement']);
    const { rows } = comparePractice(s, { ...s.answers, risks: ['incitement', 'harassment'], situations: ['press', 'trolling', 'pileOn'] });
    expect(rowFor(rows, 'risks').verdict).toBe('same');
    expect(rowFor(rows, 'situations').verdict).toBe('same');
  });

  it('accepts a listed alternative as an alternative, with its reason, and still shows the plan change', () => {
    const { rows, planDifferences } = comparePractice(review, { ...review.answers, decision: 'monitor' });
    expect(rowFor(rows, 'decision')).toEqual({
      step: 'decision',
      question: 'decision',
      guidance: ['reply'],
      trainee: ['monitor'],
      verdict: 'alternative',
      why: alternativeWhy(review, 'decision'),
    });
    expect(rows.filter((r) => r.question !== 'decision').every((r) => r.verdict === 'same')).toBe(true);
    expect(planDifferences).toEqual({ missing: ['replyBriefly'], extra: ['keepWatching'] });
  });

  it('accepts a checkbox alternative when the whole set of ticks matches', () => {
    const s = scenario('racist-abuse-nurse');
    const { rows } = comparePractice(s, { ...s.answers, rulesBroken: ['none'] });
    expect(rowFor(rows, 'rulesBroken').verdict).toBe('alternative');
    expect(rowFor(rows, 'rulesBroken').why).toBe(alternativeWhy(s, 'rulesBroken'));
  });

  it('marks an answer the guidance does not accept as different, and lists what it does to the plan', () => {
    const s = scenario('car-park-threat');
    const { rows, planDifferences } = comparePractice(s, { ...s.answers, decision: 'reply' });
    const decision = rowFor(rows, 'decision');
    expect(decision.verdict).toBe('different');
    expect(decision.guidance).toEqual(['monitor']);
    expect(decision.trainee).toEqual(['reply']);
    // Replying is a wrong turn this scenario lists, so the reason names it rather than a generic line.
    expect(decision.why).toContain(differenceWords.avoids([actions.replyBriefly.title]));
    expect(decision.effect).toEqual({ adds: ['keepWatching'], drops: ['replyBriefly'] });
    expect(planDifferences).toEqual({ missing: ['keepWatching'], extra: ['replyBriefly'] });
  });

  it('spots a missed danger: the 999 call is missing from the trainee’s plan', () => {
    const s = scenario('car-park-threat');
    const { rows, planDifferences } = comparePractice(s, { ...s.answers, danger: 'no' });
    expect(rowFor(rows, 'danger').verdict).toBe('different');
    expect(planDifferences.missing).toEqual(['call999']);
    expect(planDifferences.extra).toEqual([]);
  });

  it('marks screens the trainee never reached as not asked', () => {
    // Stopping after the first steps ends the route before "Where did you see it?".
    const trainee: Answers = { danger: 'no', risks: ['none'], patientInfo: 'no', evidenceSaved: 'saved', awayChoice: 'urgentOnly' };
    const { rows, planDifferences } = comparePractice(review, trainee);
    expect(rowFor(rows, 'evidenceSaved').verdict).toBe('same');
    expect(rowFor(rows, 'awayChoice')).toMatchObject({ guidance: ['continue'], trainee: ['urgentOnly'], verdict: 'different' });
    const platform = rowFor(rows, 'platform');
    expect(platform).toEqual({
      step: 'post',
      question: 'platform',
      guidance: ['googleReviews'],
      trainee: null,
      verdict: 'notAsked',
      why: practiceComparisonWords.notReached,
    });
    const later = rows.slice(rows.indexOf(platform));
    expect(later.every((r) => r.verdict === 'notAsked' && r.trainee === null)).toBe(true);
    expect(planDifferences.extra).toContain('finishOnPracticePc');
    expect(planDifferences.missing).toContain('replyBriefly');
  });

  it('an accepted alternative that shortens the route leaves the skipped screens not asked', () => {
    const s = scenario('google-review-names-nurse');
    const { rows } = comparePractice(s, { ...s.answers, awayChoice: 'urgentOnly' });
    expect(rowFor(rows, 'awayChoice').verdict).toBe('alternative');
    expect(rowFor(rows, 'decision').verdict).toBe('notAsked');
  });

  it('shows a screen only the trainee saw as different, with nothing from the guidance', () => {
    // Saying a colleague wrote it opens the whistleblowing question, which the guidance never asks here.
    const { rows } = comparePractice(review, { ...review.answers, author: 'currentStaff', staffConcern: 'no' });
    expect(rowFor(rows, 'author').verdict).toBe('different');
    expect(rowFor(rows, 'staffConcern')).toEqual({
      step: 'what',
      question: 'staffConcern',
      guidance: [],
      trainee: ['no'],
      verdict: 'different',
      why: practiceComparisonWords.offGuidanceRoute,
    });
  });

  it('copes with a trainee who stopped part-way: the rest is not asked, and nothing throws', () => {
    const { rows } = comparePractice(review, {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'googleReviews',
      foundAt: review.answers.foundAt,
    });
    expect(rowFor(rows, 'platform').verdict).toBe('same');
    expect(rowFor(rows, 'about').verdict).toBe('notAsked');
    expect(rowFor(rows, 'decision').verdict).toBe('notAsked');
  });

  it('ignores answers off the trainee’s own route, as the plan would', () => {
    // Stopping after the first steps never reaches "Is any of this part of it too?": a stray tick
    // for a colleague replying must not add asking them to take it down, an urgent step, to the plan.
    const s = scenario('saturday-night');
    const { rows, planDifferences } = comparePractice(s, { ...s.answers, situations: ['staffReplied'] });
    expect(rows.some((r) => r.question === 'situations')).toBe(false);
    expect(planDifferences).toEqual({ missing: [], extra: [] });
  });

  it('leaves out a question the screen asks only sometimes, when neither route asked it', () => {
    // The colleague's role is asked only when the post is about a colleague; the review is not.
    const { rows, planDifferences } = comparePractice(review, { ...review.answers, targetRole: 'gp' });
    expect(rows.some((r) => r.question === 'targetRole')).toBe(false);
    expect(rows.every((r) => r.verdict === 'same')).toBe(true);
    expect(planDifferences).toEqual({ missing: [], extra: [] });
  });

  it('does not change the answers it is given', () => {
    const trainee: Answers = { ...review.answers, decision: 'monitor' };
    const copy = structuredClone(trainee);
    comparePractice(review, trainee);
    expect(trainee).toEqual(copy);
  });

  it('says why each difference matters from the scenario’s own teaching, not one line for all', () => {
    const s = scenario('car-park-threat');
    const { rows } = comparePractice(s, { ...s.answers, danger: 'no', decision: 'reply' });
    const danger = rowFor(rows, 'danger');
    expect(danger.effect?.adds).toContain('call999');
    expect(danger.why).toContain(differenceWords.teaches([actions.call999.title]));
    expect(danger.why).toContain(actions.call999.why);
    const decision = rowFor(rows, 'decision');
    expect(decision.why).not.toBe(danger.why);
    expect(decision.why).not.toBe(verdictWords.different.description);
  });

  it('says plainly when a different answer changes nothing in the plan', () => {
    // For the staff post the patient steps do the work, whatever the post is about.
    const s = scenario('staff-post-about-patient');
    const other = comparePractice(s, { ...s.answers, reason: 'clinical' });
    expect(other.planDifferences).toEqual({ missing: [], extra: [] });
    expect(rowFor(other.rows, 'reason')).toMatchObject({ verdict: 'different', why: differenceWords.noPlanChange });
  });

  it('names going on without a copy as the lesson, on the row and first in the list', () => {
    const { rows, lessons } = comparePractice(review, { ...review.answers, evidenceSaved: 'notYet' });
    expect(lessons).toEqual(['evidenceSkipped']);
    expect(rowFor(rows, 'evidenceSaved')).toMatchObject({ verdict: 'different', why: practiceLessonWords.evidenceSkipped.text });
    expect(comparePractice(review, review.answers).lessons).toEqual([]);
  });

  it('does not call "not yet" skipping when the scenario itself has no copy yet', () => {
    const s = scenario('car-park-threat');
    expect(s.answers.evidenceSaved).toBe('notYet');
    expect(comparePractice(s, s.answers).lessons).toEqual([]);
  });

  describe('a reply the trainee drafted', () => {
    const ownCare = scenario('nhs-review-own-care');
    const replying: Answers = { ...ownCare.answers, decision: 'reply' };
    const noStaff = { staffNames: [] };

    it('is checked, and with nothing drafted there is nothing to check', () => {
      expect(comparePractice(ownCare, replying).reply).toBeNull();
      expect(comparePractice(ownCare, replying, { text: '   ', ...noStaff }).reply).toBeNull();
      const long = comparePractice(ownCare, replying, { text: 'word '.repeat(80), ...noStaff });
      expect(long.reply?.checks.map((c) => c.id)).toContain('tooLong');
    });

    it('keeps replying an accepted alternative when the reply keeps confidences', () => {
      expect(alternativeWhy(ownCare, 'decision')).not.toBe('');
      const { rows, lessons, reply } = comparePractice(ownCare, replying, {
        text: 'Thank you for taking the time to write. We cannot discuss anyone’s care online, but the practice manager would like to hear from you: please contact the practice.',
        ...noStaff,
      });
      expect(reply?.breaches).toEqual([]);
      expect(rowFor(rows, 'decision').verdict).toBe('alternative');
      expect(lessons).toEqual([]);
    });

    it('never counts a reply that breaches confidentiality as an accepted alternative', () => {
      const { rows, lessons, reply } = comparePractice(ownCare, replying, {
        text: 'We are sorry about your recent appointment. Please contact us.',
        ...noStaff,
      });
      expect(reply?.breaches.map((c) => c.id)).toContain('patientDetail');
      expect(rowFor(rows, 'decision')).toMatchObject({ verdict: 'different', why: practiceLessonWords.replyBreach.text });
      expect(lessons).toEqual(['replyBreach']);
    });

    it('nor as the same answer, where replying is what the guidance does', () => {
      const { rows } = comparePractice(review, review.answers, {
        text: 'Dr Patel is sorry. Please contact the practice manager.',
        ...noStaff,
      });
      expect(rowFor(rows, 'decision').verdict).toBe('different');
    });
  });

  it('has words for every verdict', () => {
    for (const words of Object.values(verdictWords)) {
      expect(words.label.trim()).not.toBe('');
      expect(words.description.trim()).not.toBe('');
    }
  });
});
