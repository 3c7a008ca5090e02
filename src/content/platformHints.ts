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

const unconfirmedSteps = "The exact steps change often and we haven't checked them, so follow what the site shows you.";

export const platformHints = {
  ownPage: {
    title: "On the practice's own page",
    lines: [
      'Save a copy before you report it or change anything on the page.',
      'On a page the practice runs, such as its Facebook page, you can usually hide or delete comments, ban an account, and set filters that hold back comments containing words you choose.',
      'Hide rather than delete where you can, so the practice keeps a record.',
      'Never hide fair criticism just because it is critical.',
      'You can also use the report option next to the post or comment.',
      "The menus change often, and we have not checked this against Meta's own help pages, so check what your page's settings offer.",
    ],
    sources: ['lmc', 'corrections-2026'],
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
      'Google removes only reviews that break its policies, such as misinformation, defamatory language, personal attacks, or fake engagement (lots of accounts dragging a rating down, sometimes called review bombing).',
      "A review may name staff who deal with the public, so naming someone may break the rules but often won't.",
      "Google will not decide who is right about the facts, so don't report a review just because you disagree with it. A false statement of fact can go through Google's legal removal request instead.",
      "Follow your report, and make your one appeal if you need it, in Google's Reviews Management Tool. Expect it to take days.",
    ],
    sources: ['google-reviews', 'corrections-2026'],
  },
  nhsWebsite: {
    title: 'On the NHS website',
    lines: [
      'Reviews must not name or identify staff or other patients, and only experiences from the last two years are published.',
      'Reporting a review as unsuitable hides it straight away while the moderators look at it.',
      'A review making a serious accusation that ought to be a formal complaint can be reported too.',
      "You don't have to reply. If you do, use the practice's NHS website profile.",
      'This is the NHS website for England; Wales, Scotland and Northern Ireland have their own arrangements.',
    ],
    sources: ['nhs-reviews', 'corrections-2026'],
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
  nextdoor: {
    title: 'On Nextdoor',
    lines: [
      'Reports go first to volunteer moderators who live in the area, not to Nextdoor staff.',
      'You can also report the account to Nextdoor support.',
      unconfirmedSteps,
    ],
    sources: ['corrections-2026'],
  },
  closedGroup: {
    title: 'In a private group or chat',
    lines: [
      'There is usually no way for the practice to report or reply in a group it cannot see.',
      'Ask the member who told you for screenshots showing the words, the group, who posted and when.',
      'Nobody from the practice joins under a false name to watch.',
    ],
    sources: ['corrections-2026'],
  },
  directMessage: {
    title: "In messages to a colleague's own account",
    lines: [
      'Your colleague can block and report the sender on that app, after saving the messages.',
      'Threatening or repeated messages can be reported to the police on 101.',
      unconfirmedSteps,
    ],
    sources: ['corrections-2026', 'police'],
  },
  colleagueScreenshot: {
    title: "From a colleague's screenshot",
    lines: [
      "Find the original post first. You can't report a screenshot, and you need the web address and account name.",
      'Once the practice has its own copy, ask your colleague to delete the screenshot from their phone.',
    ],
    sources: ['lmc'],
  },
  other: {
    title: 'On another site',
    lines: ['Look for a report option on the post, or on the account that posted it.', unconfirmedSteps],
    sources: ['lmc'],
  },
} as const satisfies Record<AnswerTo<'platform'>, PlatformHint>;
