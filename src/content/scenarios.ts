/**
 * The training scenario library: made-up incidents for LMC and practice trainers to teach a room.
 * Every person, account and place here is invented. The practice is always `{practice}`, which the
 * training views replace with a name the trainer can edit, so a room sees its own practice.
 *
 * `answers` are what the guidance leads to, using the stored option values from questions.ts;
 * the tests drive the real machine with them and check the plan against `mustInclude` and
 * `mustNotInclude`. Offensive words are never written: "[racial slur]" stands in, with a content note.
 */
import type { Scenario } from './scenarioTypes';

export const practicePlaceholder = '{practice}';
export const defaultPracticeName = 'Riverside Surgery';

/** A blank name falls back to the default, so a card never reads "at ." in front of a room. */
export function withPracticeName(text: string, practiceName: string): string {
  const name = practiceName.trim() === '' ? defaultPracticeName : practiceName.trim();
  return text.replaceAll(practicePlaceholder, name);
}

export const scenarios: readonly Scenario[] = [
  {
    id: 'one-star-appointments',
    title: 'One-star Google review about getting an appointment',
    brief:
      'A one-star review has appeared on the Google listing for {practice}. The reviewer says they rang at 8am three days running and never got an appointment. It names nobody and there is nothing offensive in it.',
    posts: [
      {
        platform: 'Google review',
        author: 'Dave R.',
        when: '3h ago',
        text: 'One star. Rang {practice} at 8am on Monday, Tuesday and Wednesday. Forty minutes in the queue each time, then "all the appointments have gone". How is anyone meant to see a doctor? Hopeless.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Read the review aloud and ask for first instincts. Most people want to explain the phone system: park that for now.' },
      { minutes: 5, note: 'Walk through to the decision screen and show that replying and staying quiet are both offered.' },
      { minutes: 10, note: 'Draft a two-sentence reply together. Check it gives no appointment details and does not confirm the reviewer is registered.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      location: 'atWork',
      platform: 'googleReviews',
      about: ['practice'],
      author: 'public',
      patientInfo: 'no',
      foundAt: '2026-11-24T11:15',
      description: 'One-star Google review: rang at 8am three days running and could not get an appointment.',
      evidenceSaved: 'saved',
      reason: 'access',
      motive: 'grievance',
      tone: 'criticism',
      policy: 'yes',
      decision: 'reply',
      rulesBroken: ['none'],
      monitoring: 'yes',
    },
    alternatives: [
      {
        question: 'decision',
        values: ['monitor', 'complaint'],
        why: 'Leaving a single fair review unanswered while keeping an eye on it is also sound, and if the reviewer has already been in touch, handling it as a complaint is fine too.',
      },
      {
        question: 'motive',
        values: ['venting'],
        why: 'It could be read as letting off steam. The plan still has you look into the phone queue, because the criticism is about the service.',
      },
    ],
    mustInclude: ['replyBriefly', 'lookIntoConcerns', 'keepSavedEvidence', 'tellPartnerOnCall'],
    mustNotInclude: ['reportGoogleReview', 'reportToPolice', 'escalateToRhc', 'considerBlocking', 'call999'],
    teachingPoints: [
      'Fair criticism, even when it stings, is not something Google will remove: reporting a review only because you disagree with it wastes time.',
      'If you reply, keep it short, thank them, and point them to the practice manager by role, without confirming they are a patient.',
      'The review is also feedback: check whether the 8am queue really is that long, and what could change.',
    ],
  },

  {
    id: 'receptionist-named-rude',
    title: 'Facebook comment naming a receptionist as rude',
    brief:
      'Under a post about flu clinics on the {practice} Facebook page, someone has commented that a receptionist, named in full, was rude to them at the front desk. The comment already has a dozen likes. The receptionist has seen it and is upset.',
    posts: [
      {
        platform: 'Comment on our Facebook page',
        author: 'Shell G',
        when: '2h ago',
        text: 'Never been spoken to so rudely in my life as by Kerry Dunmore on your front desk this morning. Rolled her eyes and told me to "read the sign". Some people should not work with the public.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask the room how Kerry might be feeling, and who should speak to her first.' },
      { minutes: 6, note: 'At the rules screen, point out that naming staff is what makes this reportable, not the criticism itself.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      location: 'atWork',
      platform: 'ownPage',
      about: ['colleague'],
      author: 'public',
      patientInfo: 'no',
      foundAt: '2026-11-24T13:40',
      description: 'Comment on our Facebook page naming a receptionist as rude at the front desk.',
      evidenceSaved: 'saved',
      reason: 'manner',
      motive: 'grievance',
      tone: 'criticism',
      policy: 'yes',
      decision: 'reply',
      rulesBroken: ['namesStaff'],
      targetRole: 'nonClinical',
      monitoring: 'yes',
    },
    alternatives: [
      {
        question: 'decision',
        values: ['monitor', 'complaint'],
        why: 'Leaving it unanswered while the name is reported, or handling it privately as a complaint if they have already been in touch, are both reasonable.',
      },
    ],
    mustInclude: ['tellTargetedColleague', 'reportToSite', 'replyBriefly', 'supportNonClinical', 'lookIntoConcerns'],
    mustNotInclude: ['reportToPolice', 'considerBlocking', 'giveFactsToPolice', 'getHrAdvice'],
    teachingPoints: [
      'Naming a member of staff is what usually gets a comment taken down, so report it for that once a copy is saved.',
      'Kerry should hear about it from the practice, in private, and should not reply herself.',
      'A complaint about manner can still be fair: the reply invites them to talk to the practice manager, and the practice looks into what happened.',
      'Blocking someone over a single complaint tends to make things worse; keep it for abuse and trolling.',
    ],
  },

  {
    id: 'car-park-threat',
    title: 'Threat to "sort out" a GP in the car park',
    brief:
      'A post on X tags {practice} and says the writer will "sort out" Dr Marsh in the car park when she finishes tonight, because she would not prescribe antibiotics. The receptionist who found it thinks she recognises the name from the front desk. Dr Marsh is due to leave at 6.30pm.',
    contentNote: 'Contains a threat of violence against a GP.',
    posts: [
      {
        platform: 'Post on X',
        author: '@gaz_h_1979',
        when: '25m ago',
        text: 'Dr Marsh at {practice} reckons I do not need antibiotics. Fine. I know what car she drives and I will be waiting when she finishes tonight. Going to sort her out properly.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Give the room one minute to say what they would do first. Listen for 999.' },
      { minutes: 4, note: 'Show the emergency screen. Talk through who tells Dr Marsh, and how she gets home safely tonight.' },
      { minutes: 10, note: 'Discuss the urge to look the poster up on the clinical system, and why identifying them is a job for the police.' },
    ],
    answers: {
      danger: 'yes',
      risks: ['threat'],
      location: 'atWork',
      platform: 'x',
      about: ['colleague'],
      author: 'recognised',
      patientInfo: 'no',
      foundAt: '2026-11-25T16:05',
      description: 'Post on X threatening to wait for Dr Marsh in the car park tonight.',
      evidenceSaved: 'notYet',
      reason: 'clinical',
      ownCare: 'no',
      motive: 'unclear',
      tone: 'abuse',
      policy: 'yes',
      decision: 'monitor',
      rulesBroken: ['namesStaff'],
      targetRole: 'gp',
      monitoring: 'no',
    },
    alternatives: [
      {
        question: 'decision',
        values: ['complaint'],
        why: 'If there is a real concern about the prescribing underneath, the complaints route stays open to them in private, but only once everyone is safe.',
      },
      {
        question: 'ownCare',
        values: ['notSure'],
        why: 'If you think the writer may still be unwell, asking a clinician to look is reasonable. It does not change any of the safety steps.',
      },
    ],
    mustInclude: [
      'call999',
      'keepStaffSafeToday',
      'saveEvidence',
      'reportToPolice',
      'ringOnCall',
      'considerBlocking',
      'tellTargetedColleague',
      'giveFactsToPolice',
      'supportGp',
    ],
    mustNotInclude: ['replyBriefly', 'tellPartnerOnCall', 'handleAsComplaint', 'lookIntoConcerns'],
    teachingPoints: [
      'A specific threat with a time and a place is a 999 call first; the post comes second.',
      'Save a copy before anyone reports or blocks the account, because the post may vanish.',
      'Thinking you recognise the poster is not a reason to look them up in the clinical system: tell the police what you know.',
      'Nobody replies, and nobody walks to their car alone tonight.',
    ],
  },

  {
    id: 'racist-abuse-nurse',
    title: 'Racist abuse of a practice nurse',
    brief:
      'A new account has left a comment on the {practice} Instagram account using a racial slur about one of the practice nurses. It describes her clearly enough that patients would know who is meant. The account has posted nothing else.',
    contentNote: 'Contains racist abuse aimed at a member of staff. The slur is not written out: it appears as [racial slur].',
    posts: [
      {
        platform: 'Comment on our Instagram',
        author: '@truth_teller_4421',
        when: '1h ago',
        text: 'Got the [racial slur] nurse at the Tuesday baby clinic again. Why can {practice} not employ proper staff?',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Read the content note aloud before showing the comment, and remind the room they can step out at any time.' },
      { minutes: 6, note: 'Ask whether there is anything here the practice should reply to, then go to the tone screen.' },
      { minutes: 12, note: 'Talk about support: what would help a colleague the next morning, and who checks in a week later.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      location: 'atWork',
      platform: 'instagram',
      about: ['colleague'],
      author: 'unknown',
      patientInfo: 'no',
      foundAt: '2026-11-24T09:20',
      description: 'Comment on our Instagram using a racial slur about a practice nurse.',
      evidenceSaved: 'saved',
      reason: 'unclear',
      motive: 'trolling',
      tone: 'abuse',
      policy: 'yes',
      decision: 'monitor',
      rulesBroken: ['namesStaff', 'hate'],
      targetRole: 'clinician',
      monitoring: 'yes',
    },
    alternatives: [
      {
        question: 'rulesBroken',
        values: [['hate']],
        why: 'If you feel the nurse cannot be identified from the comment, ticking hate alone is fine: the hate is reason enough to report it.',
      },
    ],
    mustInclude: [
      'reportToSite',
      'considerBlocking',
      'keepWatching',
      'tellTargetedColleague',
      'escalateToRhc',
      'giveFactsToPolice',
      'supportClinician',
    ],
    mustNotInclude: ['replyBriefly', 'lookIntoConcerns', 'handleAsComplaint', 'call999'],
    teachingPoints: [
      'Racist abuse is abuse, not criticism: there is nothing to reply to and nothing to look into as a complaint.',
      'Sites remove hate, so save a copy, report it and block the account.',
      'Whether it is a crime is for the police to decide. Talk with the nurse about reporting it, and give the police the facts if you do.',
      'The nurse hears about it privately from the practice, with support that suits her, before a patient mentions it.',
    ],
  },

  {
    id: 'gp-home-address',
    title: "A GP's home address posted",
    brief:
      'On a neighbourhood app, an anonymous account has posted what it says is the home address of Dr Brennan from {practice}, calling her the rudest doctor in town. It urges people to "pop round and tell her". Several people have replied asking which house it is.',
    contentNote: "Contains a GP's home address being shared and people being urged to go there. The address itself is not shown.",
    posts: [
      {
        platform: 'Post on a neighbourhood app',
        author: 'Local Resident',
        when: '2h ago',
        text: 'Dr Brennan from {practice} lives at [house number and street]. Rudest doctor I have ever met. Maybe if a few of us pop round this weekend she will learn some manners.',
      },
      {
        platform: 'Reply',
        author: 'Anon Neighbour',
        when: '1h ago',
        text: 'Which house is it? The one with the blue door?',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask whether anyone is in danger now. Let the room disagree: both answers can be defended, and the wizard says to choose yes when unsure.' },
      { minutes: 8, note: 'Discuss what keeping staff safe means for someone at home in the evening, not only at work.' },
    ],
    answers: {
      danger: 'no',
      risks: ['personalDetails', 'incitement'],
      location: 'atWork',
      platform: 'other',
      about: ['colleague'],
      author: 'unknown',
      patientInfo: 'no',
      foundAt: '2026-11-27T12:30',
      description: "Post on a neighbourhood app sharing Dr Brennan's home address and urging people to go round.",
      evidenceSaved: 'saved',
      reason: 'manner',
      motive: 'trolling',
      tone: 'abuse',
      policy: 'no',
      decision: 'monitor',
      rulesBroken: ['namesStaff'],
      targetRole: 'gp',
      monitoring: 'notSure',
    },
    alternatives: [
      {
        question: 'danger',
        values: ['yes'],
        why: 'The post invites people to her house. If anything suggests someone may go there soon, choosing yes and calling 999 is right: when unsure, the wizard treats it as yes.',
      },
    ],
    mustInclude: [
      'keepStaffSafeToday',
      'reportToPolice',
      'ringOnCall',
      'tellTargetedColleague',
      'reportToSite',
      'escalateToRhc',
      'supportGp',
      'writeSocialMediaPolicy',
    ],
    mustNotInclude: ['replyBriefly', 'tellPartnerOnCall', 'lookIntoConcerns', 'handleAsComplaint'],
    teachingPoints: [
      "A colleague's home address with a call to go round is a police matter today, even without an open threat.",
      'Talk to the GP about her safety at home as well as at work, and pass the police anything that helps them.',
      'Sites take down posts that share personal details: report it once you have a copy.',
    ],
  },

  {
    id: 'local-group-grumble',
    title: 'A post in a local group the practice does not run',
    brief:
      'In a community Facebook group run by local volunteers, someone asks whether anyone else finds it impossible to get through to {practice} on the phone. Forty people have commented, mostly agreeing, and a couple defending the staff. Nobody is named.',
    posts: [
      {
        platform: 'Post in "Town Talk Noticeboard", a community Facebook group',
        author: 'Jo W.',
        when: '5h ago',
        text: 'Is it just me or is {practice} impossible to get through to?? On hold 50 minutes this morning. Anyone found a trick?',
      },
      {
        platform: 'Comment',
        author: 'Rob F.',
        when: '4h ago',
        text: 'Same. Gave up and went to the walk-in centre.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask who in the room belongs to local community groups, and whether they have seen posts like this.' },
      { minutes: 5, note: 'Show the decision screen: replying is not offered here, and the screen says why.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      location: 'atWork',
      platform: 'localGroup',
      about: ['practice'],
      author: 'public',
      patientInfo: 'no',
      foundAt: '2026-11-23T15:10',
      description: 'Post in a community group about long phone waits, with many people agreeing.',
      evidenceSaved: 'notYet',
      reason: 'access',
      motive: 'venting',
      tone: 'criticism',
      policy: 'yes',
      decision: 'monitor',
      rulesBroken: ['none'],
      monitoring: 'no',
    },
    alternatives: [
      {
        question: 'motive',
        values: ['grievance'],
        why: 'Forty people agreeing suggests a real problem, not only letting off steam. Either reading leads to looking into the phone waits.',
      },
    ],
    mustInclude: ['saveEvidence', 'groupWeDontRun', 'keepWatching', 'lookIntoConcerns', 'setUpMonitoring'],
    mustNotInclude: ['replyBriefly', 'reportToSite', 'considerBlocking', 'escalateToRhc'],
    teachingPoints: [
      "The practice can't reply in a group it doesn't run, and staff should not wade in from their own accounts, however tempting.",
      "Nothing here breaks the site's rules, so there is nothing to report; a polite message to the group admin is the most the practice can do about the post itself.",
      'Forty people agreeing about phone waits is feedback worth acting on.',
    ],
  },

  {
    id: 'staff-moaning-colleagues',
    title: 'A current member of staff complaining about colleagues',
    brief:
      'A member of the admin team has posted on her own public Facebook profile that she is carrying "the lazy lot" on the front desk at {practice}, and that something will get missed soon. Several patients are among her friends and have liked it. She is working today.',
    posts: [
      {
        platform: 'Public post on a personal Facebook profile',
        author: 'Tanya B.',
        when: '8h ago',
        text: 'Another 10 hour day at {practice} covering for the lazy lot on the front desk. Two of us doing the work of five. One of these days something is going to get missed and it will not be my fault.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask the room how they would feel as one of "the lazy lot", and then how they would feel as Tanya.' },
      { minutes: 7, note: 'At the staff concern screen, discuss whistleblowing and why the staffing point is looked into on its own.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      location: 'atWork',
      platform: 'other',
      about: ['practice', 'colleague'],
      author: 'currentStaff',
      patientInfo: 'no',
      foundAt: '2026-11-25T10:00',
      description: 'Staff member on her public Facebook profile calling front desk colleagues lazy and saying something will get missed.',
      evidenceSaved: 'saved',
      reason: 'manner',
      motive: 'venting',
      tone: 'criticism',
      policy: 'yes',
      decision: 'monitor',
      rulesBroken: ['none'],
      staffConcern: 'notSure',
      targetRole: 'nonClinical',
      monitoring: 'yes',
    },
    alternatives: [
      {
        question: 'staffConcern',
        values: ['yes'],
        why: 'The line about something getting missed could be a real safety concern about staffing, so treating it as possible whistleblowing is sound.',
      },
      {
        question: 'rulesBroken',
        values: [['namesStaff']],
        why: 'If people outside the practice could tell exactly who she means, the post identifies staff. HR is still the main route.',
      },
    ],
    mustInclude: [
      'getHrAdvice',
      'followFairProcess',
      'considerWhistleblowing',
      'tellTargetedColleague',
      'supportNonClinical',
      'keepWatching',
    ],
    mustNotInclude: ['replyBriefly', 'lookIntoConcerns', 'handleAsComplaint', 'reportToSite'],
    teachingPoints: [
      'A member of staff posting about work is an employment matter: take HR advice before anyone speaks to her.',
      'Nobody decides on discipline today, however angry the team feels.',
      'Her warning that something will get missed may be a safety concern the law protects: look at the staffing on its own merits.',
      'The colleagues she describes need support too.',
    ],
  },

  {
    id: 'former-receptionist-video',
    title: "A former receptionist's video",
    brief:
      'A receptionist who left {practice} last month posted a TikTok video saying managers "don\'t care about staff or patients" and that she was pushed out. It was deleted before anyone saved it, but two colleagues watched it. She signed a settlement agreement when she left.',
    posts: [
      {
        platform: 'TikTok video (caption)',
        author: '@frontdesk_diaries',
        when: 'yesterday',
        text: 'Storytime: why I quit my GP receptionist job at {practice}. Managers do not care about staff OR patients. Got pushed out for speaking up. Not naming names... yet.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      location: 'atWork',
      platform: 'tiktok',
      about: ['practice'],
      author: 'formerStaff',
      patientInfo: 'no',
      foundAt: '2026-11-26T08:45',
      description: 'Former receptionist on TikTok saying managers do not care and she was pushed out. Now deleted.',
      evidenceSaved: 'gone',
      reason: 'manner',
      motive: 'grievance',
      tone: 'criticism',
      policy: 'no',
      decision: 'monitor',
      rulesBroken: ['none'],
      monitoring: 'no',
    },
    alternatives: [
      {
        question: 'motive',
        values: ['venting'],
        why: 'Letting off steam after a hard exit is an equally fair reading, and it leads to the same plan.',
      },
    ],
    mustInclude: ['recordWhatWasSeen', 'getHrAdvice', 'checkLeaverAgreement', 'keepWatching', 'writeSocialMediaPolicy'],
    mustNotInclude: ['saveEvidence', 'followFairProcess', 'replyBriefly', 'considerBlocking'],
    teachingPoints: [
      'Once a post has gone, write down what people remember straight away and ask whether anyone kept a copy.',
      'Someone who used to work here is still an employment matter: check what she agreed when she left, with HR advice, before anyone contacts her.',
      'Her claim that she was pushed out for speaking up deserves a proper look, not an argument online.',
    ],
  },

  {
    id: 'staff-post-about-patient',
    title: 'A member of staff posts about a patient',
    brief:
      'A healthcare assistant at {practice} has put a warm post on her public Instagram about a 94-year-old patient, giving her initial, her street and why she came in. She meant it kindly. Another patient has spotted it and rung the practice.',
    posts: [
      {
        platform: 'Public Instagram post',
        author: '@sam_hca_life',
        when: '6h ago',
        text: 'Made my day! Our lovely Mrs H from Orchard Lane came into {practice} for her blood results today, 94 and sharper than me. This is why I love my job.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask the room whether this is a problem at all. Someone usually says "but it is nice".' },
      { minutes: 6, note: 'At the patient information screen, discuss what makes a patient identifiable: here an initial, a street, an age and a reason for visiting.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      location: 'atWork',
      platform: 'instagram',
      about: ['patient'],
      author: 'currentStaff',
      patientInfo: 'yes',
      foundAt: '2026-11-24T16:20',
      description: 'Staff member on her public Instagram describing an identifiable elderly patient and her visit.',
      evidenceSaved: 'saved',
      reason: 'unclear',
      motive: 'unclear',
      tone: 'criticism',
      policy: 'yes',
      decision: 'monitor',
      rulesBroken: ['none'],
      staffConcern: 'no',
      monitoring: 'yes',
    },
    mustInclude: ['keepSavedEvidence', 'involveCaldicottAndDpo', 'getHrAdvice', 'reportToSite', 'followFairProcess'],
    mustNotInclude: ['replyBriefly', 'considerBlocking', 'tellTargetedColleague', 'giveFactsToPolice'],
    teachingPoints: [
      'A kind post can still breach confidentiality: an initial, a street and a reason for visiting are enough to identify someone.',
      'The data protection officer decides whether it is a reportable breach, and the clock may already be running, so involve them today.',
      'Keep copies to a minimum and do not pass the screenshot round the team.',
      'Getting it taken down quickly matters most: raise that with her today, with HR advice, without deciding on discipline.',
      'Some questions fit awkwardly: this is neither criticism nor abuse, so choose the nearer answer and let the patient information steps do the work.',
    ],
  },

  {
    id: 'whatsapp-screenshot',
    title: 'A screenshot shared in the staff WhatsApp group',
    brief:
      'A receptionist has shared a screenshot in the staff WhatsApp group of a Facebook post by a woman saying Dr Ellis "brushed off" her dad\'s chest infection before he ended up in hospital. Staff are replying with angry emojis and guesses about who the family are. Nobody knows where the original post is.',
    posts: [
      {
        platform: 'Screenshot of a Facebook post, shared in the staff WhatsApp group',
        author: 'Claire S.',
        when: '40m ago',
        text: 'Dr Ellis at {practice} brushed off my dad\'s chest infection last week and said it was "just a virus". He is now on a ward on a drip. Please share so this does not happen to your family.',
      },
      {
        platform: 'Staff WhatsApp group',
        author: 'Front desk (colleague)',
        when: '35m ago',
        text: 'Has everyone seen this?? I think I know who the daughter is.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask how many people are in a staff WhatsApp group, and what usually happens when a post like this lands in it.' },
      { minutes: 8, note: 'Discuss the "I think I know who the daughter is" message, and what the team should do with the copies they now hold.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      location: 'atWork',
      platform: 'colleagueScreenshot',
      about: ['colleague'],
      author: 'relative',
      patientInfo: 'notSure',
      foundAt: '2026-11-26T12:50',
      description: "Screenshot in the staff chat of a Facebook post saying Dr Ellis missed a patient's chest infection.",
      evidenceSaved: 'saved',
      reason: 'clinical',
      ownCare: 'no',
      motive: 'grievance',
      tone: 'criticism',
      policy: 'yes',
      decision: 'complaint',
      rulesBroken: ['namesStaff'],
      targetRole: 'gp',
      monitoring: 'yes',
    },
    alternatives: [
      {
        question: 'patientInfo',
        values: ['yes'],
        why: "The post describes an identifiable man's illness and hospital stay, so treating it as patient information is just as sound.",
      },
      {
        question: 'decision',
        values: ['reply'],
        why: "If the original turns out to be on the practice's own page, a short reply inviting the family to contact the practice manager is also reasonable, as long as it says nothing about his care.",
      },
    ],
    mustInclude: [
      'findOriginalPost',
      'tellTargetedColleague',
      'involveCaldicottAndDpo',
      'reportToSite',
      'handleAsComplaint',
      'supportGp',
    ],
    mustNotInclude: ['replyBriefly', 'getHrAdvice', 'considerBlocking', 'clinicianReviewToday'],
    teachingPoints: [
      "You can't report a screenshot: find the original post, save the practice's own copy, then ask colleagues to delete theirs.",
      'Guessing in the staff chat about who the family are is exactly what not to do, and nobody looks them up.',
      "A family's account of a relative's care may be patient information: if unsure, say so and let the Caldicott guardian and data protection officer judge.",
      'A complaint about care is best dealt with privately through the complaints procedure, even when it was made in public.',
    ],
  },

  {
    id: 'vaccine-misinformation',
    title: 'A false claim about vaccines on our page',
    brief:
      'Under a {practice} Facebook post announcing winter vaccine clinics, someone has commented that the vaccines have "never been tested" on older people and that the practice only pushes them because it is paid per jab. Several people have replied asking whether it is true. The comment is polite and names nobody.',
    posts: [
      {
        platform: 'Comment on our Facebook page',
        author: 'Gail M.',
        when: '2h ago',
        text: 'Before you book, please know these winter jabs have NEVER been tested on older people. {practice} gets paid per jab, that is why they push them. Do your own research.',
      },
      {
        platform: 'Reply',
        author: 'Pete O.',
        when: '1h ago',
        text: 'Is this true? My mum is booked in on Saturday.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask the room whether the practice should reply at all, and what could go wrong if it does.' },
      { minutes: 6, note: 'Write a two-line correction together: general facts, a pointer to the NHS website, nothing about any patient.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      location: 'atWork',
      platform: 'ownPage',
      about: ['practice'],
      author: 'public',
      patientInfo: 'no',
      foundAt: '2026-11-23T10:25',
      description: 'Comment on our Facebook page claiming winter vaccines are untested on older people.',
      evidenceSaved: 'saved',
      reason: 'misinformation',
      motive: 'unclear',
      tone: 'criticism',
      policy: 'notSure',
      decision: 'reply',
      rulesBroken: ['none'],
      monitoring: 'no',
    },
    alternatives: [
      {
        question: 'decision',
        values: ['monitor'],
        why: 'Watching and saying nothing is also defensible, especially if the comment gets little attention, though a false claim left on our own page can look like agreement.',
      },
    ],
    mustInclude: ['checkWithDefenceBody', 'replyBriefly', 'setUpMonitoring', 'writeSocialMediaPolicy'],
    mustNotInclude: ['lookIntoConcerns', 'reportToSite', 'handleAsComplaint', 'considerBlocking'],
    teachingPoints: [
      'A false claim on our own page can look as though we agree with it, and people are already asking.',
      'Any correction is short and general, points to trusted sources such as the NHS website, and is checked with your defence body first.',
      "Never use a patient's experience, or anything from the records, to prove a point.",
      "Being wrong does not break the site's rules, so reporting it is unlikely to work.",
    ],
  },

  {
    id: 'news-pile-on',
    title: 'A pile-on after a local news story, with a journalist ringing',
    brief:
      'A local news website has run a story in which a family says {practice} "turned away" their poorly toddler. Hundreds of people are posting about the practice on X, some repeatedly tagging the practice manager and one urging people to "turn up on Monday and give them what for". A journalist has just rung reception asking for a comment.',
    contentNote: 'Contains hostile posts aimed at the practice and its manager, and a call for people to confront staff.',
    posts: [
      {
        platform: 'Post on X',
        author: '@valeparent',
        when: '3h ago',
        text: 'Shocking. {practice} turned away a sick toddler. Everyone turn up on Monday morning and give them what for. Share this.',
      },
      {
        platform: 'Post on X',
        author: '@no_more_excuses',
        when: '2h ago',
        text: 'Third time asking the practice manager Janet Ormerod: how do you sleep at night? Resign.',
      },
      {
        platform: 'Post on X',
        author: '@notyourkid22',
        when: '40m ago',
        text: 'Janet Ormerod should be named and shamed. Everyone tag her until she answers.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Read the brief, then pause: the phone is ringing and it is the journalist. Ask the room what reception should say.' },
      {
        minutes: 3,
        note: "Press enquiries go to the practice manager or the partners, who will usually speak to the practice's defence body before saying anything. Reception takes a name and number and promises nothing more.",
      },
      { minutes: 8, note: 'Nobody confirms or denies that the family are patients, to the press or online, even though the family went public first.' },
      { minutes: 12, note: 'Walk the rest of the route: the call to turn up on Monday makes this a staff safety and police matter.' },
    ],
    answers: {
      danger: 'no',
      risks: ['harassment', 'incitement'],
      location: 'atWork',
      platform: 'x',
      about: ['practice', 'colleague'],
      author: 'unknown',
      patientInfo: 'no',
      foundAt: '2026-11-27T14:00',
      description: 'Hundreds of posts on X after a news story, tagging the practice manager and urging people to turn up on Monday.',
      evidenceSaved: 'notYet',
      reason: 'access',
      motive: 'trolling',
      tone: 'abuse',
      policy: 'yes',
      decision: 'monitor',
      rulesBroken: ['namesStaff'],
      targetRole: 'manager',
      monitoring: 'yes',
    },
    alternatives: [
      {
        question: 'motive',
        values: ['grievance'],
        why: 'Some posters are genuinely worried about getting appointments for their children. Reading it as a real grievance is fair, and adds looking into the concern to the plan.',
      },
      {
        question: 'patientInfo',
        values: ['notSure'],
        why: 'Some posts repeat details from the news story about the child. If they could identify the family, choosing not sure and involving your Caldicott guardian is sensible.',
      },
    ],
    mustInclude: [
      'keepStaffSafeToday',
      'saveEvidence',
      'reportToPolice',
      'ringOnCall',
      'tellTargetedColleague',
      'reportToSite',
      'considerBlocking',
      'keepWatching',
      'giveFactsToPolice',
      'supportManager',
    ],
    mustNotInclude: ['replyBriefly', 'call999', 'tellPartnerOnCall'],
    teachingPoints: [
      'Criticism in the news does not lift the duty of confidentiality: say nothing about the family or the child, online or to the press.',
      'A call to turn up and confront staff is a police and staff safety matter, even when no single post threatens violence.',
      'Answering a pile-on feeds it: save, report, block where you can, and keep watching.',
      'Journalists are passed to the practice manager or the partners; reception does not comment.',
    ],
  },

  {
    id: 'nhs-review-own-care',
    title: 'A patient describes their own treatment and demands a reply',
    brief:
      'A review on the NHS website, from someone describing their own care, says Dr Whitfield told them three days ago that their chest pain was "just anxiety", and they are still in pain. It names the doctor and demands a public answer from {practice}. Nothing in it is abusive.',
    posts: [
      {
        platform: 'NHS website review',
        author: 'Posted by a patient',
        when: 'yesterday',
        text: 'One star. Saw Dr Whitfield on Monday about chest pain and was told it was "just anxiety". Three days later I still have the pain and nobody has called me back. I want {practice} to explain publicly why I was fobbed off.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask what matters most in this post. Steer towards the person still in pain before anything about the review.' },
      { minutes: 7, note: 'Show the decision screen: the wizard suggests the complaints route, and says a short reply can also work.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      location: 'atWork',
      platform: 'nhsWebsite',
      about: ['colleague'],
      author: 'public',
      patientInfo: 'no',
      foundAt: '2026-11-26T09:05',
      description: 'NHS website review naming Dr Whitfield, saying chest pain was dismissed and is still there.',
      evidenceSaved: 'saved',
      reason: 'clinical',
      ownCare: 'yes',
      motive: 'grievance',
      tone: 'criticism',
      policy: 'yes',
      decision: 'complaint',
      rulesBroken: ['namesStaff'],
      targetRole: 'gp',
      monitoring: 'yes',
    },
    alternatives: [
      {
        question: 'decision',
        values: ['reply'],
        why: "A short reply through the practice's NHS profile, inviting them to contact the practice manager, is also fine, provided it says nothing at all about their care.",
      },
    ],
    mustInclude: [
      'clinicianReviewToday',
      'tellTargetedColleague',
      'reportNhsReview',
      'handleAsComplaint',
      'lookIntoConcerns',
      'supportGp',
    ],
    mustNotInclude: ['replyBriefly', 'escalateToRhc', 'reportToSite', 'involveCaldicottAndDpo'],
    teachingPoints: [
      'Someone still in pain comes first: a clinician looks today and makes contact privately, whatever happens to the review.',
      'A demand for a public answer does not change confidentiality: nothing about their care goes in a public reply.',
      'NHS website reviews must not name staff, so report it as unsuitable. That site checks reviews itself, so Report Harmful Content is not the next step.',
      'A patient describing their own care is not a breach by the practice.',
    ],
  },

  {
    id: 'saturday-night',
    title: 'Found on a Saturday night at home',
    brief:
      'At 10.40pm on a Saturday, the practice manager of {practice} is at home and sees a furious post on the practice Facebook page about a repeat prescription not being ready. It names nobody and threatens nothing. She wants to deal with it now.',
    posts: [
      {
        platform: 'Post on our Facebook page',
        author: 'Mark T.',
        when: '12m ago',
        text: 'Third time this month my repeat prescription at {practice} is not ready. Useless. Do any of you actually work there?',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask who in the room has looked at the practice page at home in the evening. Most hands go up.' },
      { minutes: 4, note: 'Show how few screens the urgent-only route takes, and what the plan leaves for Monday.' },
      { minutes: 8, note: 'The plan says to ring whoever is on call. Ask what your own out-of-hours arrangements cover at a weekend.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      location: 'away',
      awayChoice: 'urgentOnly',
    },
    mustInclude: ['saveEvidence', 'finishOnPracticePc'],
    mustNotInclude: ['replyBriefly', 'tellPartnerOnCall', 'reportToSite', 'lookIntoConcerns', 'significantEventReview'],
    teachingPoints: [
      'Nothing about an angry prescription post needs sorting at 10.40pm: save a copy, then stop.',
      'Replying late at night, from your own phone or a personal account, is how small posts become big ones.',
      'The urgent-only route keeps the plan to what cannot wait; the rest is finished on a practice computer.',
      'Screenshots on a personal phone go into practice storage at the first chance, then get deleted from the phone.',
      'Had the post threatened anyone, the first screens would have sent her to 999 or the police, even from home.',
    ],
  },

  {
    id: 'google-review-names-nurse',
    title: 'A Google review naming a nurse, seen at home before work',
    brief:
      'Checking her phone at home at 7am, the practice manager of {practice} sees a new Google review saying the practice nurse, named in full, was "cold and dismissive" at the flu clinic. She decides to work through it before leaving for work. It is critical but not abusive.',
    posts: [
      {
        platform: 'Google review',
        author: 'Ben A.',
        when: '9h ago',
        text: 'Two stars. Nurse Joanne Pryce at {practice} was cold and dismissive at the flu clinic. Asked one simple question and got an eye-roll. The other staff were fine.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      location: 'away',
      awayChoice: 'continue',
      platform: 'googleReviews',
      about: ['colleague'],
      author: 'public',
      patientInfo: 'no',
      foundAt: '2026-11-26T07:05',
      description: 'Google review naming the practice nurse as cold and dismissive at the flu clinic.',
      evidenceSaved: 'saved',
      reason: 'manner',
      motive: 'grievance',
      tone: 'criticism',
      policy: 'yes',
      decision: 'reply',
      rulesBroken: ['namesStaff'],
      targetRole: 'clinician',
      monitoring: 'yes',
    },
    alternatives: [
      {
        question: 'awayChoice',
        values: ['urgentOnly'],
        why: 'Stopping at the urgent steps and finishing at work is just as sound: nothing in a critical review needs doing before 8am.',
      },
      {
        question: 'decision',
        values: ['monitor', 'complaint'],
        why: 'Leaving it unanswered while the review is reported, or handling it privately as a complaint if the reviewer gets in touch, are both reasonable.',
      },
    ],
    mustInclude: [
      'tellTargetedColleague',
      'reportGoogleReview',
      'replyBriefly',
      'escalateToRhc',
      'lookIntoConcerns',
      'supportClinician',
    ],
    mustNotInclude: ['reportToSite', 'finishOnPracticePc', 'reportToPolice', 'considerBlocking'],
    teachingPoints: [
      'Google removes reviews that name staff, so this one can be reported even though the criticism itself may be fair.',
      "Report it from the practice's Google Business Profile and note the date; if it is still up 48 hours later, Report Harmful Content can help.",
      'Joanne hears about it privately before she reads it herself, and does not reply.',
      'Working through it from home is fine if you choose to; the urgent-only route is there for when you would rather not.',
    ],
  },
];

export function scenarioById(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}
