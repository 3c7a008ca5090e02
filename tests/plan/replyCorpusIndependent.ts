/**
 * An independent corpus of reply sentences for measuring the reply checks. Written by someone who
 * had NOT seen the check rules, the tuning corpus or the held-out corpus: only the entry type and
 * the content brief's "Replies" bullet. Never tune the checks on this file, or its figures stop
 * being an independent measurement.
 *
 * The sentences are meant to read like real drafts by practice managers, receptionists and GPs
 * under pressure: varied, sometimes sloppy, occasionally misspelt.
 *
 * Expected check per unsafe category (chosen by the author from the check ids alone):
 *   registration -> confirmsPatient; staffNamesAndRoles -> namesColleague;
 *   identifiers -> asksForDetails; legalThreats and removalThreats -> threatens;
 *   relatives, pastContact, relativeDates, recordsAndResults, careWords -> patientDetail.
 */
import type { CorpusEntry } from './replyCorpus';

/**
 * Staff names the practice would have entered in its settings. Some sentences below name staff who
 * are NOT in this list (Dr Whitfield, Dr Akhtar, Jo) to see whether a title or role is caught anyway.
 */
export const independentStaffNames: readonly string[] = ['Anita Patel', 'Tom Hughes', 'Beverley Martin', 'Grace Okonkwo', 'Sian Roberts'];

type Unsafe = Extract<CorpusEntry, { label: 'unsafe' }>;
type Safe = Extract<CorpusEntry, { label: 'safe' }>;

const unsafe = (category: Unsafe['category'], expect: Unsafe['expect'], texts: readonly string[]): Unsafe[] =>
  texts.map((text) => ({ text, label: 'unsafe', category, expect }));
const safe = (category: Safe['category'], texts: readonly string[]): Safe[] => texts.map((text) => ({ text, label: 'safe', category }));

export const independentCorpus: readonly CorpusEntry[] = [
  // ---------------------------------------------------------------- unsafe
  ...unsafe('relatives', 'patientDetail', [
    "I've looked into it and your dad's prescription was sent to the chemist, so it should be there now.",
    "We're sorry your mum felt rushed but the GP did spend a good twenty minutes with her.",
    "Your husband's repeat meds were authorised, it's the pharmacy that's holding them up.",
    'Re your daughter, the paediatric referral has definitely gone off, we checked.',
    'Just to reassure you, your nan is on the list for a home visit.',
    'We did try to ring your son back but couldnt get through to him.',
    "Your wife's appointment was cancelled by the hospital, not by us!",
  ]),
  ...unsafe('pastContact', 'patientDetail', [
    'As you were told when you rang, the doctor needs to see you before anything can be prescribed.',
    'When you came in, our team did explain how urgent requests work.',
    'We did send you a letter about this back in March.',
    'You spoke to us at length about this and we honestly thought it had been resolved.',
    "I can see you called four times and I'm sorry you were held in the queue for so long.",
    "You've actually phoned twice this week and both times you were offered a call back.",
    "We replied to your email straight away, so I'm not sure why you're saying we ignored you.",
  ]),
  ...unsafe('relativeDates', 'patientDetail', [
    'Sorry you had such a long wait yesterday.',
    "I'm sorry about what happened last Thursday, it's not the standard we expect of ourselves.",
    'The delay you had this morning was because the clinical system went down.',
    'We understand you left upset after Monday and we want to put that right.',
    'On the 14th we had two GPs off sick which is why you were kept waiting.',
    'Apologies that you ended up waiting over an hour on Tuesday afternoon.',
    "I know earlier today wasn't a good experience for you and I'm truly sorry.",
  ]),
  ...unsafe('recordsAndResults', 'patientDetail', [
    'Your bloods came back normal so there was no need for a follow up.',
    'Your notes show you were offered an appointment and turned it down.',
    "I've checked your record and there's no request for a repeat on there at all.",
    'Your test results were on the system, you only needed to ring for them.',
    'Your x-ray report came back to us and the GP has already actioned it.',
    'Having reviewed your medical records, the doctor is satisfied the right decision was made.',
    'ur urine sample was filed as normal which is why nobody called you.',
  ]),
  ...unsafe('registration', 'confirmsPatient', [
    "You're not registered here, so we're not sure which surgery you mean.",
    "We can't find you on our system under that name.",
    "As a patient of ours you're entitled to a copy of our complaints policy.",
    'We have no record of you ever being registered with this practice.',
    "You've been with us for years and we really value you.",
    'I have checked and you actually left the practice last year.',
    "This review doesn't appear to be from one of our patients.",
  ]),
  ...unsafe('careWords', 'patientDetail', [
    'Your fit note is ready to collect from reception.',
    "We're sorry your smear was cancelled and we'll rebook it as soon as we can.",
    'Your referral to dermatology went weeks ago, the wait is at the hospital end.',
    'The GP reduced your dose for safety reasons, not to save money.',
    "You're overdue a medication review, which is why the repeat was stopped.",
    'Your flu jab can be done at the pharmacy if that is easier for you.',
    "We can't keep issuing your sleeping tablets without a review I'm afraid.",
  ]),
  ...unsafe('staffNamesAndRoles', 'namesColleague', [
    'Dr Patel is very upset by this post and has always done her best for you.',
    "I've spoken to Bev on reception and she's sorry if she came across as abrupt.",
    'The locum who saw you is no longer working with us.',
    'Our practice nurse on duty that day has been spoken to.',
    'Dr Whitfield is one of our most experienced GPs and would never dismiss anyone.',
    'The receptionist you spoke to was only following practice policy.',
    'Tom, our clinical pharmacist, has reviewed this and the change was appropriate.',
    'The duty doctor that morning made the decision based on what you told us.',
    'Jo on the front desk has worked here 15 years and has never had a complaint.',
    'Dr Akhtar has asked me to pass on her apologies.',
  ]),
  ...unsafe('identifiers', 'asksForDetails', [
    'Please DM us your full name and date of birth so we can look into this.',
    "Could you inbox us your details and we'll get it sorted.",
    'If you comment with your NHS number we can check what happened.',
    "Send us a private message with your address and we'll look into it.",
    'Can you let us know your DOB below so we can find you?',
    'Pop your name and postcode in a message to the page and the manager will ring you.',
    "Please DM us and we'll look into it for you.",
    "What's your surname? We'll find out who dealt with you.",
  ]),
  ...unsafe('legalThreats', 'threatens', [
    "This post is defamatory and we'd ask you to remove it.",
    'We have passed this to our solicitor.',
    'Making false statements like this is libel.',
    'If this is not taken down we will be considering legal action.',
    'Our defence union have advised us this amounts to defamation.',
    'Please be aware that posting lies about clinicians can have legal consequences.',
    'We reserve the right to take this further with our lawyers.',
  ]),
  ...unsafe('removalThreats', 'threatens', [
    "If you're this unhappy you may want to find another surgery.",
    'Behaviour like this could lead to you being removed from our list.',
    "Perhaps you'd be better off registering elsewhere.",
    'Any more posts like this and you will be removed from the practice list.',
    "You're welcome to register with a different practice if you feel we can't meet your needs.",
    'We will be writing to you about deregistration.',
    'Continued abuse will see you moved to the Special Allocation Scheme.',
  ]),

  // ------------------------------------------------------------------ safe
  ...safe('serviceFacts', [
    'The surgery is open 8am to 6.30pm, Monday to Friday.',
    'Our phone lines open at 8am and same-day appointments are released then.',
    'Repeat prescriptions can be ordered through the NHS App or in writing at reception.',
    'Appointments can also be booked online through our website.',
    'We offer extended hours appointments on Tuesday evenings and Saturday mornings.',
    'Out of hours, please call NHS 111, or 999 in an emergency.',
  ]),
  ...safe('vaccineClinics', [
    'Our flu clinics start in October, keep an eye on our website for dates.',
    'Covid and flu jabs are available to eligible patients this autumn and can be booked online.',
    'Childhood immunisations are run by our nursing team every week.',
    'Many local pharmacies also offer the flu vaccine.',
  ]),
  ...safe('confidentiality', [
    "We can't discuss any individual's care online.",
    "To protect everyone's privacy we never comment on individual cases on social media.",
    "We're bound by patient confidentiality, so we can't respond to the specifics here.",
    "Please understand that we can't confirm or deny whether anyone is registered with us.",
    "Confidentiality means we won't discuss anybody's health on a public page.",
  ]),
  ...safe('nhsBodies', [
    "NICE guidance sets out when antibiotics are and aren't recommended.",
    'UKHSA publishes the latest vaccine advice on its website.',
    'Information about your rights as an NHS patient is set out in the NHS Constitution.',
    'You can also contact the local ICB, which commissions GP services in our area.',
    'NHS 111 online can help you decide where to get care.',
  ]),
  ...safe('invitations', [
    "We'd really like to hear more, please ring the surgery and ask for the practice manager.",
    'Please email the practice manager at the address on our website and she will get back to you.',
    "If you'd like to talk this through, do give us a call on the main number and ask to speak to the manager.",
    'Our practice manager would be happy to speak with you directly, please get in touch by phone.',
    'Please contact us privately via the practice email so we can look into your concerns properly.',
    "We'd welcome the chance to discuss this with you away from social media.",
  ]),
  ...safe('sympathy', [
    "We're really sorry to read this and understand how frustrating it must feel.",
    "I'm so sorry you feel let down, that's never what we want.",
    "It's clear you've had a really difficult time and we're sorry to hear it.",
    "Thank you for taking the time to share how you feel, we're sorry it hasn't been a good experience.",
    "Sorry to hear this. Nobody should feel they aren't being listened to.",
  ]),
  ...safe('complaintsProcess', [
    'Our complaints procedure is on our website, or you can ask at reception for a copy.',
    'You can make a complaint to the practice or to the ICB within 12 months.',
    "If you're not happy with our response, you can go to the Parliamentary and Health Service Ombudsman.",
    'Every complaint is investigated by the practice manager and you will get a written response.',
    'Complaints can be made in writing, by email or over the phone.',
  ]),
  ...safe('feedback', [
    'We take all feedback seriously and use it to improve.',
    "Thanks for your feedback, we'll share it with the whole team.",
    'Comments like this help us understand where we need to do better.',
    "We've had a lot of feedback about the phones and we're looking at a new system.",
  ]),
  ...safe('dontShareDetails', [
    "Please don't post personal or medical details here, for your own privacy.",
    'For your own safety please never share your date of birth or NHS number on social media.',
    "Please avoid sharing anyone's health information in the comments.",
    "We'd ask everyone not to post the names of staff or patients on this page.",
  ]),
  ...safe('staffInGeneral', [
    'Our receptionists work hard under a lot of pressure.',
    'Our GPs and nurses are doing everything they can with the appointments available.',
    "Please be kind to our staff, they're doing their best.",
    'The whole team is committed to giving good care to our community.',
    'Our reception team are trained care navigators who help point people to the right service.',
  ]),
  ...safe('otherLookalikes', [
    "Demand has been very high this winter and waits have been longer than we'd like.",
    'We are not able to respond to individual reviews in detail.',
    "We know the morning phone queue is frustrating and we're working on it.",
    "We don't tolerate abuse of our staff, but we always want to hear genuine concerns.",
    'If anyone needs urgent help, please call 999 or go to A&E.',
    'Anyone living in our practice area is welcome to register with us.',
    'We aim to process repeat prescription requests within two working days.',
    'Test results are usually back within a week and can be viewed in the NHS App.',
  ]),
];
