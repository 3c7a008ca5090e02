/**
 * What differs between two versions of an incident, at the level a practice manager choosing
 * between them needs: which parts, not a line-by-line comparison.
 */
import type { IncidentRecord } from '../schema';

export type Difference =
  { readonly part: 'status' | 'evidence' | 'references' | 'actions' | 'reply' } | { readonly part: 'answers'; readonly count: number };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function versionDifferences(one: IncidentRecord, other: IncidentRecord): Difference[] {
  const differences: Difference[] = [];
  if (one.status !== other.status) differences.push({ part: 'status' });
  const questions = new Set([...Object.keys(one.answers), ...Object.keys(other.answers)]);
  const answers = [...questions].filter((question) => !same(one.answers[question], other.answers[question])).length;
  if (answers > 0) differences.push({ part: 'answers', count: answers });
  if (!same(one.evidence, other.evidence)) differences.push({ part: 'evidence' });
  if (!same(one.references, other.references)) differences.push({ part: 'references' });
  if (!same(one.actions, other.actions)) differences.push({ part: 'actions' });
  if (!same(one.reply, other.reply)) differences.push({ part: 'reply' });
  return differences;
}
