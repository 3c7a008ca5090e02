/**
 * Held-out reply sentences, written after the rules were tuned on replyCorpus.ts and not used to
 * tune them. Their figures are reported on their own, as the fairer guide to how the checks do on
 * sentences they have not seen.
 *
 * Keep it honest: do not change a rule to fix a sentence here. If you change the rules, move these
 * sentences into replyCorpus.ts and write a fresh held-out set after you finish.
 */
import type { CorpusEntry, SafeCategory, UnsafeCategory, ContentCheckId } from './replyCorpus';

const unsafe = (category: UnsafeCategory, expect: ContentCheckId, texts: readonly string[]): CorpusEntry[] =>
  texts.map((text) => ({ text, label: 'unsafe', category, expect }));
const safe = (category: SafeCategory, texts: readonly string[]): CorpusEntry[] => texts.map((text) => ({ text, label: 'safe', category }));

export const heldOutCorpus: readonly CorpusEntry[] = [
  ...unsafe('relatives', 'patientDetail', [
    "We're sorry to hear your dad has been struggling to get his medication.",
    "Your son's asthma review should have been booked sooner.",
    'We hope your wife is on the mend after her operation.',
    "Please tell your mother we're sorry for the mix-up.",
  ]),
  ...unsafe('pastContact', 'patientDetail', [
    'When you phoned us last week, our team did try to find you a slot.',
    'We returned your call as promised.',
    "As you'll remember, we offered you a telephone appointment instead.",
    'You attended the walk-in clinic and were triaged appropriately.',
  ]),
  ...unsafe('relativeDates', 'patientDetail', [
    "We're sorry things were so chaotic at the front desk yesterday morning.",
    "The practice was short-staffed on Saturday because of illness, and we're sorry you were kept waiting.",
    "We apologise that your call wasn't answered three days ago.",
  ]),
  ...unsafe('recordsAndResults', 'patientDetail', [
    'Looking at your records, you were offered a follow-up.',
    "We've gone through your file carefully.",
    'The notes from your consultation show the GP explained the risks.',
    'Your cholesterol results were within the normal range.',
  ]),
  ...unsafe('registration', 'confirmsPatient', [
    "We can confirm you're not registered at this surgery.",
    "You haven't been a patient here since 2021.",
    'There is nobody with your name on our patient list.',
    'As an existing patient, you know you can book online.',
  ]),
  ...unsafe('careWords', 'patientDetail', [
    'The painkillers you asked for need a review first.',
    "We're sorry your daughter's vaccinations were postponed.",
    'Your inhaler prescription was sent to the wrong pharmacy.',
    'The doctor decided against a referral after examining you.',
  ]),
  ...unsafe('staffNamesAndRoles', 'namesColleague', [
    'Kerry on reception was only trying to help.',
    'Dr Whitfield stands by her decision.',
    'The young doctor you described is a fully qualified GP.',
    "Our nurse practitioner who dealt with you has over ten years' experience.",
  ]),
  ...unsafe('identifiers', 'asksForDetails', [
    'Please PM us your full address so we can investigate.',
    'Could you share your date of birth below so we can look you up?',
    "Message us on Facebook with your details and we'll take it from there.",
    'Please send your NHS number and postcode to us in a private message.',
  ]),
  ...unsafe('legalThreats', 'threatens', [
    'We consider this review to be defamatory and are seeking advice.',
    'Our solicitor has been asked to look at this post.',
    'Any further false claims will be referred to our lawyers.',
  ]),
  ...unsafe('removalThreats', 'threatens', [
    'Abusive behaviour will lead to removal from the practice list.',
    'If this continues we will have to ask you to register with a different practice.',
    'You are at risk of being deregistered.',
  ]),

  ...safe('serviceFacts', [
    'Appointments for the following day open at 3pm.',
    'Prescription requests are processed within two working days.',
    'The NHS App lets you see test results and order repeat medication.',
    'Patients can ask for a chaperone at any appointment.',
    'The surgery is closed on Wednesday afternoons for staff training.',
    'Our new phone system will be introduced in the spring.',
  ]),
  ...safe('vaccineClinics', [
    'Our flu clinics take place on Saturday mornings in October and November.',
    'Covid and flu vaccines are offered to eligible patients each autumn.',
  ]),
  ...safe('confidentiality', [
    "We can't comment on anyone's individual circumstances on social media.",
    'We never share information about any patient online.',
  ]),
  ...safe('nhsBodies', ['We follow UKHSA guidance on childhood immunisations.']),
  ...safe('invitations', [
    'Our practice manager, on 01632 960000, would like to hear from you.',
    'If you would like to discuss this, please ring and ask for the practice manager.',
    'Please contact the surgery on 01632 960000 so we can look into your concerns.',
    'Please visit our website to read our privacy notice.',
  ]),
  ...safe('sympathy', [
    'We know waiting for results can be worrying, and we aim to share them as soon as possible.',
    "We're sorry you've had a frustrating experience.",
    'We are sorry to read about your experience and would like to understand more.',
  ]),
  ...safe('complaintsProcess', ['Our complaints procedure explains what happens next and how long it takes.']),
  ...safe('feedback', ['We welcome all feedback and will share yours with the team.']),
  ...safe('dontShareDetails', [
    "Please don't post your personal or health details in the comments.",
    'We will never ask you to share your NHS number or date of birth on social media.',
  ]),
  ...safe('staffInGeneral', [
    'Our reception staff are here to help everyone who contacts us.',
    'Our doctors and nurses work hard to see as many people as possible.',
    'Everyone deserves to be treated with kindness, patients and staff alike.',
  ]),
];
