/**
 * How reporting works on each site, shown under the "Report the post" screen and in the plan.
 * Only what the content brief checked is stated as fact. The brief could not confirm the current
 * reporting steps for Facebook, X, Instagram or TikTok, so those hints stay generic and say so:
 * their menus change often and a wrong click path would cost a stressed reader more time.
 */
import type { AnswerTo } from './questions';
import type { SourceId } from './sources';

export interface PlatformHint {
  /** Heading for the hint, naming the site so it reads on its own in the plan. */
  readonly title: string;
  /** One short instruction or fact per line. */
  readonly lines: readonly string[];
  readonly sources: readonly SourceId[];
}

const unconfirmedSteps =
  "The exact steps change often and we haven't checked them, so follow what the site shows you.";

export const platformHints = {
  ownPage: {
    title: "On the practice's own page",
    lines: [
      'Use the report option next to the post or comment.',
      'Save a copy before you report it or change anything on the page.',
      unconfirmedSteps,
    ],
    sources: ['lmc'],
  },
  localGroup: {
    title: "In a group or page the practice doesn't run",
    lines: [
      "Report the post to the site. You can't remove it yourself.",
      'You could also ask the group admin to take it down, writing from a practice account.',
    ],
    sources: ['lmc'],
  },
  googleReviews: {
    title: 'On Google reviews',
    lines: [
      'Google removes only reviews that break its policies. It will not decide who is right about the facts.',
      "Don't report a review just because you disagree with it.",
      'Expect it to take days for Google to look at your report.',
    ],
    sources: ['google-reviews'],
  },
  nhsWebsite: {
    title: 'On the NHS website',
    lines: [
      'Reviews are checked before they appear, and must not name staff.',
      'If one has got through that should not have, report it as unsuitable.',
      "If you reply, do it through the practice's NHS website profile.",
    ],
    sources: ['nhs-reviews'],
  },
  x: {
    title: 'On X (formerly Twitter)',
    lines: ['Use the report option on the post, or on the account that posted it.', unconfirmedSteps],
    sources: ['lmc'],
  },
  instagram: {
    title: 'On Instagram',
    lines: ['Use the report option on the post, or on the account that posted it.', unconfirmedSteps],
    sources: ['lmc'],
  },
  tiktok: {
    title: 'On TikTok',
    lines: ['Use the report option on the video or comment, or on the account that posted it.', unconfirmedSteps],
    sources: ['lmc'],
  },
  colleagueScreenshot: {
    title: "From a colleague's screenshot",
    lines: [
      "Find the original post first. You can't report a screenshot, and you need the web address and account name.",
      "Once the practice has its own copy, ask your colleague to delete the screenshot from their phone.",
    ],
    sources: ['lmc'],
  },
  other: {
    title: 'On another site',
    lines: ['Look for a report option on the post, or on the account that posted it.', unconfirmedSteps],
    sources: ['lmc'],
  },
} as const satisfies Record<AnswerTo<'platform'>, PlatformHint>;
