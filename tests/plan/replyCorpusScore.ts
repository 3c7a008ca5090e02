/**
 * How the reply checks do on a labelled corpus: recall on unsafe sentences (the check they should
 * trigger did fire) and false alarms on safe ones (any check on what a sentence says fired).
 */
import { checkReply, type ReplyCheck, type ReplyCheckContext } from '../../src/plan/replyChecks';
import { contentCheckIds, type CorpusEntry } from './replyCorpus';

const contentChecks = new Set<string>(contentCheckIds);

export interface Tally {
  readonly total: number;
  readonly hits: number;
}

export interface EntryResult {
  readonly entry: CorpusEntry;
  /** The content checks that fired. */
  readonly fired: readonly string[];
  /** Unsafe: the expected check fired. Safe: no content check fired. */
  readonly correct: boolean;
}

export interface Score {
  readonly results: readonly EntryResult[];
  /** Unsafe sentences caught by their expected check. */
  readonly recall: Tally;
  /** Safe sentences that set off any content check. */
  readonly falseAlarms: Tally;
  readonly byCategory: ReadonlyMap<string, { readonly label: 'unsafe' | 'safe'; readonly tally: Tally }>;
}

export type Checker = (text: string, context: ReplyCheckContext) => readonly Pick<ReplyCheck, 'id'>[];

export function scoreCorpus(entries: readonly CorpusEntry[], staffNames: readonly string[], check: Checker = checkReply): Score {
  const results = entries.map((entry): EntryResult => {
    const fired = check(entry.text, { staffNames })
      .map((check) => check.id)
      .filter((id) => contentChecks.has(id));
    const correct = entry.label === 'unsafe' ? fired.includes(entry.expect) : fired.length === 0;
    return { entry, fired, correct };
  });
  const byCategory = new Map<string, { label: 'unsafe' | 'safe'; tally: { total: number; hits: number } }>();
  for (const { entry, correct } of results) {
    const row = byCategory.get(entry.category) ?? { label: entry.label, tally: { total: 0, hits: 0 } };
    row.tally.total += 1;
    // For safe categories a "hit" is a false alarm.
    if (entry.label === 'unsafe' ? correct : !correct) row.tally.hits += 1;
    byCategory.set(entry.category, row);
  }
  const unsafe = results.filter((result) => result.entry.label === 'unsafe');
  const safe = results.filter((result) => result.entry.label === 'safe');
  return {
    results,
    recall: { total: unsafe.length, hits: unsafe.filter((result) => result.correct).length },
    falseAlarms: { total: safe.length, hits: safe.filter((result) => !result.correct).length },
    byCategory,
  };
}

export const rate = ({ total, hits }: Tally): number => (total === 0 ? 0 : hits / total);
const percent = (tally: Tally) => `${(rate(tally) * 100).toFixed(1)}% (${tally.hits}/${tally.total})`;

/** The figures as lines of text, with every miss and false alarm listed. */
export function report(title: string, score: Score): string {
  const lines = [
    `${title}`,
    `  recall on unsafe sentences: ${percent(score.recall)}`,
    `  false alarms on safe sentences: ${percent(score.falseAlarms)}`,
    '  by category:',
  ];
  for (const [category, { label, tally }] of score.byCategory) {
    lines.push(
      `    ${label === 'unsafe' ? 'unsafe' : 'safe  '}  ${category.padEnd(20)} ${label === 'unsafe' ? 'recall' : 'false alarms'} ${percent(tally)}`,
    );
  }
  const misses = score.results.filter((result) => !result.correct);
  if (misses.length > 0) {
    lines.push('  wrong:');
    for (const { entry, fired } of misses) {
      const want = entry.label === 'unsafe' ? `want ${entry.expect}` : 'want nothing';
      lines.push(`    [${entry.category}] ${want}, got ${fired.join(', ') || 'nothing'}: ${entry.text}`);
    }
  }
  return lines.join('\n');
}
