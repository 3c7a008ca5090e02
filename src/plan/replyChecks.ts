/**
 * Live checks on a reply draft before it is posted. Pure, and never blocking: they point at words
 * a stressed person might not notice (a date that confirms a visit, a colleague's name, a request
 * for a date of birth, a flash of temper), and the person decides. They can miss things, and the
 * reply screen says so. The words they look for and what they say live in content/replyChecks; the
 * confidentiality rules are in replyDisclosure.ts and the colleague rules in replyColleagues.ts.
 *
 * How well they do is measured on a labelled set of sentences, tests/plan/replyCorpus.test.ts.
 */
import {
  defensiveTerms,
  detailQuestions,
  elsewhereWords,
  goElsewhereVerbs,
  haveItRemovedVerbs,
  postWords,
  removePostVerbs,
  reportPostVerbs,
  takeDownVerbs,
  takenDownWords,
  toPoliceVerbs,
  harmlessDefensiveUses,
  identifiers,
  invitationTerms,
  legalTerms,
  notShouting,
  practiceOwners,
  privateMessagePhrases,
  refusals,
  removalPlaces,
  removalTerms,
  replyCheckFoundLabels,
  replyCheckMessages,
  replyWordLimit,
  requestVerbs,
  secureChannels,
  yourDetailsWords,
  askPageRunnerVerbs,
  pageRunnerActions,
  pageRunners,
  reportToPageRunnerVerbs,
  platforms,
  toPlatformVerbs,
  warmWords,
  finalWarnings,
  identifyingDocuments,
  pictureVerbs,
  pictureWords,
  type ReplyCheckId,
} from '../content/replyChecks';
import { colleaguesFound } from './replyColleagues';
import { patientDetailsFound, patientStatusFound } from './replyDisclosure';
import {
  aWord,
  anyOf,
  backInDraft,
  clauseAfter,
  clauseBefore,
  expandTextSpeak,
  inEachSentence,
  matchesIn,
  normalise,
  notWordAfter as end,
  notWordBefore as start,
  outermost,
  sentencesOf,
  unique,
  wholeWords,
  wholeWordsOf,
  wordCount,
  type Found,
} from './replyText';

export { wordCount };

/** Checks that mean a second person should read the reply: it touches on care or a colleague. */
export const secondReaderCheckIds: readonly ReplyCheckId[] = ['confirmsPatient', 'patientDetail', 'namesColleague'];

export interface ReplyCheck {
  readonly id: ReplyCheckId;
  /** One line, plain words, saying what to look at and why. */
  readonly message: string;
  /** What triggered it, as it appears in the draft (or a short label such as "!"). */
  readonly found: readonly string[];
}

export interface ReplyCheckContext {
  /** From the practice settings. Without them, only titled names ("Dr Patel") and roles are found. */
  readonly staffNames: readonly string[];
}

// --- asks for personal details ---

const refused = new RegExp(`${wholeWordsOf(refusals)}(?!\\s+hesitate)`, 'iu');
const secureChannel = new RegExp(wholeWordsOf(secureChannels), 'iu');
const privateMessagePattern = wholeWords(privateMessagePhrases);
// "PM" on its own only in capitals and not after a time, so "2 pm" is not a private message.
const capitalPM = new RegExp(`(?<!\\d\\s?)${start}PMs?${end}`, 'gu');
const request = new RegExp(wholeWordsOf(requestVerbs), 'iu');
// "our address", "the practice's postal address" are the practice's own.
const identifier = new RegExp(`${start}(?<!${start}${anyOf(practiceOwners)}\\s+(?:[\\p{L}'-]+\\s+)?)${anyOf(identifiers)}${end}`, 'giu');
const yourDetails = new RegExp(
  `${start}(?:your|his|her|their)\\s+(?:(?:full|home|current|personal|contact|mobile|own)\\s+)?${anyOf(yourDetailsWords)}${end}`,
  'giu',
);

/**
 * A request in this clause that is not turned round: "please send us", not "please don't send us".
 * The detail itself is left out, so "your email" is not its own request to email.
 */
function requested(sentence: string, found: Found): boolean {
  const before = listLead(sentence, found.index);
  const clause = `${before} ${clauseAfter(sentence, found.index + found.text.length)}`;
  return request.test(clause) && !refused.test(before);
}

/** Only list glue before a detail: "…their date of birth, address or NHS number". */
const listGlue = new RegExp(
  `^\\s*(?:(?:and|or|your|his|her|their|full|home|${anyOf(identifiers)}|${anyOf(yourDetailsWords)})\\s*)*$`,
  'iu',
);

/**
 * The clause before a detail, reaching back past a list ("their date of birth, address or NHS
 * number"), so the last item in a list is asked for, or refused, as the first one was.
 */
function listLead(sentence: string, index: number): string {
  let before = clauseBefore(sentence, index);
  let at = index - before.length;
  while (listGlue.test(before) && at > 0 && sentence.charAt(at - 1) === ',') {
    const earlier = clauseBefore(sentence, at - 1);
    before = `${earlier},${before}`;
    at = at - 1 - earlier.length;
  }
  return before;
}

/** "What's your surname?": a question asks outright, with no request verb. */
const detailQuestion = new RegExp(
  `${start}${anyOf(detailQuestions)}\\s+(?:your|his|her|their)\\s+(?:(?:full|home|current|personal|contact|mobile|own)\\s+)?${anyOf([...yourDetailsWords, ...identifiers])}${end}`,
  'giu',
);

/** "send us a photo of the prescription", "screenshot your booking confirmation": a picture of a paper with details on it. */
const documentWord = `(?:${aWord}\\s+){0,3}?${anyOf(identifyingDocuments)}${end}`;
const pictureOfDocument = new RegExp(
  `${start}(?:${anyOf(pictureWords)}\\s+of\\s+(?:the|your|his|her|this|that|any)\\s+${documentWord}|${anyOf(pictureVerbs)}\\s+(?:your|his|her|the)\\s+${documentWord})`,
  'giu',
);
/** "Is this Mr Ahmed from Church Lane?", "please confirm you are the patient": asking who someone is, in public. */
const whoAreYou = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[Ii]s\\s+(?:this|that|it)|[Aa]re\\s+you|[Ww]ould\\s+(?:this|that)\\s+be|[Aa]m\\s+I\\s+(?:speaking|talking)\\s+(?:to|with))\\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+(?:from|of|at|on|in)\\s+\\p{Lu}\\p{Ll}+)`,
  'gu',
);
const confirmWhoYouAre = new RegExp(
  `${start}(?:please|pls|can\\s+you|could\\s+you|kindly|just)\\s+confirm\\s+(?:(?:that|if|whether)\\s+)?(?:you(?:'re|\\s+are)\\s+(?:the|a|mr|mrs|ms|miss|dr|registered|our)|this\\s+is\\s+(?:you|your|the\\s+right)|it(?:'s|\\s+is)\\s+you|who\\s+you\\s+are|your\\s+identity)`,
  'giu',
);

const notAsked = /(?<![\p{L}\p{N}])(?:never|don't|do\s+not|not|no\s+need|without)(?![\p{L}\p{N}])/iu;

function picturesAndIdentity(sentence: string): Found[] {
  return [
    // A picture of a paper is asked for however it is put ("pop a photo of…"), unless turned round.
    ...matchesIn(pictureOfDocument, sentence).filter(
      (found) => !refused.test(clauseBefore(sentence, found.index)) && !notAsked.test(clauseBefore(sentence, found.index)),
    ),
    ...matchesIn(whoAreYou, sentence),
    ...matchesIn(confirmWhoYouAre, sentence).filter((found) => !refused.test(clauseBefore(sentence, found.index))),
  ];
}

function detailsAskedFor(text: string): Found[] {
  return inEachSentence(text, (sentence) => {
    const messages = [...matchesIn(privateMessagePattern, sentence), ...matchesIn(capitalPM, sentence)].filter((found) => {
      const clause = `${clauseBefore(sentence, found.index)}${clauseAfter(sentence, found.index)}`;
      return !refused.test(clauseBefore(sentence, found.index)) && !secureChannel.test(clause);
    });
    const details = [...matchesIn(identifier, sentence), ...matchesIn(yourDetails, sentence)].filter((found) => requested(sentence, found));
    const questions = matchesIn(detailQuestion, sentence).filter((found) => !refused.test(clauseBefore(sentence, found.index)));
    // An invitation to message privately on the site counts on its own: whatever is sent there can
    // end up public, so the warning asks for the practice's own phone or email instead.
    return [...messages, ...details, ...questions, ...picturesAndIdentity(sentence)];
  });
}

// --- legal or removal threats ---

// "sue" only in lower case, so that a colleague called Sue is not a threat.
const sue = new RegExp(`${start}sue${end}`, 'gu');
const legal = wholeWords(legalTerms);
const removal = wholeWords(removalTerms);
const removedFrom = new RegExp(
  `${start}remov(?:e|ed|ing|al)(?:\\s+(?:of\\s+)?(?:you|him|her|them|yourself|your\\s+family|this\\s+patient|patients))?\\s+from\\s+(?:our|the|this)\\s+${anyOf(removalPlaces)}${end}(?!'s|\\s+(?:page|website|site|facebook|feed|wall))`,
  'giu',
);

/** "you'd be better off registering elsewhere", "you may wish to look somewhere else". */
const goElsewhere = new RegExp(`${start}${anyOf(goElsewhereVerbs)}\\s+${anyOf(elsewhereWords)}${end}`, 'giu');

/** "will be referred to the police", "we are passing this on to the police". */
const toPolice = new RegExp(`${start}${anyOf(toPoliceVerbs)}(?:\\s+[\\p{L}'-]+){0,3}?\\s+to\\s+the\\s+police${end}`, 'giu');

/** Having the review taken down, which in public reads as silencing them. */
const thePost = `(?:this|the|your|that|these|those)\\s+${anyOf(postWords)}${end}`;
const reportThePost = new RegExp(`${start}${anyOf(reportPostVerbs)}\\s+${thePost}`, 'giu');
const removeThePost = new RegExp(`${start}${anyOf(removePostVerbs)}\\s+${thePost}`, 'giu');
const haveItRemoved = new RegExp(`${start}${anyOf(haveItRemovedVerbs)}\\s+(?:it|them|${thePost})\\s+${anyOf(takenDownWords)}${end}`, 'giu');
const takeItDown = new RegExp(`${start}${anyOf(takeDownVerbs)}\\s+(?:it|them|${thePost})\\s+down${end}`, 'giu');

/** "asking the group admin to delete this", "we have reported this to the page moderators". */
const pageRunner = `(?:the|this|your)\\s+(?:(?:group|page|site|forum|community|facebook|local)\\s+)?${anyOf(pageRunners)}${end}`;
const toPageRunner = new RegExp(
  `${start}(?:${anyOf(reportToPageRunnerVerbs)}(?:\\s+(?:this|it|you|your\\s+${anyOf(postWords)}))?\\s+(?:to\\s+)?${pageRunner}|${anyOf(askPageRunnerVerbs)}\\s+${pageRunner}\\s+to\\s+${anyOf(pageRunnerActions)}${end})`,
  'giu',
);
/** "we have contacted Facebook about this post": having the post looked at by the site. */
const toPlatform = new RegExp(
  `${start}${anyOf(toPlatformVerbs)}(?:\\s+(?:it|this|them))?\\s+(?:to\\s+|with\\s+)?${anyOf(platforms)}\\s+(?:about|regarding|over)\\s+${thePost}`,
  'giu',
);
/** "delete this", "remove it": the post, said as what will be done to it. */
const deleteIt = new RegExp(
  `${start}${anyOf(removePostVerbs)}\\s+(?:this|it|them)(?=\\s+(?:and|or|now|immediately|today)${end}|\\s*[.,!;]|\\s*$)`,
  'giu',
);

/** "you would be happier with another GP practice": any word between "another" and the practice. */
const anotherPractice = new RegExp(
  `${start}(?:another|a\\s+different)\\s+(?:${aWord}\\s+)?(?:practice|surgery|practices|surgeries)${end}`,
  'giu',
);

/** "this is your final warning", "the next post like this goes straight to the police". */
const finalWarning = wholeWords(finalWarnings);
const postToPolice = new RegExp(
  `${start}(?:${anyOf(postWords)}|one|comment|it|this|that)(?:\\s+like\\s+(?:this|that|it))?\\s+(?:(?:goes|go|will\\s+go|is\\s+going|are\\s+going|gets|get|will\\s+get|will\\s+be|is|are|gets\\s+sent|will\\s+be\\s+sent|gets\\s+passed|will\\s+be\\s+passed|gets\\s+reported|will\\s+be\\s+reported)\\s+)(?:(?:straight|directly|right|immediately)\\s+)?to\\s+(?:the\\s+)?(?:police|our\\s+solicitors?|the\\s+courts?)${end}`,
  'giu',
);

function threats(text: string): Found[] {
  return [
    finalWarning,
    postToPolice,
    legal,
    sue,
    removal,
    removedFrom,
    goElsewhere,
    toPolice,
    reportThePost,
    removeThePost,
    haveItRemoved,
    takeItDown,
    toPageRunner,
    deleteIt,
    toPlatform,
  ]
    .flatMap((pattern) => matchesIn(pattern, text))
    .concat(sentToAnotherPractice(text));
}

/**
 * Another practice is a threat only when it is said to this person ("you would be happier with
 * another GP practice"); "we share a clinic with another local practice" is a fact.
 */
const aboutThisPerson = /(?<![\p{L}\p{N}'])(?:you|your|yourself|him|her|them)(?![\p{L}\p{N}])/iu;
function sentToAnotherPractice(text: string): Found[] {
  return inEachSentence(text, (sentence) => (aboutThisPerson.test(sentence) ? matchesIn(anotherPractice, sentence) : []));
}

// --- defensive or argumentative ---

const defensivePattern = wholeWords(defensiveTerms);
const harmlessPattern = wholeWords(harmlessDefensiveUses);
const allowedCapitals = new Set<string>(notShouting);
/** "thanks for the 5 stars, made our day!": an exclamation of warmth, not temper. */
const warm = new RegExp(wholeWordsOf(warmWords), 'iu');

function shouting(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}&']+/gu)]
    .map(([word]) => word)
    .filter((word) => {
      const bare = word.replace(/'s$/i, '').replace(/^'+|'+$/g, '');
      if (/\p{N}/u.test(bare) || /\p{Ll}/u.test(bare)) return false;
      if ((bare.match(/\p{Lu}/gu) ?? []).length < 3) return false;
      return !allowedCapitals.has(bare);
    });
}

function defensiveSigns(text: string): string[] {
  const found = matchesIn(defensivePattern, text.replace(harmlessPattern, ' ')).map((item) => item.text);
  if (sentencesOf(text).some((sentence) => sentence.text.includes('!') && !warm.test(sentence.text))) {
    found.push(replyCheckFoundLabels.exclamation);
  }
  found.push(...shouting(text).map(replyCheckFoundLabels.capitals));
  return found;
}

// --- invitation to make contact ---

const invitationPattern = wholeWords(invitationTerms, 'iu');

/** Every check that applies to the draft, in a fixed order; none for an empty draft. */
export function checkReply(text: string, context: ReplyCheckContext): ReplyCheck[] {
  const draft = normalise(text);
  if (draft.trim() === '') return [];
  const checks: ReplyCheck[] = [];
  const add = (id: Exclude<ReplyCheckId, 'tooLong' | 'noInvitation'>, found: readonly string[]) => {
    const distinct = unique(found);
    if (distinct.length > 0) checks.push({ id, message: replyCheckMessages[id](distinct), found: distinct });
  };

  const words = wordCount(draft);
  if (words > replyWordLimit) checks.push({ id: 'tooLong', message: replyCheckMessages.tooLong(words), found: [] });
  // The rules read text-speak written out ("ur" as "your"), and quote the draft's own words.
  const expanded = expandTextSpeak(draft);
  const found = (finds: readonly Found[]) => outermost(backInDraft(finds, expanded, draft), draft);
  add('confirmsPatient', found(patientStatusFound(expanded.text)));
  add('patientDetail', found(patientDetailsFound(expanded.text)));
  add('namesColleague', colleaguesFound(expanded.text, context.staffNames));
  add('asksForDetails', found(detailsAskedFor(expanded.text)));
  add('threatens', found(threats(expanded.text)));
  add('defensive', defensiveSigns(draft));
  if (!invitationPattern.test(draft)) checks.push({ id: 'noInvitation', message: replyCheckMessages.noInvitation(), found: [] });
  return checks;
}
