/**
 * Replies a practice posts every day that say nothing about anyone: a reviewer of the third round
 * of rules found that some new rules flagged them (30 November 2026). Each must set off no check on
 * what it says, and each nearby unsafe sentence must still be caught, so the fix is not a hole.
 */
import { describe } from 'vitest';
import { ruleTable, type RuleRow } from './replyRuleTable';

const stillCaught: readonly RuleRow[] = [
  ['The pharmacist who works Thursdays has apologised for the mistake.', 'namesColleague'],
  ['The GP on Fridays was the one you saw.', 'namesColleague'],
  ['Your GP is aware of what happened.', 'patientDetail'],
  ['We are sorry you struggled to get through on the phones yesterday.', 'patientDetail'],
  ['If you keep posting, we will register you with another GP practice.', 'threatens'],
  ['Your request came in over the Easter weekend, so it was delayed.', 'patientDetail'],
  ['We are sorry the nurse could not dress your leg wound on Monday.', 'patientDetail'],
];

const everydaySafe: readonly string[] = [
  'Our pharmacist works Mondays and Thursdays and can help with questions about medicines.',
  'Our physio is in on Tuesdays, and anyone can book through reception.',
  'Our nurses are in on Mondays and Wednesdays for cervical screening appointments.',
  'Out of hours, your GP or NHS 111 can help.',
  'Your doctor or nurse can advise on the best option for you.',
  'We know lots of you have struggled to get through on the phones this winter.',
  'Many of you have told us the online form is hard to use.',
  'We share our minor ops clinic with another local practice.',
  'We are sorry for the long waits over the Christmas period.',
  'Appointments over the bank holiday weekend are through NHS 111.',
];

describe('everyday safe replies stay quiet, while the unsafe ones near them are still caught', () => {
  ruleTable(stillCaught, everydaySafe);
});
