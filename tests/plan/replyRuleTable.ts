/**
 * The table test every round of reply-check rules uses: paraphrases that must set off their check,
 * and look-alikes that must set off no check on what the sentence says.
 */
import { expect, it } from 'vitest';
import type { ReplyCheckId } from '../../src/content/replyChecks';
import { checkReply } from '../../src/plan/replyChecks';

export type RuleRow = readonly [text: string, check: ReplyCheckId];

/** The checks that fired, leaving out the two about the reply's shape (length, an invitation). */
export function contentChecks(text: string): ReplyCheckId[] {
  return checkReply(text, { staffNames: [] })
    .map((check) => check.id)
    .filter((id) => id !== 'noInvitation' && id !== 'tooLong');
}

export function ruleTable(unsafe: readonly RuleRow[], safe: readonly string[]): void {
  it.each(unsafe)('catches: %s', (text, check) => {
    expect(contentChecks(text)).toContain(check);
  });

  it.each(safe)('leaves alone: %s', (text) => {
    expect(contentChecks(text)).toEqual([]);
  });
}
