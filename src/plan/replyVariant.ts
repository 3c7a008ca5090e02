/**
 * Which standard reply fits the post. Each kind needs different first words: a review about
 * access is answered differently from a post about a colleague, and a post spreading something
 * untrue should not be argued with at all.
 */
import type { Answers } from '../content/questions';
import type { ReplyVariant } from '../content/replyParts';

/**
 * The variant suggested by the answers. Order matters: an untrue claim is answered as such
 * whoever it is about, and a post about a colleague must never turn into a discussion of their
 * care, so both come before the post's own subject. Anything unclear gets the plainest reply.
 */
export function replyVariantFor(answers: Answers): ReplyVariant {
  if (answers.reason === 'misinformation') return 'misinformation';
  if (answers.reason === 'manner' || answers.about?.includes('colleague')) return 'colleague';
  if (answers.reason === 'clinical') return 'ownCare';
  return 'access';
}
