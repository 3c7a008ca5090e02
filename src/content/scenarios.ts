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
      {
        minutes: 0,
        note: 'Read the review aloud and ask for first instincts. Most people want to explain the phone system: park that for now.',
      },
      { minutes: 5, note: 'Walk through to the decision screen and show that replying and staying quiet are both offered.' },
      {
        minutes: 10,
        note: 'Draft a two-sentence reply together. Check it gives no appointment details and does not confirm the reviewer is registered.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'googleReviews',
      foundAt: '2026-11-24T11:15',
      description: 'One-star Google review: rang at 8am three days running and could not get an appointment.',
      about: ['practice'],
      author: 'public',
      reason: 'access',
      tone: 'criticism',
      ownCare: 'no',
      situations: ['none'],
      rulesBroken: ['none'],
      decision: 'reply',
    },
    alternatives: [
      {
        question: 'ownCare',
        values: ['notSure'],
        why: 'Three days without getting through may mean someone still needs to be seen. Asking the duty clinician to glance at it is reasonable, though the review describes no symptoms.',
      },
      {
        question: 'decision',
        values: ['monitor', 'complaint'],
        why: 'Leaving a single fair review unanswered while keeping an eye on it is also sound, and if the reviewer has already been in touch, handling it as a complaint is fine too.',
      },
    ],
    mustInclude: ['replyBriefly', 'lookIntoConcerns', 'keepSavedEvidence', 'tellPartnerOnCall'],
    mustNotInclude: ['reportGoogleReview', 'reportToPolice', 'escalateToRhc', 'considerBlocking', 'call999'],
    teachingPoints: [
      'Fair criticism, even when it stings, is not something Google will remove: reporting a review only because you disagree with it wastes time.',
      'If you reply, keep it short, thank them, and point them to the practice manager by role, without confirming they are a patient.',
      'The review is also feedback: check whether the 8am queue really is that long, and what could change.',
    ],
    sources: ['google-reviews', 'gmc-conf', 'mps'],
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
      { minutes: 6, note: 'At the rules question, point out that naming staff is what makes this reportable, not the criticism itself.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'ownPage',
      foundAt: '2026-11-24T13:40',
      description: 'Comment on our Facebook page naming a receptionist as rude at the front desk.',
      about: ['colleague'],
      author: 'public',
      reason: 'manner',
      tone: 'criticism',
      ownCare: 'no',
      targetRole: 'nonClinical',
      situations: ['none'],
      rulesBroken: ['namesStaff'],
      decision: 'reply',
    },
    alternatives: [
      {
        question: 'decision',
        values: ['monitor', 'complaint'],
        why: 'Leaving it unanswered while the name is dealt with, or handling it privately as a complaint if they have already been in touch, are both reasonable.',
      },
    ],
    mustInclude: ['tellTargetedColleague', 'reportToSite', 'replyBriefly', 'supportNonClinical', 'lookIntoConcerns'],
    mustNotInclude: ['reportToPolice', 'considerBlocking', 'giveFactsToPolice', 'getHrAdvice', 'escalateToRhc'],
    teachingPoints: [
      'On your own page you can hide a comment once it is saved. Hide it because it names Kerry, never just because it criticises the practice.',
      'Kerry should hear about it from the practice, in private, and should not reply herself.',
      'A complaint about manner can still be fair: the reply invites them to talk to the practice manager, and the practice looks into what happened.',
      'Naming someone is not abuse, so this is not one for Report Harmful Content, and blocking over a single complaint tends to make things worse.',
    ],
    sources: ['lmc', 'londonwide', 'mdu', 'rhc'],
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
      {
        minutes: 4,
        note: 'Show the first steps: the 999 call comes first. Talk through who tells Dr Marsh, now, and how she gets home safely tonight.',
      },
      {
        minutes: 10,
        note: 'Discuss the urge to look the poster up on the clinical system, and why identifying them is a job for the police.',
      },
    ],
    answers: {
      danger: 'yes',
      risks: ['threat'],
      patientInfo: 'no',
      evidenceSaved: 'notYet',
      awayChoice: 'continue',
      platform: 'x',
      foundAt: '2026-11-25T16:05',
      description: 'Post on X threatening to wait for Dr Marsh in the car park tonight.',
      about: ['colleague'],
      author: 'recognised',
      reason: 'clinical',
      tone: 'abuse',
      ownCare: 'no',
      targetRole: 'gp',
      situations: ['none'],
      rulesBroken: ['namesStaff'],
      decision: 'monitor',
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
      'warnThreatenedPerson',
      'keepStaffSafeToday',
      'saveEvidence',
      'reportToPolice',
      'ringOnCall',
      'askPoliceBeforeRemoving',
      'considerBlocking',
      'tellTargetedColleague',
      'giveFactsToPolice',
      'specialAllocationScheme',
      'supportGp',
    ],
    mustNotInclude: ['replyBriefly', 'tellPartnerOnCall', 'handleAsComplaint', 'lookIntoConcerns'],
    teachingPoints: [
      'A specific threat with a time and a place is a 999 call first; the post comes second.',
      'Someone tells Dr Marsh now, before she leaves. Nobody replies, and nobody walks to their car alone tonight.',
      'Save a copy first, then ask the police before reporting or blocking the account: they may want it left up.',
      'Thinking you recognise the poster is not a reason to look them up in the clinical system. Tell the police what you know. If the writer is a registered patient, the police report lets the practice ask for removal to the Special Allocation Scheme.',
    ],
    sources: ['police', 'bma-sas', 'mps', 'corrections-2026'],
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
      {
        minutes: 3,
        note: 'At "Does the post do any of these?", point out that hate is asked about with threats and harassment, because it can go to the police.',
      },
      { minutes: 12, note: 'Talk about support: what would help a colleague the next morning, and who checks in a week later.' },
    ],
    answers: {
      danger: 'no',
      risks: ['hate'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'instagram',
      foundAt: '2026-11-24T09:20',
      description: 'Comment on our Instagram using a racial slur about a practice nurse.',
      about: ['colleague'],
      author: 'unknown',
      reason: 'unclear',
      tone: 'abuse',
      ownCare: 'no',
      targetRole: 'clinician',
      situations: ['trolling'],
      rulesBroken: ['namesStaff'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'rulesBroken',
        values: [['none']],
        why: 'If you feel the nurse cannot be identified from the comment, none is fine here: hate was already ticked on the safety screen, and that alone is reason to report it.',
      },
    ],
    mustInclude: [
      'reportToPolice',
      'askPoliceBeforeRemoving',
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
      'Hate can be reported to the police on 101 or through True Vision, as well as to the site. Whether it is a crime is for the police to decide.',
      'Save a copy and ask the police whether they want it left up, then report it and block the account. Report Harmful Content comes later, only if Instagram refuses or has not answered after about a week.',
      'The nurse hears about it privately from the practice, with support that suits her, before a patient mentions it.',
    ],
    sources: ['true-vision', 'police', 'rhc', 'bma-abuse'],
  },

  {
    id: 'gp-home-address',
    title: "A GP's home address posted",
    brief:
      'On Nextdoor, an anonymous account has posted what it says is the home address of Dr Brennan from {practice}, calling her the rudest doctor in town. It urges people to "pop round and tell her". Several people have replied asking which house it is.',
    contentNote: "Contains a GP's home address being shared and people being urged to go there. The address itself is not shown.",
    posts: [
      {
        platform: 'Post on Nextdoor',
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
      {
        minutes: 0,
        note: 'Ask whether anyone is in danger now. Let the room disagree: both answers can be defended, and the wizard says to choose yes when unsure.',
      },
      {
        minutes: 8,
        note: 'Discuss what keeping staff safe means for someone at home in the evening, not only at work, and who rings Dr Brennan today.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['personalDetails', 'incitement'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'nextdoor',
      foundAt: '2026-11-27T12:30',
      description: "Post on Nextdoor sharing Dr Brennan's home address and urging people to go round.",
      about: ['colleague'],
      author: 'unknown',
      reason: 'manner',
      tone: 'abuse',
      ownCare: 'no',
      targetRole: 'gp',
      situations: ['trolling'],
      rulesBroken: ['namesStaff'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'danger',
        values: ['yes'],
        why: 'The post invites people to her house. If anything suggests someone may go there soon, choosing yes and calling 999 is right: when unsure, the wizard treats it as yes.',
      },
      {
        question: 'platform',
        values: ['other'],
        why: 'If you are not sure which app it is on, "somewhere else" leads to the same plan; only the hint about how to report it changes.',
      },
    ],
    mustInclude: [
      'warnThreatenedPerson',
      'keepStaffSafeToday',
      'reportToPolice',
      'ringOnCall',
      'askPoliceBeforeRemoving',
      'tellTargetedColleague',
      'reportToSite',
      'escalateToRhc',
      'supportGp',
    ],
    mustNotInclude: ['replyBriefly', 'tellPartnerOnCall', 'lookIntoConcerns', 'handleAsComplaint'],
    teachingPoints: [
      "A colleague's home address with a call to go round is a police matter today, even without an open threat.",
      'Someone rings Dr Brennan today, tonight if it is out of hours, to talk about her safety at home as well as at work.',
      'Once the police have said whether they want it left up, report it: Nextdoor reports go first to volunteer neighbourhood moderators, and the account can also be reported to Nextdoor itself.',
    ],
    sources: ['police', 'corrections-2026'],
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
      patientInfo: 'no',
      evidenceSaved: 'notYet',
      awayChoice: 'continue',
      platform: 'localGroup',
      foundAt: '2026-11-23T15:10',
      description: 'Post in a community group about long phone waits, with many people agreeing.',
      about: ['practice'],
      author: 'public',
      reason: 'access',
      tone: 'criticism',
      ownCare: 'no',
      situations: ['none'],
      rulesBroken: ['none'],
      decision: 'monitor',
    },
    mustInclude: ['saveEvidence', 'groupWeDontRun', 'keepWatching', 'lookIntoConcerns'],
    mustNotInclude: ['replyBriefly', 'reportToSite', 'considerBlocking', 'escalateToRhc'],
    teachingPoints: [
      "The practice can't reply in a group it doesn't run, and staff should not wade in from their own accounts, however tempting.",
      "Nothing here breaks the site's rules, so there is nothing to report; a polite message to the group admin is the most the practice can do about the post itself.",
      'Forty people agreeing about phone waits is feedback worth acting on.',
    ],
    sources: ['lmc', 'mdu', 'mps'],
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
      { minutes: 7, note: 'At the whistleblowing question, discuss why the staffing point is looked into on its own.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'other',
      foundAt: '2026-11-25T10:00',
      description: 'Staff member on her public Facebook profile calling front desk colleagues lazy and saying something will get missed.',
      about: ['practice', 'colleague'],
      author: 'currentStaff',
      reason: 'manner',
      tone: 'criticism',
      ownCare: 'no',
      targetRole: 'nonClinical',
      staffConcern: 'notSure',
      situations: ['none'],
      rulesBroken: ['none'],
      decision: 'monitor',
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
    sources: ['acas', 'corrections-2026'],
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
    facilitatorNotes: [
      { minutes: 0, note: 'Ask what the practice actually knows, given nobody kept a copy.' },
      {
        minutes: 6,
        note: 'At the whistleblowing question, point out that it is asked for former staff too, and ask what "pushed out for speaking up" might mean legally.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'no',
      evidenceSaved: 'gone',
      awayChoice: 'continue',
      platform: 'tiktok',
      foundAt: '2026-11-26T08:45',
      description: 'Former receptionist on TikTok saying managers do not care and she was pushed out. Now deleted.',
      about: ['practice'],
      author: 'formerStaff',
      reason: 'manner',
      tone: 'criticism',
      ownCare: 'no',
      staffConcern: 'notSure',
      situations: ['none'],
      rulesBroken: ['none'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'staffConcern',
        values: ['yes'],
        why: 'Saying managers do not care about patients, and that she was pushed out for speaking up, may well be a whistleblowing concern, so yes is just as sound.',
      },
    ],
    mustInclude: ['recordWhatWasSeen', 'getHrAdvice', 'checkLeaverAgreement', 'considerWhistleblowing', 'keepWatching'],
    mustNotInclude: ['saveEvidence', 'followFairProcess', 'replyBriefly', 'considerBlocking'],
    teachingPoints: [
      'Once a post has gone, write down what people remember straight away and ask whether anyone kept a copy.',
      'Someone who used to work here is still an employment matter: take HR advice and check what she agreed when she left, before anyone contacts her.',
      '"Pushed out for speaking up" may be a whistleblowing claim. Former staff are protected after they leave, and no settlement agreement can stop a protected disclosure.',
      'Her concerns deserve a proper look on their merits, not an argument online.',
    ],
    sources: ['acas', 'lmc', 'corrections-2026'],
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
      {
        minutes: 3,
        note: 'At the patient information question, discuss what makes a patient identifiable: here an initial, a street, an age and a reason for visiting.',
      },
      { minutes: 8, note: 'Ask who speaks to Sam first, and what they say. Keep it to one sentence: please take it down now.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'yes',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'instagram',
      foundAt: '2026-11-24T16:20',
      description: 'Staff member on her public Instagram describing an identifiable elderly patient and her visit.',
      about: ['patient'],
      author: 'currentStaff',
      reason: 'unclear',
      tone: 'neither',
      ownCare: 'no',
      staffConcern: 'no',
      situations: ['none'],
      rulesBroken: ['none'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'tone',
        values: ['criticism'],
        why: 'If you would rather not use "neither", criticism is the nearer of the other answers. The plan is the same: the patient information steps do the work.',
      },
    ],
    mustInclude: ['askColleagueToTakeDown', 'keepSavedEvidence', 'involveCaldicottAndDpo', 'getHrAdvice', 'followFairProcess'],
    mustNotInclude: ['replyBriefly', 'considerBlocking', 'tellTargetedColleague', 'giveFactsToPolice'],
    teachingPoints: [
      'A kind post can still breach confidentiality: an initial, a street, an age and a reason for visiting are enough to identify someone.',
      'Containment comes first: ask Sam today to take it down, as a short factual request rather than a disciplinary talk, and note when it came down.',
      'Tell the Caldicott guardian and data protection officer today. The practice decides whether it is a reportable breach, with the DPO advising, and the 72 hours run through weekends.',
      'HR advice and a fair process follow; nobody decides on discipline today. Keep copies to a minimum and do not pass the screenshot round the team.',
    ],
    sources: ['ico', 'mdu-gdpr', 'gmc-sm-2024'],
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
      {
        minutes: 0,
        note: 'Ask how many people are in a staff WhatsApp group, and what usually happens when a post like this lands in it.',
      },
      {
        minutes: 4,
        note: 'At the patient information question, ask whose information this is, and who posted it. A daughter writing about her own dad is not the practice leaking anything.',
      },
      {
        minutes: 8,
        note: 'Discuss the "I think I know who the daughter is" message, and what the team should do with the copies they now hold.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'ownFamily',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'colleagueScreenshot',
      foundAt: '2026-11-26T12:50',
      description: 'Screenshot in the staff chat of a Facebook post saying Dr Ellis missed a chest infection.',
      about: ['colleague'],
      author: 'relative',
      reason: 'clinical',
      tone: 'criticism',
      ownCare: 'no',
      targetRole: 'gp',
      situations: ['none'],
      rulesBroken: ['namesStaff'],
      decision: 'complaint',
    },
    alternatives: [
      {
        question: 'patientInfo',
        values: ['notSure'],
        why: 'If the guesses in the staff chat have started to pin down who the family are, the practice may now be adding to it. Not sure brings in the Caldicott guardian and data protection officer.',
      },
      {
        question: 'platform',
        values: ['closedGroup'],
        why: 'If the original turns out to be in a private group the practice cannot see, that answer fits too: get a copy from a member, and nobody joins to watch.',
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
      'namedClinicianCallsDefenceBody',
      'reportToSite',
      'handleAsComplaint',
      'relativeNeedsConsent',
      'supportGp',
    ],
    mustNotInclude: ['involveCaldicottAndDpo', 'replyBriefly', 'getHrAdvice', 'considerBlocking', 'clinicianReviewToday', 'escalateToRhc'],
    teachingPoints: [
      "You can't report a screenshot: find the original post, save the practice's own copy, then ask colleagues to delete theirs.",
      'Guessing in the staff chat about who the family are is exactly what not to do, and nobody looks them up.',
      "A daughter describing her own dad's care is not a breach by the practice. The risk is the practice adding to it, in a reply, a site report or the staff chat.",
      "The complaint is handled privately, with her dad's consent before his care is discussed with her. Dr Ellis should ring their own defence body.",
    ],
    sources: ['gmc-sm-2024', 'mps', 'mddus', 'corrections-2026'],
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
      {
        minutes: 6,
        note: 'Write a two-line correction together: general facts, a link to the NHS or UKHSA vaccine pages, nothing about any patient.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'ownPage',
      foundAt: '2026-11-23T10:25',
      description: 'Comment on our Facebook page claiming winter vaccines are untested on older people.',
      about: ['practice'],
      author: 'public',
      reason: 'misinformation',
      tone: 'neither',
      ownCare: 'no',
      situations: ['none'],
      rulesBroken: ['none'],
      decision: 'reply',
    },
    alternatives: [
      {
        question: 'tone',
        values: ['criticism'],
        why: 'The swipe about being paid per jab criticises the practice, so reading it as criticism is fair. The plan is the same.',
      },
      {
        question: 'decision',
        values: ['monitor'],
        why: 'Watching and saying nothing is also defensible, especially if the comment gets little attention, though a false claim left on our own page can look like agreement.',
      },
    ],
    mustInclude: ['checkWithDefenceBody', 'replyBriefly'],
    mustNotInclude: ['lookIntoConcerns', 'reportToSite', 'handleAsComplaint', 'considerBlocking', 'namedClinicianCallsDefenceBody'],
    teachingPoints: [
      'A false claim on our own page can look as though we agree with it, and people are already asking.',
      'Any correction is short and general, and points to the NHS or UKHSA vaccine pages rather than arguing the science.',
      "The defence body is for when a patient's case or a named person is involved. Here nobody is named, and no patient's experience or record is ever used to prove a point.",
      "Being wrong does not usually break the site's rules, so reporting it is unlikely to work.",
    ],
    sources: ['lmc', 'mdu', 'osa'],
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
      {
        minutes: 0,
        note: 'Read the brief, then pause: the phone is ringing and it is the journalist. Ask the room what reception should say.',
      },
      {
        minutes: 3,
        note: "Reception takes the journalist's name, outlet, deadline and number, and says nothing else. The lead partner or manager responds, after advice from the defence body's press office.",
      },
      {
        minutes: 8,
        note: 'Nobody confirms or denies that the family are patients, to the press or online, even though the family went public first.',
      },
      { minutes: 12, note: 'Walk the rest of the route: the call to turn up on Monday makes this a staff safety and police matter.' },
    ],
    answers: {
      danger: 'no',
      risks: ['harassment', 'incitement'],
      patientInfo: 'no',
      evidenceSaved: 'notYet',
      awayChoice: 'continue',
      platform: 'x',
      foundAt: '2026-11-27T14:00',
      description: 'Hundreds of posts on X after a news story, tagging the practice manager and urging people to turn up on Monday.',
      about: ['practice', 'colleague'],
      author: 'unknown',
      reason: 'access',
      tone: 'both',
      ownCare: 'no',
      targetRole: 'manager',
      situations: ['pileOn', 'trolling', 'press'],
      rulesBroken: ['namesStaff'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'tone',
        values: ['abuse'],
        why: 'Many of the posts are plainly abuse, so answering abuse is fair. It drops looking into the concern from the plan, which the practice should still do privately.',
      },
      {
        question: 'situations',
        values: [['pileOn', 'press']],
        why: 'Some posters are genuinely worried about getting appointments for their children, so leaving "meant to provoke us" unticked is fair. The plan is the same: the abuse and the call to turn up already shape it.',
      },
      {
        question: 'patientInfo',
        values: ['notSure'],
        why: 'Some posts repeat details from the news story about the child. If they could identify the family, choosing not sure and involving your Caldicott guardian is sensible.',
      },
      {
        question: 'ownCare',
        values: ['notSure'],
        why: 'If the story suggests the child may still be unwell, asking the duty clinician to check privately is reasonable. Nothing about it goes online or to the press.',
      },
    ],
    mustInclude: [
      'warnThreatenedPerson',
      'keepStaffSafeToday',
      'saveEvidence',
      'reportToPolice',
      'ringOnCall',
      'tellTargetedColleague',
      'handlePressEnquiry',
      'reportReviewFlood',
      'askPoliceBeforeRemoving',
      'reportToSite',
      'considerBlocking',
      'keepWatching',
      'lookIntoConcerns',
      'giveFactsToPolice',
      'supportManager',
    ],
    mustNotInclude: ['replyBriefly', 'call999', 'tellPartnerOnCall'],
    teachingPoints: [
      'Criticism in the news does not lift the duty of confidentiality: say nothing about the family or the child, online or to the press, not even to deny they are patients.',
      'Reception passes the journalist to the lead partner or manager. Nothing is said off the record.',
      'A call to turn up and confront staff is a police and staff safety matter: Janet, and everyone due in on Monday, hear about it today.',
      'Answering a pile-on feeds it: save, report, block where you can and keep watching, then look into the concern underneath privately.',
    ],
    sources: ['gmc-conf', 'mddus', 'police', 'lmc'],
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
      patientInfo: 'ownFamily',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'nhsWebsite',
      foundAt: '2026-11-26T09:05',
      description: 'NHS website review naming Dr Whitfield, saying chest pain was dismissed and is still there.',
      about: ['colleague'],
      author: 'public',
      reason: 'clinical',
      tone: 'criticism',
      ownCare: 'yes',
      targetRole: 'gp',
      situations: ['none'],
      rulesBroken: ['namesStaff'],
      decision: 'complaint',
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
      'namedClinicianCallsDefenceBody',
      'reportNhsReview',
      'handleAsComplaint',
      'lookIntoConcerns',
      'supportGp',
    ],
    mustNotInclude: ['replyBriefly', 'escalateToRhc', 'reportToSite', 'involveCaldicottAndDpo'],
    teachingPoints: [
      'Someone still in pain comes first: a clinician looks today and makes contact privately, whatever happens to the review.',
      'A patient describing their own care is not a breach by the practice. The risk is the practice adding to it: no public reply or site report may confirm anything about them.',
      'NHS website reviews must not name staff, so report it as unsuitable, which hides it while it is checked. Report Harmful Content is not the next step there.',
      'Dr Whitfield should ring their own defence body. If the patient comes forward, reading their record to handle the complaint is normal; looking them up to find out who posted is not.',
    ],
    sources: ['nhs-reviews', 'gmc-conf', 'mps', 'corrections-2026'],
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
      { minutes: 3, note: 'At the patient information question, ask why it comes before the choice to stop for now, even at night.' },
      { minutes: 6, note: 'Show how few screens the urgent-only route takes, and what the plan leaves for Monday.' },
      { minutes: 9, note: 'The plan says to ring whoever is on call. Ask what your own out-of-hours arrangements cover at a weekend.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'ownFamily',
      evidenceSaved: 'notYet',
      awayChoice: 'urgentOnly',
    },
    alternatives: [
      {
        question: 'patientInfo',
        values: ['no'],
        why: 'The post says little beyond a prescription not being ready, so no is just as fair. The urgent steps are the same.',
      },
    ],
    mustInclude: ['saveEvidence', 'tellPartnerOnCall', 'finishOnPracticePc'],
    mustNotInclude: [
      'replyBriefly',
      'ringOnCall',
      'reportToSite',
      'lookIntoConcerns',
      'involveCaldicottAndDpo',
      'warnThreatenedPerson',
      'significantEventReview',
    ],
    teachingPoints: [
      'Nothing about an angry prescription post needs sorting at 10.40pm: save a copy, then stop. The partner on call hears about it in the morning; nobody needs ringing tonight.',
      'Patient information is asked about even at night, because a breach by the practice starts a 72-hour clock that runs through weekends. A patient writing about their own prescription is not that.',
      'Replying late at night, from your own phone or a personal account, is how small posts become big ones. Screenshots on a personal phone go into practice storage at the first chance.',
      'Had the post threatened anyone, the urgent steps would include warning that person tonight and keeping staff safe, even from home.',
    ],
    sources: ['lmc', 'mdu-gdpr', 'corrections-2026'],
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
    facilitatorNotes: [
      {
        minutes: 0,
        note: 'Ask the room whether Google will take this down because it names Joanne. Let them disagree before showing the rules question.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'googleReviews',
      foundAt: '2026-11-26T07:05',
      description: 'Google review naming the practice nurse as cold and dismissive at the flu clinic.',
      about: ['colleague'],
      author: 'public',
      reason: 'manner',
      tone: 'criticism',
      ownCare: 'no',
      targetRole: 'clinician',
      situations: ['none'],
      rulesBroken: ['none'],
      decision: 'reply',
    },
    alternatives: [
      {
        question: 'awayChoice',
        values: ['urgentOnly'],
        why: 'Stopping after the first steps and finishing at work is just as sound: nothing in a critical review needs doing before 8am.',
      },
      {
        question: 'rulesBroken',
        values: [['namesStaff']],
        why: 'It does name her, so ticking it and reporting the review is reasonable too. Expect it may stay up: Google may allow a review that names a professional who deals with the public.',
      },
      {
        question: 'decision',
        values: ['monitor', 'complaint'],
        why: 'Leaving it unanswered, or handling it privately as a complaint if the reviewer gets in touch, are both reasonable.',
      },
    ],
    mustInclude: ['tellTargetedColleague', 'replyBriefly', 'lookIntoConcerns', 'supportClinician'],
    mustNotInclude: ['escalateToRhc', 'reportGoogleReview', 'reportToSite', 'finishOnPracticePc', 'reportToPolice', 'considerBlocking'],
    teachingPoints: [
      'Google may allow a review to name a professional who deals with the public, so a review naming a nurse often stays up. Reporting it because it stings wastes time.',
      'Report Harmful Content is not for a review that merely names a nurse.',
      'A short reply that thanks them and invites contact through the practice manager, naming nobody, is usually the best answer. Joanne hears about it privately first, and does not reply.',
      'Working through it from home is fine if you choose to; stopping after the first steps is there for when you would rather not.',
    ],
    sources: ['google-reviews', 'rhc', 'londonwide'],
  },

  {
    id: 'filming-waiting-room',
    title: 'A patient films reception and the waiting room',
    brief:
      'A patient angry about a cancelled appointment filmed the front desk at {practice} on her phone and posted it on TikTok. The video shows the receptionist and her name badge, and three other patients in the waiting room can be clearly seen. It has 2,000 views.',
    posts: [
      {
        platform: 'TikTok video (caption)',
        author: '@justice4mum_',
        when: '5h ago',
        text: 'POV: your appointment gets cancelled AGAIN at {practice} and they just shrug. Look at the state of this waiting room. Sharing so everyone knows.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask what the room notices first: the receptionist, or the people sitting behind her.' },
      {
        minutes: 6,
        note: 'Discuss what staff should do next time someone starts filming: stay calm, do not reach for the phone, call the manager.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'yes',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'tiktok',
      foundAt: '2026-11-28T14:20',
      description: 'TikTok video filmed at the front desk, showing a receptionist and other patients in the waiting room.',
      about: ['practice', 'colleague'],
      author: 'public',
      reason: 'access',
      tone: 'criticism',
      ownCare: 'no',
      targetRole: 'nonClinical',
      situations: ['filming'],
      rulesBroken: ['namesStaff'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'patientInfo',
        values: ['notSure'],
        why: 'If you cannot tell whether the other patients could be recognised, not sure brings in the same people to judge it.',
      },
      {
        question: 'decision',
        values: ['complaint'],
        why: 'If the patient has been in touch about the cancelled appointment, dealing with that privately as a complaint is also sound.',
      },
    ],
    mustInclude: [
      'filmingInPractice',
      'involveCaldicottAndDpo',
      'reportToSite',
      'tellTargetedColleague',
      'lookIntoConcerns',
      'supportNonClinical',
    ],
    mustNotInclude: ['replyBriefly', 'reportToPolice', 'escalateToRhc', 'considerBlocking'],
    teachingPoints: [
      'Other patients who can be seen in a waiting room is patient information: tell the Caldicott guardian and data protection officer today, and report the video as a privacy problem.',
      'Patients may record their own consultation. The practice can ask people not to film in waiting areas, with notices saying so.',
      'When someone is filming, staff stay calm and call the manager. Grabbing the phone or arguing makes a second, worse video.',
      'The receptionist hears about it privately and gets support, and the cancelled appointment is looked into like any other complaint.',
    ],
    sources: ['ico', 'corrections-2026'],
  },

  {
    id: 'self-harm-hint',
    title: 'A comment hinting the writer may harm themselves',
    brief:
      'On a Tuesday afternoon, a comment appears on the {practice} Facebook page from someone whose tablets have run out and who says nobody has called back. The last line suggests they may be thinking of ending their life. The account shows a first name only.',
    contentNote: 'Contains a comment hinting that the writer may harm themselves.',
    posts: [
      {
        platform: 'Comment on our Facebook page',
        author: 'Lee',
        when: '20m ago',
        text: 'Rang {practice} four times this week about my tablets running out. Nobody calls back. Honestly I cannot see the point of carrying on any more.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Before anything else, ask who in the practice should see this comment in the next ten minutes.' },
      {
        minutes: 4,
        note: 'Discuss the danger question. If the comment mentioned a plan, or taking something, the answer would be yes and a 999 call.',
      },
      { minutes: 10, note: 'Check the room is all right after this one, and remind them where staff support is.' },
    ],
    answers: {
      danger: 'no',
      risks: ['atRisk'],
      patientInfo: 'ownFamily',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'ownPage',
      foundAt: '2026-11-24T15:40',
      description: 'Comment on our Facebook page: tablets run out, no call back, and a hint the writer may harm themselves.',
      about: ['practice'],
      author: 'public',
      reason: 'access',
      tone: 'criticism',
      ownCare: 'yes',
      situations: ['none'],
      rulesBroken: ['none'],
      decision: 'complaint',
    },
    alternatives: [
      {
        question: 'danger',
        values: ['yes'],
        why: 'If anything suggests they may act soon, or you simply are not sure, choose yes and call 999: the wizard treats unsure as yes.',
      },
      {
        question: 'tone',
        values: ['neither'],
        why: 'It reads more as a cry for help than criticism, so neither is fair. The safety steps are the same; only looking into the concern drops from the plan, and the unanswered calls still deserve a look.',
      },
    ],
    mustInclude: ['safeguardingToday', 'clinicianReviewToday', 'handleAsComplaint', 'lookIntoConcerns'],
    mustNotInclude: ['replyBriefly', 'involveCaldicottAndDpo', 'reportToPolice', 'considerBlocking'],
    teachingPoints: [
      'A hint that someone may harm themselves goes to the duty clinician and the safeguarding lead today, before anything about the post. If it mentions a plan, or that they have acted, call 999.',
      'Contact happens privately, by phone. Nobody answers it in the comments or passes it round the team.',
      "It is the writer's own care, so it is not a breach by the practice; just make sure nothing the practice says adds to it.",
      'Afterwards, find out why four calls about a prescription went unanswered.',
    ],
    sources: ['nhs-reviews', 'corrections-2026'],
  },

  {
    id: 'fake-practice-page',
    title: 'A fake practice page asking patients for their details',
    brief:
      'Patients have started ringing {practice} about a Facebook page using the practice name and logo, which says the practice is moving to a new booking system. It asks patients to message their date of birth, NHS number and address "to keep their place". The practice did not set it up.',
    posts: [
      {
        platform: 'Post on a Facebook page called "{practice} Patients"',
        author: '{practice} Patients',
        when: '1d ago',
        text: 'IMPORTANT: {practice} is moving to a new online booking system. To keep your place, message this page today with your full name, date of birth, NHS number and address. Anyone not registered by Friday will lose their appointments.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask what patients who have already sent their details should be told, and by whom.' },
      { minutes: 5, note: 'At "Is any of this part of it too?", show how ticking a fake account changes the plan.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'no',
      evidenceSaved: 'notYet',
      awayChoice: 'continue',
      platform: 'other',
      foundAt: '2026-11-25T11:30',
      description: 'Fake Facebook page using the practice name and logo, asking patients to message their NHS number and date of birth.',
      about: ['practice'],
      author: 'unknown',
      reason: 'unclear',
      tone: 'neither',
      ownCare: 'no',
      situations: ['fakeAccount'],
      rulesBroken: ['none'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'reason',
        values: ['misinformation'],
        why: 'The page says something untrue about the practice, so this answer fits too. It adds a step on correcting false claims, which matters less here than warning patients.',
      },
    ],
    mustInclude: ['saveEvidence', 'reportFakeAccount', 'reportToSite', 'escalateToRhc', 'keepWatching'],
    mustNotInclude: ['replyBriefly', 'lookIntoConcerns', 'handleAsComplaint', 'considerBlocking'],
    teachingPoints: [
      "A page pretending to be the practice breaks every major site's rules: save a copy, then report it as impersonation with a link to your real page.",
      'Warn patients on your website and real pages which accounts are yours, and that the practice never asks for an NHS number, date of birth or address on social media.',
      'Nobody replies to the fake page or messages it.',
      'If the site has not acted after about a week, impersonation is one of the harms Report Harmful Content can help with.',
    ],
    sources: ['rhc', 'gmc-sm-2024', 'corrections-2026'],
  },

  {
    id: 'receptionist-defends-practice',
    title: 'A receptionist defends the practice from her own account',
    brief:
      'In a community Facebook group, a man complains that {practice} never sees his elderly mother. A receptionist has replied from her personal account that his mother was seen twice last week and missed her blood test. Her reply has been up for an hour and people are sharing it.',
    posts: [
      {
        platform: 'Post in a community Facebook group',
        author: 'Gary P.',
        when: '2h ago',
        text: 'Anyone else find {practice} just ignores elderly patients? My mum never gets seen. Disgraceful.',
      },
      {
        platform: 'Reply from a personal account',
        author: 'Zoe (works at the practice)',
        when: '1h ago',
        text: 'That is not true and you know it. Your mum was seen twice last week and she did not turn up for her blood test. Stop spreading lies.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: "Ask who has ever been tempted to put the record straight online. Then read Zoe's reply aloud." },
      { minutes: 5, note: 'Ask who rings Zoe, and what they say in the first minute. Keep it short: please take it down now.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'yes',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'localGroup',
      foundAt: '2026-11-26T18:10',
      description:
        "Complaint in a community group about an elderly mother's care; a receptionist replied from her own account with details of the mother's visits.",
      about: ['practice', 'patient'],
      author: 'relative',
      reason: 'access',
      tone: 'criticism',
      ownCare: 'no',
      situations: ['staffReplied'],
      rulesBroken: ['none'],
      decision: 'complaint',
    },
    alternatives: [
      {
        question: 'decision',
        values: ['monitor'],
        why: 'If the son has not been in touch, watching the thread once the reply is down is also reasonable.',
      },
      {
        question: 'ownCare',
        values: ['notSure'],
        why: 'If "never gets seen" might mean his mother needs care now, asking a clinician to look is sensible.',
      },
    ],
    mustInclude: ['askColleagueToTakeDown', 'involveCaldicottAndDpo', 'groupWeDontRun', 'handleAsComplaint', 'relativeNeedsConsent'],
    mustNotInclude: ['replyBriefly', 'considerBlocking', 'escalateToRhc', 'reportToPolice'],
    teachingPoints: [
      "Staff defending the practice from their own accounts, however loyal, is how patient information gets out: this reply tells the whole group about a patient's visits.",
      'Containment first: ask Zoe now to delete her reply, as a short factual request rather than a telling-off, and note when it came down.',
      'Tell the Caldicott guardian and data protection officer today. The practice decides whether it is a reportable breach, with the DPO advising; HR advice comes later.',
      "The son's complaint is still a complaint, but the practice needs his mother's consent before discussing her care with him.",
    ],
    sources: ['ico', 'gmc-conf', 'mddus'],
  },

  {
    id: 'private-messages-to-gp',
    title: "Abusive messages sent to a GP's own Instagram",
    brief:
      'Dr Okafor at {practice} tells the practice manager that for four days she has had messages on her personal Instagram from an account she does not know. They began after she refused a fit note and have grown more abusive each day. She has not replied and has kept them all.',
    contentNote: 'Contains abusive private messages aimed at a GP. Swear words are not written out.',
    posts: [
      {
        platform: 'Private message on Instagram',
        author: '@no_note_no_peace',
        when: '4d ago',
        text: 'You think you are God because you sit behind a desk at {practice}. Refusing me a fit note. You will regret it.',
      },
      {
        platform: 'Private message on Instagram',
        author: '@no_note_no_peace',
        when: '2d ago',
        text: 'Found you easy enough. [swear word] doctor. Everyone is going to know what you are.',
      },
      {
        platform: 'Private message on Instagram',
        author: '@no_note_no_peace',
        when: '3h ago',
        text: 'Still ignoring me? I will make your life hell until you sort it. [swear word].',
      },
    ],
    facilitatorNotes: [
      {
        minutes: 0,
        note: 'Ask whether messages to a personal account are the practice’s business at all. Let the room argue, then show the choices under "Where did you see it?".',
      },
      {
        minutes: 7,
        note: 'Discuss the pull to search the clinical system for whoever was refused a fit note this week, and why that is for the police.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['harassment'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'directMessage',
      foundAt: '2026-11-27T09:15',
      description: "Four days of abusive private messages to a GP's personal Instagram after a fit note was refused.",
      about: ['colleague'],
      author: 'unknown',
      reason: 'clinical',
      tone: 'abuse',
      ownCare: 'no',
      targetRole: 'gp',
      situations: ['none'],
      rulesBroken: ['personalAttack'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'risks',
        values: [['threat', 'harassment']],
        why: '"You will regret it" and "I will make your life hell" can be read as threats. Ticking threat as well adds same-day safety steps, which is a cautious and fair choice.',
      },
      {
        question: 'decision',
        values: ['complaint'],
        why: 'If the writer comes forward about the fit note, that concern can go through the complaints route in private, separately from the abuse.',
      },
    ],
    mustInclude: [
      'privateMessagesToColleague',
      'reportToPolice',
      'askPoliceBeforeRemoving',
      'tellTargetedColleague',
      'namedClinicianCallsDefenceBody',
      'giveFactsToPolice',
      'supportGp',
    ],
    mustNotInclude: ['replyBriefly', 'considerBlocking', 'lookIntoConcerns', 'call999'],
    teachingPoints: [
      "Abuse sent to a personal account because of someone's work is still the practice's business: Dr Okafor should not handle it alone.",
      'She does not reply. Every message is saved with its date and the sender, and copies go to the practice. She can block and report the account once the police have said whether they want it left.',
      'Several messages aimed at one person can be harassment: report them on 101 and let the police decide.',
      'Nobody searches the clinical system to work out who sent them: tell the police what you know.',
    ],
    sources: ['bma-abuse', 'police', 'mps'],
  },

  {
    id: 'closed-group-screenshots',
    title: "Screenshots from a private parents' WhatsApp group",
    brief:
      'A parent in a private WhatsApp group for a local primary school has sent the practice manager at {practice} screenshots from it. Several parents are mocking one of the receptionists by name. The parent says the group has 200 members.',
    posts: [
      {
        platform: 'Screenshot from a private WhatsApp group, sent by a member',
        author: 'Nadia K.',
        when: '3h ago',
        text: 'Anyone else had Bev on the desk at {practice}? Total jobsworth. Loves telling you there is nothing till next week.',
      },
      {
        platform: 'Screenshot from the same group',
        author: 'Chris T.',
        when: '2h ago',
        text: 'Bev is the worst. Same face on her every time, like you have ruined her day by turning up.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask who would like to join the group to see what else is being said. Then ask why nobody should.' },
      {
        minutes: 5,
        note: 'Show the rules question and the plan: naming Bev breaks the rules, but there is nowhere the practice can report it.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'closedGroup',
      foundAt: '2026-11-25T19:30',
      description: 'Screenshots from a private parents’ WhatsApp group mocking a receptionist by name.',
      about: ['colleague'],
      author: 'public',
      reason: 'manner',
      tone: 'criticism',
      ownCare: 'no',
      targetRole: 'nonClinical',
      situations: ['none'],
      rulesBroken: ['namesStaff'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'tone',
        values: ['both'],
        why: 'Mocking someone by name in front of 200 people edges towards abuse, so both is a fair reading. It adds a step reminding you that only the police decide what is a crime, and to give them the facts if it is reported.',
      },
    ],
    mustInclude: ['closedGroupEvidence', 'tellTargetedColleague', 'keepWatching', 'supportNonClinical'],
    mustNotInclude: ['reportToSite', 'escalateToRhc', 'replyBriefly', 'considerBlocking'],
    teachingPoints: [
      "The practice can't see, report or reply in a private group. Evidence comes from someone already in it: screenshots showing the group, who posted and when.",
      'Nobody from the practice joins the group under a false name, or asks a friend to join to keep watch.',
      'Thank the parent, and do not ask them to defend the practice in the group.',
      'Bev hears about it privately and gets support. If anything there threatens her or shares her details, it becomes a police matter.',
    ],
    sources: ['lmc', 'police', 'corrections-2026'],
  },

  {
    id: 'review-flood-after-news',
    title: 'A flood of one-star reviews after a local news story',
    brief:
      'A local news website reported that {practice} is moving to online-first triage. Overnight, 60 one-star Google reviews have appeared, many from accounts that review businesses all over the country and never mention being seen at the practice. The rating has dropped from 4.1 to 2.3.',
    posts: [
      {
        platform: 'Google review',
        author: 'K. Morrison',
        when: '9h ago',
        text: 'One star. Saw the news. {practice} wants to replace doctors with computers. Shameful.',
      },
      {
        platform: 'Google review',
        author: 'mj_4471',
        when: '7h ago',
        text: 'One star. Boycott {practice}.',
      },
      {
        platform: 'Google review',
        author: 'Terri',
        when: '6h ago',
        text: 'One star. My gran cannot use an app. Disgusting way to treat old people.',
      },
    ],
    facilitatorNotes: [
      {
        minutes: 0,
        note: 'Ask who wants to reply to every review. Then count how long 60 replies would take, and what they would achieve.',
      },
      { minutes: 6, note: 'Pick out the review about the gran: is there a real concern in it that the practice should look at?' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'no',
      evidenceSaved: 'notYet',
      awayChoice: 'continue',
      platform: 'googleReviews',
      foundAt: '2026-11-27T07:45',
      description: 'Sixty one-star Google reviews overnight after a news story, mostly from accounts with no link to the practice.',
      about: ['practice'],
      author: 'unknown',
      reason: 'access',
      tone: 'criticism',
      ownCare: 'no',
      situations: ['pileOn', 'trolling'],
      rulesBroken: ['none'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'situations',
        values: [['pileOn']],
        why: 'Some reviewers, like the one worried about her gran, may have a real concern about access, so leaving "meant to provoke us" unticked is fair; the flood still gets reported.',
      },
    ],
    mustInclude: ['saveEvidence', 'reportReviewFlood', 'reportGoogleReview', 'keepWatching', 'lookIntoConcerns'],
    mustNotInclude: ['replyBriefly', 'escalateToRhc', 'reportToPolice', 'considerBlocking'],
    teachingPoints: [
      'Dozens of reviews from people who were never patients is what Google calls fake engagement, which its rules ban: save them all, then report them and follow progress in its Reviews Management Tool.',
      'Replying to each one feeds the wave. Say nothing, or put one short general statement on your own page.',
      'Never ask staff, their families or patients to post good reviews to balance it out.',
      'A wave can still carry a real worry, such as older patients who cannot use an app: look at that on its merits.',
    ],
    sources: ['google-reviews', 'lmc', 'mps'],
  },

  {
    id: 'councillor-and-petition',
    title: 'A petition, and a councillor asking about a named patient',
    brief:
      'A petition against closing the {practice} branch surgery has 900 signatures and is being shared on Facebook. A local councillor has emailed the practice manager backing it, and asking why a constituent, whom she names, was told to travel to the main site for her dressings. She wants an answer by Friday.',
    posts: [
      {
        platform: 'Petition, shared on Facebook',
        author: 'Keep Our Branch Open',
        when: '2d ago',
        text: 'Stop {practice} closing our branch surgery! Older people without cars will be cut off. Sign and share.',
      },
      {
        platform: 'Email to the practice manager',
        author: 'Cllr P. Hanley',
        when: '3h ago',
        text: 'I support this petition. My constituent Mrs Fenwick tells me she has been told to travel to the main site for her leg dressings. Please explain by Friday why this is acceptable.',
      },
    ],
    facilitatorNotes: [
      {
        minutes: 0,
        note: 'Ask what the practice can tell the councillor about Mrs Fenwick today. The answer is nothing, until she consents.',
      },
      { minutes: 6, note: 'Draft the one short statement about the branch surgery for the practice website together.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'other',
      foundAt: '2026-11-23T12:00',
      description: 'Petition against closing the branch surgery, and a councillor emailing about a named constituent.',
      about: ['practice'],
      author: 'public',
      reason: 'access',
      tone: 'criticism',
      ownCare: 'no',
      situations: ['campaign', 'press'],
      rulesBroken: ['none'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'decision',
        values: ['reply'],
        why: 'A short reply under the shared petition, pointing to the statement on the practice website and saying how to raise concerns privately, is also reasonable.',
      },
    ],
    mustInclude: ['respondToCampaign', 'handlePressEnquiry', 'lookIntoConcerns', 'keepWatching'],
    mustNotInclude: ['reportToSite', 'considerBlocking', 'involveCaldicottAndDpo', 'replyBriefly'],
    teachingPoints: [
      'A petition often reflects a real worry. Agree who leads, and answer it with one short factual statement on your website or page, not in the comments.',
      "A councillor or MP asking about a named patient needs that patient's consent before the practice says anything about her, however reasonable the question.",
      'The lead partner or manager replies, with the defence body’s advice if needed. Nothing is off the record.',
    ],
    sources: ['mddus', 'mdu'],
  },

  {
    id: 'relative-mum-results',
    title: "A daughter posts about her mum's delayed results",
    brief:
      'A woman has commented on the {practice} Facebook page that her mum has waited three weeks for blood test results and is worried sick. She asks the practice to "just tell her" whether they are back. Nothing in it is rude.',
    posts: [
      {
        platform: 'Comment on our Facebook page',
        author: 'Lisa D.',
        when: '1h ago',
        text: 'Three weeks my mum has been waiting for her blood results from {practice}. She is 79 and worried sick. Can someone just tell her if they are back? Nobody answers the phone.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask whether this comment is a data breach. Most rooms split; show the patient information question.' },
      { minutes: 6, note: 'Draft a reply together, then check it for "your mum": mentioning her confirms she is a patient.' },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'ownFamily',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'ownPage',
      foundAt: '2026-11-26T11:00',
      description: "Comment on our Facebook page from a daughter about her mum's blood results taking three weeks.",
      about: ['practice'],
      author: 'relative',
      reason: 'access',
      tone: 'criticism',
      ownCare: 'yes',
      situations: ['none'],
      rulesBroken: ['none'],
      decision: 'reply',
    },
    alternatives: [
      {
        question: 'decision',
        values: ['complaint'],
        why: 'Contacting the family privately through the complaints route, once the mother has consented, is just as sound.',
      },
    ],
    mustInclude: ['clinicianReviewToday', 'relativeNeedsConsent', 'replyBriefly', 'lookIntoConcerns'],
    mustNotInclude: ['involveCaldicottAndDpo', 'reportToSite', 'considerBlocking', 'escalateToRhc'],
    teachingPoints: [
      "A relative writing about her own mum's care is not a breach by the practice. Don't treat it as one, and don't report it to the site as sharing patient information.",
      'A clinician checks today whether anything needs acting on, and any contact is private.',
      'A public reply thanks her and invites contact with the practice manager. It never says "your mum", which would confirm she is a patient.',
      "Before discussing the mother's care with her daughter, the practice needs the mother's consent.",
    ],
    sources: ['gmc-conf', 'mddus', 'corrections-2026'],
  },

  {
    id: 'friday-night-threat',
    title: 'A threat to a receptionist, found at home on a Friday night',
    brief:
      "At 9.50pm on a Friday, the practice manager of {practice} sees a comment on the practice's Instagram threatening a receptionist, Amy, and naming the street she lives on. The manager is at home and chooses to stop after the first steps. Amy is due to open up at 8am on Monday.",
    contentNote: 'Contains a threat against a receptionist and a mention of where she lives. The street is not shown.',
    posts: [
      {
        platform: 'Comment on our Instagram',
        author: '@kev_says_no',
        when: '20m ago',
        text: 'Amy on the front desk at {practice} laughed at me. Monday morning I will be there when she opens up and she will find out what happens. I know she gets the bus from [street name].',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Ask who should know about this tonight, and who can wait until Monday.' },
      { minutes: 4, note: 'Walk the urgent-only route and show that warning Amy and planning Monday stay in the plan, even from home.' },
    ],
    answers: {
      danger: 'no',
      risks: ['threat', 'personalDetails'],
      patientInfo: 'no',
      evidenceSaved: 'notYet',
      awayChoice: 'urgentOnly',
    },
    alternatives: [
      {
        question: 'danger',
        values: ['yes'],
        why: 'He knows where she catches the bus. If you cannot be sure he will wait until Monday, choose yes and call 999: the wizard treats unsure as yes.',
      },
    ],
    mustInclude: ['warnThreatenedPerson', 'keepStaffSafeToday', 'saveEvidence', 'reportToPolice', 'ringOnCall', 'finishOnPracticePc'],
    mustNotInclude: ['replyBriefly', 'call999', 'reportToSite', 'considerBlocking', 'tellPartnerOnCall'],
    teachingPoints: [
      'A threat naming a time and where someone lives is a police matter tonight, even from home: ring 101 (18001 101 by textphone) and whoever is on call.',
      'Amy hears about it tonight from the practice, not when she arrives on Monday. Talk through her safety at home and on the way to work.',
      "Monday's opening is planned now: nobody opens up alone, and everyone knows to call 999 if he turns up.",
      'Save a copy before anything else. Reporting and blocking wait until the police have said whether they want the comment left up.',
    ],
    sources: ['police', 'corrections-2026'],
  },

  {
    id: 'faked-intimate-image',
    title: 'A faked sexual image of a receptionist',
    brief:
      "A patient has told {practice} that an X account is sharing what it claims is a nude photo of one of the receptionists, with her first name and the practice tagged. It looks like her face on someone else's body. The receptionist does not know yet.",
    contentNote: 'Deals with a faked sexual image of a member of staff. The image is not shown or described.',
    posts: [
      {
        platform: 'Post on X',
        author: '@front_desk_exposed',
        when: '2h ago',
        text: '[faked image removed] Bet you did not know Shona from the {practice} front desk did this on the side.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Read the content note and give the room a moment. Nothing about the image is shown or described.' },
      { minutes: 4, note: 'Ask who tells Shona, where, and how. Then ask who else needs to see the post: the answer is almost nobody.' },
    ],
    answers: {
      danger: 'no',
      risks: ['intimateImages'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'x',
      foundAt: '2026-11-26T15:30',
      description: 'X account sharing a faked sexual image of a receptionist, with her first name and the practice tagged.',
      about: ['colleague'],
      author: 'unknown',
      reason: 'unclear',
      tone: 'abuse',
      ownCare: 'no',
      targetRole: 'nonClinical',
      situations: ['trolling'],
      rulesBroken: ['sexual'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'rulesBroken',
        values: [['namesStaff', 'sexual']],
        why: 'It names her and tags the practice, so ticking that too is right. The plan is the same.',
      },
    ],
    mustInclude: [
      'reportIntimateImages',
      'reportToPolice',
      'ringOnCall',
      'tellTargetedColleague',
      'reportToSite',
      'giveFactsToPolice',
      'supportNonClinical',
    ],
    mustNotInclude: ['replyBriefly', 'lookIntoConcerns', 'handleAsComplaint', 'tellPartnerOnCall'],
    teachingPoints: [
      'Sharing an intimate image of someone without consent is a crime, and that includes a faked one: report it to the police and to X as urgent.',
      'Nobody downloads, forwards or shows the image around. Note the web address, the account and when you saw it.',
      'Shona hears about it privately and kindly, from someone she trusts, before anyone else mentions it, with support that suits her.',
    ],
    sources: ['osa', 'police', 'corrections-2026'],
  },

  {
    id: 'homophobic-abuse-pharmacist',
    title: 'Homophobic abuse of a named pharmacist',
    brief:
      'A comment on the {practice} Facebook page names the practice pharmacist, Jordan, and uses a homophobic slur about him. It says he should not be allowed near patients. Jordan has not seen it yet, but two patients have messaged the practice about it.',
    contentNote:
      'Contains homophobic abuse aimed at a named member of staff. The slur is not written out: it appears as [homophobic slur].',
    posts: [
      {
        platform: 'Comment on our Facebook page',
        author: 'Mark T',
        when: '1h ago',
        text: 'Why has {practice} got Jordan the [homophobic slur] pharmacist doing medicine reviews? Keep him away from my kids and my tablets.',
      },
    ],
    facilitatorNotes: [
      { minutes: 0, note: 'Read the content note aloud first, and remind the room they can step out at any time.' },
      {
        minutes: 3,
        note: 'At the safety questions, ask whether this is hate. Point out that homophobic abuse is reported like racist abuse: 101 or True Vision, as well as to Facebook.',
      },
      {
        minutes: 9,
        note: 'Ask who tells Jordan, and how. Then discuss gossip: his private life is nobody’s business, in the comments or in the staff room.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['hate'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'ownPage',
      foundAt: '2026-11-27T11:10',
      description: 'Comment on our Facebook page using a homophobic slur about our pharmacist, named.',
      about: ['colleague'],
      author: 'public',
      reason: 'unclear',
      tone: 'abuse',
      ownCare: 'no',
      targetRole: 'clinician',
      situations: ['none'],
      rulesBroken: ['namesStaff', 'personalAttack'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'rulesBroken',
        values: [['namesStaff']],
        why: 'Naming him is the clearest rule it breaks. Hate was already ticked on the safety screen, so the plan still reports it.',
      },
    ],
    mustInclude: [
      'reportToPolice',
      'askPoliceBeforeRemoving',
      'reportToSite',
      'tellTargetedColleague',
      'giveFactsToPolice',
      'supportClinician',
    ],
    mustNotInclude: ['replyBriefly', 'lookIntoConcerns', 'handleAsComplaint', 'call999'],
    teachingPoints: [
      'Homophobic abuse is hate, just as racist abuse is: it can go to the police on 101 or through True Vision, as well as to Facebook. Whether it is a crime is for the police to decide.',
      'Save a copy before hiding it on your own page, and ask the police whether they want it left up. Never reply to it.',
      'Jordan hears about it privately from the practice before a patient mentions it, with support that suits him. Nobody discusses his private life.',
      'The two patients who messaged get a short thank-you: they do not need to hear what happens next.',
    ],
    sources: ['true-vision', 'police', 'bma-abuse', 'corrections-2026'],
  },

  {
    id: 'stammer-mocked-review',
    title: "A review mocking a receptionist's stammer",
    brief:
      'A Google review of {practice} complains about waiting on the phone, then mocks the receptionist who answered for her stammer. Patients would know who is meant: she is the only receptionist with a stammer. She has read it and has asked not to work on the phones today.',
    contentNote:
      "Contains disability abuse mocking a receptionist's stammer. The mockery is not written out: it appears as [mocking imitation].",
    posts: [
      {
        platform: 'Google review',
        author: 'Kaz 88',
        when: '5h ago',
        text: 'One star. Forty minutes in the queue at {practice}, then the girl who answers took forever to get a word out. [mocking imitation]. Get someone who can actually talk on the phones.',
      },
    ],
    facilitatorNotes: [
      {
        minutes: 0,
        note: 'Read the content note first. Ask the room to separate the two things in the review: the phone wait and the mockery.',
      },
      {
        minutes: 4,
        note: 'At the safety questions, point out that mocking a disability is hate, and that it can be reported to the police through True Vision or 101.',
      },
      {
        minutes: 10,
        note: 'Discuss her request to come off the phones: what a fair adjustment looks like today, and who checks in with her next week.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['hate'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'googleReviews',
      foundAt: '2026-11-26T14:25',
      description: "Google review about phone waits that mocks a receptionist's stammer.",
      about: ['colleague', 'practice'],
      author: 'public',
      reason: 'access',
      tone: 'both',
      ownCare: 'no',
      targetRole: 'nonClinical',
      situations: ['none'],
      rulesBroken: ['personalAttack'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'rulesBroken',
        values: [['namesStaff', 'personalAttack']],
        why: 'She is not named, but anyone who rings the practice would know who is meant, so saying it identifies her is fair too.',
      },
    ],
    mustInclude: [
      'reportGoogleReview',
      'reportToPolice',
      'tellTargetedColleague',
      'giveFactsToPolice',
      'supportNonClinical',
      'lookIntoConcerns',
    ],
    mustNotInclude: ['replyBriefly', 'call999', 'handleAsComplaint'],
    teachingPoints: [
      'A real complaint with abuse mixed in: the phone wait is looked into as feedback, but nobody replies publicly to a review that mocks a colleague.',
      "Mocking someone's disability is hate. Report the review to Google as a personal attack, and it can go to the police through True Vision or 101.",
      'She hears from the practice in private, and her request to come off the phones today is met. Ask her what would help rather than guessing.',
    ],
    sources: ['google-reviews', 'true-vision', 'bma-abuse', 'corrections-2026'],
  },

  {
    id: 'gp-own-post-hard-day',
    title: "A GP's own post about a hard day",
    brief:
      'Dr Shah, a salaried GP at {practice}, has posted on her public Facebook profile about a hard day, describing a patient in enough detail that people in the village could guess who it is. She meant it as a post about pressure on GPs. A practice nurse noticed it this evening.',
    posts: [
      {
        platform: 'Public post on a personal Facebook profile',
        author: 'Priya Shah',
        when: '3h ago',
        text: 'Thirteen-hour day at {practice}. Spent an hour of it with a lovely retired headteacher from the village who came in about her memory, and she cried when I said we would need more tests. This job breaks your heart some days. Please be kind to your GP.',
      },
    ],
    facilitatorNotes: [
      {
        minutes: 0,
        note: 'Ask the room whether a GP posting about her own day is the practice’s business. Someone usually says she is only asking for kindness.',
      },
      {
        minutes: 4,
        note: 'At the patient information question, list what identifies the patient: a retired headteacher, the village, a memory problem, tests.',
      },
      {
        minutes: 9,
        note: 'Ask who speaks to Dr Shah, and what they say first: please take it down now. Then talk about how a tired colleague might feel hearing it.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'yes',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'other',
      foundAt: '2026-11-26T20:40',
      description: 'A GP at the practice describing an identifiable patient on her public Facebook profile.',
      about: ['patient'],
      author: 'currentStaff',
      reason: 'unclear',
      tone: 'neither',
      ownCare: 'no',
      staffConcern: 'no',
      situations: ['none'],
      rulesBroken: ['none'],
      decision: 'monitor',
    },
    alternatives: [
      {
        question: 'staffConcern',
        values: ['notSure'],
        why: 'The post is about pressure on GPs. It does not raise a concern about wrongdoing, but if you are unsure, the plan only adds a look at whistleblowing.',
      },
    ],
    mustInclude: ['askColleagueToTakeDown', 'involveCaldicottAndDpo', 'getHrAdvice', 'followFairProcess'],
    mustNotInclude: ['replyBriefly', 'considerBlocking', 'tellTargetedColleague', 'giveFactsToPolice'],
    teachingPoints: [
      'Doctors are bound by confidentiality on their own accounts too: small details such as a job, a village and a symptom add up to identify a patient.',
      'Containment comes first: ask Dr Shah tonight or first thing to take it down, as a short factual request, and note when it came down.',
      'Tell the Caldicott guardian and data protection officer. The practice decides whether it is a reportable breach, with the DPO advising; the 72 hours run through weekends.',
      'HR advice and a fair process follow, and nobody decides on discipline today. A hard day is real: offer her support as well.',
    ],
    sources: ['gmc-sm-2024', 'gmc-conf', 'ico', 'mdu-gdpr', 'corrections-2026'],
  },

  {
    id: 'harassment-scotland',
    title: 'Harassment of a GP at a practice in Scotland',
    brief:
      'For a week, a man has posted almost daily on his public Facebook profile that Dr Fraser at {practice}, a practice in Scotland, is a liar who should be struck off, after she would not change his medicine. Today he wrote that he will make sure she never works again. He signs his posts with his full name and says he is a patient.',
    contentNote: 'Contains repeated abusive posts aimed at a named GP.',
    posts: [
      {
        platform: 'Public post on a personal Facebook profile',
        author: 'Ross McB',
        when: '6d ago',
        text: 'Dr Fraser at {practice} is a liar. Refused me the tablets that actually work. Should be struck off.',
      },
      {
        platform: 'Public post on a personal Facebook profile',
        author: 'Ross McB',
        when: '1h ago',
        text: 'Day seven. Dr Fraser, {practice}. Liar. I will make sure she never works again. Share this.',
      },
    ],
    facilitatorNotes: [
      {
        minutes: 0,
        note: 'Tell the room this practice is in Scotland. Ask what they expect to change and what they expect to stay the same.',
      },
      {
        minutes: 5,
        note: 'Walk the route as usual: saving the posts, the police, telling Dr Fraser and the complaints route all still apply.',
      },
      {
        minutes: 10,
        note: 'On the plan, read out the lines that say England: complaints to the ICB, NHS Practitioner Health, the Online Safety Act offences. Ask who the room would check with locally.',
      },
    ],
    answers: {
      danger: 'no',
      risks: ['harassment'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'other',
      foundAt: '2026-11-27T10:05',
      description: 'A week of near-daily public Facebook posts calling Dr Fraser a liar who should be struck off.',
      about: ['colleague'],
      author: 'public',
      reason: 'clinical',
      tone: 'both',
      ownCare: 'no',
      targetRole: 'gp',
      situations: ['none'],
      rulesBroken: ['namesStaff', 'personalAttack'],
      decision: 'complaint',
    },
    alternatives: [
      {
        question: 'decision',
        values: ['monitor'],
        why: 'If he has not been in touch directly, not replying and keeping watch while the police consider it is also sound.',
      },
    ],
    mustInclude: ['reportToPolice', 'tellTargetedColleague', 'giveFactsToPolice', 'handleAsComplaint', 'supportGp'],
    mustNotInclude: ['replyBriefly', 'call999', 'reportNhsReview'],
    teachingPoints: [
      'The steps are the same in Scotland: save every post with its date, report repeated posts to the police and let them decide, tell Dr Fraser privately, and offer him the complaints route in private.',
      'Some of what the plan names is England’s: complaints to the ICB, NHS Practitioner Health, and the Data Security and Protection Toolkit. Wales, Scotland and Northern Ireland have their own arrangements.',
      'The Online Safety Act offences of false and threatening messages apply in England, Wales and Northern Ireland. Scotland has its own law: the police will know which applies.',
      'Where the plan names an England route, check the local equivalent with your LMC or health board rather than guessing.',
    ],
    sources: ['osa', 'police', 'bma-abuse', 'corrections-2026'],
  },
];

export function scenarioById(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}
