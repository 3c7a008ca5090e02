/**
 * A brief, measured public reply assembled from the parts the guidance describes. Each part can be
 * switched off or reworded; a part with no wording of its own uses the standard words for the kind
 * of post, so settings that load later (the practice's number) still reach untouched parts.
 */
import { replyPartIds, replyPartWords, type ConcernRoute, type ReplyPartId, type ReplyVariant } from '../content/replyParts';

export interface ReplyPart {
  readonly id: ReplyPartId;
  readonly included: boolean;
  /** The user's own wording; absent means the standard words for the variant. */
  readonly text?: string;
}

/** Only the concern route is used: replies point to a role's channels, never a person's. */
export interface ReplySettings {
  readonly raiseConcern: ConcernRoute;
}

/** Every part on except the optional general statement, in reading order, with standard words. */
export function defaultReplyParts(): ReplyPart[] {
  return replyPartIds.map((id) => ({ id, included: id !== 'approach' }));
}

function concernRoute(settings: ReplySettings): ConcernRoute {
  const { phone, email, complaintsPage } = settings.raiseConcern;
  const route: { phone?: string; email?: string; complaintsPage?: string } = {};
  if (phone?.trim()) route.phone = phone.trim();
  if (email?.trim()) route.email = email.trim();
  if (complaintsPage?.trim()) route.complaintsPage = complaintsPage.trim();
  return route;
}

/** The standard words for one part of one kind of reply, with the practice's contact route. */
export function replyPartText(id: ReplyPartId, settings: ReplySettings, variant: ReplyVariant): string {
  const words = replyPartWords[variant];
  return id === 'invite' ? words.invite(concernRoute(settings)) : words[id];
}

/** The wording a part will use: the user's own if they have written any, else the standard words. */
export function partWording(part: ReplyPart, settings: ReplySettings, variant: ReplyVariant): string {
  return part.text ?? replyPartText(part.id, settings, variant);
}

/** The reply as one short paragraph: social sites show line breaks unevenly. */
export function buildReply(parts: readonly ReplyPart[], settings: ReplySettings, variant: ReplyVariant): string {
  return parts
    .filter((part) => part.included)
    .map((part) => partWording(part, settings, variant).trim().replace(/\s+/g, ' '))
    .filter((text) => text !== '')
    .join(' ');
}
