/**
 * The two confidentiality checks on a reply draft. Criticism does not lift the duty of
 * confidentiality (GMC), so a public reply must neither confirm nor deny that anyone is a patient,
 * and must give no detail of care or contact: relatives, visits, calls, letters, dates, records,
 * results, tests or medicines.
 *
 * Each rule is a kind of slip, not a list of bad sentences. A care word counts only when it is
 * someone's ("your fit note", "her medication"), or told as something that happened ("the referral
 * was sent", "the prescription you asked for"). Said of everyone, in the present ("repeat
 * prescriptions take two working days", "we can't discuss anyone's test results"), it is a
 * service fact or the duty of confidentiality itself, and is left alone. A general word such as
 * "anyone's" excuses only what it governs, never the rest of the sentence.
 */
import {
  agoUnits,
  apologyWords,
  byNameLinks,
  listWords,
  medicineNowVerbs,
  nobodyWords,
  notMedicineNowWords,
  pastContactEvents,
  sinceContactLeads,
  toldAsHappenedWords,
  auxiliaries,
  bookingWords,
  careVerbs,
  careWords,
  conditions,
  contactedYouBaseVerbs,
  contactedYouVerbs,
  contactThanks,
  ourContactWords,
  partsOfDay,
  describingWords,
  dueForWords,
  everyPatientWords,
  irregularPastVerbs,
  joinedOrLeftPlaces,
  joinedOrLeftVerbs,
  medicineWords,
  notMedicineDescribers,
  postWords,
  regularPartsOfDay,
  seemVerbs,
  weekdayLeads,
  generalDateLeads,
  generalOwners,
  happenedWords,
  hypotheticalLeads,
  lookedAtVerbs,
  monthNames,
  onePersonNouns,
  onePersonSubjects,
  pastTimes,
  patientStatusLeads,
  patientStatusPhrases,
  patientStatusWords,
  recallPhrases,
  recordWords,
  relatives,
  serviceWords,
  showWords,
  todayTimes,
  todayWords,
  visitWords,
  weekdays,
  youContactedVerbs,
  contactPlaces,
  equipmentWords,
  holidayTimes,
  medicineEndings,
  medicineNames,
  medicineSupplyWords,
  receivedWords,
  registrationWords,
  sentToUs,
  storyDayLeads,
  changedOnRecordVerbs,
  healthStates,
  heldAboutYou,
  ownClinicians,
  personalHealthSteps,
  systemWords,
  bodyParts,
  careDocuments,
  documentArrivedWords,
  fitInPastVerbs,
  fitInVerbs,
  giveMedicineVerbs,
  notCareDescribers,
  procedureVerbs,
} from '../content/replyChecks';
import {
  aWord,
  anyOf,
  clauseAfter,
  clauseBefore,
  inEachSentence,
  matchesIn,
  notWordAfter as end,
  notWordBefore as start,
  wholeWords,
  wholeWordsOf,
  type Found,
} from './replyText';

const flags = 'giu';
const hypothetical = new RegExp(wholeWordsOf(hypotheticalLeads), 'iu');

/** "if you called", "anyone who rang", "whether you are a patient": not a statement about this person. */
function isHypothetical(sentence: string, index: number): boolean {
  return hypothetical.test(clauseBefore(sentence, index));
}

/** Matches of a pattern in a sentence, leaving out those in a hypothetical clause. */
function statedIn(pattern: RegExp, sentence: string): Found[] {
  return matchesIn(pattern, sentence).filter((found) => !isHypothetical(sentence, found.index));
}

// --- whether they are a patient ---

const toBe = "(?:are|is|were|was|'re|'s|aren't|isn't|weren't|wasn't|have|has|'ve|haven't|hasn't|had|hadn't)";
const softeners =
  '(?:\\s+(?:not|never|no\\s+longer|still|already|always|actually|been|ever|currently|now|also|indeed|definitely|certainly|only|just))*';
const relative = anyOf(relatives);
const onePerson = `(?:${anyOf(onePersonSubjects)}|your\\s+${relative}|(?:the|this|that)\\s+${anyOf(onePersonNouns)}(?:\\s+who\\s+(?:posted|wrote|left)(?:\\s+(?:this|it|the\\s+${aWord}))?)?)`;
/** "does not appear to be", "seems to have been": as telling as "is" or "is not". */
const seemsToBe = `(?:(?:does|do|did|doesn't|don't|didn't)(?:\\s+not)?\\s+)?${anyOf(seemVerbs)}\\s+to\\s+(?:be|have\\s+been)`;
const isOrSeems = `(?:${toBe}${softeners}|${seemsToBe})`;
const statusStatement = new RegExp(
  `${start}${onePerson}\\s*${isOrSeems}\\s+(?:${anyOf(patientStatusLeads)}\\s+)?${anyOf(patientStatusWords)}${end}`,
  flags,
);
/** "this review isn't from one of our patients", "the post doesn't appear to be from a patient". */
const postFromPatient = new RegExp(
  `${start}(?:the|this|that)\\s+${anyOf(postWords)}\\s*${isOrSeems}\\s+(?:(?:written|left|posted|sent)\\s+)?(?:from|by)\\s+(?:${anyOf(patientStatusLeads)}\\s+)?(?:${aWord}\\s+)?patients?${end}`,
  flags,
);
/** "you left the practice last year", "she joined our list": whether they are a patient, told. */
const joinedOrLeft = new RegExp(
  `${start}${onePerson}(?:'ve|'d)?${softeners}\\s+(?:(?:have|has|had)\\s+)?${anyOf(joinedOrLeftVerbs)}\\s+${anyOf(joinedOrLeftPlaces)}${end}`,
  flags,
);
const asAPatient = new RegExp(
  `${start}as\\s+${anyOf(patientStatusLeads)}\\s+(?:(?!${anyOf(everyPatientWords)}${end})${aWord}\\s+)?patients?${end}`,
  flags,
);
const statusPhrase = wholeWords(patientStatusPhrases);
/** "nobody by that name on our list", "anyone with your name": a look-up by name. */
const byName = new RegExp(
  `${start}${anyOf(nobodyWords)}\\s+${anyOf(byNameLinks)}\\s+(?:that|this|your|his|her|their|the\\s+same)\\s+names?${end}`,
  flags,
);
/** "lose you off our books", "we have you on our list"; not "put you on the list for a call back". */
const onOrOffList = new RegExp(
  `${start}(?:you|him|her)\\s+(?:off|on|onto)\\s+(?:our|the)\\s+${anyOf(listWords)}${end}(?!\\s+(?:for|of)${end})`,
  flags,
);

export function patientStatusFound(text: string): Found[] {
  return inEachSentence(text, (sentence) => [
    ...[statusStatement, postFromPatient, joinedOrLeft, asAPatient, statusPhrase, byName, onOrOffList].flatMap((pattern) =>
      statedIn(pattern, sentence),
    ),
    ...registrationTold(sentence),
    ...warmRegistration(sentence),
  ]);
}

// --- details of care or contact ---

const describing = `(?:${anyOf([...describingWords, ...conditions])}|\\d[\\p{L}\\p{N}-]*(?:[:.]\\d{2}\\s*(?:am|pm)?)?|\\p{L}+-[\\p{L}-]+)`;
const describedBy = (max: number) => `(?:${describing}\\s+){0,${max}}`;
/**
 * A bare relative as owner ("mum's repeat prescription") is one person's, but not after "a" or
 * "any", nor in the plural: "a relative's care", "children's vaccinations" are everyone's.
 */
const pluralRelatives = relatives.filter((word) => word.endsWith('s') || word.endsWith('children'));
const bareRelativeOwner = `(?<!${start}(?:a|an|any|every|each|another|other|all|our|their|many|some|of)\\s+)(?!${anyOf(pluralRelatives)}'?s?${end})${relative}'s?`;
const specificOwner = `(?:your|his|her|your\\s+${relative}'s?|${bareRelativeOwner})`;

/** "your mum", "her husband", "your elderly father's". */
const relativePattern = new RegExp(`${start}(?:your|his|her)\\s+${describedBy(2)}${relative}(?:'s|s'|'|s)?${end}`, flags);

/** "your fit note", "your mum's repeat prescription", "her asthma". */
const ownedCare = new RegExp(`${start}${specificOwner}\\s+${describedBy(2)}${anyOf([...careWords, ...conditions])}${end}`, flags);

/** "your sleeping tablets", "her heart pills": any one word before a medicine, bar small words. */
const ownedMedicine = new RegExp(
  `${start}${specificOwner}\\s+(?:${describedBy(1)})?(?!${anyOf(notMedicineDescribers)}${end})${aWord}\\s+${anyOf(medicineWords)}${end}`,
  flags,
);

/** "you're overdue a medication review", "she is due her smear": what one person's care needs now. */
const dueForCare = new RegExp(
  `${start}(?:you|he|she)(?:'re|'s|\\s+(?:are|is|were|was|'ve\\s+been|have\\s+been|has\\s+been))\\s+(?:(?:now|long|well|already|still|also)\\s+)?(?:overdue|due)\\s+(?:for\\s+)?(?:(?:a|an|your|his|her|the)\\s+)?${describedBy(2)}${anyOf([...careWords, ...dueForWords])}${end}`,
  flags,
);

/** "the referral", "a fit note": specific only if the clause tells it as something that happened. */
const notAPlace = `(?!\\s+(?:system|systems|process|processes|policy|policies|line|lines|service|services|team|teams|hours|times|clinic|clinics|${equipmentWords.join('|')}))`;
const determinedCare = new RegExp(
  `${start}(the|this|that|these|those|a|an)\\s+${describedBy(2)}(${anyOf(careWords)})${end}${notAPlace}`,
  flags,
);
const happened = wholeWordsOf(happenedWords);
/** What happened, not what can or will: "the referral was sent", not "a fit note can be issued". */
const notModal = "(?!(?:can|could|may|might|will|would|should|must|'ll)(?![\\p{L}\\p{N}]))";
const happenedAfter = new RegExp(`^(?:\\s+${notModal}${aWord}){0,2}?\\s+(?:you${end}|we\\s+${happened}|${happened})`, 'iu');
// "they have had the referral", "the hospital have had the letter": someone else holding it is as telling.
const happenedBefore = new RegExp(`${start}(?:we|you|i|he|she|they|the\\s+hospital)(?:'ve|'d)?(?:\\s+${aWord}){0,2}?\\s+${happened}`, 'iu');
const aboutEveryone = new RegExp(
  `${start}(?:(?:all|every|any)\\s+(?:of\\s+)?(?:our\\s+)?(?:patients?|people|one)|everyone|anyone|everybody|anybody)${end}`,
  'iu',
);
const isServiceWord = new Set<string>(serviceWords.map((word) => word.toLowerCase()));

/** "the dentist referral you wanted": any word or two before a care word, when "you" follows it. */
const determinedCareForYou = new RegExp(
  `${start}(?:the|this|that|these|those)\\s+(?:${aWord}\\s+){1,2}?${anyOf(careWords)}\\s+you(?:'d|'ve)?${end}`,
  flags,
);

function careToldAsEvent(sentence: string): Found[] {
  const forYou = statedIn(determinedCareForYou, sentence).filter(
    (found) => !aboutEveryone.test(`${clauseBefore(sentence, found.index)} ${clauseAfter(sentence, found.index + found.text.length)}`),
  );
  return [...forYou, ...careToldAsEventOnly(sentence)];
}

function careToldAsEventOnly(sentence: string): Found[] {
  return [...sentence.matchAll(determinedCare)]
    .filter((match) => {
      const determiner = (match[1] ?? '').toLowerCase();
      const word = (match[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const after = clauseAfter(sentence, match.index + match[0].length);
      const before = clauseBefore(sentence, match.index);
      if (isHypothetical(sentence, match.index) || aboutEveryone.test(`${before} ${after}`)) return false;
      if (/^\s+you(?![\p{L}\p{N}])/iu.test(after)) return true;
      // "a letter" or "an appointment" is the service unless it is tied to "you".
      if ((determiner === 'a' || determiner === 'an') && isServiceWord.has(word)) return false;
      return happenedAfter.test(after) || happenedBefore.test(before) || (apologised.test(sentence) && pastVerbNext.test(after));
    })
    .map((match) => ({ text: match[0], index: match.index }));
}

/** "Antibiotics were not appropriate": a care word as the subject of something that happened. */
const bareCareHappened = new RegExp(
  `${start}(${anyOf(careWords.filter((word) => !isServiceWord.has(word.toLowerCase())))})\\s+(?:was|were|wasn't|weren't|had\\s+been|has\\s+been|have\\s+been)${end}`,
  flags,
);
const generalOwner = new RegExp(`${start}${anyOf(generalOwners)}(?:\\s+${aWord}){0,3}\\s*$`, 'iu');

function bareCareEvents(sentence: string): Found[] {
  return statedIn(bareCareHappened, sentence).filter((found) => {
    const before = clauseBefore(sentence, found.index);
    // "anyone's results were …" is still about everyone; "the", "your" are caught by the rules above.
    return !generalOwner.test(before) && !/(?:the|this|that|these|those|a|an|your|his|her|'s)\s*$/iu.test(before);
  });
}

/** "you were referred", "he was diagnosed", "we prescribed her". */
const careVerb = anyOf(careVerbs);
const someoneCaredFor = new RegExp(`${start}(?:you|he|she)(?:'ve|'d|'re)?(?:\\s+${aWord}){0,3}?\\s+${careVerb}${end}`, flags);
const caredForSomeone = new RegExp(`${start}${careVerb}\\s+(?:you|him|her)(?![\\p{L}\\p{N}'])`, flags);
const wasCaredFor = new RegExp(
  `${start}(?:was|wasn't|were|weren't)\\s+(?:(?:not|never|only|then|also|first|originally)\\s+)?${careVerb}${end}`,
  flags,
);

/** "we spoke to you", "you rang", "as we explained", "she was seen". */
const contactedYou = new RegExp(`${start}${anyOf(contactedYouVerbs)}\\s+you(?![\\p{L}\\p{N}'])`, flags);
const youContacted = new RegExp(`${start}you(?:'ve|'d)?\\s+(?:${anyOf(auxiliaries)}\\s+){0,2}${anyOf(youContactedVerbs)}${end}`, flags);
const theyWereSeen = new RegExp(
  `${start}(?:he|she|(?:the|this|that)\\s+${anyOf(onePersonNouns)})\\s+(?:was|has|had|'s)(?:\\s+(?:not|never|ever|already|only|just|recently))*\\s+(?:been\\s+)?(?:seen|told|given|referred|prescribed|examined|treated|sent|offered|booked|called|admitted|discharged|diagnosed|vaccinated|tested)${end}`,
  flags,
);
const recallPattern = wholeWords(recallPhrases);
const didContactYou = new RegExp(
  `${start}(?:did|didn't|did\\s+not)\\s+(?:(?:also|already|then|actually)\\s+)?${anyOf(contactedYouBaseVerbs)}\\s+you(?![\\p{L}\\p{N}'])`,
  flags,
);
const thankedForContact = new RegExp(`${start}for\\s+${anyOf(contactThanks)}${end}`, flags);
const ourContactToYou = new RegExp(
  `${start}our\\s+${describedBy(2)}${anyOf(ourContactWords)}\\s+(?:to|with)\\s+you(?![\\p{L}\\p{N}'])`,
  flags,
);

/** "following our conversation", "further to your call". */
const sinceContact = new RegExp(
  `${start}${anyOf(sinceContactLeads)}\\s+(?:our|your)\\s+${describedBy(2)}${anyOf(pastContactEvents)}${end}`,
  flags,
);

/** "the antibiotics should start to work", "the new inhaler is helping": one person's medicine now. */
const medicineNow = new RegExp(
  `${start}(?:the|this|that|these|those)\\s+${describedBy(2)}(?!${anyOf(notMedicineNowWords)}${end})${anyOf(medicineWords)}\\s+${anyOf(medicineNowVerbs)}${end}`,
  flags,
);

function medicineToldNow(sentence: string): Found[] {
  return statedIn(medicineNow, sentence).filter(
    (found) => !aboutEveryone.test(`${clauseBefore(sentence, found.index)} ${clauseAfter(sentence, found.index + found.text.length)}`),
  );
}

/** "our records show", "according to our notes", "we have checked your", "we can see from". */
const recordWord = anyOf(recordWords);
const recordsShow = new RegExp(
  `${start}(?:(?:our|the|practice|your|his|her|gp|medical|clinical|patient)\\s+)?${recordWord}\\s+${anyOf(showWords)}${end}`,
  flags,
);
const accordingTo = new RegExp(`${start}according\\s+to\\s+(?:our|the|your|his|her)\\s+(?:${aWord}\\s+)?${recordWord}${end}`, flags);
const lookedAtTarget = anyOf([...recordWords.filter((word) => word !== 'system' && word !== 'computer'), ...careWords]);
/** Whoever did it: "we have checked your", "the nurse looked at the results". */
const lookedAt = new RegExp(
  `${start}${anyOf(lookedAtVerbs)}\\s+(?:(?:your|his|her)${end}|(?:the|this|that)\\s+${describedBy(2)}${lookedAtTarget}${end}${notAPlace})`,
  flags,
);
const weCanSee = new RegExp(
  `${start}we\\s+can\\s+see\\s+(?:(?:from|on|in)\\s+(?:your|his|her|our|the)\\s+${recordWord}${end}|(?:that\\s+)?(?:you|he|she)(?:'ve|'d)?\\s+(?:have|had|were|was|did|already|previously|recently|called|rang|phoned|came|attended|been|booked|requested|missed)${end})`,
  flags,
);
const onFile = new RegExp(`${start}(?:you|him|her|your\\s+${aWord})\\s+on\\s+(?:file|record|our\\s+system|our\\s+records)${end}`, flags);

// --- dates and times ---

const pastTimePattern = wholeWords(pastTimes);
const lastWeekday = new RegExp(`${start}last\\s+(?:${weekdays.join('|')})${end}`, flags);
const agoPattern = new RegExp(
  `${start}(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+few|few|several|a\\s+couple\\s+of|couple\\s+of|some)\\s+${anyOf(agoUnits)}\\s+ago${end}`,
  flags,
);
const todayPattern = new RegExp(`${wholeWordsOf(todayTimes)}|${start}on\\s+(?:${weekdays.join('|')})\\s+${anyOf(partsOfDay)}${end}`, flags);
const todayWordPattern = wholeWords(todayWords);
/**
 * "this morning" and "on Friday afternoon" are a visit or a call only in a sentence that apologises
 * for them or tells what happened; "flu jabs on Saturday morning" is a notice.
 */
const toldAsHappened = new RegExp(wholeWordsOf(toldAsHappenedWords), 'iu');
const apologised = new RegExp(wholeWordsOf(apologyWords), 'iu');
/** "Monday's wait", "Friday's appointment": a day that something happened on. */
const weekdayPossessive = new RegExp(`${start}(?:${weekdays.join('|')})'s${end}`, flags);

const month = `(?:${monthNames.join('|')})`;
const ordinal = '(?:st|nd|rd|th)?';
const clockTime = `(?<![\\d£$.,])(?:\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm))?|\\d{1,2}\\s*(?:am|pm))${end}`;
const dayOfWeek = `(?:on|this|next)\\s+(?:${weekdays.join('|')})${end}(?!\\s+${anyOf(regularPartsOfDay)}${end})`;
// "3 March", "March 3rd", and "the 14th" said on its own.
const dayAndMonth = `(?:\\d{1,2}${ordinal}\\s+(?:of\\s+)?${month}|${month}\\s+\\d{1,2}${ordinal}|the\\s+\\d{1,2}(?:st|nd|rd|th))${end}`;
// "24/7" is how opening hours are written, not a date.
const numericDate = `(?<!\\d)(?!24\\/7(?![\\d/]))\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?(?![\\d/])`;
const notAfterGeneralLead = `(?<!${start}(?:${generalDateLeads.join('|')})\\s+)`;
const datePart = `${start}${notAfterGeneralLead}(?:${dayOfWeek}|${dayAndMonth}|${numericDate})`;
/** A day and a time together ("on Tuesday at 10:30") can only be a visit. */
const dayWithTimePattern = new RegExp(`${datePart}\\s*,?\\s*(?:at\\s+)?${clockTime}`, flags);
const dateOrTimePattern = new RegExp(`${datePart}|${clockTime}`, flags);
const datePattern = new RegExp(datePart, flags);
const visitPattern = new RegExp(wholeWordsOf(visitWords), 'iu');
const bookingPattern = new RegExp(wholeWordsOf(bookingWords), 'iu');

/** "from 1 April our phones open at 8am" is the service; "you were seen on 3 March" is a visit. */
function datesTiedToVisits(sentence: string): Found[] {
  const dayWithTime = matchesIn(dayWithTimePattern, sentence);
  if (dayWithTime.length > 0) return dayWithTime;
  if (visitPattern.test(sentence)) return matchesIn(dateOrTimePattern, sentence);
  return bookingPattern.test(sentence) ? matchesIn(datePattern, sentence) : [];
}

/** "after Monday", "since Friday": a single day, not "Mondays" or "on Tuesday evenings". */
const weekdayEvent = new RegExp(
  `${start}${anyOf(weekdayLeads)}\\s+(?:${weekdays.join('|')})${end}(?!\\s+${anyOf(regularPartsOfDay)}${end})`,
  flags,
);
/** "you left", "you were", "you called": the sentence tells what this person did. */
const youDidSomething = new RegExp(
  `${start}you(?:'d)?\\s+(?!(?:need|proceed|succeed|exceed|feed|indeed)${end})(?:${anyOf(irregularPastVerbs)}|\\p{L}+ed)${end}`,
  'iu',
);

function relativeDates(sentence: string): Found[] {
  const happenedToday = toldAsHappened.test(sentence);
  const today = [
    ...(happenedToday || apologised.test(sentence) ? matchesIn(todayPattern, sentence) : []),
    ...(happenedToday ? matchesIn(todayWordPattern, sentence) : []),
  ];
  return [
    ...matchesIn(pastTimePattern, sentence),
    ...matchesIn(lastWeekday, sentence),
    ...matchesIn(agoPattern, sentence),
    ...(youDidSomething.test(sentence) || (happenedToday && apologised.test(sentence)) ? matchesIn(weekdayEvent, sentence) : []),
    ...(happenedToday || apologised.test(sentence) ? matchesIn(weekdayPossessive, sentence) : []),
    ...today,
  ].filter((found) => !isHypothetical(sentence, found.index));
}

// --- third round: text the third blind corpus found the rules blind to ---

/** "your 3.40pm slot", "her Monday appointment", "your 3 March visit": a time that is someone's. */
const ownedTime = new RegExp(
  `${start}${specificOwner}\\s+(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)|\\d{1,2}[:.]\\d{2}|(?:${weekdays.join('|')})(?:'s)?|${dayAndMonth})${end}`,
  flags,
);

/** "the following Thursday", "on the Tuesday", "the next day": days in a story, not a timetable. */
const storyDay = new RegExp(
  `${start}(?:${anyOf(storyDayLeads)}\\s+(?:${weekdays.join('|')})|(?:the\\s+)?(?:${weekdays.join('|')})\\s+(?:after|before|just\\s+gone)|the\\s+(?:following|next|same)\\s+(?:day|morning|afternoon|evening|week|weekend))${end}(?!\\s+(?:${regularPartsOfDay.join('|')})${end})`,
  flags,
);
/** "over the bank holiday weekend", "during the Easter break", "at Christmas". */
const holidayTime = new RegExp(
  `${start}(?:over|at|during|on)\\s+(?:(?:the\\s+)?(?:${aWord}\\s+){0,2}?${anyOf(holidayTimes)}|the\\s+(?:${aWord}\\s+)?holidays)${end}`,
  flags,
);
/** "we received", "I responded": the practice telling what it did, which makes a day a story. */
const weDidSomething = new RegExp(
  `${start}(?:we|i)(?:'ve|'d)?\\s+(?:(?:have|had|then|also|only|just|already|promptly)\\s+)*(?!(?:need|proceed|succeed|exceed|feed|indeed|was|were|had)${end})(?:${anyOf(irregularPastVerbs)}|\\p{L}+ed)${end}`,
  'iu',
);

const aboutThisPerson = new RegExp(`${start}(?:you|your|yours|him|his|her|them|their)${end}`, 'iu');

/**
 * "the following Thursday" in a sentence that tells what happened is a story; a holiday is one only
 * when the story involves this person ("we received your message over the bank holiday"), since
 * "we were closed over the Christmas weekend" is a notice.
 */
function storyDates(sentence: string): Found[] {
  const apology = apologised.test(sentence);
  const told = toldAsHappened.test(sentence) || youDidSomething.test(sentence) || weDidSomething.test(sentence);
  return [
    ...(apology || told ? statedIn(storyDay, sentence) : []),
    ...((apology || told) && aboutThisPerson.test(sentence) ? statedIn(holidayTime, sentence) : []),
  ];
}

/** "your complaint letter has been received", "we've had your email": contact with the practice, told. */
const sent = `${describedBy(2)}${anyOf(sentToUs)}${end}`;
const yourMessageReceived = new RegExp(
  `${start}(?:your|his|her)\\s+${sent}\\s+(?:(?:has|have|had|was|were|is|are)\\s+)?(?:(?:been|now|already|safely|duly|also|all)\\s+)*${anyOf(receivedWords)}${end}`,
  flags,
);
const weReceivedYourMessage = new RegExp(
  `${start}(?:we|i|the\\s+practice|the\\s+team|the\\s+(?:practice\\s+)?manager)(?:'ve|'d)?\\s+(?:(?:have|had|has|already|also|now|just|recently|duly)\\s+)*${anyOf(receivedWords)}\\s+(?:your|his|her|the|that)\\s+${sent}`,
  flags,
);

/** "the issue you raised at the front desk", "what you told the receptionist": a visit or call, told. */
const youDidAtPractice = new RegExp(
  `${start}you(?:'d|'ve)?\\s+(?:(?:have|had|already|also|then|first)\\s+)*(?:${anyOf(irregularPastVerbs)}|\\p{L}+ed)(?:\\s+${aWord}){0,4}?\\s+(?:at|on|over|in|to|with|during|from)\\s+(?:the\\s+)?${anyOf(contactPlaces)}${end}(?!\\s+(?:page|pages|website|site|facebook|feed|wall|group|account|profile))`,
  flags,
);

/** "sertraline", "ramipril", "statins": a named medicine is someone's unless said of supply or of everyone. */
const namedMedicine = new RegExp(`${start}(?:${anyOf(medicineNames)}|\\p{L}{3,}(?:${medicineEndings.join('|')}))${end}`, flags);
const medicineSupply = new RegExp(wholeWordsOf(medicineSupplyWords), 'iu');

function namedMedicines(sentence: string): Found[] {
  if (medicineSupply.test(sentence) || aboutEveryone.test(sentence)) return [];
  return statedIn(namedMedicine, sentence);
}

/** "appointments", "calls": said in the plural they are the service ("the extra appointments help"). */
const pluralServiceWords = serviceWords.filter((word) => word.endsWith('s'));

/** "we hope the early scan referral helps", "the physio seems to be working": one person's care now. */
const careHelping = new RegExp(
  `${start}(?:the|this|that|these|those)\\s+(?:${aWord}\\s+){0,2}?(?!${anyOf(pluralServiceWords)}${end})${anyOf([...careWords, ...medicineWords])}\\s+(?:(?:is|are|has|have|seems\\s+to\\s+be|seem\\s+to\\s+be|will|should|might|may|did|didn't|does|doesn't|hasn't|haven't|isn't|aren't|wasn't|weren't|won't)\\s+)?(?:not\\s+)?(?:(?:finally|really|quickly|soon|now|already|eventually)\\s+)?(?:helps|help|helped|helping|works|work|worked|working|goes|went|sorts|sorted|eases|eased|cleared|clears|fixed|settled|kicked\\s+in|did\\s+the\\s+trick|came\\s+back|come\\s+back|comes\\s+back|went\\s+well|went\\s+ok|turned\\s+out)${end}`,
  flags,
);

function careHelpingNow(sentence: string): Found[] {
  return statedIn(careHelping, sentence).filter(
    (found) =>
      !aboutEveryone.test(`${clauseBefore(sentence, found.index)} ${clauseAfter(sentence, found.index + found.text.length)}`) &&
      !/(?<![\p{L}\p{N}])(?:patients|people|many|most)(?![\p{L}\p{N}])/iu.test(clauseAfter(sentence, found.index + found.text.length)),
  );
}

/** "the twins are over their chest infections": a condition that is theirs, not said of patients in general. */
const theirCondition = new RegExp(`${start}their\\s+${describedBy(2)}${anyOf(conditions)}${end}`, flags);
const groupOfPeople =
  /(?<![\p{L}\p{N}])(?:patients|people|those|families|parents|children|carers|many|most|some|everyone|anyone|all)(?![\p{L}\p{N}])/iu;

function theirConditions(sentence: string): Found[] {
  return groupOfPeople.test(sentence) ? [] : statedIn(theirCondition, sentence);
}

/** "since the diagnosis", "following the operation": one person's care as a point in their story. */
const sinceTheCare = new RegExp(
  `${start}(?:since|following)\\s+(?:the|that|this)\\s+${describedBy(2)}${anyOf(careWords)}${end}${notAPlace}`,
  flags,
);

function sinceCare(sentence: string): Found[] {
  if (!aboutThisPerson.test(sentence) || aboutEveryone.test(sentence)) return [];
  return statedIn(sinceTheCare, sentence);
}

/** "your temporary resident registration ended": whether someone is registered, told. Not "you can complete your registration online". */
const ownedRegistration = new RegExp(`${start}${specificOwner}\\s+(?:${aWord}\\s+){0,2}?${anyOf(registrationWords)}${end}`, flags);
const notYetOrCould = /(?<![\p{L}\p{N}])(?:can|could|to|may|might|will|would|'ll|please|how|once|when)(?![\p{L}\p{N}])/iu;

function registrationTold(sentence: string): Found[] {
  return statedIn(ownedRegistration, sentence).filter((found) => !notYetOrCould.test(clauseBefore(sentence, found.index)));
}

/** "sorry the cancer referral took so long": a past verb straight after, in an apology. */
const pastVerbNext = new RegExp(`^\\s+(?:${anyOf(irregularPastVerbs)}|\\p{L}+ed)${end}`, 'iu');

/** "little Alfie", "baby Rosie": a child by name. */
const littleName = /(?<![\p{L}\p{N}])(?:little|baby|young)\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;
const notAChildName = new Set(['One', 'Ones', 'Man', 'Lad', 'Boy', 'Girl', 'People', 'Person', 'Carers', 'Parents', 'Families']);

function childrenByName(sentence: string): Found[] {
  return [...sentence.matchAll(littleName)]
    .filter(([, name = '']) => !notAChildName.has(name))
    .map((match) => ({ text: match[0], index: match.index }));
}

/** "well done on stopping smoking": a health step one person took. */
const healthStep = new RegExp(wholeWordsOf(personalHealthSteps), flags);
const offeredAsService =
  /(?<![\p{L}\p{N}])(?:service|services|clinic|clinics|programme|programmes|support|advice|group|groups)(?![\p{L}\p{N}])/iu;

function healthSteps(sentence: string): Found[] {
  if (offeredAsService.test(sentence) || aboutEveryone.test(sentence)) return [];
  return statedIn(healthStep, sentence).filter((found) => !notYetOrCould.test(clauseBefore(sentence, found.index)));
}

/** "the op next month", "your scan tomorrow": one person's care to come. */
const careToCome = new RegExp(
  `${start}(?:the|your|his|her)\\s+${describedBy(2)}${anyOf(careWords)}\\s+(?:next\\s+(?:week|month)|tomorrow|later\\s+(?:today|this\\s+week|this\\s+month)|this\\s+(?:week|month))${end}`,
  flags,
);

/** "you're pregnant", "she is diabetic": what one person is. */
const healthState = new RegExp(
  `${start}(?:you|he|she)(?:'re|'s|\\s+(?:are|is|were|was|have\\s+been|has\\s+been|'ve\\s+been))\\s+(?:(?:now|still|currently|also|already)\\s+)?${anyOf(healthStates)}${end}`,
  flags,
);

/** "your GP is aware": one person's own clinician, not "please speak to your GP". */
const ownClinician = new RegExp(
  `${start}(?:your|his|her)\\s+(?:(?:usual|named|own|regular|registered)\\s+)?${anyOf(ownClinicians)}${end}(?!\\s+(?:practice|practices|surgery|surgeries)${end})`,
  flags,
);

function ownCliniciansTold(sentence: string): Found[] {
  return statedIn(ownClinician, sentence).filter((found) => {
    const before = clauseBefore(sentence, found.index);
    const after = clauseAfter(sentence, found.index + found.text.length);
    return (
      !notYetOrCould.test(before) &&
      // "your GP can help", "your GP or NHS 111 can help": who can help, not what happened.
      !/^\s+(?:or\s+(?:[\p{L}\p{N}]+\s+){1,3})?(?:can|could|may|might|would|should)(?![\p{L}\p{N}])/iu.test(after) &&
      !/(?<![\p{L}\p{N}])(?:speak|talk|contact|see|ask|discuss|consult)(?![\p{L}\p{N}])/iu.test(`${before} ${after}`)
    );
  });
}

/** "we have updated your contact preferences", "your online access has been switched back on", "noted on the system that you". */
const held = anyOf(heldAboutYou);
const changed = anyOf(changedOnRecordVerbs);
const changedYourRecord = new RegExp(`${start}${changed}\\s+(?:your|his|her)\\s+(?:${aWord}\\s+){0,2}?${held}${end}`, flags);
const yourRecordChanged = new RegExp(
  `${start}(?:your|his|her)\\s+(?:${aWord}\\s+){0,2}?${held}\\s+(?:has|have|had|was|were)\\s+(?:(?:now|also|already|just)\\s+)?(?:been\\s+)?(?:${changed}|\\p{L}+ed)${end}`,
  flags,
);
const notedOnSystem = new RegExp(
  `${start}${changed}(?:\\s+${aWord}){0,3}?\\s+(?:on|in|to|against)\\s+(?:the|our|your|his|her)\\s+${anyOf(systemWords)}${end}`,
  flags,
);

function recordChanges(sentence: string): Found[] {
  return [
    ...statedIn(changedYourRecord, sentence),
    ...statedIn(yourRecordChanged, sentence),
    ...(aboutThisPerson.test(sentence) ? statedIn(notedOnSystem, sentence) : []),
  ];
}

/** "we rang the number we had for you": a call made, told. */
const rangTheNumber = new RegExp(
  `${start}(?:rang|called|phoned|texted|messaged|tried)\\s+(?:the|your|his|her)\\s+(?:${aWord}\\s+)?(?:number|mobile|landline|phone|home\\s+number)${end}`,
  flags,
);

// --- fourth round: text the fourth blind corpus found the rules blind to ---

const someone = `(?:you|him|her|your\\s+${describedBy(1)}${relative})`;

/** "so nice to see you at the baby clinic", "we met her at the vaccine session": seen at the practice. */
const seenAtPractice = new RegExp(
  `${start}(?:(?:(?:lovely|great|nice|good|wonderful)\\s+(?:to\\s+)?(?:see|seeing|meet|meeting))|saw|met)\\s+${someone}(?:'s)?\\s+(?:(?:earlier|today|yesterday|again)\\s+)?(?:at|in)\\s+(?:the|our)\\s+(?:${aWord}\\s+){0,3}?(?:clinic|clinics|session|sessions|surgery|waiting\\s+room|waiting\\s+area)${end}`,
  flags,
);
const looksAhead = /(?<![\p{L}\p{N}])(?:would|hope|hoping|next|tomorrow|will|'ll|look\s+forward)(?![\p{L}\p{N}])/iu;

function seenAtThePractice(sentence: string): Found[] {
  return statedIn(seenAtPractice, sentence).filter(
    (found) => !looksAhead.test(`${clauseBefore(sentence, found.index)} ${clauseAfter(sentence, found.index + found.text.length)}`),
  );
}

/** "we squeezed you in", "managed to fit her in", "glad we could slot you in"; not the offer "we could fit you in". */
const fittedIn = new RegExp(
  `${start}(?:${anyOf(fitInPastVerbs)}|(?:(?:glad|pleased|happy|delighted)\\s+(?:that\\s+)?(?:we|they|the\\s+${aWord}(?:\\s+${aWord})?)\\s+(?:could|were\\s+able\\s+to|was\\s+able\\s+to|managed\\s+to)|managed\\s+to|were\\s+able\\s+to|was\\s+able\\s+to)\\s+${anyOf(fitInVerbs)})\\s+${someone}\\s+in${end}(?!\\s+(?:touch|contact|trouble)${end})`,
  flags,
);

/** "his discharge letter landed", "the clinic letter from the consultant hasn't come through". */
const presentArrivals = documentArrivedWords.filter((word) => /^come\b/u.test(word));
const pastArrivals = documentArrivedWords.filter((word) => !/^come\b/u.test(word));
const arrivalAux = "(?:has|have|had|hasn't|haven't|hadn't|not|still|now|just|finally|already|yet|only|never|safely|all)";
const documentArrived = new RegExp(
  `${start}(?:the|your|his|her)\\s+(?:${aWord}\\s+){0,2}?${anyOf(careDocuments)}(?:\\s+from\\s+(?:the\\s+|your\\s+|his\\s+|her\\s+)?(?:${aWord}\\s+)?(?:hospital|consultant|specialist|clinic|team)|\\s+you\\s+(?:mentioned|asked\\s+about|asked\\s+for|were\\s+expecting|were\\s+waiting\\s+for|chased))?\\s+(?:(?:${arrivalAux}\\s+)*${anyOf(pastArrivals)}|(?:${arrivalAux}\\s+)+${anyOf(presentArrivals)})${end}`,
  flags,
);

/** "thanks for being such a loyal patient", "you've been a valued patient", "a patient with us since". */
const loyalPatient = new RegExp(
  `${start}(?:for\\s+being|(?:you|he|she)(?:'ve|'s|\\s+(?:have|has))\\s+been)\\s+(?:such\\s+)?(?:a|an)\\s+(?:(?:loyal|long-standing|longstanding|long-term|valued|regular)\\s+)+patient${end}`,
  flags,
);
const patientWithUsSince = new RegExp(`${start}(?:a|our)\\s+patient\\s+(?:with|of)\\s+(?:us|ours)\\s+(?:since|for)${end}`, flags);

function warmRegistration(sentence: string): Found[] {
  return [...statedIn(loyalPatient, sentence), ...(aboutThisPerson.test(sentence) ? statedIn(patientWithUsSince, sentence) : [])];
}

/** "we can't prescribe you zopiclone", "give him antibiotics", "codeine for your back": a medicine for one person. */
const aMedicine = `(?:${anyOf(medicineNames)}|\\p{L}{3,}(?:${medicineEndings.join('|')})|${anyOf(medicineWords)})`;
const medicineForSomeone = new RegExp(
  `${start}${anyOf(giveMedicineVerbs)}\\s+(?:you|him|her)\\s+(?:on\\s+)?(?:(?:any|more|some|the|a|an|extra|stronger|further|long-term|regular)\\s+)?${aMedicine}${end}`,
  flags,
);
const namedMedicineForYou = new RegExp(
  `${start}(?:${anyOf(medicineNames)}|\\p{L}{3,}(?:${medicineEndings.join('|')}))\\s+for\\s+(?:your|his|her)\\s+${aWord}`,
  flags,
);

/** "you're definitely on it", "he is still on the memory clinic waiting list": only where a waiting list is named. */
const waitingListNamed = /(?<![\p{L}\p{N}])waiting[\s-]+lists?(?![\p{L}\p{N}])/iu;
const onWaitingList = new RegExp(
  `${start}(?:you|he|she)(?:'re|'s|\\s+(?:are|is|were|was|have\\s+been|has\\s+been|'ve\\s+been))\\s+(?:(?:definitely|still|now|already|currently|also|certainly|well|high)\\s+)*(?:on|near\\s+the\\s+top\\s+of|at\\s+the\\s+top\\s+of|top\\s+of|up|near\\s+the\\s+front\\s+of|added\\s+to)\\s+(?:it|the\\s+list|(?:the|our)\\s+(?:${aWord}\\s+){0,3}?waiting[\\s-]+list)${end}`,
  flags,
);

function onAWaitingList(sentence: string): Found[] {
  return waitingListNamed.test(sentence) ? statedIn(onWaitingList, sentence) : [];
}

/** "we examined her knee", "could not dress your leg ulcer"; not "how to syringe your ears". */
const procedureOnBody = new RegExp(
  `${start}${anyOf(procedureVerbs)}\\s+(?:your|his|her)\\s+(?:${aWord}\\s+)?${anyOf(bodyParts)}${end}`,
  flags,
);
const procedureAsAdvice =
  /(?<![\p{L}\p{N}])(?:can(?![\p{L}\p{N}'’])|how\s+to|please|never|don't|do\s+not|try|tips|advice)(?![\p{L}\p{N}])/iu;

/** "Tips: weigh your baby weekly": a heading before a colon still makes it advice. */
const adviceHeading = /(?<![\p{L}\p{N}])(?:tips|advice|how\s+to)(?![\p{L}\p{N}])/iu;

function proceduresOnBody(sentence: string): Found[] {
  return statedIn(procedureOnBody, sentence).filter(
    (found) => !procedureAsAdvice.test(clauseBefore(sentence, found.index)) && !adviceHeading.test(sentence.slice(0, found.index)),
  );
}

/** "your tier two diabetes referral", "your sleep clinic appointment": any words before a care word that is theirs. */
/** Words that end the noun phrase: "your help booking appointments", "your child due their jabs". */
const notInCareName = [
  ...notCareDescribers,
  'help',
  'time',
  'support',
  'understanding',
  'kind',
  'words',
  'their',
  'our',
  'my',
  'his',
  'her',
  'your',
  'is',
  'are',
  'was',
  'were',
  'be',
  'has',
  'have',
  'had',
  'will',
  'can',
  'due',
];
const wordsBeforeCare = new RegExp(
  `${start}(?:your|his|her)\\s+(?:(?!${anyOf(notInCareName)}${end})${aWord}\\s+){1,3}${anyOf(careWords)}${end}`,
  flags,
);

export function patientDetailsFound(text: string): Found[] {
  return inEachSentence(text, (sentence) => [
    ...matchesIn(relativePattern, sentence),
    ...statedIn(recallPattern, sentence),
    ...statedIn(contactedYou, sentence),
    ...statedIn(didContactYou, sentence),
    ...statedIn(thankedForContact, sentence),
    ...statedIn(ourContactToYou, sentence),
    ...statedIn(sinceContact, sentence),
    ...statedIn(youContacted, sentence),
    ...statedIn(theyWereSeen, sentence),
    ...matchesIn(ownedCare, sentence),
    ...matchesIn(ownedMedicine, sentence),
    ...statedIn(dueForCare, sentence),
    ...careToldAsEvent(sentence),
    ...bareCareEvents(sentence),
    ...medicineToldNow(sentence),
    ...statedIn(someoneCaredFor, sentence),
    ...statedIn(caredForSomeone, sentence),
    ...statedIn(wasCaredFor, sentence),
    ...matchesIn(recordsShow, sentence),
    ...matchesIn(accordingTo, sentence),
    ...statedIn(lookedAt, sentence),
    ...statedIn(weCanSee, sentence),
    ...matchesIn(onFile, sentence),
    ...relativeDates(sentence),
    ...datesTiedToVisits(sentence),
    ...matchesIn(ownedTime, sentence),
    ...storyDates(sentence),
    ...statedIn(yourMessageReceived, sentence),
    ...statedIn(weReceivedYourMessage, sentence),
    // "lots of you have struggled to get through on the phones" is said of many, not of one person.
    ...statedIn(youDidAtPractice, sentence).filter((found) => !/\bof\s+$/iu.test(sentence.slice(0, found.index))),
    ...namedMedicines(sentence),
    ...careHelpingNow(sentence),
    ...theirConditions(sentence),
    ...sinceCare(sentence),
    ...childrenByName(sentence),
    ...healthSteps(sentence),
    ...statedIn(healthState, sentence),
    ...ownCliniciansTold(sentence),
    ...recordChanges(sentence),
    ...statedIn(rangTheNumber, sentence),
    ...statedIn(careToCome, sentence),
    ...seenAtThePractice(sentence),
    ...statedIn(fittedIn, sentence),
    ...statedIn(documentArrived, sentence),
    ...statedIn(medicineForSomeone, sentence),
    ...statedIn(namedMedicineForYou, sentence),
    ...onAWaitingList(sentence),
    ...proceduresOnBody(sentence),
    ...statedIn(wordsBeforeCare, sentence),
  ]);
}
