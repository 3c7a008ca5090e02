/**
 * Plan actions for particular situations: someone threatened or at risk, images, staff posting,
 * fake accounts, private groups and messages, review floods, campaigns and the press. Each one is
 * a route of its own rather than a footnote, and each rests on the facts re-checked in
 * /work/shared/content-brief.md ("Corrections and additions", 2026-11-30). The sentences are ours.
 * They join the core actions in `actions.ts`; `recommend()` decides which apply.
 */
import type { ActionContent } from './types';

export const situationActions = {
  warnThreatenedPerson: {
    urgency: 'now',
    title: 'Warn the person who was threatened, or whose details were posted, today: tonight if it is out of hours',
    glance: 'Warn the person at risk now, even out of hours',
    details: [
      'You, or whoever leads, ring them now. Do not wait until they next come in, and do not leave it to a message.',
      'Tell them in outline what was posted, that the police are being told, and let them decide whether to read it.',
      'Talk through their safety at home and on the way to and from work, and anyone who lives with them.',
      'If anyone turns up or waits outside their home or the practice, they call 999.',
      'If you cannot reach them, keep trying, tell the on-call partner, and tell the police you could not.',
    ],
    why: "A threat or a posted address can bring trouble to someone's door tonight, so the person at risk must hear it from the practice straight away.",
    sources: ['corrections-2026', 'police', 'bma-abuse'],
  },

  safeguardingToday: {
    urgency: 'now',
    title: 'Tell the duty clinician and the safeguarding lead now',
    glance: 'Tell duty clinician and safeguarding lead now',
    details: [
      'If anyone is in immediate danger, call 999 first.',
      'The duty clinician decides whether the person needs contacting or care today, and how to do it privately.',
      "The safeguarding lead decides whether a child or adult at risk needs a referral, for example to the council's social care team.",
      "Nobody replies on the post about it, and nobody passes it round the team. On the practice's own page, hide the post once you have a copy.",
      'Keep a copy with the incident, and write down when you told them.',
    ],
    why: 'A post hinting at self-harm, or at a child or vulnerable adult at risk, is a safeguarding matter for today, whoever wrote it.',
    sources: ['corrections-2026', 'nhs-reviews', 'police'],
  },

  reportIntimateImages: {
    urgency: 'now',
    title: 'Report the intimate images to the police, and to the site as urgent',
    glance: 'Report intimate images urgently: police and site',
    details: [
      'Sharing intimate images of someone without their consent is a crime, and that includes faked images (deepfakes).',
      'Report it to the police on 101 (18001 101 by textphone), or 999 if anyone is in danger.',
      'Report the images to the site straight away, using its option for intimate or sexual content.',
      'Write down the web address, the account and when you saw it. Any copy kept is for the police only: never forward it or show it to anyone else.',
      'If the person shown may be under 18, do not copy the image at all: tell the police straight away.',
      'Tell the person shown, privately and kindly, and offer support.',
    ],
    why: 'Sharing intimate images, real or faked, is an offence under the Sexual Offences Act, and every extra copy harms the person shown.',
    sources: ['osa', 'police', 'corrections-2026'],
  },

  askColleagueToTakeDown: {
    urgency: 'now',
    title: 'Ask the colleague to take their post or reply down now',
    glance: 'Ask the colleague to take their post down now',
    details: [
      'Keep it short and factual: what needs to come down and why. This is not a disciplinary talk.',
      'Save a copy first, then note the time it came down.',
      'If it shows anything about a patient, tell the data protection officer today.',
      'HR advice and a fair process come afterwards, not now.',
    ],
    why: 'When staff post about patients or the practice, stopping more people seeing it comes first; deciding what it means comes later.',
    sources: ['ico', 'corrections-2026', 'acas'],
  },

  askPoliceBeforeRemoving: {
    urgency: 'withinHours',
    title: 'Ask the police before you report the post or block the account',
    glance: 'Ask the police before reporting or blocking',
    details: [
      'Once the police are involved, ask them whether they want the post left up while they look into it.',
      'This is advice, not a rule: if the post puts someone at risk, say so and ask for it to come down.',
      'Write down what they told you, and when.',
    ],
    why: 'A report or a block can remove what the police need to see or tip off the person posting.',
    sources: ['corrections-2026', 'police'],
  },

  specialAllocationScheme: {
    urgency: 'nextDays',
    title: 'If the person who made the threat is a registered patient, ask about the Special Allocation Scheme',
    glance: 'Ask about the Special Allocation Scheme',
    details: [
      'Once a threat of violence has been reported to the police, the practice can ask for the patient to be removed straight away to the Special Allocation Scheme.',
      'Use the police reference number and follow the process your commissioner (usually the ICB in England) sets out.',
      'Only act on what you already know: do not search the clinical system to find out who posted.',
      'Your LMC can explain the steps.',
    ],
    why: 'The scheme lets a patient who threatens staff still get care, somewhere staff are protected.',
    sources: ['bma-sas', 'corrections-2026', 'lmc'],
  },

  namedClinicianCallsDefenceBody: {
    urgency: 'withinHours',
    title: 'The clinician it is about should ring their own defence body',
    glance: 'The clinician rings their own defence body',
    details: [
      'Their medical defence organisation (for example MDU, MPS or MDDUS) can advise them on the post and on any reply.',
      'They should ring before anyone replies, with the saved copy to hand.',
      'If they are thinking about a defamation claim, it has to be brought within one year of the post going up, though suing is rarely the best way out.',
    ],
    why: "A claim about a clinician's care, or a false allegation against them, can become a complaint or a regulator's question, and early advice protects them.",
    sources: ['corrections-2026', 'mdu', 'lmc'],
  },

  relativeNeedsConsent: {
    urgency: 'nextDays',
    title: "Before you discuss a patient's care with a relative, get the patient's consent",
    glance: "Patient's consent before talking to a relative",
    details: [
      "A relative can raise a concern, but the practice needs the patient's consent (or another lawful basis) before talking about their care.",
      'Offer the complaints procedure: a complaint can be made within 12 months, to the practice or to the ICB, and then to the Parliamentary and Health Service Ombudsman.',
      'Reply to the relative only in general terms until you have consent.',
    ],
    why: 'Caring about a family member does not give a relative a right to their health information.',
    sources: ['mddus', 'corrections-2026'],
  },

  filmingInPractice: {
    urgency: 'withinHours',
    title: 'Deal with the film or photos taken in the practice',
    details: [
      'Save a copy and note what it shows, especially any other patients who can be seen or heard.',
      'If other patients can be recognised, tell your data protection officer, and report it to the site as a privacy problem.',
      'Patients may lawfully record their own consultation. The practice can ask people not to film in waiting areas, with notices saying so.',
      'Staff should not try to take a phone or argue on camera: stay calm and call the manager.',
    ],
    why: 'Film from a waiting room can show other patients, and calm handling stops a second video.',
    sources: ['corrections-2026', 'ico'],
  },

  reportFakeAccount: {
    urgency: 'withinHours',
    title: 'Report the fake page or account, and warn patients through your own channels',
    glance: 'Report the fake page; warn patients yourselves',
    details: [
      'Report it to the site as impersonation, with links to your real page or account.',
      'Post a short notice on your website and your real pages saying which accounts are yours and that you never ask for personal details there.',
      'Do not reply to the fake account or message it.',
      "If the site does not act, Report Harmful Content can help with impersonation once you have the site's reply, or after about a week.",
    ],
    why: 'A fake practice account can mislead patients and collect their details, so both the site and your patients need to know.',
    sources: ['rhc', 'corrections-2026'],
  },

  privateMessagesToColleague: {
    urgency: 'withinHours',
    title: 'Help your colleague with the messages sent to their own account',
    glance: 'Help your colleague with the messages they got',
    details: [
      "They should not reply. Screenshots of each message, with the date and the sender's account, go to the practice.",
      'They can block and report the sender on that app; save the messages first.',
      {
        text: 'If the messages threaten them or keep coming, report them to the police on 101 (18001 101 by textphone).',
        when: 'isAbusive',
      },
      'It is still abuse because of their work: the practice supports them as it would at the front desk.',
    ],
    why: 'Abuse sent to a personal account is harder to see but no less harmful, and the colleague should not have to handle it alone.',
    sources: ['bma-abuse', { id: 'police', when: 'isAbusive' }, 'corrections-2026'],
  },

  closedGroupEvidence: {
    urgency: 'withinHours',
    title: 'For a private group or chat, get a copy from a member: do not join to watch',
    glance: 'Get a copy from a member: do not join the group',
    details: [
      'There is usually no way for the practice to report or reply in a private group or chat.',
      'Ask the person who told you for screenshots showing the words, the group name, who posted and when.',
      'Nobody from the practice joins the group under a false name or to keep an eye on it.',
      { text: 'If it threatens anyone or shares their details, it is still a matter for the police.', when: 'needsPolice' },
    ],
    why: 'A copy from someone already in the group is honest evidence; joining under false pretences is not.',
    sources: ['corrections-2026', 'lmc', { id: 'police', when: 'needsPolice' }],
  },

  reportReviewFlood: {
    urgency: 'withinHours',
    title: 'Report the flood of reviews as fake engagement, not one by one in anger',
    glance: 'Report the review flood as fake engagement',
    details: [
      'Save a copy of every review with its date, before reporting.',
      'Google treats many accounts pushing a rating up or down as fake engagement, which its rules forbid. Report the reviews and follow progress in its Reviews Management Tool.',
      'Reply to none of them, or give one short general statement on your own page.',
      'Never ask staff, their families or patients to post reviews in return.',
    ],
    why: "A wave of reviews from people who were never patients breaks the site's rules, and replying to each one only feeds it.",
    sources: ['google-reviews', 'corrections-2026'],
  },

  respondToCampaign: {
    urgency: 'nextDays',
    title: 'Answer the campaign through the practice, not in the comments',
    glance: 'Answer the campaign through the practice',
    details: [
      'A petition or campaign often reflects a real worry, for example about a service change. Agree who leads for the practice.',
      'Put one short, factual statement on your website or page, and say how people can raise concerns privately.',
      'Say nothing about any patient, and do not argue in the comments or the petition.',
      'If a councillor or MP takes it up, the lead partner or manager responds.',
    ],
    why: 'A calm statement from the practice reaches more people than arguing under the post, and keeps confidentiality.',
    sources: ['lmc', 'mdu', 'corrections-2026'],
  },

  handlePressEnquiry: {
    urgency: 'withinHours',
    title: 'Route the journalist, councillor or MP to one person',
    glance: 'Send journalists and MPs to one person',
    details: [
      'Reception takes their name, who they work for, their deadline and their number, and says nothing else.',
      "The lead partner or manager responds, after ringing the defence body's press office for advice.",
      'Nothing is "off the record".',
      "If they ask about a named patient, the practice needs that patient's consent before it says anything about them.",
    ],
    why: 'One calm voice stops staff being caught out, and confidentiality applies to the press and politicians too.',
    sources: ['mdu', 'mddus', 'corrections-2026'],
  },
} as const satisfies Record<string, ActionContent>;
