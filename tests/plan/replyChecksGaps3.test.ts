/**
 * Table tests for the rules added after the third blind corpus showed gaps (30 November 2026):
 * text-speak and common misspellings ("ur", "u", "wed", "recieved"), a time that is someone's ("your 10.15am slot"), days and holidays
 * told as a story, contact received or made at the desk, named medicines, care said to be working,
 * registration said of one person, a name beside the practice manager's role, a job with a regular
 * shift, requests to "add" or "tag" details, medical defence bodies, page admins and bans; and the
 * look-alikes that must stay quiet ("made our day!", a list of details the practice will never ask for, equipment named after a test). None of
 * these sentences is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/plan/replyChecks';
import { ruleTable, type RuleRow } from './replyRuleTable';

const unsafe: readonly RuleRow[] = [
  // Text-speak written out before the rules read it.
  ['sorry u were kept waiting so long yday', 'patientDetail'],
  ['hope ur mum is feeling better now', 'patientDetail'],
  ['soz ur appt on thurs got moved, we know thats annoying', 'patientDetail'],
  ['sorry about yr sons inhaler, pls ring us', 'patientDetail'],
  ['ur not on our list any more so cant book online', 'confirmsPatient'],
  ['sorry the wait on sat was so long for u', 'patientDetail'],
  // Common misspellings written out.
  ['we recieved the complaint u sent and the manager has it', 'patientDetail'],
  ['the receptionst you spoke to was new', 'namesColleague'],
  ['Your referal has gone to the hospital.', 'patientDetail'],
  ['We have passed this to our soliciters.', 'threatens'],
  // A time that belongs to someone.
  ['We are sorry your 10.15am slot was cut short.', 'patientDetail'],
  ['Her 2pm appointment should have started on time.', 'patientDetail'],
  ['We looked into why your Monday booking was cancelled.', 'patientDetail'],
  // Days told as a story.
  ['A call back was arranged for the following Wednesday.', 'patientDetail'],
  ['The form arrived on the Friday and we answered it on the Monday.', 'patientDetail'],
  ['We are sorry nobody rang back until the next day.', 'patientDetail'],
  // Holidays and weekends told as a story.
  ['Your request came in over the Easter weekend, so it was delayed.', 'patientDetail'],
  ['We are sorry your call was not answered during the Christmas break weekend.', 'patientDetail'],
  ['We dealt with your request over the long bank holiday.', 'patientDetail'],
  // Contact received, or made at the desk or on the phone.
  ['Your written complaint has now been passed to the partners.', 'patientDetail'],
  ["We've had your email and the manager is looking at it.", 'patientDetail'],
  ['His enquiry was logged on the system straight away.', 'patientDetail'],
  ['The concern you mentioned at reception is being looked at.', 'patientDetail'],
  ['We know you asked twice over the phone.', 'patientDetail'],
  ['The points you made to the receptionist have been passed on.', 'patientDetail'],
  // Named medicines and classes.
  ['We know switching to citalopram has been hard.', 'patientDetail'],
  ['Stopping the ramipril was the right call.', 'patientDetail'],
  ['Any side effects from the atorvastatin can be discussed in person.', 'patientDetail'],
  ['We understand the statins have not agreed with him.', 'patientDetail'],
  // Care said to be working, with more care words before it.
  ['We hope the physio referral helps.', 'patientDetail'],
  ['Glad the cream finally cleared up that rash.', 'patientDetail'],
  ['The hospital letter should help with the wait.', 'patientDetail'],
  // Care with any word before it, told as coming back, or as a point in the story.
  ['Hope the heel prick test came back fine.', 'patientDetail'],
  ['Sorry the cough syrup did not help.', 'patientDetail'],
  ['The dentist referral you wanted was turned down.', 'patientDetail'],
  ['It has been a hard time for you since the diagnosis.', 'patientDetail'],
  ['Your repeat is ready to collect.', 'patientDetail'],
  ['Sorry your husbands results were late.', 'patientDetail'],
  ['You left before the doctor could see you.', 'patientDetail'],
  // A child by name, a health step, what someone is, their own clinician.
  ['We hope little Freddie is feeling brighter now.', 'patientDetail'],
  ['Glad to hear baby Isla is feeding well.', 'patientDetail'],
  ['Well done on giving up smoking, it is a big step.', 'patientDetail'],
  ['Congratulations on losing weight this year.', 'patientDetail'],
  ['We know you are pregnant and anxious about this.', 'patientDetail'],
  ['ur pregnant so pls ring the midwives', 'patientDetail'],
  ['He is diabetic, so the delay mattered.', 'patientDetail'],
  ['Your GP is aware and will follow this up.', 'patientDetail'],
  ['Her health visitor has been told.', 'patientDetail'],
  // What the practice holds, changed; a call made; care to come; care apologised for.
  ['Your contact preferences have now been updated.', 'patientDetail'],
  ['We have unlocked your online account.', 'patientDetail'],
  ['We have noted on the system that you would rather have a letter.', 'patientDetail'],
  ['We phoned the mobile number we had but nobody answered.', 'patientDetail'],
  ['Good luck with the scan next week.', 'patientDetail'],
  ['We hope your operation tomorrow goes smoothly.', 'patientDetail'],
  ['Sorry the diabetes review took so long to arrange.', 'patientDetail'],
  // A condition that is theirs.
  ['Good to hear the boys are over their ear infections.', 'patientDetail'],
  ['We hope the new plan helps with their asthma.', 'patientDetail'],
  ['Hope their migraines settle soon.', 'patientDetail'],
  // Registration said of one person, or welcomed.
  ['Your overseas visitor registration lapsed in the spring.', 'confirmsPatient'],
  ['Welcome to the surgery, we hope you settle in well.', 'confirmsPatient'],
  ['Thank you for choosing our practice when you moved.', 'confirmsPatient'],
  // Care words with a describing word first.
  ['Sorry the hormonal coil fitting was uncomfortable.', 'patientDetail'],
  ['We are sorry your eye drops were out of stock.', 'patientDetail'],
  ['The early scan was booked by the midwife.', 'patientDetail'],
  // Colleagues described as people, named beside the manager's role, or by a regular shift.
  ['The chap who took your call is new to the team.', 'namesColleague'],
  ['The young lass who answered was following the rules.', 'namesColleague'],
  ['Priya, our practice manager, looked at this herself.', 'namesColleague'],
  ['Our deputy manager, Tom, will be in touch.', 'namesColleague'],
  ['The nurse who works Monday mornings has been spoken to.', 'namesColleague'],
  ['Our receptionist who does the late shift was upset by this.', 'namesColleague'],
  ['The GP on Fridays has reviewed what happened.', 'namesColleague'],
  ['Jess (reception) has said sorry.', 'namesColleague'],
  ['The lovely lady who does our bloods was upset.', 'namesColleague'],
  ['The receptionist you were rude to was in tears.', 'namesColleague'],
  // Asking for details with other verbs, or one item of a list.
  ['Tag your partner and add his date of birth below.', 'asksForDetails'],
  ['Type your NHS number in the comments and we will check.', 'asksForDetails'],
  ['Please send your full name, address and postcode.', 'asksForDetails'],
  ['Please DM us your date of birth and we will look.', 'asksForDetails'],
  // A private message on the site, even asking for nothing: whatever is sent there can end up
  // public, so the practice's own phone or email is the safer invitation (the warning says so).
  ['Feel free to DM us and we will pass it to the right person.', 'asksForDetails'],
  ['You can message us here or give the surgery a ring.', 'asksForDetails'],
  // Medical defence bodies.
  ['We have passed your review to the MDU.', 'threatens'],
  ['Our defence organisation will be contacting you.', 'threatens'],
  ['Medical Protection are aware of these comments.', 'threatens'],
  // Page admins, deleting the post, bans.
  ['We have reported you to the page admins.', 'threatens'],
  ['We will ask the moderators to remove your comments.', 'threatens'],
  ['Please delete this now.', 'threatens'],
  ['Carry on and we will have you banned.', 'threatens'],
  ['We will block you if this continues.', 'threatens'],
  ['We have contacted Google about your review.', 'threatens'],
  ['Your comments have been screenshotted.', 'threatens'],
  ['Posts like this could be considered harassment.', 'threatens'],
  ['Maybe you would be happier at a different GP surgery.', 'threatens'],
];

const safe: readonly string[] = [
  // Text-speak that is general.
  'if u need help pls ring the surgery',
  'u can book online or ring us on 01234 567890',
  'the doc will ring back if u ask at reception',
  'Our docs and nurses work really hard.',
  // Times, days and holidays as a timetable or a notice.
  'Our Saturday clinic starts at 9am every week.',
  'Flu clinics run on the following Saturdays in October.',
  'The surgery is closed on bank holidays; please call 111.',
  // An apology to everyone for a busy time says nothing about anyone.
  'We are sorry the line was so busy during the Christmas break weekend.',
  'Results usually come back the following week.',
  // Contact offered, not told; complaints as a process.
  'You can raise any concern at the front desk.',
  'Complaints are acknowledged within three working days.',
  'The points raised in your review are important to us.',
  // Medicines as the service or of everyone.
  'Paracetamol and ibuprofen are available over the counter.',
  'National guidance on statins applies to all patients.',
  // Registration as an invitation.
  'You can complete your registration online.',
  'Anyone who lives in the area can register with us.',
  'We help patients manage their asthma through our clinics.',
  // Own clinicians, records, health steps and states said in general.
  'Please speak to your GP if you are worried.',
  'You can update your contact details through the NHS App.',
  'Feedback is logged on our system and reviewed every month.',
  'Our stop smoking service can help anyone who wants to quit smoking.',
  'If you are pregnant, please let the receptionist know.',
  'Baby Clinic runs every Tuesday.',
  'The asthma clinic next week is fully booked.',
  // Roles as the service, and a manager without a name.
  'Our practice manager will be happy to talk to you.',
  'Our nurses run clinics on Thursdays.',
  'Please ask for the manager when you call.',
  // Refusing a list.
  'We will never ask you to post your date of birth, address or NHS number here.',
  // Warmth, and equipment named after a test.
  'Thanks so much for the five stars, it made our day!',
  'Congratulations to the whole team, well done!',
  'The new ECG machine was paid for by our patient group.',
  'The blood test room was repainted last spring.',
  // Care words as the service, and staff by role only.
  'Repeat prescriptions can be ordered through the NHS App.',
  'Since the pandemic, demand for appointments has grown.',
  'We hope the extra appointments help.',
  'Our reception team are here to help.',
  // Legal and removal words that are not threats.
  'We have a page on Google where you can leave feedback.',
  'Our defence of patient privacy is why we cannot say more.',
  'Please do not share personal details in the comments.',
];

describe('the rules added after the third blind corpus', () => {
  ruleTable(unsafe, safe);

  it('quotes the draft’s own text-speak, not the words it was read as', () => {
    const checks = checkReply('sorry ur visit on wed was rushed, pls call us', { staffNames: [] });
    const detail = checks.find((check) => check.id === 'patientDetail');
    expect(detail?.found.join(' ')).toContain('ur visit on wed');
  });

  it('still flags an exclamation mark that is not plain warmth', () => {
    const checks = checkReply('Thank you for your feedback! Please contact us.', { staffNames: [] });
    expect(checks.map((check) => check.id)).toContain('defensive');
  });
});
