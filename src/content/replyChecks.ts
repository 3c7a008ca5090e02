/**
 * What the reply checks look for, and what they say. The words are grouped by the kind of slip they
 * point at, so a practice or LMC can read a group and see why a draft was flagged; how the groups
 * are combined (a care word only counts with "your", a past tense or "you" beside it, and so on) is
 * in src/plan/replyDisclosure.ts and its neighbours. Every check is advice, never a block: the
 * words "could" and "may" are meant.
 *
 * The guidance behind them (GMC confidentiality and social media guidance, MDU): criticism does not
 * lift the duty of confidentiality, so a public reply never confirms or denies that anyone is a
 * patient, gives no dates, visits, calls, records, tests or medicines, does not mention the
 * poster's relatives, names no colleague and no role that points to one, never asks for personal
 * details on social media, and makes no legal threats.
 *
 * All terms are matched as whole words, ignoring case, after curly apostrophes are straightened.
 */
/** Every check, in the order the reply screen lists what it found. */
export const replyCheckIds = [
  'tooLong',
  'confirmsPatient',
  'patientDetail',
  'namesColleague',
  'asksForDetails',
  'threatens',
  'defensive',
  'noInvitation',
] as const;
export type ReplyCheckId = (typeof replyCheckIds)[number];

/** Longer replies give more to pick apart; the guidance asks for brief. */
export const replyWordLimit = 60;

// --- Whether they are a patient ---

/** Who a statement is about when it is about one person: never "anyone" or "everyone". */
export const onePersonSubjects = ['you', 'he', 'she'] as const;

/** The same, said of the poster: "this lady", "the person who posted this". */
export const onePersonNouns = [
  'person',
  'lady',
  'gentleman',
  'man',
  'woman',
  'individual',
  'reviewer',
  'poster',
  'account holder',
] as const;

/** How a statement about being a patient ends: "you are not one of our patients", "he is registered with us". */
export const patientStatusWords = [
  'patient',
  'patients',
  'registered',
  'with us',
  'with the practice',
  'with this practice',
  'on our list',
  'on our books',
  'on our register',
  'on our patient list',
  'on our system',
  'on the practice list',
  'known to us',
] as const;

/** Words before that ending: "one of our", "a registered". */
export const patientStatusLeads = [
  'a',
  'an',
  'one of our',
  'our',
  'a registered',
  'an existing',
  'a current',
  'a former',
  'a new',
  'a valued',
  'a long-standing',
  'a loyal',
] as const;

/**
 * Said outright, each of these tells everyone whether someone is a patient: "we have no record of
 * you" and "we can't find you on our system" deny it, "since you registered" confirms it.
 */
export const patientStatusPhrases = [
  'no record of you',
  'no records of you',
  'any record of you',
  'no record of him',
  'no record of her',
  'no record of this person',
  'no trace of you',
  "can't find you",
  'cannot find you',
  "couldn't find you",
  'could not find you',
  'unable to find you',
  "can't find any record",
  'cannot find any record',
  "couldn't find any record",
  'could not find any record',
  "don't have you",
  'do not have you',
  'never had you',
  'since you registered',
  'since you joined',
  'when you registered',
  'when you joined',
  'since you first registered',
  'your registration',
  'registered with us for',
  'registered with us since',
  'registered here for',
  'registered here since',
  'this patient',
  'that patient',
  'the patient in question',
  'the patient concerned',
  'the patient involved',
  'a patient of ours',
  'patient of ours',
  're-register',
  're-registered',
  're-registering',
  'reregister',
  'reregistered',
  'rejoined the practice',
  'rejoined us',
  'welcome you back',
] as const;

/**
 * Joining or leaving the practice, told of one person: "you left the practice last year", "she
 * joined our list in 2019". Either way it says whether they are (or were) a patient.
 */
export const joinedOrLeftVerbs = [
  'left',
  'joined',
  'registered with',
  'deregistered from',
  'moved away from',
  'moved from',
  'transferred from',
  'transferred away from',
  'signed up with',
  'signed up to',
] as const;

/** What they joined or left: "the practice", "our list", "us". */
export const joinedOrLeftPlaces = [
  'us',
  'the practice',
  'this practice',
  'our practice',
  'the surgery',
  'this surgery',
  'our surgery',
  'our list',
  'the list',
  'our books',
  'our register',
] as const;

/** Words for "seems": "you don't appear to be a patient" denies it as surely as "you are not". */
export const seemVerbs = ['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed'] as const;

/** What was posted, which a reply may say is or is not from a patient: "this review isn't from one of our patients". */
export const postWords = [
  'review',
  'reviews',
  'post',
  'posts',
  'comment',
  'comments',
  'complaint',
  'feedback',
  'rating',
  'message',
] as const;

/**
 * "NHS" before "patient" makes it everyone: "your rights as an NHS patient" is the NHS
 * Constitution, not a statement that they are on this practice's list.
 */
export const everyPatientWords = ['NHS'] as const;

// --- Details of someone's care or contact with the practice ---

/** Family members: "your mum's appointment" tells everyone the mother is a patient. */
export const relatives = [
  'mum',
  'mam',
  'mom',
  'mummy',
  'mother',
  'dad',
  'daddy',
  'father',
  'parent',
  'parents',
  'son',
  'sons',
  'daughter',
  'daughters',
  'child',
  'children',
  'kid',
  'kids',
  'baby',
  'toddler',
  'newborn',
  'little one',
  'boy',
  'girl',
  'teenager',
  'wife',
  'husband',
  'partner',
  'fiance',
  'fiancee',
  'spouse',
  'brother',
  'sister',
  'brothers',
  'sisters',
  'sibling',
  'twin',
  'twins',
  'nan',
  'nana',
  'nanny',
  'gran',
  'granny',
  'grandma',
  'grandmother',
  'grandad',
  'grandpa',
  'grandfather',
  'grandson',
  'granddaughter',
  'grandchild',
  'grandchildren',
  'aunt',
  'auntie',
  'uncle',
  'niece',
  'nephew',
  'cousin',
  'stepson',
  'stepdaughter',
  'stepmum',
  'stepdad',
  'step-mum',
  'step-dad',
  'mother-in-law',
  'father-in-law',
  'in-laws',
  'relative',
  'relatives',
  'family member',
  'loved one',
  'carer',
] as const;

/** Words that may sit between "your" and a relative or a care word: "your elderly mother", "your recent blood test". */
export const describingWords = [
  'recent',
  'last',
  'latest',
  'previous',
  'earlier',
  'first',
  'second',
  'next',
  'repeat',
  'regular',
  'usual',
  'annual',
  'routine',
  'urgent',
  'own',
  'new',
  'current',
  'monthly',
  'medical',
  'test',
  'GP',
  'hospital',
  'elderly',
  'late',
  'little',
  'young',
  'younger',
  'older',
  'eldest',
  'youngest',
  'poor',
  'disabled',
  'baby',
  'newborn',
  'two',
  'three',
  'many',
  'several',
  'follow-up',
  'phone',
  'telephone',
  'home',
  'face-to-face',
  'video',
] as const;

/**
 * Things that happen in someone's care. With "your" or "her" before them, or told as something
 * that happened ("the referral was sent", "the prescription you asked for"), they give care away.
 * Said of everyone in the present ("repeat prescriptions take two working days") they are service
 * facts and are left alone.
 */
export const careWords = [
  'care',
  'treatment',
  'diagnosis',
  'condition',
  'illness',
  'symptoms',
  'injury',
  'pain',
  'medical history',
  'history',
  'records',
  'record',
  'notes',
  'medical records',
  'file',
  'results',
  'result',
  'test results',
  'blood results',
  'test',
  'tests',
  'blood test',
  'blood tests',
  'bloods',
  'blood pressure',
  'scan',
  'scans',
  'x-ray',
  'x-rays',
  'MRI',
  'ECG',
  'ultrasound',
  'biopsy',
  'swab',
  'sample',
  'urine sample',
  'smear',
  'smear test',
  'cervical screening',
  'screening',
  'prescription',
  'prescriptions',
  'repeat prescription',
  'repeat prescriptions',
  'medication',
  'medications',
  'medicine',
  'medicines',
  'meds',
  'tablets',
  'pills',
  'antibiotics',
  'painkillers',
  'inhaler',
  'inhalers',
  'insulin',
  'dose',
  'dosage',
  'injection',
  'injections',
  'jab',
  'jabs',
  'vaccine',
  'vaccines',
  'vaccination',
  'vaccinations',
  'immunisation',
  'immunisations',
  'booster',
  'flu jab',
  'covid jab',
  'contraception',
  'pill',
  'coil',
  'implant',
  'HRT',
  'fit note',
  'fit notes',
  'sick note',
  'sick notes',
  'Med3',
  "doctor's note",
  'referral',
  'referrals',
  'operation',
  'procedure',
  'dressing',
  'dressings',
  'stitches',
  'wound',
  'physio',
  'counselling',
  'therapy',
  'medication review',
  'med review',
  'annual review',
  'asthma review',
  'diabetes review',
  'health check',
  'check-up',
  'appointment',
  'appointments',
  'consultation',
  'consultations',
  'visit',
  'visits',
  'home visit',
  'e-consult',
  'call',
  'calls',
  'phone call',
  'phone calls',
  'letter',
  'letters',
  'email',
  'emails',
  'text',
  'text message',
  'conversation',
  'conversations',
  'case',
  'call recording',
  'recording',
  // Common misspellings, which a rushed draft often has.
  'prescripton',
  'perscription',
  'presciption',
] as const;

/**
 * Medicines, which are someone's whatever word comes between: "your sleeping tablets", "her
 * heart pills". Other care words take only the describing words above, so "your experience of
 * care" is not "your care".
 */
export const medicineWords = [
  'tablets',
  'tablet',
  'pills',
  'medication',
  'medications',
  'medicine',
  'medicines',
  'meds',
  'inhaler',
  'inhalers',
  'injections',
  'cream',
  'patches',
  'antibiotics',
  'prescription',
  'prescriptions',
] as const;

/** Small words that cannot be the one word before a medicine: "your questions about medicines". */
export const notMedicineDescribers = [
  'of',
  'on',
  'about',
  'for',
  'with',
  'and',
  'or',
  'to',
  'in',
  'regarding',
  'around',
  're',
  'the',
  'a',
  'an',
  'any',
  'no',
  'own',
  'views',
  'questions',
  'concerns',
  'feedback',
  'comments',
] as const;

/**
 * What someone can be due or overdue: "you're overdue a medication review", "she is due her
 * smear". Besides the care words, "review" and "check" count here, where they cannot be the
 * online review.
 */
export const dueForWords = ['review', 'reviews', 'check', 'checks', 'check up', 'checkup'] as const;

/**
 * Care words that are also how the service is described ("appointments are hard to get this
 * winter"), so a plain past tense alone does not make them about one person.
 */
export const serviceWords = [
  'appointment',
  'appointments',
  'call',
  'calls',
  'phone call',
  'phone calls',
  'email',
  'emails',
  'letter',
  'letters',
  'text',
  'text message',
  'test',
  'tests',
  'screening',
  'vaccine',
  'vaccines',
  'vaccination',
  'vaccinations',
  'case',
  'care',
  'history',
  'file',
  'record',
  'pill',
  'pain',
] as const;

/** Conditions: only ever flagged as someone's ("your asthma", "her depression"). */
export const conditions = [
  'asthma',
  'diabetes',
  'depression',
  'anxiety',
  'cancer',
  'pregnancy',
  'miscarriage',
  'dementia',
  'COPD',
  'heart condition',
  'infection',
  'chest infection',
  'UTI',
  'eczema',
  'ADHD',
  'autism',
  'mental health',
  'back pain',
] as const;

/** Care done to someone: "you were referred", "we prescribed her", "he was diagnosed". */
export const careVerbs = [
  'referred',
  'prescribed',
  'diagnosed',
  'examined',
  'vaccinated',
  'immunised',
  'discharged',
  'admitted',
  'tested',
  'swabbed',
  'jabbed',
  'seen by',
  'signed off',
  'given antibiotics',
] as const;

/**
 * Words that make a care word about everyone, not this person: "anyone's test results",
 * "individual patients' care". They excuse only the care words just after them in the same
 * clause, never the whole sentence: in "we can't discuss anyone's care, but your antibiotics were
 * right", "your antibiotics" is still flagged.
 */
export const generalOwners = [
  "anyone's",
  "anybody's",
  "everyone's",
  "someone's",
  "somebody's",
  "any patient's",
  "a patient's",
  "patients'",
  "people's",
  'any',
  'individual',
  'individuals',
  "individuals'",
  'personal',
  'every',
  'all',
  'no',
  'general',
] as const;

/** Specific past events: "the referral was sent", "the antibiotics were right". */
export const happenedWords = [
  'was',
  'were',
  "wasn't",
  "weren't",
  'had',
  "hadn't",
  'has been',
  'have been',
  "'s been",
  "'ve been",
  'did',
  "didn't",
  'got',
  'came',
  'went',
  'arrived',
  'ran',
  'took',
  'left',
  'sent',
  'issued',
  'made',
  'given',
  'done',
  'delayed',
  'lost',
  'missed',
  'cancelled',
  'refused',
  'declined',
  'changed',
  'stopped',
  'started',
  'increased',
  'reduced',
  'signed',
  'approved',
  'chased',
  'requested',
  'ordered',
  'collected',
  'dropped',
  'returned',
  'rejected',
  'booked',
  'felt',
  'seemed',
] as const;

/** Said by the practice to someone, past tense: "we spoke to you", "the nurse called you". */
export const contactedYouVerbs = [
  'saw',
  'seen',
  'spoke to',
  'spoken to',
  'spoke with',
  'called',
  'rang',
  'rung',
  'phoned',
  'emailed',
  'texted',
  'wrote to',
  'written to',
  'sent',
  'told',
  'explained to',
  'advised',
  'informed',
  'examined',
  'treated',
  'prescribed',
  'referred',
  'contacted',
  'visited',
  'offered',
  'gave',
  'given',
  'asked',
  'booked',
  'reminded',
  'warned',
  'helped',
  'tried to call',
  'tried to contact',
  'tried to ring',
  'tried to reach',
  'tried to phone',
  'discharged',
  'tried ringing',
  'tried calling',
  'tried phoning',
  'tried contacting',
  'tried texting',
  'tried emailing',
] as const;

/** The same, as said after "did" or "didn't": "we did call you back", "we didn't tell you". */
export const contactedYouBaseVerbs = [
  'see',
  'speak to',
  'speak with',
  'call',
  'ring',
  'phone',
  'email',
  'text',
  'write to',
  'send',
  'tell',
  'explain to',
  'advise',
  'inform',
  'examine',
  'prescribe',
  'refer',
  'contact',
  'visit',
  'offer',
  'give',
  'ask',
  'book',
  'remind',
  'warn',
  'help',
  'try to call',
  'try to contact',
  'try ringing',
  'try calling',
  'try phoning',
  'try contacting',
  'try to ring',
  'try to phone',
  'try to reach',
] as const;

/** Thanking someone for a visit or a call confirms it: "thank you for coming in". */
export const contactThanks = [
  'coming in',
  'coming to see us',
  'coming to the surgery',
  'calling',
  'calling us',
  'ringing',
  'ringing us',
  'phoning',
  'phoning us',
  'visiting',
  'visiting us',
  'attending',
  'waiting',
  'speaking to us',
  'speaking with us',
  'talking to us',
  'talking with us',
  'popping in',
  'dropping in',
  'your patience on the phone',
  'your patience in reception',
] as const;

/** The practice's own letters and calls to someone: "our letter to you". */
export const ourContactWords = [
  'letter',
  'letters',
  'email',
  'emails',
  'text',
  'texts',
  'text message',
  'message',
  'messages',
  'call',
  'calls',
  'phone call',
  'phone calls',
  'reply',
  'response',
  'conversation',
  'conversations',
  'discussion',
  'discussions',
  'meeting',
] as const;

/** What someone did, past tense: "when you rang", "you were seen", "you had to wait". */
export const youContactedVerbs = [
  'rang',
  'rung',
  'called',
  'phoned',
  'came in',
  'came to',
  'come in',
  'came into',
  'visited',
  'attended',
  'spoke to',
  'spoken to',
  'spoke with',
  'emailed',
  'wrote to',
  'written to',
  'messaged',
  'saw',
  'collected',
  'booked',
  'arrived',
  'turned up',
  'waited',
  'queued',
  'complained',
  'contacted',
  'tried to call',
  'tried to book',
  'tried to get',
  'tried to ring',
  'tried to phone',
  'got through',
  'dropped in',
  'dropped off',
  'picked up',
  'asked for',
  'asked us',
  'asked reception',
  'asked the',
  'requested',
  'received',
  'were seen',
  'was seen',
  'were told',
  'were given',
  'were sent',
  'were offered',
  'were asked',
  'were booked',
  'were referred',
  'were prescribed',
  'were examined',
  'were treated',
  'were called',
  'were put',
  'were transferred',
  'were kept',
  'were left',
  'were refused',
  'were turned away',
  'had to wait',
  'had to call',
  'had to ring',
  'had to come',
  'had to queue',
  'had to chase',
  'had an appointment',
  'had your appointment',
  'left a message',
  'left a voicemail',
  'were here',
  'were in',
  'were at',
  'were last',
  'been waiting',
  'been trying',
  'been seen',
  'been told',
  'been referred',
  'been given',
  'been in touch',
  'been in contact',
  'been calling',
  'been ringing',
  'been coming',
  'been in',
  "couldn't get through",
  'could not get through',
  'were unable to get through',
  "weren't able to get through",
  "couldn't get an appointment",
  'could not get an appointment',
  "didn't get",
  'did not get',
  "weren't seen",
  'were not seen',
  "weren't called",
  'were not called',
  "didn't receive",
  'did not receive',
] as const;

/** Small words that may come between "you" or "we" and what they did: "you have already called". */
export const auxiliaries = [
  'had',
  'have',
  "'ve",
  'did',
  'previously',
  'recently',
  'already',
  'then',
  'first',
  'last',
  'also',
  'originally',
  'kindly',
  'once',
  'just',
  'both',
  'all',
  'finally',
  'eventually',
] as const;

/** A sentence that recalls an earlier conversation confirms there was one. */
export const recallPhrases = [
  'as we explained',
  'as I explained',
  'as we said',
  'as I said',
  'as we mentioned',
  'as I mentioned',
  'as we discussed',
  'as I discussed',
  'as we told you',
  'as I told you',
  'as we advised',
  'as we agreed',
  'as agreed',
  'as we promised',
  'as promised',
  'as we wrote',
  'as we informed you',
  'as we confirmed',
  'as we made clear',
  'as we have explained',
  "as we've explained",
  'as we have said',
  "as we've said",
  'as we have already',
  "as we've already",
  'as you know',
  'as you are aware',
  "as you're aware",
  'as you will know',
  "as you'll know",
  'as you will be aware',
  'as discussed',
  'as previously discussed',
  'as previously explained',
  'as previously advised',
  'as before',
  'as you were told',
  'as you have been told',
  "as you've been told",
  'when we spoke',
  'when we saw you',
  'when we last spoke',
  'the last time we spoke',
  'the last time you',
  'next time you come in',
  'next time you are in',
  "next time you're in",
  'when you were here',
  'when you were in',
  // Misspelt, as drafts often are.
  'as dicussed',
  'as disscussed',
  'as discused',
  'as previously dicussed',
] as const;

/** The practice looking at what it holds on someone: "we have checked your notes", "our records show". */
export const lookedAtVerbs = [
  'checked',
  'looked at',
  'looked into',
  'reviewed',
  'gone through',
  'been through',
  'went through',
  'pulled up',
  'read through',
  'listened to',
  'investigated',
  'looked back at',
  'looked over',
] as const;
/** What the practice holds: "our records show", "the call log shows". */
export const recordWords = [
  'records',
  'record',
  'notes',
  'system',
  'file',
  'computer',
  'clinical system',
  'call log',
  'call logs',
  'phone log',
  'call recording',
  'call recordings',
  'recording',
  'recordings',
  'history',
] as const;
/** What records do: "our notes show", "the system says". */
export const showWords = [
  'show',
  'shows',
  'showed',
  'say',
  'says',
  'said',
  'indicate',
  'indicates',
  'indicated',
  'confirm',
  'confirms',
  'confirmed',
  'state',
  'states',
  'suggest',
  'suggests',
  'record',
  'records',
  'tell us',
] as const;

/** Times that are always in the past and so can only be about a visit or a call. */
export const pastTimes = [
  'yesterday',
  'the day before yesterday',
  'last night',
  'last week',
  'last month',
  'last weekend',
  'the other day',
  'the other week',
  'earlier today',
  'earlier this week',
  'earlier this month',
  'earlier this morning',
  'this past week',
  'that morning',
  'that afternoon',
  'that evening',
  'that day',
  'that night',
] as const;

/**
 * Times earlier today: a problem in a sentence that apologises for them or tells what happened
 * ("sorry for the wait this morning"), not in a service notice ("we close at 1pm this afternoon").
 */
export const todayTimes = ['this morning', 'this afternoon', 'this evening', 'over the weekend', 'at the weekend'] as const;

/** "today" and "tonight" only in a sentence that tells what happened: "you were kept waiting today". */
export const todayWords = ['today', 'tonight'] as const;

/** "on Friday afternoon": a day and a part of it, said of what happened, is one visit or call. */
export const partsOfDay = ['morning', 'afternoon', 'evening', 'night', 'lunchtime'] as const;

/** "on Tuesday evenings" is a timetable, not a visit. */
export const regularPartsOfDay = ['mornings', 'afternoons', 'evenings', 'nights', 'lunchtimes'] as const;

/** Before a weekday, these tie it to an event: "you left upset after Monday", "since Friday". */
export const weekdayLeads = ['on', 'after', 'since', 'before', 'over'] as const;

/** Irregular past tenses that tell what someone did: "you left", "you came in". Regular ones end in "-ed". */
export const irregularPastVerbs = [
  'left',
  'came',
  'went',
  'saw',
  'spoke',
  'rang',
  'felt',
  'got',
  'had',
  'were',
  'was',
  'told',
  'heard',
  'sent',
  'made',
  'took',
  'paid',
  'thought',
  'brought',
  'found',
  'met',
  'sat',
  'stood',
  'waited',
] as const;

/** "2 days ago", "a few weeks ago". */
export const agoUnits = ['minutes', 'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'fortnight', 'fortnights'] as const;

/** A date after these is when something starts or stops for everyone: "from 1 April". */
export const generalDateLeads = ['from', 'since', 'until', 'till', 'starting', 'before', 'by'] as const;

/**
 * These tie a date or a time to a visit or a call: "you were seen on 3 March", "the colleague you
 * spoke to at 9.15am", "when you rang on Tuesday".
 */
export const visitWords = [
  'saw you',
  'seen you',
  'were seen',
  'was seen',
  'came in',
  'spoke',
  'spoken',
  'attended',
  'waited',
  'rang',
  'called',
  'phoned',
  'explained',
  'wrote',
  'sent',
  'told',
  'arrived',
  'collected',
] as const;

/**
 * These tie a date to a visit ("the appointment on 3 March") but not a time: "appointments can be
 * booked from 8am" describes the service, not a person.
 */
export const bookingWords = [
  'appointment',
  'appointments',
  'booked',
  'visit',
  'visited',
  'consultation',
  'happened',
  'occurred',
  'incident',
] as const;

/** Words that make a sentence hypothetical or about a group: "if you called", "anyone who rang". */
export const hypotheticalLeads = [
  'if',
  'whether',
  'anyone who',
  'anybody who',
  'everyone who',
  'people who',
  'patients who',
  'those who',
  'whoever',
  'whenever',
  'unless',
  'anyone that',
  'someone who',
  'confirm or deny',
  'neither confirm',
] as const;

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
] as const;

// --- A colleague named or pointed to ---

/** Titles that make the next capitalised word a name, whoever it is: "Dr Patel", "Nurse Jones". */
export const staffTitles = ['Dr', 'Doctor', 'Nurse', 'Sister', 'Prof', 'Professor', 'Matron'] as const;

/** Titles that go with a name from the staff list: "Ms Dunmore" for "Kerry Dunmore". */
export const anyTitles = [...staffTitles, 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx'] as const;

/** Capitalised words after a title that are not names: "Nurse Practitioner", "Doctor Appointments". */
export const notSurnames = [
  'Practitioner',
  'Practitioners',
  'Associate',
  'Associates',
  'Appointment',
  'Appointments',
  'Clinic',
  'Clinics',
  'Team',
  'Teams',
  'Led',
  'Services',
  'Service',
  'Triage',
  'Line',
  'On',
  'Of',
  'And',
  'The',
  'If',
  'We',
  'You',
  'Or',
] as const;

/**
 * A one-word name at the start of a sentence followed by one of these is an ordinary word:
 * "Will you contact us?", "May we ask…", "Hope you are well".
 */
export const wordsAfterSentenceStartVerb = ['you', 'we', 'i', 'they', 'he', 'she', 'it', 'this', 'that', 'there', 'all', 'be'] as const;

/** Jobs in a practice: pointing at one of them on a given day can identify the person. */
export const staffRoles = [
  'receptionist',
  'locum',
  'locum GP',
  'locum doctor',
  'nurse',
  'practice nurse',
  'doctor',
  'GP',
  'duty doctor',
  'duty GP',
  'on-call doctor',
  'HCA',
  'healthcare assistant',
  'health care assistant',
  'pharmacist',
  'clinical pharmacist',
  'paramedic',
  'physio',
  'physiotherapist',
  'phlebotomist',
  'midwife',
  'health visitor',
  'nurse practitioner',
  'ANP',
  'care navigator',
  'dispenser',
  'registrar',
  'trainee',
  'partner',
  'GP partner',
  'senior partner',
  'salaried GP',
  'secretary',
  'administrator',
  'admin',
  'member of staff',
  'staff member',
  'team member',
  'member of the team',
  'member of our team',
  'colleague',
  'clinician',
  'manager',
  'practice manager',
  'deputy manager',
  'call handler',
] as const;

/** How people describe a colleague they met: "the lady on reception", "the person you spoke to". */
export const peopleWords = ['lady', 'gentleman', 'man', 'woman', 'girl', 'guy', 'person'] as const;

/**
 * Where a colleague works, which with a first name or nickname points to one person: "Bev on
 * reception", "Jo at the front desk", "Sam from the dispensary".
 */
export const staffPlaces = [
  'reception',
  'the reception desk',
  'the reception team',
  'the front desk',
  'front desk',
  'the desk',
  'the front counter',
  'the counter',
  'the dispensary',
  'dispensary',
  'the phones',
  'the switchboard',
  'admin',
  'the admin team',
  'the office',
  'the front office',
  'the nursing team',
  'the secretaries',
] as const;

/** How a name is tied to a place: "Bev on reception", "Sam from the dispensary". */
export const staffPlaceLinks = ['on', 'at', 'from', 'in', 'behind', 'on duty at', 'working on', 'working at'] as const;

/**
 * Capitalised words that may stand before a place or after a role and are not names: "Staff on
 * reception", "Forms at reception", "our GP Practice". Weekdays and months are left out too.
 */
export const notFirstNames = [
  'Anyone',
  'Anybody',
  'Someone',
  'Somebody',
  'Everyone',
  'Everybody',
  'Nobody',
  'Staff',
  'Colleagues',
  'Those',
  'People',
  'Team',
  'All',
  'Whoever',
  'Who',
  'One',
  'Each',
  'Our',
  'The',
  'This',
  'That',
  'Please',
  'Help',
  'Support',
  'Advice',
  'Practice',
  'Surgery',
  'Office',
  'App',
  'Desk',
  'Centre',
  'Health',
  'Service',
  'Hub',
  'Clinic',
  'Reception',
  'Available',
  'Ask',
  'Call',
  'Speak',
  'Queue',
  'Space',
  'Room',
  'Care',
  'Covid',
  'Flu',
  'Information',
  'Leaflet',
  'Parking',
  'Access',
  'Feedback',
  'Thanks',
  'Thank',
  'Sorry',
  'Here',
  'There',
  'Nurse',
  'Doctor',
  'Partner',
  'Manager',
] as const;

/** Roles a reply may point to on purpose: "please contact our practice manager". */
export const contactRoles = ['practice manager', 'manager', 'deputy manager', 'complaints lead', 'patient services manager'] as const;

/** Words that make a role one person: "our new receptionist", "the male GP". */
export const identifyingQualifiers = [
  'new',
  'young',
  'male',
  'female',
  'trainee',
  'student',
  'agency',
  'temporary',
  'locum',
  'junior',
  'older',
  'Saturday',
  'weekend',
  'evening',
  'part-time',
  'other',
] as const;

/** Words after a role that make it the one person in this story: "the staff member concerned". */
export const thisOnePerson = [
  'involved',
  'concerned',
  'in question',
  'responsible',
  'at fault',
  'on duty at the time',
  'at the time',
] as const;

/** Where or when a role was: "on duty that morning", "on reception yesterday". */
export const onDutyPhrases = [
  'on duty',
  'on call',
  'on shift',
  'on reception',
  'on the desk',
  'on the front desk',
  'at the desk',
  'at reception',
  'on the phones',
  'on the phone',
  'working',
  'in clinic',
  'covering',
] as const;

/** What a colleague did with someone: "the nurse who saw you", "the GP who examined your son". */
export const staffDidVerbs = [
  'saw',
  'spoke',
  'spoken',
  'dealt',
  'took',
  'answered',
  'handled',
  'examined',
  'treated',
  'booked',
  'rang',
  'called',
  'phoned',
  'served',
  'met',
  'had',
  'helped',
  'told',
  'refused',
  'was',
  'were',
  'did',
  "didn't",
  'said',
  'made',
  'acted',
  'followed',
  'behaved',
  'gave',
  'sent',
  'turned',
  'hung',
  'put',
  'asked',
  'wrote',
  'prescribed',
  'referred',
  'explained',
  'checked',
] as const;

/** What someone did with a colleague: "the receptionist you spoke to", "the doctor you mention". */
export const youDidWithStaff = [
  'saw',
  'seen',
  'spoke',
  'spoke to',
  'spoke with',
  'spoken',
  'spoken to',
  'talked',
  'talked to',
  'talk to',
  'dealt with',
  'had',
  'met',
  'were seen by',
  'were booked with',
  'were booked in with',
  'called',
  'rang',
  'phoned',
  'asked',
  'complained about',
  'mention',
  'mentions',
  'mentioned',
  'describe',
  'described',
  'name',
  'named',
  'refer to',
  'referred to',
  'encountered',
] as const;

/** A colleague's part in what happened: "our receptionist was following policy", "the doctor said". */
export const staffDidPast = [
  'was',
  "wasn't",
  'did',
  "didn't",
  'said',
  'told',
  'refused',
  'made',
  'acted',
  'followed',
  'behaved',
  'dealt',
  'handled',
  'gave',
  'sent',
  'asked',
  'explained',
  'checked',
  'prescribed',
  'referred',
  'had',
  'spoke',
  'saw',
  'examined',
  'treated',
  'booked',
  'answered',
  'took',
  'rang',
  'called',
  'hung',
  'put',
  'turned',
  'has been',
  'has already',
  'could not',
  "couldn't",
  'would not',
  "wouldn't",
  'should have',
  "shouldn't have",
] as const;

// --- Asking for personal details ---

/** Things that identify someone, never to be asked for on social media, whoever they belong to. */
export const identifiers = [
  'date of birth',
  'DOB',
  'D.O.B',
  'birth date',
  'birthday',
  'NHS number',
  'hospital number',
  'address',
  'home address',
  'postcode',
  'post code',
  'full name',
  'full names',
  'NHS no.',
  'NHS No:',
] as const;

/** Ordinary words that are identifying only as "your …": "your details", "your number". */
export const yourDetailsWords = [
  'name',
  'number',
  'phone number',
  'mobile number',
  'mobile',
  'contact number',
  'telephone number',
  'email address',
  'email',
  'details',
  'personal details',
  'contact details',
  'medical details',
  'information',
  'personal information',
  'surname',
  'first name',
] as const;

/** A question that asks for a detail outright: "What's your surname?", "what is your date of birth". */
export const detailQuestions = ["what's", 'what is', 'what was', 'what are', 'whats', 'which is'] as const;

/** Whose an identifier is when it is the practice's own: "our address", "the practice's postal address". */
export const practiceOwners = [
  'our',
  'the',
  'practice',
  "practice's",
  'surgery',
  "surgery's",
  'web',
  'website',
  'email',
  'e-mail',
] as const;

/** Asking them to send something: "please send us", "let us have", "DM us". */
export const requestVerbs = [
  'send',
  'DM',
  'PM',
  'message',
  'inbox',
  'give',
  'provide',
  'share',
  'post',
  'confirm',
  'tell',
  'let us know',
  'let us have',
  'include',
  'pop',
  'leave',
  'comment',
  'reply with',
  'email',
  'forward',
  'write',
  'drop',
  'can we have',
  'could we have',
  'we need',
  'we will need',
  "we'll need",
  'we would need',
  'ask for',
] as const;

/** Asking for a private message on the site, which can be screenshotted and made public. */
export const privateMessagePhrases = [
  'DM',
  'DMs',
  'inbox',
  'DM us',
  'DM me',
  'DM the page',
  'PM us',
  'PM me',
  'inbox us',
  'message us',
  'message me',
  'message the page',
  'message the practice',
  'direct message',
  'private message',
  'privately message',
  'send us a message',
  'drop us a message',
  'via Messenger',
  'on Messenger',
  'by Messenger',
  'in a DM',
  'by DM',
  'via DM',
  'over DM',
  'in the DMs',
  'in our inbox',
  'to our inbox',
  'in a private message',
  'by private message',
  'privately on here',
  'in private on here',
  'slide into',
] as const;

/**
 * A private message is fine through the practice's own secure routes: "message us through the NHS
 * App" is not a direct message on the site.
 */
export const secureChannels = [
  'NHS App',
  'online form',
  'contact form',
  'our website',
  'the practice website',
  'e-consult',
  'eConsult',
  'online consultation',
  'patient portal',
  'practice inbox',
  'email inbox',
  'e-mail inbox',
  'surgery inbox',
] as const;

/** Words that turn a request round: "please don't share personal details here". */
export const refusals = [
  "don't",
  'do not',
  'never',
  'not',
  'avoid',
  'rather than',
  'instead of',
  'without',
  'no need to',
  'please refrain',
] as const;

// --- Threats ---

/**
 * Legal words: in a public reply they read as a threat and tend to inflame. "sue" is matched
 * only in lower case, so a colleague called Sue is not a threat.
 */
export const legalTerms = [
  'defamatory',
  'defamation',
  'defame',
  'defaming',
  'libel',
  'libellous',
  'libelous',
  'slander',
  'slanderous',
  'solicitor',
  'solicitors',
  'lawyer',
  'lawyers',
  'legal action',
  'legal proceedings',
  'legal team',
  'legal advice',
  'legal steps',
  'legal route',
  'legal department',
  'legal adviser',
  'legal advisers',
  'legal advisor',
  'legal advisors',
  'legal representative',
  'legal representatives',
  'cease and desist',
  'court',
  'courts',
  'malicious communications',
  'Communications Act',
  'suing',
  'sued',
  'our defence body',
  'our defence union',
  'our indemnity',
  'report you to the police',
  'reported you to the police',
  'reporting you to the police',
  'reported this to the police',
  'reporting this to the police',
  'report this to the police',
  'passed this to the police',
  'passing this to the police',
  'involve the police',
  'involving the police',
  'the police have been informed',
  'the police have been told',
  'action will be taken against',
  'take action against',
  'taking action against',
  'legal consequences',
  'legal repercussions',
  'legal ramifications',
  'legal implications',
  'legal recourse',
  'legal remedies',
  'legal avenues',
  'legal options',
  'legally actionable',
  'take further action',
  'taking further action',
  'further action will be taken',
] as const;

/** Where someone is removed from: "removed from the practice list". */
export const removalPlaces = ['list', 'register', 'books', 'practice', 'surgery', 'patient list', 'practice list', 'our list'] as const;

/**
 * Going somewhere else for care, which a reply can only mean as "leave us": "you'd be better off
 * registering elsewhere", "you may wish to look elsewhere".
 */
export const goElsewhereVerbs = [
  'register',
  'registering',
  'registered',
  'go',
  'going',
  'look',
  'looking',
  'try',
  'trying',
  'move',
  'moving',
  'transfer',
  'transferring',
  'seek care',
  'seeking care',
  'get your care',
  'getting your care',
  'take your care',
  'taking your care',
  'take your custom',
  'taking your custom',
] as const;
export const elsewhereWords = ['elsewhere', 'somewhere else'] as const;

/** Removing them from the list: it threatens, and it confirms they are registered. */
export const removalTerms = [
  'remove you',
  'removing you',
  'deregister',
  'deregistered',
  'de-register',
  'de-registered',
  'deregistering',
  'deregistration',
  'de-registration',
  'struck off',
  'strike you off',
  'off our list',
  'off the list',
  'register elsewhere',
  'register with another',
  'find another GP',
  'find another practice',
  'find a new GP',
  'find a new practice',
  'find another surgery',
  'another practice',
  'another surgery',
  'a different practice',
  'a different surgery',
  'a new practice',
  'a new surgery',
  'go elsewhere',
  'Special Allocation Scheme',
  'banned from the',
  'ban you from',
  'no longer welcome',
  'no longer registered',
] as const;

/**
 * "Nobody by that name", "anyone with your name": looking someone up by name, which confirms or
 * denies they are a patient as plainly as "you are not registered".
 */
export const nobodyWords = [
  'nobody',
  'no one',
  'no-one',
  'noone',
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'no patient',
  'no patients',
  'a patient',
] as const;
export const byNameLinks = ['by', 'with', 'of', 'under', 'called'] as const;

/** "lose you off our books", "have you on our list": one person on or off the practice list. */
export const listWords = ['books', 'list', 'register', 'patient list', 'practice list', 'list of patients'] as const;

/** "following our conversation", "further to your call": a past contact, told in passing. */
export const sinceContactLeads = [
  'following',
  'after',
  'further to',
  'since',
  'since we had',
  'in our',
  'during our',
  'during your',
] as const;
export const pastContactEvents = [
  'conversation',
  'conversations',
  'phone call',
  'telephone call',
  'telephone conversation',
  'phone conversation',
  'call',
  'calls',
  'chat',
  'discussion',
  'meeting',
  'visit',
  'appointment',
  'consultation',
  'letter',
  'email',
  'e-mail',
] as const;

/**
 * Medicine said to be working or not, now or soon: "the antibiotics should start to work", "the
 * new inhaler is helping". Prescriptions are left out: "the prescription will be ready in two days"
 * is the service.
 */
export const medicineNowVerbs = [
  'is',
  'are',
  "isn't",
  "aren't",
  'should',
  'will',
  "won't",
  'seems',
  'seem',
  'has',
  'have',
  "hasn't",
  "haven't",
  'does',
  "doesn't",
  'do',
  "don't",
] as const;
export const notMedicineNowWords = ['prescription', 'prescriptions'] as const;

/** Sentences that say something went wrong earlier: they make "over the weekend" or "on Thursday" a visit. */
export const apologyWords = [
  'sorry',
  'apologise',
  'apologize',
  'apologies',
  'apologising',
  'patience',
  'let you down',
  'frustrating',
  'upsetting',
] as const;
/** Verbs that tell what happened, for "this afternoon", "on Thursday", "Monday's": "went", "were", "felt". */
export const toldAsHappenedWords = [
  'was',
  'were',
  "wasn't",
  "weren't",
  'had',
  'did',
  "didn't",
  'waited',
  'rang',
  'called',
  'phoned',
  'came',
  "couldn't",
  'could not',
  'went',
  'felt',
  'happened',
  'seemed',
  'got',
] as const;

/** Going to the police, said as what the practice will do: "will be referred to the police". */
export const toPoliceVerbs = [
  'report',
  'reported',
  'reporting',
  'refer',
  'referred',
  'referring',
  'pass',
  'passed',
  'passing',
  'hand',
  'handed',
  'forward',
  'forwarded',
  'escalate',
  'escalated',
] as const;

/** Getting the review taken down: "reporting this post to Google", "asked Facebook to take this review down". */
export const reportPostVerbs = ['report', 'reported', 'reporting', 'flag', 'flagged', 'flagging'] as const;
export const removePostVerbs = ['delete', 'deleted', 'deleting', 'remove', 'removing'] as const;
export const haveItRemovedVerbs = ['have', 'having', 'had', 'get', 'getting', 'got'] as const;
export const takenDownWords = ['removed', 'taken down', 'deleted', 'taken off'] as const;
export const takeDownVerbs = ['take', 'taking', 'took'] as const;

// --- Tone ---

/** Words and phrases that argue back. "lies" also has innocent uses, listed below. */
export const defensiveTerms = [
  'actually',
  "that's not true",
  'that is not true',
  'not true',
  'untrue',
  'lies',
  'lying',
  'liar',
  'liars',
  'nonsense',
  'rubbish',
  'ridiculous',
  'how dare',
  'completely false',
  'totally false',
] as const;

/** Everyday uses of the words above that are not arguing: "the answer lies in…". */
export const harmlessDefensiveUses = ['lies with', 'lies in', 'lies ahead', 'lies behind', 'lies within'] as const;

/**
 * Words written in capitals that are names, not shouting. Compared without a trailing "'s".
 * Words with digits in them (postcodes, NHS111) are never counted as shouting either.
 */
export const notShouting = [
  'NHS',
  'NHS111',
  'GP',
  'GPS',
  'LMC',
  'LMCS',
  'A&E',
  'ICO',
  'CQC',
  'PALS',
  'PCN',
  'ICB',
  'BMA',
  'GMC',
  'NMC',
  'MDU',
  'MPS',
  'MDDUS',
  'DPO',
  'HR',
  'UK',
  'COVID',
  'MMR',
  'HPV',
  'BCG',
  'ECG',
  'MRI',
  'ENT',
  'ACAS',
  'CPS',
  'SWGFL',
  'OK',
  'FAQ',
  'FAQS',
  'URL',
  'AM',
  'PM',
  'NICE',
  'UKHSA',
  'DHSC',
  'RCGP',
  'HCA',
  'ANP',
  'COPD',
  'UTI',
  'ADHD',
  'HRT',
  'DOB',
  'RSV',
  'NHSE',
  'ICS',
  'PHSO',
  'DSPT',
  'CCG',
  'BSL',
  'SMS',
  'IT',
  'ARRS',
] as const;

// --- Invitation ---

/** Any of these means the reply asks them to take it offline. */
export const invitationTerms = [
  'contact',
  'call',
  'ring',
  'phone',
  'email',
  'e-mail',
  'get in touch',
  'speak to',
  'talk to',
  'write to',
  'complaint',
  'complaints',
] as const;

function quoted(found: readonly string[]): string {
  const shown = found.slice(0, 3).map((item) => `"${item}"`);
  const more = found.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** One line each, read beside the draft while it is being written. */
export const replyCheckMessages = {
  tooLong: (words: number) => `${words} words: try to keep it to ${replyWordLimit} or fewer, so there is less to pick apart.`,
  confirmsPatient: (found: readonly string[]) =>
    `Could confirm or deny that someone is a patient (${quoted(found)}): even "not a patient" tells people something, so say only that you can't discuss anyone's care online.`,
  patientDetail: (found: readonly string[]) =>
    `Could show that they or a relative are a patient, or give away details of care (${quoted(found)}): leave out family, visits, calls, dates, records and treatment.`,
  namesColleague: (found: readonly string[]) =>
    `Could name or point to a colleague (${quoted(found)}): leave out staff names and details such as who was on duty, which may identify someone.`,
  asksForDetails: (found: readonly string[]) =>
    `May ask for personal details or a private message (${quoted(found)}): anything sent on the site can end up public, so ask them to contact the practice instead.`,
  threatens: (found: readonly string[]) =>
    `Could read as a legal or removal threat (${quoted(found)}): in public this may inflame things, so talk to your defence body or LMC before saying anything like it.`,
  defensive: (found: readonly string[]) => `Could read as defensive or angry (${quoted(found)}): calm, plain words work better in public.`,
  noInvitation: () => 'Does not ask them to get in touch: invite them to contact the practice, so the conversation moves offline.',
} as const satisfies Record<ReplyCheckId, (...args: never[]) => string>;

/** How the checks name what they found, when it is not a word from the text. */
export const replyCheckFoundLabels = {
  exclamation: '!',
  capitals: (word: string) => `${word} in capitals`,
} as const;
