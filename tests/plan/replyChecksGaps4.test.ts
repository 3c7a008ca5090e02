/**
 * Table tests for the rules added after the fourth blind corpus showed gaps (30 November 2026):
 * having seen someone at a clinic, fitting someone in, a paper about their care arriving (or not),
 * being a loyal or long-standing patient, a medicine named for one person even in a refusal, being
 * on a waiting list, a procedure on one person's body, any words before a care word that is theirs,
 * a colleague's initials, a name set beside a description of one person, a colleague's age or
 * apprenticeship, a picture of a document asked for, asking in public who someone is, a "final
 * warning", and a post that "goes straight to the police"; and the look-alikes that must stay
 * quiet. None of these sentences is copied from a corpus.
 */
import { describe } from 'vitest';
import { ruleTable, type RuleRow } from './replyRuleTable';

const unsafe: readonly RuleRow[] = [
  // Having seen the person at a clinic or at the practice.
  ['It was so nice to see you at the baby clinic this week.', 'patientDetail'],
  ['Great seeing your dad in the waiting room, he looked well.', 'patientDetail'],
  ['We saw you at the asthma review and you seemed happy then.', 'patientDetail'],
  ['Lovely to meet her at the Saturday vaccine session, sorry about the cold.', 'patientDetail'],
  // An appointment found for one person.
  ['Pleased we could fit you in before the weekend.', 'patientDetail'],
  ['We managed to squeeze her in at the end of the morning list.', 'patientDetail'],
  ['The duty team slotted you in as soon as they could.', 'patientDetail'],
  ['We were able to get your son in the same day.', 'patientDetail'],
  // A paper about someone's care arriving, or not yet arriving.
  ['Your scan report arrived this morning and is with the doctor.', 'patientDetail'],
  ["The clinic letter from the consultant still hasn't come through.", 'patientDetail'],
  ['The results you asked about have now reached us.', 'patientDetail'],
  ['His discharge letter landed in our inbox on Friday.', 'patientDetail'],
  // Being a patient, told warmly.
  ['Thanks for being such a long-standing patient of ours.', 'confirmsPatient'],
  ["You've been a valued patient here for many years.", 'confirmsPatient'],
  ['She has been a patient with us since she was a baby.', 'confirmsPatient'],
  // A medicine named for one person, refusal or not.
  ["I'm afraid we're not able to prescribe you zopiclone long term, that's guidance.", 'patientDetail'],
  ['We cannot give him antibiotics for a cold, national guidance is clear.', 'patientDetail'],
  ['Codeine for your back pain is something the GP would need to review in person.', 'patientDetail'],
  // On a waiting list.
  ["The physio waiting list is long but you're definitely on it.", 'patientDetail'],
  ['He is still on the memory clinic waiting list.', 'patientDetail'],
  ["You're near the top of the waiting list now.", 'patientDetail'],
  // A procedure on one person's body.
  ['Sorry the nurse could not dress your leg ulcer that day.', 'patientDetail'],
  ['We examined her knee and found nothing broken.', 'patientDetail'],
  ["We weren't able to freeze your verruca on the day.", 'patientDetail'],
  // Any words before a care word that is someone's.
  ['Your tier two diabetes referral has gone off.', 'patientDetail'],
  ['Her community mental health assessment was moved.', 'patientDetail'],
  ['Good news, your sleep clinic appointment is confirmed.', 'patientDetail'],
  // A colleague's initials.
  ['KT has already said sorry for the mix-up.', 'namesColleague'],
  ['Our receptionist RM was only following the rules.', 'namesColleague'],
  ['SB will call you back this afternoon.', 'namesColleague'],
  // A name beside a description of one person.
  ['The gentleman on the front desk, Dave, meant no harm.', 'namesColleague'],
  ['Our lovely nurse, Priya, has been told.', 'namesColleague'],
  ['The lady at reception, Kim, has been spoken to.', 'namesColleague'],
  // A colleague's age or apprenticeship.
  ['Our apprentice administrator is still learning the ropes.', 'namesColleague'],
  ['Go easy on the receptionist, he is only 18.', 'namesColleague'],
  ['Our 19-year-old receptionist was upset by the comments.', 'namesColleague'],
  // A picture of a document asked for.
  ['Pop a picture of your repeat slip in the comments and we will check.', 'asksForDetails'],
  ['Could you send us a screenshot of the text message you got?', 'asksForDetails'],
  ['Just photograph your appointment letter and upload it here.', 'asksForDetails'],
  // Asking in public who someone is.
  ['Is this Mrs Okafor? We think we know who you are.', 'asksForDetails'],
  ['Are you Dave Smith from Elm Road?', 'asksForDetails'],
  ['Please confirm you are the patient so we can look into it.', 'asksForDetails'],
  // A final warning, and a post that goes to the police.
  ['Consider this a last warning.', 'threatens'],
  ['Any comment like that will be passed straight to the police.', 'threatens'],
  ['Another review like this goes directly to our solicitors.', 'threatens'],
];

const safe: readonly string[] = [
  // Seeing people, said as an invitation.
  'We would love to see you at the flu clinic next week.',
  'Hope to see lots of you at the coffee morning.',
  // Fitting people in, said as the service.
  'If you ring at 8am we can often fit people in the same day.',
  "We'll always try to squeeze in urgent cases.",
  // Papers said of everyone.
  'Hospital letters usually take a week or two to reach us.',
  'When a discharge summary arrives, a GP reads it the same day.',
  // Patients in general.
  'Thank you for being patient while the phones are fixed.',
  'We value every patient who has stayed with us over the years.',
  // Medicines said of everyone.
  'National guidance says diazepam should not be prescribed for fear of flying.',
  'We do not prescribe antibiotics for viral infections.',
  // Waiting lists as the service.
  'Waiting lists for counselling are long across the county.',
  'Anyone can ask to join the waiting list for physio.',
  // Procedures as the service or self-care.
  'Ear syringing is no longer offered at the practice.',
  'You can learn how to syringe your ears at home with drops.',
  // "your" before care-ish words that are not care.
  'Thank you for your comments about referrals.',
  'Your local pharmacy can help with minor illnesses.',
  // Capitals that are not initials.
  'The NHS has apologised for the national IT outage.',
  'The ICB has said funding will continue.',
  // Descriptions without a name.
  'The lady on the phones, however, was following the triage rules.',
  'Our receptionists, Monday to Friday, answer calls from 8am.',
  // Staff in general, and ages not about staff.
  'Our apprenticeship scheme has trained many local people.',
  'Children under 16 need a parent to register.',
  // Pictures and identity, refused or about the practice.
  'We will never ask you to send a screenshot of the booking confirmation here.',
  'We will not ask you to confirm who you are on here.',
  'Is this the best way to reach you? Our number is on the website.',
  // Warnings and the police, said kindly.
  'If you feel unsafe, please contact the police.',
  'We have put up a warning sign about the wet floor.',
];

describe('the rules added after the fourth blind corpus', () => {
  ruleTable(unsafe, safe);
});
