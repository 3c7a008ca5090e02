/**
 * Which of an action's how-to lines fit this incident. The lines and their conditions are data in
 * src/content/actions.ts; the conditions are the named ones the route uses, so a line about the
 * police appears exactly when the route says the police are needed.
 */
import { conditions } from '../../machines/conditions';
import type { Answers } from '../content/questions';
import type { SourceId } from '../content/sources';
import type { DetailLine, SourceRef } from '../content/types';
import type { PracticeFacts } from '../content/types';

export function detailText(line: DetailLine): string {
  return typeof line === 'string' ? line : line.text;
}

export function detailApplies(line: DetailLine, answers: Answers, practice: PracticeFacts): boolean {
  if (typeof line === 'string') return true;
  if (line.when !== undefined && !conditions[line.when](answers)) return false;
  if (line.unless !== undefined && conditions[line.unless](answers)) return false;
  if (line.untilSettingsSay !== undefined && practice[line.untilSettingsSay] !== undefined) return false;
  return true;
}

/** The sources an action or warning cites for this incident, in their content order. */
export function sourcesFor(refs: readonly SourceRef[], answers: Answers): SourceId[] {
  return refs.flatMap((ref) => (typeof ref === 'string' ? [ref] : conditions[ref.when](answers) ? [ref.id] : []));
}

/** Every source a piece of content can cite, whatever the incident. */
export function sourceIdsOf(refs: readonly SourceRef[]): SourceId[] {
  return refs.map((ref) => (typeof ref === 'string' ? ref : ref.id));
}

/** The lines of an action that apply, as plain text, in their content order. */
export function detailsFor(lines: readonly DetailLine[], answers: Answers, practice: PracticeFacts): string[] {
  return lines.filter((line) => detailApplies(line, answers, practice)).map(detailText);
}
