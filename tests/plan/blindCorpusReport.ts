/**
 * How a blind reply corpus (sentences written without sight of the reply rules) is measured:
 * recall on unsafe sentences and false alarms on safe ones, overall and per category, with every
 * miss and false alarm printed. It asserts NO pass mark on the figures: a blind set is a
 * measurement, and it fails only if the corpus is malformed or a sentence went unscored.
 */
import { describe, expect, it } from 'vitest';
import { contentCheckIds, type ContentCheckId, type CorpusEntry } from './replyCorpus';
import { scoreCorpus } from './replyCorpusScore';

/** One public reply sentence a practice might post, labelled by hand as unsafe or safe. */
export interface BlindEntry {
  readonly text: string;
  readonly unsafe: boolean;
  readonly category: string;
}

type UnsafeCategory = Extract<CorpusEntry, { label: 'unsafe' }>['category'];
type SafeCategory = Extract<CorpusEntry, { label: 'safe' }>['category'];

/** The scorer's category and expected check for each blind unsafe category. */
const unsafeMapping: Readonly<Record<string, { category: UnsafeCategory; expect: ContentCheckId }>> = {
  relatives: { category: 'relatives', expect: 'patientDetail' },
  pastContact: { category: 'pastContact', expect: 'patientDetail' },
  dates: { category: 'relativeDates', expect: 'patientDetail' },
  records: { category: 'recordsAndResults', expect: 'patientDetail' },
  registration: { category: 'registration', expect: 'confirmsPatient' },
  careWords: { category: 'careWords', expect: 'patientDetail' },
  staff: { category: 'staffNamesAndRoles', expect: 'namesColleague' },
  identifiers: { category: 'identifiers', expect: 'asksForDetails' },
  legal: { category: 'legalThreats', expect: 'threatens' },
};

const safeMapping: Readonly<Record<string, SafeCategory>> = {
  safeGeneral: 'feedback',
  safeInvite: 'invitations',
  safePolicy: 'serviceFacts',
  safeLookalike: 'otherLookalikes',
};

/** No staff names are given to the checks: a blind set measures them without that help. */
const staffNames: readonly string[] = [];

function toCorpusEntry(entry: BlindEntry): CorpusEntry {
  if (entry.unsafe) {
    const mapped = unsafeMapping[entry.category];
    if (!mapped) throw new Error(`unknown unsafe category ${entry.category}`);
    return { text: entry.text, label: 'unsafe', ...mapped };
  }
  const category = safeMapping[entry.category];
  if (!category) throw new Error(`unknown safe category ${entry.category}`);
  return { text: entry.text, label: 'safe', category };
}

export interface CorpusSize {
  readonly sentences: number;
  readonly unsafe: number;
  readonly safe: number;
}

/** Everything wrong with the corpus's shape, as readable lines; empty when it is well formed. */
export function wellFormedProblems(entries: readonly BlindEntry[], least: CorpusSize): string[] {
  const problems: string[] = [];
  const unsafe = entries.filter((entry) => entry.unsafe).length;
  const safe = entries.length - unsafe;
  if (entries.length < least.sentences) problems.push(`only ${entries.length} sentences (need ${least.sentences})`);
  if (unsafe < least.unsafe) problems.push(`only ${unsafe} unsafe sentences (need ${least.unsafe})`);
  if (safe < least.safe) problems.push(`only ${safe} safe sentences (need ${least.safe})`);
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = entry.text.trim().toLowerCase();
    if (key.length === 0) problems.push('an empty sentence');
    if (seen.has(key)) problems.push(`duplicate: ${entry.text}`);
    seen.add(key);
    const known = entry.unsafe ? entry.category in unsafeMapping : entry.category in safeMapping;
    if (!known) problems.push(`unknown ${entry.unsafe ? 'unsafe' : 'safe'} category ${entry.category}`);
  }
  return problems;
}

const percent = (hits: number, total: number): string => `${total === 0 ? '-' : ((hits / total) * 100).toFixed(1)}% (${hits}/${total})`;

/** The tests for one blind corpus: well formed, every sentence scored, and the figures printed. */
export function measureBlindCorpus(name: string, corpus: readonly BlindEntry[], least: CorpusSize): void {
  describe(`the ${name}`, () => {
    it(`is well formed: at least ${least.sentences} sentences, ${least.unsafe} unsafe, ${least.safe} safe, no duplicates, known categories`, () => {
      expect(wellFormedProblems(corpus, least)).toEqual([]);
    });

    it('the well-formedness check can fail', () => {
      const first = corpus[0]!;
      expect(wellFormedProblems([...corpus, { ...first, text: first.text.toUpperCase() }], least)).toContainEqual(
        expect.stringMatching(/^duplicate/),
      );
      expect(
        wellFormedProblems(
          corpus.filter((entry) => !entry.unsafe),
          least,
        ),
      ).toContainEqual(expect.stringMatching(/unsafe sentences/));
      expect(
        wellFormedProblems(
          corpus.filter((entry) => entry.unsafe),
          least,
        ),
      ).toContainEqual(expect.stringMatching(/only \d+ safe sentences/));
    });
  });

  describe(`the reply checks on the ${name} (measurement only, no pass mark)`, () => {
    const score = scoreCorpus(corpus.map(toCorpusEntry), staffNames);

    it('scored every sentence, in order', () => {
      expect(score.results).toHaveLength(corpus.length);
      score.results.forEach((result, index) => expect(result.entry.text).toBe(corpus[index]!.text));
    });

    it('prints the figures', () => {
      // A sentence counts as flagged if ANY content check fired: the blind labels say safe or
      // unsafe, not which check ought to catch it.
      const rows = corpus.map((entry, index) => {
        const result = score.results[index]!;
        const fired = result.fired.filter((id) => (contentCheckIds as readonly string[]).includes(id));
        return { entry, fired, expectedCheck: result.correct };
      });
      const unsafe = rows.filter((row) => row.entry.unsafe);
      const safe = rows.filter((row) => !row.entry.unsafe);
      const missed = unsafe.filter((row) => row.fired.length === 0);
      const alarms = safe.filter((row) => row.fired.length > 0);
      const categories = [...new Set(corpus.map((entry) => entry.category))];
      const lines = [
        `Reply checks: ${name} (written without sight of the rules, no staff names given)`,
        `Recall on unsafe (any content check): ${percent(unsafe.length - missed.length, unsafe.length)}`,
        `Recall on unsafe (the expected check): ${percent(unsafe.filter((row) => row.expectedCheck).length, unsafe.length)}`,
        `False alarms on safe: ${percent(alarms.length, safe.length)}`,
        '',
        'Per category:',
        ...categories.map((category) => {
          const inCategory = rows.filter((row) => row.entry.category === category);
          const flagged = inCategory.filter((row) => row.fired.length > 0).length;
          const unsafeCategory = inCategory[0]!.entry.unsafe;
          return `  ${category.padEnd(14)} ${unsafeCategory ? 'recall' : 'false alarms'} ${percent(flagged, inCategory.length)}`;
        }),
        '',
        `Missed unsafe sentences (${missed.length}):`,
        ...missed.map((row) => `  [${row.entry.category}] ${row.entry.text}`),
        '',
        `False alarms on safe sentences (${alarms.length}):`,
        ...alarms.map((row) => `  [${row.entry.category}] ${row.fired.join(', ')}: ${row.entry.text}`),
      ];
      console.log(lines.join('\n'));
      // Every blind category has at least one sentence, so each line above means something.
      expect([...categories].sort()).toEqual([...Object.keys(unsafeMapping), ...Object.keys(safeMapping)].sort());
    });
  });
}
