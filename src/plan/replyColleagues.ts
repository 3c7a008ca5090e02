/**
 * Whether a reply draft names a colleague or points to one. Names come two ways: from the staff
 * list in the practice settings, matched as people say them ("Dr Whitfield", "Sarah", "Ms Dunmore"
 * for "Dr Sarah Whitfield" and "Kerry Dunmore"), and any title with a surname ("Dr Patel",
 * "Nurse Jones"), listed or not. Small details add up too (GMC social media guidance, 2024): "the
 * receptionist you spoke to" or "our duty doctor that morning" can identify one person.
 */
import {
  anyTitles,
  contactRoles,
  identifyingQualifiers,
  monthNames,
  notFirstNames,
  notSurnames,
  onDutyPhrases,
  pastTimes,
  peopleWords,
  staffDidPast,
  staffDidVerbs,
  staffPlaceLinks,
  staffPlaces,
  staffRoles,
  staffTitles,
  thisOnePerson,
  todayTimes,
  weekdays,
  wordsAfterSentenceStartVerb,
  youDidWithStaff,
  shiftTimes,
  worksShiftVerbs,
  notInitials,
} from '../content/replyChecks';
import {
  aWord,
  anyOf,
  escapeForRegExp,
  inEachSentence,
  matchesIn,
  notWordAfter as end,
  notWordBefore as start,
  outermost,
  type Found,
} from './replyText';

const flags = 'giu';

// --- names ---

const titleOf = (titles: readonly string[]) => `(?:${titles.map((title) => `${escapeForRegExp(title)}\\.?`).join('|')})`;
const anyTitle = titleOf(anyTitles);
const isTitle = new RegExp(`^${anyTitle}$`, 'iu');

/** A name as the practice typed it, without notes such as "(reception)" or "- practice nurse". */
function nameWords(entry: string): string[] {
  const bare = entry.replace(/\(.*?\)/g, ' ').split(/\s[-–—]\s|,/)[0] ?? '';
  const words = bare.trim().split(/\s+/).filter(Boolean);
  return words.filter((word, index) => !(index === 0 && words.length > 1 && isTitle.test(word)));
}

const sentenceStartVerbFollower = new RegExp(`^\\s+(?:${wordsAfterSentenceStartVerb.join('|')})${end}`, 'iu');

/**
 * A one-word name counts only written as a name: capitalised, and not an ordinary word opening a
 * sentence ("Will you contact us?", "May we ask…").
 */
function oneWordNameFound(word: string, text: string): boolean {
  const pattern = new RegExp(`${start}${escapeForRegExp(word)}${end}`, 'gu');
  return [...text.matchAll(pattern)].some((match) => {
    const atSentenceStart = /(?:^|[.!?]\s+|\n\s*)$/u.test(text.slice(0, match.index));
    return !atSentenceStart || !sentenceStartVerbFollower.test(text.slice(match.index + match[0].length));
  });
}

const multiWord = (words: readonly string[]) => words.map(escapeForRegExp).join('\\.?\\s+');

/** The ways one listed colleague might be written in a reply. */
function staffNameFound(entry: string, text: string): boolean {
  const words = nameWords(entry);
  if (words.length === 0) return false;
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  const phrases = [
    ...(words.length > 1 ? [multiWord(words), multiWord([first, last])] : []),
    `${anyTitle}\\s+${multiWord(words)}`,
    `${anyTitle}\\s+${escapeForRegExp(last)}`,
    `${anyTitle}\\s+${escapeForRegExp(first)}`,
  ];
  if (phrases.some((phrase) => new RegExp(`${start}${phrase}${end}`, 'iu').test(text))) return true;
  return [...new Set([first, last])].some((word) => capitalised(word) && oneWordNameFound(capitalise(word), text));
}

const capitalised = (word: string) => /^\p{L}/u.test(word);
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const titledName = new RegExp(`${start}${titleOf(staffTitles)}\\s+([\\p{L}][\\p{L}'-]*)`, 'giu');
const notASurname = new Set<string>(notSurnames.map((word) => word.toLowerCase()));

/**
 * "Dr Patel", "Nurse Jones", "Dr. Singh": a title and a surname, whoever it is. The title may be in
 * any case; the surname must be capitalised, so "the nurse team" is not a name.
 */
function titledNames(text: string): string[] {
  return [...text.matchAll(titledName)]
    .filter(([, surname = '']) => /^\p{Lu}/u.test(surname) && !notASurname.has(surname.toLowerCase()))
    .map(([name]) => name);
}

// --- roles that point to one person ---

/** A single job, not "receptionists", "our reception team" or "our weekend GP service". */
const notAService =
  '(?!\\s+(?:service|services|clinic|clinics|team|teams|appointment|appointments|rota|surgery|surgeries|line|practice|hub|cover|list))';
/** A job or a person ("the lady you spoke to"). */
const role = `${anyOf([...staffRoles, ...peopleWords])}(?![\\p{L}\\p{N}])${notAService}`;
/** A job, but not the role a reply invites people to contact: "our practice manager will…" is fine. */
const jobRole = `(?!${anyOf(contactRoles)}${end})${anyOf(staffRoles)}(?![\\p{L}\\p{N}])${notAService}`;
const determiner = '(?:the|that|this|our|your)';
const between = (n: number) => `(?:${aWord}\\s+){0,${n}}?`;
const youDid = anyOf(youDidWithStaff);
const staffDid = anyOf(staffDidVerbs);

/** "the receptionist you spoke to", "the nurse who saw you", "the locum that you saw". */
const roleWhoDid = new RegExp(
  `${start}${determiner}\\s+${between(2)}${role}\\s*,?\\s+(?:(?:who|that)\\s+)?(?:you(?:'d)?\\s+(?:(?:had|have|first|last|also|originally)\\s+)?${youDid}|(?:who|that)\\s+(?:(?:had|has|also|first|then)\\s+)?${staffDid}(?:\\s+(?:you|your\\s+${aWord}))?)${end}`,
  flags,
);

const specificTime = `(?:${anyOf([...pastTimes, ...todayTimes])}|(?:on|last)\\s+(?:${weekdays.join('|')})(?!s)(?!\\s+(?:mornings|afternoons|evenings|nights))|at\\s+\\d{1,2}[:.]\\d{2})`;
/** "our duty doctor that morning", "the receptionist on duty yesterday". */
const roleAtATime = new RegExp(
  `${start}${determiner}\\s+${between(2)}(?:${jobRole}|${role}\\s+${anyOf(onDutyPhrases)})(?:\\s+${aWord}){0,4}?\\s+${specificTime}${end}`,
  flags,
);

const pastStaffVerb = anyOf(staffDidPast);
/** "our receptionist was following policy", "the lady on reception was only doing her job". */
const roleDid = new RegExp(
  `${start}${determiner}\\s+${between(2)}(?:${jobRole}(?:\\s+${anyOf(onDutyPhrases)})?|${role}\\s+${anyOf(onDutyPhrases)})\\s+(?:(?:only|simply|just|also|then|always|never|certainly)\\s+)?${pastStaffVerb}${end}`,
  flags,
);

/** "the staff member concerned", "the doctor involved". */
const roleInvolved = new RegExp(`${start}(?:the|that|this|our)\\s+${between(2)}${role}\\s+${anyOf(thisOnePerson)}${end}`, flags);

/** "our new receptionist", "the male GP". */
const qualifiedRole = new RegExp(`${start}(?:the|that|this|our)\\s+${anyOf(identifyingQualifiers)}\\s+(?:${aWord}\\s+)?${role}`, flags);

/** "She is one of our most experienced receptionists." */
const heOrSheIsStaff = new RegExp(
  `${start}(?:he|she)(?:'s|\\s+is|\\s+was|\\s+has\\s+been)\\s+(?:(?:a|an|one|of|our|the|most|very|highly|really|much|truly)\\s+){0,4}(?:${aWord}\\s+)?${anyOf(staffRoles)}s?${end}`,
  flags,
);

// --- a first name or nickname with a place or a job ---

const notAFirstName = new Set<string>([...notFirstNames, ...notSurnames, ...weekdays, ...monthNames].map((word) => word.toLowerCase()));
/** Plurals and ordinary nouns ("Appointments", "Waiting", "Information") are not first names. */
const commonNounEnding = /(?:s|ing|tion|ment|ness|ity)$/u;

/**
 * A capitalised word that could be a first name or a nickname ("Bev", "Jo"). Mid-sentence any
 * capitalised word could be; opening a sentence, plural-looking and "-ing" words are left out too,
 * so "Leaflets at reception…" and "Waiting at the desk…" are not names.
 */
function couldBeFirstName(word: string, sentence: string, index: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || notAFirstName.has(word.toLowerCase())) return false;
  const opensSentence = sentence.slice(0, index).trim() === '';
  return !(opensSentence && commonNounEnding.test(word));
}

const placeLink = `(?:${anyOf(staffPlaceLinks)})`;
/** "Bev on reception", "Jo at the front desk", "Sam from the dispensary". */
const nameAtPlace = new RegExp(`${start}(\\p{L}+)\\s+${placeLink}\\s+${anyOf(staffPlaces)}${end}`, flags);
/**
 * "Bev, our receptionist", "Sue, our practice manager": a name and a job side by side. The role a
 * reply invites people to contact counts too once it has a name, which is one person.
 */
const anyJob = `${anyOf([...staffRoles, ...contactRoles])}(?![\\p{L}\\p{N}])${notAService}`;
const nameThenJob = new RegExp(
  `${start}(\\p{L}+)\\s*,\\s+(?:one\\s+of\\s+)?(?:our|the)\\s+(?:${aWord}\\s+)?${anyOf([...staffRoles, ...contactRoles])}s?${end}`,
  flags,
);
/** "our receptionist Bev", "the nurse, Jo,", "our practice manager, Sue,": a job and a name side by side. */
const jobThenName = new RegExp(`${start}(?:our|the)\\s+(?:${aWord}\\s+)?${anyJob}\\s*,?\\s+(\\p{L}+)${end}`, flags);

/** "Jess (reception)", "Sam (practice nurse)": a name with the job or place in brackets. */
const nameWithJobInBrackets = new RegExp(
  `${start}(\\p{L}+)\\s*\\(\\s*(?:(?:our|the)\\s+)?(?:${aWord}\\s+)?(?:${anyOf([...staffRoles, ...contactRoles])}|${anyOf(staffPlaces)})s?\\s*\\)`,
  flags,
);

function firstNamesPointedTo(sentence: string): Found[] {
  const named = (pattern: RegExp, nameAt: (match: RegExpMatchArray) => number) =>
    [...sentence.matchAll(pattern)]
      .filter((match) => couldBeFirstName(match[1] ?? '', sentence, nameAt(match)))
      .map((match) => ({ text: match[0], index: match.index ?? 0 }));
  return [
    ...named(nameAtPlace, (match) => match.index ?? 0),
    ...named(nameThenJob, (match) => match.index ?? 0),
    // A bracketed job makes even a sentence-opening "Jess" a name.
    ...[...sentence.matchAll(nameWithJobInBrackets)]
      .filter(([, name = '']) => /^\p{Lu}\p{Ll}+$/u.test(name) && !notAFirstName.has(name.toLowerCase()))
      .map((match) => ({ text: match[0], index: match.index ?? 0 })),
    ...named(jobThenName, (match) => (match.index ?? 0) + match[0].length - (match[1] ?? '').length),
  ];
}

/** "the pharmacist who works Thursdays", "our nurse on Monday mornings": a job and a regular shift is one person. */
const dayOrShift = `(?:(?:${weekdays.join('|')})s?(?:\\s+(?:${anyOf(shiftTimes)}))?|${anyOf(shiftTimes)})${end}`;
const roleOnShift = new RegExp(
  `${start}(?:the|that|this|our)\\s+${between(2)}${role}\\s*,?\\s+(?:(?:(?:who|that)\\s+)?${anyOf(worksShiftVerbs)}(?:\\s+${aWord}){0,2}?\\s+(?:on\\s+)?${dayOrShift}|on\\s+(?:${weekdays.join('|')})s(?:\\s+(?:${anyOf(shiftTimes)}))?${end})`,
  flags,
);

/**
 * "Our pharmacist works Mondays and can help with medicines" is a service told to everyone, not a
 * pointer to one person: a job and its days as the sentence's own subject, where the sentence
 * offers help or booking, says nothing about anyone. "The pharmacist who works Thursdays has
 * apologised" still counts.
 */
const serviceOffer =
  /\b(?:can|could|will)\s+(?:help|advise|see|book|support)\b|\b(?:anyone|everyone|patients)\s+can\b|\bbook(?:ed|ing)?\b|\bappointments\b/iu;
function roleOnShiftFound(sentence: string): Found[] {
  return matchesIn(roleOnShift, sentence).filter((found) => /\b(?:who|that)\s/iu.test(found.text) || !serviceOffer.test(sentence));
}

// --- fourth round: colleagues the fourth blind corpus found the rules blind to ---

/** "JB has apologised", "our receptionist (KT) said": a colleague's initials, not "the NHS has". */
const notInitial = new Set<string>(notInitials.map((word) => word.toUpperCase()));
const initialsDid = new RegExp(
  `(?<![\\p{L}\\p{N}&.])(\\p{Lu}{2,3}|\\p{Lu}\\.\\s?\\p{Lu}\\.?)\\s+(?:(?:has|had|have|was|is|will|would|did|didn't|wasn't|hasn't|also|only|then|just|already)\\s+)*(?:${anyOf([...staffDidPast, ...staffDidVerbs])}|been|apologised|apologized|apologise|apologize|spoken|explained|said|told|rang|called|will\\s+call|is\\s+sorry)(?![\\p{L}\\p{N}])`,
  'gu',
);

function initialsFound(sentence: string): Found[] {
  return [...sentence.matchAll(initialsDid)]
    .filter(([, initials = '']) => !notInitial.has(initials.replace(/[.\s]/gu, '')))
    .map((match) => ({ text: match[0], index: match.index ?? 0 }));
}

/** "the lady on the phones, Bev, was…", "our newest nurse, Priya,": a name set beside a description of one person. */
const describedThenName = new RegExp(
  `${start}(?:the|that|this|our)\\s+${between(2)}${role}(?:\\s+(?:${placeLink})\\s+${anyOf(staffPlaces)})?\\s*,\\s+(\\p{Lu}\\p{Ll}+)\\s*(?:,|\\(|—|–|-\\s|$)`,
  'giu',
);

function describedThenNamed(sentence: string): Found[] {
  return [...sentence.matchAll(describedThenName)]
    .filter((match) => {
      const name = match[1] ?? '';
      return /^\p{Lu}\p{Ll}+$/u.test(name) && !notAFirstName.has(name.toLowerCase());
    })
    .map((match) => ({ text: match[0], index: match.index ?? 0 }));
}

/** "our apprentice receptionist, she's only 17", "the 19-year-old receptionist": a colleague's age. */
const roleWithAge = new RegExp(
  `${start}(?:(?:the|that|this|our)\\s+\\d{2}[- ]year[- ]old\\s+(?:${aWord}\\s+)?${role}|(?:he|she)(?:'s|\\s+is|\\s+was)\\s+(?:(?:only|just|barely|still|not\\s+even)\\s+)?(?:1[5-9]|2\\d)(?:\\s+(?:years?\\s+old|and))?${end})`,
  'giu',
);
const staffInSentence = new RegExp(
  `${start}${anyOf([...staffRoles, ...peopleWords, 'apprentice', 'colleague', 'colleagues', 'staff', 'team'])}${end}`,
  'iu',
);

function agesGiven(sentence: string): Found[] {
  return staffInSentence.test(sentence) ? matchesIn(roleWithAge, sentence) : [];
}

function rolesPointedTo(text: string): string[] {
  return outermost(
    inEachSentence(text, (sentence) => [
      ...[roleWhoDid, roleAtATime, roleDid, roleInvolved, qualifiedRole, heOrSheIsStaff].flatMap((pattern) => matchesIn(pattern, sentence)),
      ...roleOnShiftFound(sentence),
      ...firstNamesPointedTo(sentence),
      ...initialsFound(sentence),
      ...describedThenNamed(sentence),
      ...agesGiven(sentence),
    ]),
    text,
  );
}

/**
 * Colleagues named or pointed to: listed colleagues as the practice entered them, then any other
 * titled name and any role that identifies one person, as written in the draft.
 */
export function colleaguesFound(text: string, staffNames: readonly string[]): string[] {
  const listed = staffNames.map((name) => name.trim()).filter((name) => name !== '' && staffNameFound(name, text));
  const listedWords = new Set(listed.flatMap((name) => nameWords(name).map((word) => word.toLowerCase())));
  const titled = titledNames(text).filter((name) => !listedWords.has((name.split(/\s+/).at(-1) ?? '').toLowerCase()));
  return [...listed, ...titled, ...rolesPointedTo(text)];
}
