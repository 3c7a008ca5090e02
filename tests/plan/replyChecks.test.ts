import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/plan/replyChecks';
import { replyCheckIds, type ReplyCheckId } from '../../src/content/replyChecks';

const staff = ['Sarah Patel', 'Dr Okafor', 'Will', 'Grace', "Siobhan O'Neill"];
const none: readonly string[] = [];

/** A calm, complete reply to build cases from: no check fires on it. */
const good =
  "We have seen your post. Thank you for raising it. We can't discuss anyone's circumstances online. Please contact our practice manager so we can talk it through.";

const sixtyOneWords = `${good} ${'We do want to hear from you about this.'.repeat(5)} Thank you.`;

type Case = readonly [description: string, text: string, staffNames: readonly string[], expected: readonly ReplyCheckId[]];

const cases: readonly Case[] = [
  // Nothing to flag, including phrases that look risky but are not.
  ['a calm reply with an invitation', good, staff, []],
  ['an empty draft is not checked', '', staff, []],
  ['blank space only is not checked', '   \n ', staff, []],
  [
    'general words about records ("anyone\'s records")',
    "We cannot discuss anyone's records online. Please contact our practice manager.",
    none,
    [],
  ],
  [
    'general words about clinical matters ("anyone\'s test results")',
    "We never discuss anyone's test results or prescriptions online. Please get in touch.",
    none,
    [],
  ],
  ['"contact" as the invitation', 'Please contact our practice manager.', none, []],
  ['"get in touch" as the invitation', 'Thank you for your feedback. Please get in touch with the practice.', none, []],
  ['"speak to" as the invitation', 'We would welcome the chance to speak to you about this.', none, []],
  ['"ring" as the invitation', 'Please ring the practice and ask for the practice manager.', none, []],
  ['the complaints process as the invitation', 'You can use our complaints process at www.example.nhs.uk/complaints.', none, []],
  [
    'NHS, GP, LMC, A&E and NHS111 are not shouting',
    'For urgent help call NHS111, see a GP or go to A&E. The LMC, CQC and PALS can advise. Please contact us.',
    none,
    [],
  ],
  [
    "NHS's, GPs and ICO are not shouting",
    "The NHS's guidance for GPs and the ICO is clear. Please contact our practice manager.",
    none,
    [],
  ],
  ['a phone number and an email address are not dates or times', 'Please call 01632 960123 or email pm.riverside@nhs.net.', none, []],
  ['opening hours are not a visit', 'Our phones open at 8am, Monday to Friday. Please call us.', none, []],
  ['booking times describe the service', 'Appointments can be booked from 8am. Please call us.', none, []],
  ['a start date for everyone', 'From 1 April appointments can be booked online. Please contact us.', none, []],
  ['"seen your review on Monday" is not a visit', 'We saw your review on Monday. Please contact us.', none, []],
  ['"24/7" is not a date', 'NHS 111 is available 24/7. Please contact the practice.', none, []],
  ['a date not tied to a visit', 'From 1 April our phone lines open earlier. Please contact us with any questions.', none, []],
  ['"we will" does not find a colleague called Will', 'We will look into this. Please contact our practice manager.', staff, []],
  [
    '"grace" in lower case does not find a colleague called Grace',
    'We accept the criticism with good grace. Please contact us.',
    staff,
    [],
  ],
  ['part of a longer word is not a name ("Patelson")', 'Mrs Patelson, please contact our practice manager.', ['Patel'], []],
  ['a first name alone is never guessed: no staff list, no name found', 'Sarah will be glad to help. Please contact us.', none, []],
  ['"Will you…" opening a sentence is not a colleague called Will', 'Will you contact our practice manager, please?', staff, []],
  ['"May we…" opening a sentence is not a colleague called May', 'May we ask you to contact the practice?', ['May Chen'], []],
  ['"sue" as a name in capitals is not a threat', 'Sue and the team would welcome a call. Please contact us.', none, []],
  [
    'a general phrase about care ("anyone\'s care")',
    "We can't discuss anyone's care online. Please contact our practice manager.",
    none,
    [],
  ],
  ['a service fact about prescriptions', 'Repeat prescriptions take two working days. Please contact us with any questions.', none, []],
  ['vaccine clinic times', 'Flu clinics run on Saturdays in October. Please call us to book.', none, []],
  ['NICE, UKHSA and CQC are not shouting', 'We follow NICE, UKHSA and CQC guidance. Please contact us.', none, []],
  ['not a confirmation: "whether you are a patient"', 'We cannot confirm whether you are a patient here. Please contact us.', none, []],
  [
    'asking them not to share details is not asking for them',
    "Please don't share personal or medical details here. Please contact us.",
    none,
    [],
  ],
  [
    'a secure route is not a private message on the site',
    'You can message us securely through the NHS App, or contact our practice manager.',
    none,
    [],
  ],
  ['"lies with" is not an accusation', 'Responsibility lies with the practice as a whole. Please contact us.', none, []],
  ['"bring" does not count as an invitation to ring', 'We hope to bring this to a good end.', none, ['noInvitation']],

  // Each check on its own.
  ['over 60 words', sixtyOneWords, none, ['tooLong']],
  ['"your results"', 'We are sorry your results took so long. Please contact us.', none, ['patientDetail']],
  ['"your records"', 'We have checked the notes. Your records show nothing. Please contact us.', none, ['patientDetail']],
  ['"your prescription"', 'Your prescription was sent to the pharmacy. Please call us.', none, ['patientDetail']],
  ['"your recent appointment"', 'We are sorry about your recent appointment. Please contact us.', none, ['patientDetail']],
  ['"sorry about your appointment"', 'Sorry about your appointment. Please contact the practice manager.', none, ['patientDetail']],
  ['"we\'ve looked into your…"', "We've looked into your complaint already. Please contact us.", none, ['patientDetail']],
  ['curly apostrophes are read the same', 'We’ve looked into your concerns. Please contact us.', none, ['patientDetail']],
  ['"as discussed"', 'As discussed, please contact the practice manager.', none, ['patientDetail']],
  ['a day and time: "on Tuesday at 10:30"', 'We are sorry for the wait on Tuesday at 10:30. Please contact us.', none, ['patientDetail']],
  [
    'a date tied to a visit: "when you were seen on 3 March"',
    'You were seen on 3 March by the team. Please contact us.',
    none,
    ['patientDetail'],
  ],
  // "the colleague you spoke to" also points to one person (GMC social media guidance, 2024).
  [
    'a time tied to a visit: "spoke … at 9.15am"',
    'The colleague you spoke to at 9.15am was new. Please contact us.',
    none,
    ['patientDetail', 'namesColleague'],
  ],
  ['a date tied to an appointment', 'The appointment on 3/3/26 was short. Please contact us.', none, ['patientDetail']],
  ['a clinical term ("antibiotics")', 'The antibiotics were the right choice. Please contact us.', none, ['patientDetail']],
  ['a clinical term ("referral")', 'The referral has been made. Please contact us.', none, ['patientDetail']],
  ['a relative: "your mum\'s appointment"', "We're sorry your mum's appointment was delayed. Please contact us.", none, ['patientDetail']],
  ['recalling a conversation: "as we explained"', 'As we explained to you on Tuesday, please contact us.', none, ['patientDetail']],
  ['a record: "our records show"', 'Our records show you called 14 times. Please contact us.', none, ['patientDetail']],
  ['a care word: "your fit note"', 'Sorry your fit note was late. Please contact us.', none, ['patientDetail']],
  [
    '"anyone\'s" excuses only what it governs',
    "We can't discuss anyone's care, but your antibiotics were right. Please contact us.",
    none,
    ['patientDetail'],
  ],
  [
    '"individual" excuses only what it governs',
    'We never discuss individual patients, but the referral was sent. Please contact us.',
    none,
    ['patientDetail'],
  ],
  ['a relative date: "yesterday"', 'We are sorry about the wait yesterday. Please contact us.', none, ['patientDetail']],
  ['denying they are a patient', 'You are not one of our patients. Please contact us.', none, ['confirmsPatient']],
  ['"we have no record of you"', 'We have no record of you. Please contact us.', none, ['confirmsPatient']],
  ['confirming they are a patient', 'As one of our patients, you can contact the practice manager.', none, ['confirmsPatient']],
  [
    'a role that points to one person',
    'The receptionist you spoke to was following policy. Please contact us.',
    none,
    ['patientDetail', 'namesColleague'],
  ],
  [
    '"our duty doctor that morning"',
    'Our duty doctor that morning was very busy. Please contact us.',
    none,
    ['patientDetail', 'namesColleague'],
  ],
  ['a title with any surname, listed or not', 'Dr Okafor and Sarah will be glad to help. Please contact us.', none, ['namesColleague']],
  [
    'a listed surname with any title ("Ms Dunmore")',
    'Ms Dunmore will be glad to help. Please contact us.',
    ['Kerry Dunmore'],
    ['namesColleague'],
  ],
  ['a listed first name alone ("Sarah")', 'Sarah will be glad to help. Please contact us.', ['Dr Sarah Whitfield'], ['namesColleague']],
  // A direct message is not taking it offline, so it is no invitation either.
  [
    'asking for a date of birth and NHS number by DM',
    'Please DM us your date of birth and NHS number.',
    none,
    ['asksForDetails', 'noInvitation'],
  ],
  ['asking for a private message', 'Message us your details and we will call you.', none, ['asksForDetails']],
  ['a legal threat', 'We will be reporting this defamatory review to our solicitors. Please contact us.', none, ['threatens']],
  ['a removal threat', 'We will remove you from our list. Please contact us.', none, ['threatens']],
  ['a colleague named in full', 'Sarah Patel is one of our best receptionists. Please contact us.', staff, ['namesColleague']],
  ['a colleague named in lower case', 'sarah patel did nothing wrong. Please contact us.', staff, ['namesColleague']],
  [
    'a colleague with a title, with or without a full stop',
    'Dr. Okafor will be glad to help. Please contact us.',
    staff,
    ['namesColleague'],
  ],
  ['a one-word name written as a name', 'Grace is on leave this week. Please contact us.', staff, ['namesColleague']],
  ['a name with a curly apostrophe', 'Siobhan O’Neill is on leave. Please contact us.', staff, ['namesColleague']],
  ['"actually"', 'Actually, we answer most calls quickly. Please contact us.', none, ['defensive']],
  ['"that\'s not true"', "That's not true. Please contact the practice manager.", none, ['defensive']],
  ['"lies"', 'This post is full of lies. Please contact us.', none, ['defensive']],
  ['"lying"', 'Whoever wrote this is lying. Please contact us.', none, ['defensive']],
  ['an exclamation mark', 'Thank you for your feedback! Please contact us.', none, ['defensive']],
  ['shouting in capitals', 'We DID answer the phone. Please contact us.', none, ['defensive']],
  ['shouting beside allowed capitals', 'The NHS says this is WRONG. Please contact us.', none, ['defensive']],
  ['no invitation to make contact', 'We have seen your post and thank you for it.', none, ['noInvitation']],
  ['"call" inside another word is not an invitation ("recall")', 'We recall the day well.', none, ['noInvitation']],

  // Several at once, always in the same order.
  [
    'everything at once',
    `${'Actually we are very busy and do our best every single day for all of our patients here. '.repeat(4)}Your results were fine, Grace said so!`,
    staff,
    ['tooLong', 'patientDetail', 'namesColleague', 'defensive', 'noInvitation'],
  ],
  ['details and a name', 'Dr Okafor checked your prescription. Please call us.', staff, ['patientDetail', 'namesColleague']],
  ['argumentative with no invitation', "That's simply not true!", none, ['defensive', 'noInvitation']],
];

describe('checkReply', () => {
  it('has at least 30 cases, with every check both firing and not', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const id of replyCheckIds) {
      expect(cases.some(([, , , expected]) => expected.includes(id))).toBe(true);
      expect(cases.some(([, , , expected]) => !expected.includes(id))).toBe(true);
    }
  });

  it.each(cases)('%s', (_, text, staffNames, expected) => {
    expect(checkReply(text, { staffNames }).map((check) => check.id)).toEqual(expected);
  });
});

describe('what the checks say', () => {
  it('gives a one-line message for each check, naming what it found', () => {
    const checks = checkReply('Actually, Sarah Patel checked your results on Monday at 9am!', { staffNames: staff });
    for (const check of checks) {
      expect(check.message.trim()).not.toBe('');
      expect(check.message).not.toContain('\n');
    }
    const byId = new Map(checks.map((check) => [check.id, check]));
    // Finds that overlap are shown as one: "checked your" and "your results".
    expect(byId.get('patientDetail')?.found).toEqual(['checked your results', 'on Monday at 9am']);
    expect(byId.get('patientDetail')?.message).toContain('"checked your results"');
    expect(byId.get('namesColleague')?.found).toEqual(['Sarah Patel']);
    expect(byId.get('defensive')?.found).toEqual(['Actually', '!']);
    expect(byId.get('noInvitation')?.message).toMatch(/get in touch/);
  });

  it('says how many words there are when a reply is too long', () => {
    const [check] = checkReply(sixtyOneWords, { staffNames: none });
    expect(check?.message).toMatch(/^\d+ words/);
    expect(check?.message).toContain('60');
  });

  it('names the shouted word', () => {
    const check = checkReply('We DID answer. Please contact us.', { staffNames: none }).find((c) => c.id === 'defensive');
    expect(check?.found).toEqual(['DID in capitals']);
  });

  it('lists a colleague once however often they are named, and as the practice entered them', () => {
    const check = checkReply('SARAH PATEL and sarah patel. Please contact us.', { staffNames: ['Sarah Patel'] }).find(
      (c) => c.id === 'namesColleague',
    );
    expect(check?.found).toEqual(['Sarah Patel']);
  });
});

describe('staff names as people say them', () => {
  const settings = ['Dr Sarah Whitfield', 'Kerry Dunmore'];
  it.each([
    'Dr Whitfield',
    'Sarah',
    'Sarah Whitfield',
    'Dr Sarah Whitfield',
    'Dr. Whitfield',
    'Kerry',
    'Ms Dunmore',
    'Kerry Dunmore',
    'Whitfield',
  ])('"%s" is found, as the practice entered it', (written) => {
    const check = checkReply(`${written} is sorry you were upset. Please contact us.`, { staffNames: settings }).find(
      (c) => c.id === 'namesColleague',
    );
    expect(check?.found).toHaveLength(1);
    expect(settings).toContain(check?.found[0]);
  });

  it.each(['Dr Patel', 'Nurse Jones', 'Dr. Singh', 'Doctor Evans'])('"%s" is a name without any staff list', (written) => {
    const check = checkReply(`${written} is sorry. Please contact us.`, { staffNames: none }).find((c) => c.id === 'namesColleague');
    expect(check?.found).toEqual([written]);
  });

  it('is not fooled by lower-case words or role names after a title', () => {
    for (const text of ['The nurse team will help. Please contact us.', 'Our Nurse Practitioner clinics are busy. Please contact us.']) {
      expect(checkReply(text, { staffNames: none }).map((c) => c.id)).toEqual([]);
    }
  });
});
