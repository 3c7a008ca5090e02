/**
 * An independent measurement of the reply checks on a corpus written without sight of the rules
 * (see replyCorpusIndependent.ts). Prints recall on unsafe sentences and false alarms on safe
 * ones, overall and per category, with every miss and false alarm. Run it on its own with
 *
 *   npx vitest run tests/plan/replyCorpusIndependent.test.ts
 *
 * It deliberately asserts NO thresholds on the figures: they are reported as they are. It only
 * fails if the corpus itself is malformed (too small, duplicates, unknown categories or checks).
 */
import { describe, expect, it } from 'vitest';
import { contentCheckIds, safeCategories, unsafeCategories, type CorpusEntry } from './replyCorpus';
import { independentCorpus, independentStaffNames } from './replyCorpusIndependent';
import { rate, report, scoreCorpus } from './replyCorpusScore';

/** Everything wrong with a corpus's shape, as readable lines; empty when it is well formed. */
function wellFormedProblems(entries: readonly CorpusEntry[], minUnsafe = 60, minSafe = 40): string[] {
  const problems: string[] = [];
  const unsafe = entries.filter((entry) => entry.label === 'unsafe');
  const safe = entries.filter((entry) => entry.label === 'safe');
  if (unsafe.length < minUnsafe) problems.push(`only ${unsafe.length} unsafe sentences (need ${minUnsafe})`);
  if (safe.length < minSafe) problems.push(`only ${safe.length} safe sentences (need ${minSafe})`);
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = entry.text.trim().toLowerCase();
    if (key.length === 0) problems.push('an empty sentence');
    if (seen.has(key)) problems.push(`duplicate: ${entry.text}`);
    seen.add(key);
    if (entry.label === 'unsafe') {
      if (!(unsafeCategories as readonly string[]).includes(entry.category)) problems.push(`unknown unsafe category ${entry.category}`);
      if (!(contentCheckIds as readonly string[]).includes(entry.expect)) problems.push(`unknown check ${entry.expect}`);
    } else if (entry.label === 'safe') {
      if (!(safeCategories as readonly string[]).includes(entry.category)) problems.push(`unknown safe category ${entry.category}`);
    } else {
      problems.push(`unknown label on: ${(entry as CorpusEntry).text}`);
    }
  }
  for (const category of unsafeCategories)
    if (!unsafe.some((entry) => entry.category === category)) problems.push(`no unsafe sentence in ${category}`);
  for (const category of safeCategories)
    if (!safe.some((entry) => entry.category === category)) problems.push(`no safe sentence in ${category}`);
  return problems;
}

describe('the independent reply corpus', () => {
  it('is well formed: at least 60 unsafe and 40 safe sentences, no duplicates, every category covered', () => {
    expect(wellFormedProblems(independentCorpus)).toEqual([]);
  });

  it('the well-formedness check can fail', () => {
    const first = independentCorpus[0]!;
    expect(wellFormedProblems([...independentCorpus, { ...first, text: first.text.toUpperCase() }])).toContainEqual(
      expect.stringMatching(/^duplicate/),
    );
    expect(wellFormedProblems(independentCorpus.filter((entry) => entry.label === 'safe'))).toContainEqual(
      expect.stringMatching(/unsafe sentences/),
    );
    expect(wellFormedProblems(independentCorpus.filter((entry) => entry.label === 'unsafe'))).toContainEqual(
      expect.stringMatching(/safe sentences/),
    );
  });

  it('the scoring can fail: flagging nothing catches nothing, flagging everything alarms on everything', () => {
    expect(rate(scoreCorpus(independentCorpus, independentStaffNames, () => []).recall)).toBe(0);
    const everything = scoreCorpus(independentCorpus, independentStaffNames, () => contentCheckIds.map((id) => ({ id })));
    expect(rate(everything.recall)).toBe(1);
    expect(rate(everything.falseAlarms)).toBe(1);
  });
});

describe('the reply checks on the independent corpus (measurement only, no thresholds)', () => {
  const score = scoreCorpus(independentCorpus, independentStaffNames);

  it('prints the figures', () => {
    // A second, looser view: an unsafe sentence counts as flagged if ANY content check fired, in case
    // the author's choice of expected check differs from the one the checks use for that category.
    const unsafeResults = score.results.filter((result) => result.entry.label === 'unsafe');
    const anyFlag = unsafeResults.filter((result) => result.fired.length > 0);
    const wrongCheck = unsafeResults.filter((result) => !result.correct && result.fired.length > 0);
    const loose = [
      'Looser view (unsafe sentence flagged by any content check):',
      `  flagged: ${((anyFlag.length / unsafeResults.length) * 100).toFixed(1)}% (${anyFlag.length}/${unsafeResults.length})`,
      `  flagged, but not with the expected check: ${wrongCheck.length}`,
      ...wrongCheck.map(
        ({ entry, fired }) =>
          `    [${entry.category}] want ${entry.label === 'unsafe' ? entry.expect : ''}, got ${fired.join(', ')}: ${entry.text}`,
      ),
    ];
    console.log([report('Reply checks: independent corpus (written without sight of the rules)', score), '', ...loose].join('\n'));
  });
});
