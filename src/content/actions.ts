/**
 * Every action the plan can contain, as reviewable data. `recommend()` decides which ones apply;
 * the words live here so a practice or LMC can check them without reading code.
 *
 * Facts, laws and numbers come from /work/shared/content-brief.md; the sentences are our own.
 * Where the brief marks something unconfirmed (the Acas number, the NHS Practitioner Health
 * number, whether a breach is reportable, site reporting menus) the wording says "check" or "may".
 * The tool never says whether a crime or a reportable breach happened: the police and CPS decide
 * the first, and the practice, with its data protection officer advising, the second.
 */
import { situationActions } from './situationActions';
import type { ActionContent } from './types';

export type { ActionContent } from './types';

/** Repeated on purpose: whichever evidence step a reader gets, the phone rule comes with it. */
const personalPhoneRule =
  'If you used your own phone, move the screenshots into practice storage as soon as you can, then delete them from the phone.';

const acasHelpline = 'Acas has free guidance and a helpline on 0300 123 1100 (this number dates from 2018: check it is still current).';

const coreActions = {
  call999: {
    urgency: 'now',
    emergency: true,
    title: 'Call 999 now',
    details: [
      'Ask for the police, and an ambulance if anyone is hurt.',
      'Say where the person at risk is now, who they are, and what the post threatens.',
      'Do what the call handler tells you, then come back to the rest of this plan.',
    ],
    why: "A risk to someone's life or safety comes before everything else, including the post itself.",
    sources: ['police'],
  },

  keepStaffSafeToday: {
    urgency: 'now',
    title: 'Warn everyone on shift and make sure nobody is on their own',
    glance: 'Warn staff on shift; nobody works alone',
    details: [
      'Brief everyone working today on what has been posted, without passing the post around.',
      'Nobody opens up, locks up, stands at the door or walks to their car alone.',
      'Rearrange lone working, such as home visits or a solo evening session, until the police have advised you.',
      'Agree what staff should do if the poster turns up or waits outside: call 999.',
      "If a colleague's home address or phone number has been shared, talk to them about their safety at home and tell the police.",
    ],
    why: 'A threat, shared personal details or a call to target someone makes this a staff safety and violence-at-work matter that needs steps today.',
    sources: ['police', 'bma-abuse', 'lmc'],
  },

  saveEvidence: {
    urgency: 'now',
    title: 'Save a copy of the post before anything else',
    details: [
      'Screenshot the whole post and any replies, so the words, the account name and the date all show.',
      'Write down the web address (URL), the site or app, the account name or handle, when it was posted and when you found it.',
      'Do this before you report or block anyone: a report can make the post disappear.',
      personalPhoneRule,
      'If it shows anything about a patient, keep as few copies as you can and do not share them in staff chats.',
    ],
    why: 'Posts get edited or deleted, and anyone you report it to or ask for advice may later need to see exactly what was said.',
    sources: ['lmc', { id: 'police', when: 'needsPolice' }],
  },

  recordWhatWasSeen: {
    urgency: 'now',
    title: 'Write down what you remember of the post straight away',
    glance: 'Write down what the post said, now',
    details: [
      'Note what it said, as close to the words as you can, with the site, the account name and roughly when it went up and came down.',
      'Ask anyone else who saw it to write down what they remember and whether they kept a copy.',
      'Copies colleagues took on their own phones go into practice storage, then get deleted from the phones.',
      'Check whether it has been posted again somewhere else.',
    ],
    why: 'Once a post has gone, notes made now are the best record you will have if it returns or anyone asks about it.',
    sources: ['lmc', { id: 'police', when: 'needsPolice' }],
  },

  reportToPolice: {
    urgency: 'now',
    title: 'Report it to the police on 101 or online',
    details: [
      "Call 101, or use the online report form on your local police force's website. Deaf or speech-impaired staff can use the textphone number 18001 101.",
      'Racist, religious, homophobic, transphobic or disability hate can also be reported online through True Vision (report-it.org.uk).',
      'Give them your saved copy, the web address, the site, the account name, when it was posted and found, and who it is aimed at.',
      'Mention any earlier posts from the same person, and whether staff details such as a home address have been shared.',
      'Write down the incident or crime reference number they give you.',
      'Ask them before you report the post to the site or block the account: they may want it left up while they look into it.',
      'If anyone is in danger at any point, call 999 instead.',
    ],
    why: 'Threats, repeated targeting, shared personal details, hate and calls to confront someone are for the police to look at, not only the site.',
    sources: ['police', 'true-vision', 'lmc', 'bma-abuse', 'corrections-2026'],
  },

  ringOnCall: {
    urgency: 'now',
    title: 'Ring whoever is on call for the practice',
    details: [
      'Tell them what has been posted and what you have done so far.',
      { text: 'Tell them the police are involved, or are being told.', when: 'needsPolice' },
      'If the post threatens anyone, agree who will warn the staff due in next.',
      'Agree who takes the next steps, and when.',
    ],
    why: 'Someone who can act for the practice needs to know now, so this does not rest on one person.',
    sources: ['lmc'],
  },

  tellPartnerOnCall: {
    urgency: 'withinHours',
    title: 'Tell the partner or manager on call today',
    details: [
      'Share what was posted, where, and what you have done so far.',
      'Agree who leads on this incident and who speaks for the practice.',
    ],
    why: 'Agreeing one lead early stops mixed messages and people acting on their own.',
    sources: ['lmc'],
  },

  keepSavedEvidence: {
    urgency: 'withinHours',
    title: 'Keep the copy you saved with the incident record',
    details: [
      'Check it shows the whole post, the web address, the site, the account name, and the date and time.',
      "Store it in practice storage with the incident, not in anyone's clinical record.",
      personalPhoneRule,
      'Save any new posts or comments the same way as they appear.',
    ],
    why: "One complete copy, kept safely with the incident, is what anyone you report it to or ask for advice will want, and it must stay out of patients' records.",
    sources: ['lmc', { id: 'police', when: 'needsPolice' }],
  },

  findOriginalPost: {
    urgency: 'withinHours',
    title: 'Find the original post the screenshot came from',
    details: [
      'Ask your colleague where and when they saw it, and which account posted it.',
      'If it is still up, save your own copy with its web address.',
      'Once the practice has its copy, ask your colleague to delete theirs and not to forward it.',
      'Ask the team not to discuss it further in the staff chat.',
    ],
    why: 'You cannot report a screenshot, it may be cropped or out of date, and every extra copy spreads the post further.',
    sources: ['lmc'],
  },

  tellTargetedColleague: {
    urgency: 'withinHours',
    title: 'Tell the colleague it is about, in private, before they hear from someone else',
    glance: 'Tell the colleague it is about, in private',
    details: [
      'Find a private room, or ring them if they are not at work.',
      'Tell them in outline what it says, and let them decide whether to read it.',
      'Explain what the practice is doing, and that they should not reply to it themselves.',
      'Ask what would help today, for example a change of duties or someone else on the front desk.',
    ],
    why: 'Hearing it first from the practice, with support on offer, is far kinder than stumbling on it online or being told by a patient.',
    sources: ['bma-abuse', 'mdu'],
  },

  clinicianReviewToday: {
    urgency: 'withinHours',
    title: 'Ask a clinician to look today at what the post describes',
    glance: 'A clinician looks at what it describes, today',
    details: [
      'The clinician decides whether anyone might need care now, and how to offer it privately.',
      'Any contact goes through the usual private routes, never in the comments.',
      "Open a record only for that person's care, not to find out who posted or to build a reply.",
      "Keep the post out of the patient's clinical record: it belongs with the incident.",
    ],
    why: 'A post saying someone is still unwell, or struggling with a medicine, may need clinical attention whatever you decide about the post.',
    sources: ['mps', 'gmc-conf'],
  },

  involveCaldicottAndDpo: {
    urgency: 'withinHours',
    title: 'Tell your Caldicott guardian and data protection officer today',
    glance: 'Tell your Caldicott guardian and DPO today',
    details: [
      'Your Caldicott guardian is the senior person responsible for protecting patient information and making sure it is used properly.',
      'Show them the post and explain how the practice came across it.',
      {
        // Once the author is known to be staff, the plan has a step of its own for this.
        text: 'If someone who works here posted it, ask them now to take it down: a short, factual request, not a disciplinary talk. Note when it came down.',
        unless: 'writtenByCurrentStaff',
      },
      'The practice decides whether this is a personal data breach that must be reported, with your data protection officer involved and advising. This tool cannot decide that.',
      'If it is reportable, it may need to go to the ICO within 72 hours of the practice becoming aware of it, weekends and bank holidays included, so involve them quickly.',
      'Practices in England report through the incident tool in the Data Security and Protection Toolkit (DSPT). Wales, Scotland and Northern Ireland have their own arrangements: check yours.',
      'Your data protection officer also advises whether the patients affected must be told, which applies where the risk to them is high (UK GDPR Article 34).',
      "Knowingly or recklessly disclosing personal data without the practice's consent can be an offence (Data Protection Act 2018, section 170). That is for the ICO to consider, not for this tool to judge.",
      'Keep copies of anything showing patient details to a minimum.',
    ],
    why: 'Patient information on social media may be a breach of confidentiality, and the people who judge that need time to act.',
    sources: ['ico', 'mdu-gdpr', 'gmc-conf', 'corrections-2026'],
  },

  getHrAdvice: {
    urgency: 'withinHours',
    title: 'Talk to your HR adviser before any formal conversation with the person who posted',
    glance: 'Talk to HR before any formal conversation',
    details: [
      'If the post shows patient information, contain it first: ask them now to take it down, as a short, factual request rather than a disciplinary talk. Note the time it came down and tell your data protection officer.',
      'Then take HR advice before anything more is said. Have your saved copy and a short note of the facts ready.',
      acasHelpline,
      'Check what your social media and staff policies say.',
    ],
    why: 'Someone who works or worked here posting about the practice is an employment matter, and early advice helps you handle it fairly.',
    sources: ['acas', 'ico', 'lmc'],
  },

  reportGoogleReview: {
    urgency: 'withinHours',
    title: 'Report the review to Google as breaking its rules',
    details: [
      'Make sure you have saved a copy first.',
      'Use the report option on the review from your Google Business Profile, and pick the rule it breaks.',
      'Google bans misinformation, defamatory language, personal attacks, and fake engagement: many accounts piling in to drag a rating down, sometimes called review bombing.',
      "A review may name staff who deal with the public, so naming someone may break the rules but often won't.",
      "Google removes reviews that break its policies, not ones you disagree with, and it will not decide who is right about the facts. A false statement of fact can go through Google's separate legal removal request.",
      "Follow progress, and make your one appeal if you need it, in Google's Reviews Management Tool. A decision can take days: note the date you reported it and any reference.",
    ],
    why: "Reporting a review that breaks Google's rules, such as a personal attack or a flood of fake reviews, is the quickest way to get it taken down.",
    sources: ['google-reviews', 'lmc', 'corrections-2026'],
  },

  reportNhsReview: {
    urgency: 'withinHours',
    title: 'Report the review to the NHS website as unsuitable',
    details: [
      'Make sure you have saved a copy first.',
      "Reviews on the NHS website must not name or identify staff or other patients. Report this one as unsuitable from your practice's profile.",
      'Reporting it hides the review straight away while the moderators look at it.',
      'A review making a serious accusation that ought to be a formal complaint can be reported too.',
      'Only experiences from the last two years are published.',
      "You don't have to reply. If you decide to, do it through your NHS website profile.",
      'Note the date you reported it and any reference you are given.',
    ],
    why: 'A review that names or identifies staff or other patients, or breaks other NHS website rules, should not have been published.',
    sources: ['nhs-reviews', 'londonwide', 'corrections-2026'],
  },

  reportToSite: {
    urgency: 'withinHours',
    title: 'Report the post to the site it is on',
    details: [
      'Make sure you have saved a copy first: a report can make the post vanish.',
      'Use the report option on the post or the account, and choose the reason that fits best, such as harassment, hate or sharing private details.',
      'Reporting menus differ between sites and change often, so follow what the site shows you.',
      'Sites usually remove only posts that name people, share personal details, or contain hate, harassment or sexual content.',
      'Keep the report reference, or a screenshot of the confirmation, with the date.',
    ],
    why: "Getting a post that breaks the site's rules taken down is the quickest way to stop more people seeing it.",
    sources: ['lmc'],
  },

  groupWeDontRun: {
    urgency: 'withinHours',
    title: "Leave the group post alone: report it, and think about contacting the group's admin",
    glance: 'Report the group post; think about the admin',
    details: [
      "The practice can't reply in a group it doesn't run, or take the post down.",
      "Report the post to the site if it breaks the site's rules.",
      'You could write to the group admin from a practice account and politely ask them to remove it.',
      'Nobody from the practice joins the group or comments, and nobody replies from a personal account.',
    ],
    why: "Only the group's admins and the site can remove the post, and comments from staff would keep it going.",
    sources: ['lmc'],
  },

  considerBlocking: {
    urgency: 'withinHours',
    title: 'Think about blocking the account, once you have saved everything',
    glance: 'Think about blocking, once everything is saved',
    details: [
      'Blocking can stop them commenting on the practice page or messaging the practice account.',
      'It does not stop them posting about the practice somewhere else.',
      'Save their posts first: once blocked, you may no longer see them.',
      {
        text: 'If the police are involved, ask them before you block or report the account: they may want it left up for now.',
        when: 'needsPolice',
      },
      "On the practice's own page, hiding a comment is often better than deleting it, and fair criticism should never be hidden just for being critical.",
    ],
    why: "Blocking can cut off a stream of abuse on the practice's own channels, even though it does not end the problem.",
    sources: ['lmc', 'corrections-2026'],
  },

  replyBriefly: {
    urgency: 'withinHours',
    title: 'Post one short, calm reply within hours, not days',
    details: [
      "Reply under the post itself, in the same thread, from the practice's account.",
      'Say you have seen it, thank them for raising it, and invite them to contact the practice manager (a role, not a name) or use the complaints procedure.',
      'For example: "Thank you for telling us. We can\'t discuss anyone\'s care here, but our practice manager would like to hear from you: please ring the practice or use our complaints procedure."',
      "Give no clinical, appointment or record details, and don't confirm or deny that they are a patient.",
      'The colleague who is criticised does not reply, and nobody replies from a personal account.',
      'One reply is enough. Anything sent privately can be made public too, so write it as if it will be.',
      'On the NHS website, reply through your practice profile.',
      'If you want a second opinion on the wording, your LMC can be a sounding board.',
    ],
    why: 'A quick, measured reply shows you are listening and moves the conversation somewhere private where it can be sorted out.',
    sources: ['lmc', 'gmc-conf', 'mdu', 'londonwide'],
  },

  keepWatching: {
    urgency: 'withinHours',
    title: "Don't reply: agree who will keep an eye on it, and when",
    glance: "Don't reply: agree who keeps watch, and when",
    details: [
      'Pick one person to check the post, for example morning and afternoon for the next few days.',
      'Save any new comments or posts as they appear.',
      'Agree what would make you think again, such as threats, personal details or a surge of new comments.',
    ],
    why: 'Saying nothing is often the best choice, but things can flare up and someone needs to notice when they do.',
    sources: ['lmc', 'mdu'],
  },

  checkWithDefenceBody: {
    urgency: 'withinHours',
    title: 'Correct false health claims by pointing to NHS or UKHSA pages, not patient details',
    glance: 'Correct false claims with NHS or UKHSA links',
    details: [
      {
        text: 'Keep any correction short and general, for example about vaccines, and link to the NHS website or the UK Health Security Agency (UKHSA) rather than arguing the point.',
        unless: 'writtenByStaff',
      },
      {
        text: 'A colleague who posted something untrue is an HR matter: any correction comes from the practice, short and factual, after HR advice, never as a public argument with them.',
        when: 'writtenByStaff',
      },
      'Never use patient or staff details to prove a point.',
      "If the post involves a patient's case or names a person, speak to your defence body before you say anything, with your saved copy to hand.",
      'A clinician named in a false or clinical allegation should ring their own defence body (MDU, MPS or MDDUS) promptly.',
      'A defamation claim has to be brought within a year of the post going up, so anyone thinking about one should take advice early, even though suing is rarely the best route.',
    ],
    why: "A short pointer to trusted public health pages corrects the record without touching anyone's confidential details, and a defence body can advise when a case or a named person is involved.",
    sources: ['mdu', 'gmc-conf', 'corrections-2026'],
  },

  escalateToRhc: {
    urgency: 'nextDays',
    title: 'If the site refuses or has not answered after about a week, see whether Report Harmful Content can help',
    glance: 'No answer in a week: Report Harmful Content',
    details: [
      "Report Harmful Content is run by SWGfL for the UK Safer Internet Centre. It helps anyone over 13 in the UK, but only after you have used the site's own reporting.",
      'It will ask what the site said, so have your report reference, the date you reported it, any reply and your saved copy ready.',
      'It covers eight kinds of harm: online abuse, bullying or harassment, threats, impersonation, unwanted sexual advances, violent content, self-harm or suicide content, and pornographic content.',
      'A review that simply names a member of staff, such as a nurse, is not something it deals with.',
      { text: 'Anything that may be a crime goes to the police instead.', when: 'isAbusive' },
      'Keep their reference with the incident record.',
    ],
    why: 'When a site has turned down or ignored a report about one of these harms, an independent service can ask it to look again.',
    sources: ['rhc', 'corrections-2026'],
  },

  handleAsComplaint: {
    urgency: 'nextDays',
    title: 'Deal with it privately through your complaints procedure',
    glance: 'Handle it privately, as a complaint',
    details: [
      'If the person has already been in touch with the practice, handle it as a complaint in the usual way.',
      'Make sure your complaints route is easy to find on your website and pages, so they can raise it privately.',
      'In England, NHS complaints are usually made within 12 months, to the practice or to the integrated care board (ICB), which has taken them since 1 July 2023. After that, the Parliamentary and Health Service Ombudsman can look at it. Wales, Scotland and Northern Ireland have their own systems.',
      "If a relative raises a patient's care, you need the patient's consent (or another lawful basis) before you discuss it with them.",
      "Once someone comes forward with a complaint, looking at their record to investigate it is normal complaint handling. Don't use the clinical system to work out who posted anonymously.",
      "Keep notes in the complaint file, not in anyone's clinical record.",
    ],
    why: "Concerns about someone's care can only be looked into properly in private, where confidentiality is kept.",
    sources: ['mps', 'mddus', 'gmc-conf', 'mdu', 'corrections-2026'],
  },

  lookIntoConcerns: {
    urgency: 'nextDays',
    title: 'Look into what the post raises, as you would a complaint',
    glance: 'Look into what the post raises',
    details: [
      'Check whether the problem it describes is real, for example long phone waits on a particular morning.',
      'Put right what you can, and note what you found and what you changed.',
      'Share what you learn with the team without blaming anyone named in the post.',
    ],
    why: 'Even an unfair post can point to something worth fixing.',
    sources: ['mps'],
  },

  giveFactsToPolice: {
    urgency: 'nextDays',
    title: 'Leave it to the police to decide whether it is a crime, and give them the facts',
    glance: 'Give the police the facts; they decide',
    details: [
      'Only the police and the Crown Prosecution Service decide whether a crime has happened. This tool cannot.',
      'Rude, unfair or wrong is usually not a crime. Threats, harassment, posted home addresses and hate may be: tell the police and let them decide.',
      'Tell them if it threatens violence or damage, is one of several posts aimed at the same person, contains hate, shares personal details or intimate images, or breaks a court order.',
      'Two or more linked posts that cause alarm or distress may count as harassment, so give them every post with its date.',
      'The Online Safety Act 2023 offence of sending a threatening message (section 181) needs a threat of death or serious harm. Its false-message offence (section 179) needs the sender to know it is false and to mean to cause more than trivial harm. Both apply in England, Wales and Northern Ireland; Scotland has its own law.',
      'Older laws still cover grossly offensive and indecent messages, and the bar for a prosecution is high.',
      'Sharing intimate images of someone, including faked ones (deepfakes), is an offence (Sexual Offences Act 2003, section 66B). A newer offence of creating such images (Data (Use and Access) Act 2025) exists, but we have not confirmed that it is in force.',
      'If you have not reported it and want to, call 101 (textphone 18001 101) or report online.',
    ],
    why: 'A clear, complete picture helps the police judge it, and keeps the practice from making a call that is not its to make.',
    sources: ['cps-sm', 'cps-comms', 'osa', 'police', 'bma-abuse', 'corrections-2026'],
  },

  considerWhistleblowing: {
    urgency: 'nextDays',
    title: 'Check whether the post could be whistleblowing before you act on it',
    glance: 'Check whether it could be whistleblowing',
    details: [
      'If it raises a concern about patient safety, wrongdoing or breaking the law, it may be a disclosure the law protects.',
      'A public post is what the law calls a "wider disclosure": it is protected only in limited conditions (Employment Rights Act 1996, sections 43G and 43H), so take advice rather than assume either way.',
      'No agreement, including a settlement agreement, can stop someone making a protected disclosure (section 43J).',
      'Former staff can still bring a claim after they have left if they are treated badly for a protected disclosure.',
      'Look into the concern itself, separately from how it was raised.',
      'Take HR advice, and make sure the person is not treated worse for raising it.',
    ],
    why: 'The law protects workers who raise certain concerns, even when the way they raised them was unwise.',
    sources: ['acas', 'corrections-2026'],
  },

  followFairProcess: {
    urgency: 'nextDays',
    title: "Don't decide on any discipline now: take HR advice and follow a fair process",
    glance: 'No discipline now: take HR advice first',
    details: [
      'Asking them to take down a post that shows patient information is not a disciplinary step: do that first, note when it came down and tell your data protection officer.',
      'After that, no warnings, decisions or conversations about discipline today.',
      'Check your social media and disciplinary policies with your HR adviser.',
      'If you take it further, follow a fair process in line with Acas guidance, including a chance for them to give their side.',
      acasHelpline,
    ],
    why: 'Decisions made in the heat of the moment are more likely to be unfair and to be challenged later.',
    sources: ['acas', 'ico'],
  },

  checkLeaverAgreement: {
    urgency: 'nextDays',
    title: 'Check what they agreed when they left, with HR advice',
    glance: 'Check what they agreed on leaving, with HR',
    details: [
      'Look for confidentiality or similar terms in any settlement agreement or contract they signed.',
      'No agreement can stop a protected disclosure (Employment Rights Act 1996, section 43J): if the post raises a genuine concern about patient safety, wrongdoing or breaking the law, it may be protected whatever they signed.',
      'Former staff can still claim they were treated badly for whistleblowing after they have left, so be careful how you approach them.',
      'Take HR or legal advice before you contact them about it.',
      acasHelpline,
    ],
    why: 'Terms agreed when they left may give the practice a fair way to ask for the post to come down, unless it is a disclosure the law protects.',
    sources: ['acas', 'corrections-2026'],
  },

  supportGp: {
    urgency: 'nextDays',
    title: 'Check in with the GP and offer support that suits them',
    glance: 'Check in with the GP and offer support',
    details: [
      'Ask what would help, such as time away from the front line or someone else dealing with the post.',
      "Options include occupational health, an employee assistance programme if the practice has one, their own GP, their defence body's wellbeing line, and the LMC.",
      'The BMA runs a wellbeing support line for doctors on 0330 123 1245.',
      'NHS Practitioner Health gives confidential support to all primary care staff in England on 0300 0303 300 (we have not re-checked this number: check it on their website).',
      'Check in again over the following weeks, not just today.',
    ],
    why: 'Being criticised or abused in public is distressing, and support helps most when it comes early and fits the person.',
    sources: ['bma-abuse', 'lmc', 'practitioner-health', 'corrections-2026'],
  },

  supportClinician: {
    urgency: 'nextDays',
    title: 'Check in with your colleague and offer support that suits them',
    glance: 'Check in with your colleague; offer support',
    details: [
      'Ask what would help, such as a change of duties for a while or someone else dealing with the post.',
      "Options include occupational health, an employee assistance programme if the practice has one, their own GP, and their defence body's wellbeing line if they have one.",
      'NHS Practitioner Health gives confidential support to all primary care staff in England on 0300 0303 300 (we have not re-checked this number: check it on their website).',
      'Check in again over the following weeks, not just today.',
    ],
    why: 'Being criticised or abused in public is distressing, and support helps most when it comes early and fits the person.',
    sources: ['bma-abuse', 'lmc', 'practitioner-health'],
  },

  supportNonClinical: {
    urgency: 'nextDays',
    title: 'Check in with your colleague and offer support that suits them',
    glance: 'Check in with your colleague; offer support',
    details: [
      'Ask what would help, such as working away from the front desk for a while.',
      'Options include occupational health, an employee assistance programme if the practice has one, and their own GP.',
      'NHS Practitioner Health gives confidential support to all primary care staff in England on 0300 0303 300 (we have not re-checked this number: check it on their website).',
      'Your LMC can advise the practice on supporting staff through this.',
      'Check in again over the following weeks, not just today.',
    ],
    why: 'Reception and admin staff often take the brunt of online abuse, and support helps most when it comes early and fits the person.',
    sources: ['bma-abuse', 'lmc', 'practitioner-health'],
  },

  supportManager: {
    urgency: 'nextDays',
    title: 'Make sure the manager it is about gets support too',
    details: [
      'Agree with the partners who handles the post, so the manager is not dealing with abuse about themselves.',
      'Options include occupational health, an employee assistance programme if the practice has one, their own GP, and the LMC.',
      'NHS Practitioner Health gives confidential support to all primary care staff in England on 0300 0303 300 (we have not re-checked this number: check it on their website).',
      'Check in again over the following weeks, not just today.',
    ],
    why: 'The person who usually supports everyone else is easily overlooked when they are the target.',
    sources: ['bma-abuse', 'lmc', 'practitioner-health'],
  },

  supportColleague: {
    urgency: 'nextDays',
    title: 'Check in with the colleague it is about and offer support',
    glance: 'Offer support to the colleague it is about',
    details: [
      'Ask what would help them, today and over the next few weeks.',
      'Options include occupational health, an employee assistance programme if the practice has one, their own GP, a defence body wellbeing line, and the LMC.',
      'NHS Practitioner Health gives confidential support to all primary care staff in England on 0300 0303 300 (we have not re-checked this number: check it on their website).',
    ],
    why: 'Being criticised or abused in public is distressing, and support helps most when it comes early and fits the person.',
    sources: ['bma-abuse', 'lmc', 'practitioner-health'],
  },

  finishOnPracticePc: {
    urgency: 'withinHours',
    title: 'Finish this plan on a practice computer when you are next at work',
    glance: 'Finish this plan at work, on a practice PC',
    details: [
      'Go through the rest of the questions at work, where you have practice systems and colleagues to hand.',
      personalPhoneRule,
      'Until then, do not reply to the post or talk about it online.',
    ],
    why: 'The rest of the plan needs practice systems and people, and working from home risks patient or staff details ending up on personal devices.',
    sources: ['lmc'],
  },

  setUpMonitoring: {
    urgency: 'prepare',
    title: 'Agree who keeps an eye on what is said about the practice online',
    glance: 'Agree who watches what is said online',
    details: [
      "Set up free alerts for the practice's name, for example Google Alerts.",
      'Name one person, and a stand-in, to check your pages and the review sites regularly.',
      'Agree how they flag a problem, and to whom.',
      {
        text: 'Record in practice settings whether someone keeps an eye on what is said online, so later plans know.',
        untilSettingsSay: 'monitoring',
      },
    ],
    why: 'Spotting posts early lets you act within hours instead of hearing about them from patients days later.',
    sources: ['lmc'],
  },

  writeSocialMediaPolicy: {
    urgency: 'prepare',
    title: 'Write a social media policy, or find the one you have',
    glance: 'Write or find your social media policy',
    details: [
      'Cover who speaks for the practice online, how to handle criticism and abuse, what staff may post about work, and how staff are supported.',
      'Acas guidance on social media at work is a good starting point, and your LMC may be able to help.',
      'Make clear that staff, and their families, should not defend the practice or post reviews from their own accounts.',
      {
        text: 'Record in practice settings whether you have a policy and where it is kept, so later plans know.',
        untilSettingsSay: 'policy',
      },
    ],
    why: 'A clear policy means the next incident is handled calmly and the same way every time.',
    sources: ['lmc', 'acas'],
  },

  reviewSocialMediaPolicy: {
    urgency: 'prepare',
    title: 'Review your social media policy in the light of this incident',
    glance: 'Review your social media policy',
    details: [
      'Check whether it covered what happened, and whether people knew to follow it.',
      'Update it and tell staff what has changed.',
    ],
    why: 'Each incident shows where the policy helped and where it left people guessing.',
    sources: ['lmc', 'acas'],
  },

  significantEventReview: {
    urgency: 'prepare',
    title: 'Hold a significant event review once things have settled',
    glance: 'Hold a significant event review later',
    details: [
      "Log the incident in the practice's significant event or incident log, not in a patient's record.",
      'Ask what happened and why, what the impact was, what could have gone differently, what you have learned and what will change.',
      'Record the reference numbers of any reports you made, and any advice you had, for example from the LMC or your defence body.',
      { text: 'Include the police reference number.', when: 'needsPolice' },
      'Set a date to check that the changes have happened.',
    ],
    why: 'Looking back calmly turns a bad week into changes that make the next incident easier.',
    sources: ['rcgp-sea', 'lmc'],
  },
} as const satisfies Record<string, ActionContent>;

/** Every action the plan can contain: the core steps above, and those for particular situations. */
export const actions = { ...coreActions, ...situationActions };

export type ActionId = keyof typeof actions;
export const actionIds = Object.keys(actions) as ActionId[];
