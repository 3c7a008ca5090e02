/**
 * The practice's own social media policy, as typed data: one topic per screen of the "Be prepared"
 * builder, each with its questions and, for every choice, the clause that choice writes into the
 * policy and the sources that clause rests on. src/plan/writePolicy.ts turns the answers into the
 * document; nothing here knows about screens.
 *
 * The topics follow the last section of the LMC guidance ("Be prepared": monitoring, what would you
 * do, how the practice uses its own accounts, how approachable it is) and the Acas guidance it
 * points to on writing a policy. Option values are stored answers: add a new value rather than
 * renaming one. Clause text may say `{practice}`, which becomes the practice's name.
 *
 * Checked by tests/content/policyContent.test.ts against src/content/policyContentSchema.ts.
 */
import type { ContactRole } from './settings';
import type { SourceId } from './sources';

export interface PolicyClauseContent {
  readonly text: string;
  readonly sources: readonly SourceId[];
  /** People from practice settings whose names and numbers the policy prints beside this clause. */
  readonly contacts?: readonly ContactRole[];
}

/** A ready-made reply the practice agrees in advance; the reply checks read it like any draft. */
export interface PolicyReplyContent {
  readonly reply: string;
  readonly sources: readonly SourceId[];
}

export interface PolicyOptionContent {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
  /** What choosing this writes. None for a choice that adds nothing (it still must be answered). */
  readonly clause?: PolicyClauseContent | PolicyReplyContent;
  /** Months from adoption to the review date; only on the review question's options. */
  readonly reviewMonths?: number;
}

/** Shown only when an earlier question on the same screen has one of these answers. */
export interface PolicyShowWhen {
  readonly question: string;
  readonly values: readonly string[];
}

export interface PolicyChoiceQuestionContent {
  readonly id: string;
  readonly kind: 'radio' | 'checkbox';
  readonly legend: string;
  readonly hint?: string;
  readonly error: string;
  readonly options: readonly PolicyOptionContent[];
  readonly showWhen?: PolicyShowWhen;
}

/** Free text the practice writes itself: here, a holding reply of its own, checked like the others. */
export interface PolicyTextQuestionContent {
  readonly id: string;
  readonly kind: 'text';
  readonly legend: string;
  readonly hint?: string;
  /** Text answers are optional: the practice may leave them blank. */
  readonly optional: true;
  /** What the typed text becomes: a holding reply citing these sources. */
  readonly writes: 'reply';
  readonly sources: readonly SourceId[];
  readonly showWhen?: PolicyShowWhen;
}

export type PolicyQuestionContent = PolicyChoiceQuestionContent | PolicyTextQuestionContent;

export interface PolicyTopicContent {
  readonly id: string;
  /** The screen's h1 in the builder. */
  readonly title: string;
  /** The section's heading in the written policy. */
  readonly heading: string;
  readonly intro: string;
  readonly questions: readonly PolicyQuestionContent[];
  /** Clauses every policy has in this section, whatever the answers. */
  readonly always?: readonly PolicyClauseContent[];
}

export const policyTopics = [
  {
    id: 'personalUse',
    title: "Staff's own social media",
    heading: "Staff's own social media",
    intro:
      'Most staff use social media in their own time. This part of the policy says what they should not post about work, and what to do when they come across a post about the practice.',
    always: [
      {
        text: "This policy applies to everyone who works for {practice}, including locums, trainees and volunteers, on their own accounts as well as the practice's, at work and in their own time.",
        sources: ['acas'],
      },
    ],
    questions: [
      {
        id: 'personalRules',
        kind: 'checkbox',
        legend: 'Which rules should staff follow on their own accounts?',
        hint: 'Choose all that apply. Each rule you choose becomes a sentence in the policy.',
        error: 'Choose at least one rule for staff on their own accounts',
        options: [
          {
            value: 'noPatients',
            label: 'Never post anything about patients, even without a name',
            clause: {
              text: 'Never post anything about a patient, past or present, even without a name. Small details such as a day, a place or a condition can be enough for someone to work out who it is.',
              sources: ['gmc-conf', 'gmc-sm-2024'],
            },
          },
          {
            value: 'noColleagues',
            label: 'Do not name or identify colleagues in posts about work',
            clause: {
              text: 'Do not name colleagues, or give details that would identify them, in anything you post about work.',
              sources: ['gmc-sm-2024', 'acas'],
            },
          },
          {
            value: 'noUniformOrPremises',
            label: 'No photos or videos in uniform or at the practice without agreement',
            clause: {
              text: 'Do not post photos or videos taken in uniform or at the practice unless the practice manager has agreed first. Patients can appear in the background without you noticing.',
              sources: ['acas', 'gmc-sm-2024'],
              contacts: ['practiceManager'],
            },
          },
          {
            value: 'noReplying',
            label: 'Do not reply to posts about the practice or a colleague',
            clause: {
              text: 'Do not reply to, like or share a post about the practice or a colleague, from your own account or anyone else’s, even to defend the practice. Replies come only from the practice, through the person who leads on incidents.',
              sources: ['mdu', 'londonwide'],
            },
          },
          {
            value: 'noAskingFriends',
            label: 'Do not ask friends, family or patients to post in support',
            clause: {
              text: 'Do not ask friends, family or patients to post reviews or comments in support of the practice. Review sites do not allow it, and it can make things worse.',
              sources: ['google-reviews', 'corrections-2026'],
            },
          },
          {
            value: 'tellTheLead',
            label: 'Tell the person who leads on incidents when you see a post',
            clause: {
              text: 'If you see a post about the practice or a colleague, tell the person who leads on incidents the same day: where you saw it, the web address and when. You do not have to deal with it yourself.',
              sources: ['lmc'],
            },
          },
          {
            value: 'disciplinary',
            label: 'Say that breaking these rules may lead to the disciplinary procedure',
            clause: {
              text: 'Breaking this policy may be dealt with under the practice’s disciplinary procedure, fairly and with advice, like any other conduct matter.',
              sources: ['acas'],
              contacts: ['hrAdviser'],
            },
          },
        ],
      },
    ],
  },
  {
    id: 'ownAccounts',
    title: "The practice's own pages and accounts",
    heading: "The practice's own pages and accounts",
    intro:
      'A practice page can share news and health messages, but someone has to look after it. You do not have to have one if you do not have the time or skills to run it well.',
    questions: [
      {
        id: 'hasAccounts',
        kind: 'radio',
        legend: 'Does the practice run its own social media pages or accounts?',
        hint: 'For example a Facebook page, or an account on X or Instagram. Google and NHS website profiles are covered under monitoring.',
        error: 'Choose whether the practice runs its own pages or accounts',
        options: [
          {
            value: 'yes',
            label: 'Yes',
            clause: {
              text: 'The practice uses its own pages to share news, changes to services and health messages. Only the social media lead, or someone they have agreed, posts on them.',
              sources: ['lmc'],
              contacts: ['socialMediaLead'],
            },
          },
          {
            value: 'no',
            label: 'No',
            clause: {
              text: 'The practice does not run social media pages of its own at present. Nobody sets one up in the practice’s name without the partners’ agreement.',
              sources: ['lmc'],
            },
          },
        ],
      },
      {
        id: 'accountRules',
        kind: 'checkbox',
        legend: 'Which rules apply to the practice’s own pages?',
        hint: 'Choose all that apply.',
        error: 'Choose at least one rule for the practice’s own pages',
        showWhen: { question: 'hasAccounts', values: ['yes'] },
        options: [
          {
            value: 'secondCheck',
            label: 'A second person reads a post before it goes out',
            clause: {
              text: 'A second person reads every post before it goes out, to check it gives away nothing about a patient or a colleague.',
              sources: ['gmc-sm-2024'],
            },
          },
          {
            value: 'houseRules',
            label: 'The page shows house rules for comments',
            clause: {
              text: 'The page shows short house rules for comments: no abuse of staff, no personal details, and concerns about care go through the practice, not the comments. What would not be accepted at the front desk is not accepted online.',
              sources: ['bma-abuse'],
            },
          },
          {
            value: 'hideNotDelete',
            label: 'Save, then hide rather than delete; never hide fair criticism',
            clause: {
              text: 'Before a comment is hidden or deleted, a copy is saved. Hiding is used rather than deleting, and fair criticism is never hidden just because it is critical.',
              sources: ['corrections-2026', 'lmc'],
            },
          },
          {
            value: 'replyInHours',
            label: 'Comments that need a reply get one within hours, not days',
            clause: {
              text: 'Where a comment needs a reply, the practice replies within hours, not days, in the same thread, briefly, and invites the person to contact the practice directly.',
              sources: ['lmc'],
            },
          },
          {
            value: 'outOfHours',
            label: 'The page says when it is not watched, and to call 999 in an emergency',
            clause: {
              text: 'The page says it is not watched out of hours and is not for urgent help: anyone at risk should call 999.',
              sources: ['police'],
            },
          },
          {
            value: 'otherWays',
            label: 'The page gives other easy ways to contact the practice',
            clause: {
              text: 'The page gives the practice’s phone number and complaints route, so people have an easier way to raise a concern than posting about it.',
              sources: ['lmc'],
            },
          },
        ],
      },
    ],
  },
  {
    id: 'monitoring',
    title: 'Keeping an eye on what is said online',
    heading: 'Monitoring',
    intro:
      'Knowing early about a post gives the practice time to decide calmly what to do. Monitoring means looking at what is public: never at staff’s private accounts.',
    questions: [
      {
        id: 'monitoringWho',
        kind: 'radio',
        legend: 'Who keeps an eye on what is said about the practice online?',
        error: 'Choose who keeps an eye on what is said online',
        options: [
          {
            value: 'socialMediaLead',
            label: 'The social media lead',
            clause: {
              text: 'The social media lead keeps an eye on what is said about the practice online.',
              sources: ['lmc'],
              contacts: ['socialMediaLead'],
            },
          },
          {
            value: 'practiceManager',
            label: 'The practice manager',
            clause: {
              text: 'The practice manager keeps an eye on what is said about the practice online.',
              sources: ['lmc'],
              contacts: ['practiceManager'],
            },
          },
          {
            value: 'nobody',
            label: 'Nobody checks regularly',
            clause: {
              text: 'Nobody is asked to check regularly what is said about the practice online. The practice relies on staff telling the person who leads on incidents when they see a post.',
              sources: ['lmc'],
            },
          },
        ],
      },
      {
        id: 'monitoringHow',
        kind: 'checkbox',
        legend: 'How do they check?',
        hint: 'Choose all that apply.',
        error: 'Choose at least one way of checking',
        showWhen: { question: 'monitoringWho', values: ['socialMediaLead', 'practiceManager'] },
        options: [
          {
            value: 'alerts',
            label: 'Alerts for the practice’s name',
            clause: {
              text: 'Alerts are set up for the practice’s name (for example through Google), so a new mention arrives by email.',
              sources: ['lmc'],
            },
          },
          {
            value: 'everyWorkingDay',
            label: 'A look at the practice’s pages every working day',
            clause: {
              text: 'The practice’s own pages and their messages are looked at every working day.',
              sources: ['lmc'],
            },
          },
          {
            value: 'weeklyReviews',
            label: 'A weekly look at Google and NHS website reviews',
            clause: {
              text: 'Reviews on Google and the NHS website are looked at once a week.',
              sources: ['lmc', 'nhs-reviews'],
              contacts: ['profileLoginHolder'],
            },
          },
        ],
      },
    ],
  },
  {
    id: 'incidents',
    title: 'When something is posted: who leads and who to tell',
    heading: 'Handling a post about the practice or a colleague',
    intro:
      'When a post appears, staff need to know at once who takes charge and who else must hear about it. The names and numbers come from the practice settings.',
    always: [
      {
        text: 'If anyone may be in danger, call 999 before doing anything else.',
        sources: ['police'],
      },
      {
        text: 'The person a post is about does not reply to it or lead the response. The practice supports them, and they can ask for time away from the front desk or the phones.',
        sources: ['mdu', 'bma-abuse'],
      },
    ],
    questions: [
      {
        id: 'incidentLead',
        kind: 'radio',
        legend: 'Who leads when something is posted about the practice or a colleague?',
        hint: 'They decide whether to reply, report or do nothing, and who else to tell. If the post is about them, the partner on call leads instead.',
        error: 'Choose who leads when something is posted',
        options: [
          {
            value: 'practiceManager',
            label: 'The practice manager',
            clause: {
              text: 'The practice manager leads the practice’s response: deciding whether to reply, report the post or leave it, and who else to tell. If the post is about them, the partner on call leads.',
              sources: ['lmc', 'londonwide'],
              contacts: ['practiceManager', 'onCall'],
            },
          },
          {
            value: 'onCall',
            label: 'The partner or manager on call',
            clause: {
              text: 'The partner or manager on call leads the practice’s response: deciding whether to reply, report the post or leave it, and who else to tell.',
              sources: ['lmc', 'londonwide'],
              contacts: ['onCall'],
            },
          },
          {
            value: 'socialMediaLead',
            label: 'The social media lead',
            clause: {
              text: 'The social media lead leads the practice’s response, with the practice manager: deciding whether to reply, report the post or leave it, and who else to tell.',
              sources: ['lmc', 'londonwide'],
              contacts: ['socialMediaLead', 'practiceManager'],
            },
          },
        ],
      },
      {
        id: 'incidentTell',
        kind: 'checkbox',
        legend: 'Who else does the lead tell, and when?',
        hint: 'Choose all that apply. Each becomes a line in the policy with the name and number from practice settings.',
        error: 'Choose at least one person or service the lead tells',
        options: [
          {
            value: 'onCall',
            label: 'The partner on call, the same day',
            clause: {
              text: 'The lead tells the partner on call the same day about any post that names a colleague, threatens anyone or may give away anything about a patient.',
              sources: ['lmc'],
              contacts: ['onCall'],
            },
          },
          {
            value: 'dataProtectionOfficer',
            label: 'The data protection officer, if patient information may be involved',
            clause: {
              text: 'If a post, a reply or a screenshot may give away anything about a patient, the lead tells the data protection officer the same day. The practice decides with their advice whether it must be reported to the ICO, which must happen within 72 hours of the practice knowing, weekends included.',
              sources: ['ico', 'mdu-gdpr'],
              contacts: ['dataProtectionOfficer'],
            },
          },
          {
            value: 'caldicottGuardian',
            label: 'The Caldicott guardian, if patient information may be involved',
            clause: {
              text: 'The Caldicott guardian is told whenever patient information may have been shared, so that the duty of confidentiality is looked after.',
              sources: ['gmc-conf', 'ico'],
              contacts: ['caldicottGuardian'],
            },
          },
          {
            value: 'defenceBody',
            label: 'The defence body, if a clinician is named or care is criticised',
            clause: {
              text: 'A clinician named in a post about their care rings their own defence body promptly, before any reply goes out.',
              sources: ['mdu', 'corrections-2026'],
              contacts: ['defenceBody'],
            },
          },
          {
            value: 'lmc',
            label: 'The LMC, as a sounding board',
            clause: {
              text: 'The lead may talk the practice’s response through with the LMC before replying.',
              sources: ['lmc'],
              contacts: ['lmc'],
            },
          },
          {
            value: 'hrAdviser',
            label: 'The HR adviser, if a member of staff posted',
            clause: {
              text: 'If a member of staff posted it, the lead asks the HR adviser before any formal step. Where it shows patient information, the first step is to ask them to take it down now.',
              sources: ['acas', 'ico'],
              contacts: ['hrAdviser'],
            },
          },
          {
            value: 'police',
            label: 'The police, for threats, harassment or hate',
            clause: {
              text: 'Threats, harassment, hate, or a colleague’s home address posted are reported to the police: 999 if anyone is in danger now, otherwise 101 or online. The police decide whether it is a crime.',
              sources: ['police', 'bma-abuse', 'true-vision'],
            },
          },
          {
            value: 'press',
            label: 'Press, councillors and MPs go to the lead',
            clause: {
              text: 'If a journalist, councillor or MP gets in touch, whoever takes the call notes their name, organisation, deadline and number, says nothing else, and passes it to the lead. Nothing is said off the record.',
              sources: ['mdu', 'mddus'],
            },
          },
        ],
      },
    ],
  },
  {
    id: 'holdingReplies',
    title: 'Replies agreed in advance',
    heading: 'Replies agreed in advance',
    intro:
      'A short reply agreed now saves writing one under pressure. The lead can post one of these, in the same thread, when the practice decides a reply would help. Each one is run through the same checks as the reply builder.',
    always: [
      {
        text: 'Any reply is brief and polite. It never confirms or denies that someone is a patient, gives no details of anyone’s care, names no colleague, never asks for personal details such as a date of birth, and invites the person to contact the practice directly. It is not always right to reply at all.',
        sources: ['gmc-conf', 'gmc-sm-2024', 'lmc'],
      },
    ],
    questions: [
      {
        id: 'holdingReplies',
        kind: 'checkbox',
        legend: 'Which replies should the practice agree in advance?',
        hint: 'Choose all that apply. You can add one of your own below.',
        error: 'Choose at least one reply to agree in advance',
        options: [
          {
            value: 'thanksContact',
            label: 'Thanking them and inviting contact',
            clause: {
              reply:
                'Thank you for taking the time to tell us about this. We want to look into it properly, so please contact our practice manager on the practice phone number or through our complaints procedure.',
              sources: ['lmc', 'londonwide'],
            },
          },
          {
            value: 'cannotDiscuss',
            label: 'Saying the practice cannot discuss care in public',
            clause: {
              reply:
                "We are sorry to hear you are unhappy. We cannot discuss anyone's care in public, but we would like to help. Please contact the practice manager by phone or through our complaints procedure.",
              sources: ['gmc-conf', 'mdu'],
            },
          },
          {
            value: 'noAbuse',
            label: 'Setting a limit on abuse of staff',
            clause: {
              reply:
                'We welcome feedback, but we will not accept abuse of our staff. If you have a concern, please contact the practice by phone or through our complaints procedure.',
              sources: ['bma-abuse'],
            },
          },
        ],
      },
      {
        id: 'ownReply',
        kind: 'text',
        legend: 'A reply of your own (optional)',
        hint: 'Keep it short. It is checked for anything that could give away a patient or a colleague.',
        optional: true,
        writes: 'reply',
        sources: ['gmc-conf', 'lmc'],
      },
    ],
  },
  {
    id: 'recording',
    title: 'Keeping a record',
    heading: 'Keeping a record',
    intro: 'Posts get deleted, and memories fade. A record made at the time helps the practice report, explain and learn.',
    questions: [
      {
        id: 'recordSteps',
        kind: 'checkbox',
        legend: 'What does the practice record, and where?',
        hint: 'Choose all that apply.',
        error: 'Choose at least one thing the practice records',
        options: [
          {
            value: 'saveFirst',
            label: 'Save a copy of the post before reporting or blocking',
            clause: {
              text: 'Before anyone reports, hides or blocks anything, a copy of the post is saved with the date and time, the web address, the site and the account name, because a report can remove it.',
              sources: ['lmc', 'police'],
            },
          },
          {
            value: 'incidentLog',
            label: 'Record it in the incident or significant event log',
            clause: {
              text: 'Each incident is recorded in the practice’s incident or significant event log, never in a patient’s record.',
              sources: ['corrections-2026', 'rcgp-sea'],
            },
          },
          {
            value: 'fewCopies',
            label: 'Keep as few screenshots as possible, and none on personal phones',
            clause: {
              text: 'Screenshots that show patient information are kept to a minimum. Any taken on a personal phone are moved into practice storage and deleted from the phone.',
              sources: ['corrections-2026'],
            },
          },
          {
            value: 'reviewAfter',
            label: 'Look back at each incident afterwards',
            clause: {
              text: 'Once it is over, the practice looks back at the incident: what happened and why, its effect, what could have gone differently, and what will change.',
              sources: ['rcgp-sea'],
            },
          },
        ],
      },
      {
        id: 'retention',
        kind: 'radio',
        legend: 'How long are incident records kept?',
        error: 'Choose how long incident records are kept',
        options: [
          {
            value: 'practiceSchedule',
            label: 'As long as the practice’s records retention schedule says',
            clause: {
              text: 'Incident records are kept for the period in the practice’s records retention schedule, then deleted.',
              sources: ['corrections-2026'],
            },
          },
          {
            value: 'askDpo',
            label: 'As the data protection officer advises',
            clause: {
              text: 'Incident records are kept for as long as the data protection officer advises, then deleted.',
              sources: ['ico'],
              contacts: ['dataProtectionOfficer'],
            },
          },
        ],
      },
    ],
  },
  {
    id: 'training',
    title: 'Training and review',
    heading: 'Training and review',
    intro: 'A policy helps only if people know it. Say how staff learn it and when the practice will look at it again.',
    questions: [
      {
        id: 'trainingWhen',
        kind: 'checkbox',
        legend: 'How do staff learn this policy?',
        hint: 'Choose all that apply.',
        error: 'Choose at least one way staff learn this policy',
        options: [
          {
            value: 'induction',
            label: 'New staff read it when they start',
            clause: { text: 'New staff read this policy when they start, as part of their induction.', sources: ['acas'] },
          },
          {
            value: 'yearly',
            label: 'Everyone is reminded of it once a year',
            clause: { text: 'Everyone is reminded of this policy once a year, for example at a practice meeting.', sources: ['acas'] },
          },
          {
            value: 'scenarios',
            label: 'The team practises with example incidents',
            clause: {
              text: 'The team practises with example incidents, such as the training scenarios in this tool, so everyone knows what they would do.',
              sources: ['lmc'],
            },
          },
          {
            value: 'afterIncident',
            label: 'Lessons from each incident are shared with the team',
            clause: { text: 'What the practice learns from an incident is shared with the team.', sources: ['rcgp-sea'] },
          },
        ],
      },
      {
        id: 'reviewInterval',
        kind: 'radio',
        legend: 'How often will the practice review this policy?',
        hint: 'The review date is counted from the day the policy is adopted, and printed on every copy.',
        error: 'Choose how often the policy is reviewed',
        options: [
          { value: 'everyYear', label: 'Every year', reviewMonths: 12 },
          { value: 'everyTwoYears', label: 'Every two years', reviewMonths: 24 },
        ],
      },
    ],
  },
] as const satisfies readonly PolicyTopicContent[];

export type PolicyTopicId = (typeof policyTopics)[number]['id'];
