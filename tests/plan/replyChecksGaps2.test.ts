/**
 * Table tests for the rules added after the second blind corpus showed gaps (30 November 2026):
 * relative dates and times, past contact said in passing, registration in idiom, medicines said to
 * be working, "NHS no.", going to the police and having a post taken down; and the look-alikes that
 * must stay quiet (an email inbox, "children's vaccinations", "a relative's care"). None of these
 * sentences is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/plan/replyChecks';
import { ruleTable, type RuleRow } from './replyRuleTable';

const unsafe: readonly RuleRow[] = [
  // Relative dates and times.
  ['We are sorry you were let down three fortnights ago.', 'patientDetail'],
  ['It was a difficult visit a fortnight ago and we are sorry.', 'patientDetail'],
  ['We are sorry the phones let you down at the weekend.', 'patientDetail'],
  ['We hope the rest of your day went better this morning.', 'patientDetail'],
  ["Tuesday's delay was down to staff sickness.", 'patientDetail'],
  ["We apologise for Friday's mix-up.", 'patientDetail'],
  ['We are sorry the clinic was so busy on Wednesday.', 'patientDetail'],
  ['What happened on the 3rd should not have happened.', 'patientDetail'],
  // Past contact said in passing.
  ['As dicussed, the manager will ring back.', 'patientDetail'],
  ['Further to our phone call, we have looked into this.', 'patientDetail'],
  ['After your appointment, the team reviewed the matter.', 'patientDetail'],
  ['We did try calling you yesterday afternoon.', 'patientDetail'],
  ['The nurse tried phoning you but there was no answer.', 'patientDetail'],
  ['We are sorry the appointment felt hurried.', 'patientDetail'],
  // Registration in idiom.
  ['There is no one by that name registered here.', 'confirmsPatient'],
  ['We could not find anybody under that name.', 'confirmsPatient'],
  ['We still have you on our books.', 'confirmsPatient'],
  ['We took him off the register last year.', 'confirmsPatient'],
  ['You are welcome to re-register with us whenever you like.', 'confirmsPatient'],
  ['This gentleman was never seen by our doctors.', 'patientDetail'],
  // Medicines said to be working, and a misspelt prescription.
  ['The tablets should settle things down in a few days.', 'patientDetail'],
  ['We hope these antibiotics are doing the trick.', 'patientDetail'],
  ['We are sorry the perscription was late.', 'patientDetail'],
  // An identifier abbreviated.
  ['Please post your NHS no. below.', 'asksForDetails'],
  // Going to the police, or having the post removed.
  ['Posts like this will be passed on to the police.', 'threatens'],
  ['We have reported your review to the site.', 'threatens'],
  ['We are getting this comment taken down.', 'threatens'],
  ['Please remove this review or we will take further action.', 'threatens'],
  ['We will ask Google to take it down.', 'threatens'],
];

const safe: readonly string[] = [
  // Times and days as notices, not events.
  'The surgery is closed over the weekend, so please call 111.',
  'Our Saturday clinic runs every week for working patients.',
  "Monday's flu clinic is open to everyone over 65.",
  'The practice will be closed on the 25th and 26th for the bank holiday.',
  // Contact offered, not told as having happened.
  'We would welcome a conversation, so please contact the practice manager.',
  'Please call us and we will try to help.',
  // Registration said of everyone.
  'Anyone can register with us using the online form.',
  'We can put you on the list for a call back if you contact us.',
  // Medicines and prescriptions as the service.
  'The prescription will be ready two working days after you order it.',
  'All medicines are reviewed by our pharmacists each year.',
  // Asking for details only through the practice's own routes.
  'Please drop an email to the surgery inbox and we will reply.',
  // Relatives said of everyone.
  "Children's flu sprays are offered every autumn.",
  "Anyone worried about a parent's care can contact the practice manager.",
  // Reporting and the police said without threat.
  'You can report a concern to the practice manager.',
  'If you are in danger, please call the police on 999.',
];

describe('the rules added after the second blind corpus', () => {
  ruleTable(unsafe, safe);

  it('quotes the words it found in the message', () => {
    const checks = checkReply('We have nobody with that name on our list. We will report this post. Please contact us.', {
      staffNames: [],
    });
    const status = checks.find((check) => check.id === 'confirmsPatient');
    const threat = checks.find((check) => check.id === 'threatens');
    expect(status?.message).toContain('"nobody with that name"');
    expect(threat?.message).toContain('"report this post"');
  });
});
