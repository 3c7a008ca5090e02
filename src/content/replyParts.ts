/**
 * The parts a public reply is built from, in our own words, for each kind of post. Each part is
 * short so that a reply with every part switched on stays well under 60 words: the guidance asks
 * for brief and measured, with no detail and no argument.
 *
 * Nothing here may confirm that the person is a patient or mention care, appointments or records,
 * and the invitation names a role ("our practice manager"), never a person. The tests run the
 * reply checks over every default reply to hold these lines to that.
 */

/** In the order they are read: seen it, thanks, the duty of confidentiality, the way offline. */
export const replyPartIds = ['acknowledge', 'thank', 'confidentiality', 'invite', 'approach'] as const;
export type ReplyPartId = (typeof replyPartIds)[number];

/** The standard replies, one for each kind of post (src/plan/replyVariant.ts picks one). */
export const replyVariants = ['access', 'colleague', 'misinformation', 'ownCare'] as const;
export type ReplyVariant = (typeof replyVariants)[number];

/** How the practice asks people to raise a concern, from settings; each may be missing. */
export interface ConcernRoute {
  readonly phone?: string;
  readonly email?: string;
  readonly complaintsPage?: string;
}

export const replyPartLabels: Record<ReplyPartId, { readonly label: string; readonly hint?: string }> = {
  acknowledge: { label: 'Say you have seen it' },
  thank: { label: 'Thank them' },
  confidentiality: { label: "Say you can't discuss anyone's circumstances online" },
  invite: {
    label: 'Ask them to contact the practice',
    hint: 'Through a role, such as the practice manager, never a named person. It adds the complaints process too.',
  },
  approach: {
    label: 'Add a general line about how the practice works',
    hint: 'Optional. About everyone, never about this person.',
  },
};

export const replyVariantLabels: Record<ReplyVariant, string> = {
  access: 'A review about getting an appointment, phone waits or another part of our service',
  colleague: 'A post about a colleague',
  misinformation: "A post spreading something that isn't true",
  ownCare: 'Someone describing their own care',
};

/** The role replies point to: a job, so the reply never sends people after one person. */
const role = 'our practice manager';

function phoneOrEmail({ phone, email }: ConcernRoute): string {
  if (phone && email) return ` on ${phone} or at ${email}`;
  if (phone) return ` on ${phone}`;
  if (email) return ` at ${email}`;
  return '';
}

/** "Please contact our practice manager on 01632 960123 so we can …" */
function contactRole(route: ConcernRoute): string {
  const channels = phoneOrEmail(route);
  // Without a number or address, the practice's usual switchboard is the way in.
  return channels ? `Please contact ${role}${channels}` : `Please contact the practice and ask for ${role}`;
}

/** Web addresses go mid-sentence: a full stop straight after one can break the link on some sites. */
function complaintsRoute({ complaintsPage }: ConcernRoute): string {
  return complaintsPage ? `Our complaints process is at ${complaintsPage} if you prefer.` : 'You can also use our complaints process.';
}

export interface VariantWords {
  readonly acknowledge: string;
  readonly thank: string;
  readonly confidentiality: string;
  readonly invite: (route: ConcernRoute) => string;
  readonly approach: string;
}

export const replyPartWords: Record<ReplyVariant, VariantWords> = {
  access: {
    acknowledge: 'We have seen your review.',
    thank: 'Thank you for telling us about this.',
    confidentiality: "We can't discuss anyone's circumstances online.",
    invite: (route) => `${contactRole(route)} so we can talk it through. ${complaintsRoute(route)}`,
    approach: 'We know it can be hard to get through at busy times.',
  },
  colleague: {
    acknowledge: 'We have seen your post.',
    thank: 'Thank you for raising your concerns.',
    confidentiality: "We don't discuss individual cases or staff online.",
    invite: (route) => `${contactRole(route)} so we can look into this. ${complaintsRoute(route)}`,
    approach: 'We take every concern seriously and look into it fairly.',
  },
  misinformation: {
    acknowledge: 'We have seen this post.',
    thank: 'Thank you to those who raised it.',
    confidentiality: "We can't discuss anyone's circumstances online.",
    invite: (route) => `If you have questions about our services, ${lowerFirst(contactRole(route))}. ${complaintsRoute(route)}`,
    approach: 'For reliable health information, see the NHS website or ask a pharmacist.',
  },
  ownCare: {
    acknowledge: 'We have seen your post.',
    thank: 'Thank you for sharing this.',
    confidentiality: "We never discuss anyone's care online.",
    invite: (route) => `${contactRole(route)} so we can look into it with you. ${complaintsRoute(route)}`,
    approach: 'For urgent medical help, call NHS 111, or 999 in an emergency.',
  },
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
