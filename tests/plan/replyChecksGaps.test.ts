/**
 * Table tests for the rules added after the independent corpus showed gaps (30 November 2026):
 * a first name or nickname with a place or job, being due or overdue care, a medicine with any
 * word before it, a weekday tied to what someone did, joining or leaving the practice, "doesn't
 * appear to be a patient", "register elsewhere" and its kin, legal consequences, and "What's your
 * surname?". Each rule has paraphrases that must be caught and look-alikes that must not. None of
 * these sentences is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/plan/replyChecks';
import { ruleTable, type RuleRow } from './replyRuleTable';

const unsafe: readonly RuleRow[] = [
  // A first name or nickname with a place or a job.
  ['Mel on reception has passed on her apologies.', 'namesColleague'],
  ['We have had a word with Tash at the front desk about this.', 'namesColleague'],
  ['Gaz from the dispensary will look into it.', 'namesColleague'],
  ['Kath, our receptionist, remembers the morning well.', 'namesColleague'],
  ['Our receptionist Dee is very upset by your post.', 'namesColleague'],
  ['Priya, one of our nurses, has been with us for years.', 'namesColleague'],
  // Due or overdue care.
  ['You are long overdue for your asthma review.', 'patientDetail'],
  ["She's due her smear test and hasn't booked it.", 'patientDetail'],
  ['He was overdue a blood test, so the doctor could not continue.', 'patientDetail'],
  ['You have been due a review of your tablets since spring.', 'patientDetail'],
  // A medicine with any word before it.
  ['We cannot simply carry on prescribing your water tablets.', 'patientDetail'],
  ['Her heart pills need a check before they can be reissued.', 'patientDetail'],
  ['His thyroid medication was changed for a good reason.', 'patientDetail'],
  // A weekday tied to what someone did.
  ['We know you waited a long time since Friday and we are sorry.', 'patientDetail'],
  ['We gather you felt let down after Tuesday.', 'patientDetail'],
  ['You phoned on Thursday and nobody called back.', 'patientDetail'],
  // Joining or leaving the practice.
  ['You joined our list only a few months ago.', 'confirmsPatient'],
  ['She has left the surgery, so we cannot help.', 'confirmsPatient'],
  ['You registered with us in 2019.', 'confirmsPatient'],
  // Seeming not to be a patient, or a post not from one.
  ['You do not seem to be registered with us.', 'confirmsPatient'],
  ['The person who wrote this does not appear to be a patient.', 'confirmsPatient'],
  ['This post is not from one of our patients.', 'confirmsPatient'],
  ['The comment appears to have been left by a former patient.', 'confirmsPatient'],
  // Going elsewhere.
  ['It may be best for you to look elsewhere for your care.', 'threatens'],
  ['You might be happier registering somewhere else.', 'threatens'],
  ['Have you thought about moving elsewhere?', 'threatens'],
  // Legal consequences.
  ['Posts like this may have legal repercussions.', 'threatens'],
  ['Comments of this kind could be legally actionable.', 'threatens'],
  ['We are considering our legal options.', 'threatens'],
  // A question that asks for a detail outright.
  ['What is your date of birth? We will look you up.', 'asksForDetails'],
  ["What's your full name, so we can check?", 'asksForDetails'],
];

const safe: readonly string[] = [
  // Places and jobs without a name.
  'Staff on reception are trained to ask a few questions.',
  'Leaflets at reception explain how to make a complaint.',
  'Anyone at the front desk can give you a complaints form.',
  'Flu jabs are available on Saturday at reception.',
  'Our receptionists work hard and we value them.',
  'Our Nurse Practitioner clinics run every weekday.',
  // Due, overdue and reviews said of everyone, or not about care.
  'Patients on repeat medicines are invited for a yearly review.',
  'We are sorry that our reply is overdue.',
  'You are due an apology and we are sorry.',
  // Medicines said of everyone.
  'Repeat prescriptions can be ordered through the NHS App.',
  'Please use your NHS App to order repeat prescriptions.',
  'We welcome your questions about medicines.',
  // Weekdays as a timetable, or not tied to what someone did.
  'The surgery is closed on Monday for staff training.',
  'Our phlebotomy clinic runs on Wednesday mornings.',
  'We will reply to all messages after Monday.',
  'Whether you post on Monday or Sunday, we read every review.',
  // Joining, leaving and being a patient, said of everyone.
  'New patients can register with us online.',
  'Patients who leave the area need to register with a local practice.',
  'We value feedback from all our patients.',
  'Your rights as an NHS patient are set out in the NHS Constitution.',
  // Words near "elsewhere" and "legal" that are not threats.
  'Information about other local services is available elsewhere on our website.',
  'We have a legal duty to keep information confidential.',
  'Thank you for such clear and actionable feedback.',
  // Questions that do not ask for details.
  'What is your experience of our new phone system? Please contact us to tell us.',
  'We will never ask for your date of birth on here.',
];

describe('the rules added after the independent corpus', () => {
  ruleTable(unsafe, safe);

  it('says what it found in plain words, quoting the draft', () => {
    const check = checkReply('Jo on the desk sends her apologies. Please contact us.', { staffNames: [] }).find(
      (found) => found.id === 'namesColleague',
    );
    expect(check?.found).toEqual(['Jo on the desk']);
    expect(check?.message).toContain('"Jo on the desk"');
  });
});
