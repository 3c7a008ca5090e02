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
  return inEachSentence(text, (sentence) =>
    [statusStatement, postFromPatient, joinedOrLeft, asAPatient, statusPhrase, byName, onOrOffList].flatMap((pattern) =>
      statedIn(pattern, sentence),
    ),
  );
}

// --- details of care or contact ---

const describing = `(?:${anyOf(describingWords)}|\\d[\\p{L}\\p{N}-]*|\\p{L}+-[\\p{L}-]+)`;
const describedBy = (max: number) => `(?:${describing}\\s+){0,${max}}`;
/**
 * A bare relative as owner ("mum's repeat prescription") is one person's, but not after "a" or
 * "any", nor in the plural: "a relative's care", "children's vaccinations" are everyone's.
 */
const pluralRelatives = relatives.filter((word) => word.endsWith('s') || word.endsWith('children'));
const bareRelativeOwner = `(?<!${start}(?:a|an|any|every|each|another|other|all|our|their|many|some|of)\\s+)(?!${anyOf(pluralRelatives)}'?s?${end})${relative}'s?`;
const specificOwner = `(?:your|his|her|your\\s+${relative}'s?|${bareRelativeOwner})`;

/** "your mum", "her husband", "your elderly father's". */
const relativePattern = new RegExp(`${start}(?:your|his|her)\\s+${describedBy(2)}${relative}(?:'s|s'|')?${end}`, flags);

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
const notAPlace =
  '(?!\\s+(?:system|systems|process|processes|policy|policies|line|lines|service|services|team|teams|hours|times|clinic|clinics))';
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

function careToldAsEvent(sentence: string): Found[] {
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
      return happenedAfter.test(after) || happenedBefore.test(before);
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
const youDidSomething = new RegExp(`${start}you(?:'d)?\\s+(?:${anyOf(irregularPastVerbs)}|\\p{L}+ed)${end}`, 'iu');

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
  ]);
}
