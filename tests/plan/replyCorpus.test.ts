/**
 * How well the reply checks do on a labelled corpus of reply sentences. Prints recall on unsafe
 * sentences and false alarms on safe ones, overall and by category, for the tuning set, the
 * held-out set and the whole corpus, with every sentence it gets wrong. Run it on its own with
 *
 *   npx vitest run tests/plan/replyCorpus.test.ts
 *
 * It fails if the whole corpus falls below 95% recall or above 5% false alarms.
 */
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/plan/replyChecks';
import { corpusStaffNames, safeCategories, tuningCorpus, unsafeCategories, type CorpusEntry } from './replyCorpus';
import { heldOutCorpus } from './replyCorpusHeldOut';
import { rate, report, scoreCorpus } from './replyCorpusScore';

const wholeCorpus: readonly CorpusEntry[] = [...tuningCorpus, ...heldOutCorpus];
const minimumRecall = 0.95;
const maximumFalseAlarms = 0.05;

describe('the reply corpus', () => {
  it('is big enough and covers every category', () => {
    const unsafe = wholeCorpus.filter((entry) => entry.label === 'unsafe');
    const safe = wholeCorpus.filter((entry) => entry.label === 'safe');
    expect(wholeCorpus.length).toBeGreaterThanOrEqual(250);
    expect(unsafe.length).toBeGreaterThanOrEqual(150);
    expect(safe.length).toBeGreaterThanOrEqual(100);
    expect(heldOutCorpus.length).toBeGreaterThanOrEqual(50);
    for (const category of unsafeCategories) expect(unsafe.some((entry) => entry.category === category)).toBe(true);
    for (const category of safeCategories) expect(safe.some((entry) => entry.category === category)).toBe(true);
  });

  it('has each sentence once, and none in both sets', () => {
    const texts = wholeCorpus.map((entry) => entry.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('the reply checks on the corpus', () => {
  const tuning = scoreCorpus(tuningCorpus, corpusStaffNames);
  const heldOut = scoreCorpus(heldOutCorpus, corpusStaffNames);
  const whole = scoreCorpus(wholeCorpus, corpusStaffNames);

  it('prints the figures: every sentence scored, and every category in the whole-corpus figures', () => {
    const printed = report('Reply checks: whole corpus', whole);
    console.log(
      [
        report('Reply checks: tuning set (the rules were tuned on these)', tuning),
        report('Reply checks: held-out set (written after tuning, never tuned on)', heldOut),
        printed,
      ].join('\n\n'),
    );
    expect(tuning.results).toHaveLength(tuningCorpus.length);
    expect(heldOut.results).toHaveLength(heldOutCorpus.length);
    expect(printed).toMatch(/recall on unsafe sentences: \d/);
    expect(printed).toMatch(/false alarms on safe sentences: \d/);
    const categoryLines = printed.split('\n').filter((line) => /^ {4}(unsafe|safe) /.test(line));
    for (const category of [...unsafeCategories, ...safeCategories]) {
      expect(
        categoryLines.some((line) => line.includes(` ${category} `)),
        category,
      ).toBe(true);
    }
  });

  it(`catches at least ${minimumRecall * 100}% of unsafe sentences with the check they need`, () => {
    expect(rate(whole.recall)).toBeGreaterThanOrEqual(minimumRecall);
  });

  it(`flags no more than ${maximumFalseAlarms * 100}% of safe sentences`, () => {
    expect(rate(whole.falseAlarms)).toBeLessThanOrEqual(maximumFalseAlarms);
  });

  it('scores so that it can fail: flagging nothing misses every unsafe sentence, flagging everything alarms on every safe one', () => {
    const flagsNothing = scoreCorpus(wholeCorpus, corpusStaffNames, () => []);
    expect(rate(flagsNothing.recall)).toBe(0);
    expect(rate(flagsNothing.falseAlarms)).toBe(0);
    const allIds = ['confirmsPatient', 'patientDetail', 'namesColleague', 'asksForDetails', 'threatens', 'defensive'] as const;
    const flagsEverything = scoreCorpus(wholeCorpus, corpusStaffNames, () => allIds.map((id) => ({ id })));
    expect(rate(flagsEverything.recall)).toBe(1);
    expect(rate(flagsEverything.falseAlarms)).toBe(1);
    // Only the check a sentence needs counts: "no invitation" never catches anything.
    const onlyNoInvitation = scoreCorpus(wholeCorpus, corpusStaffNames, (text, context) =>
      checkReply(text, context).filter((c) => c.id === 'noInvitation'),
    );
    expect(rate(onlyNoInvitation.recall)).toBe(0);
  });
});
