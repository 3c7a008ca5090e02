/**
 * The session kit: everything a trainer prints or shows to run a training session on social media
 * incidents, in one place so an LMC or practice trainer can review every sentence. The facts
 * (numbers, laws, who to ring) are the guidance's and the content brief's; the sentences are ours.
 *
 * Nothing here is about a real incident, and nothing a participant types in the kit is kept.
 * `sessionKitSchema.ts` checks this file in tests: known sources, session timings that add up,
 * quiz answers that are among the options.
 */
import type { SectionId } from './sections';
import type { SourceId } from './sources';

export const sessionKitItems = ['guide', 'cards', 'flowchart', 'quiz', 'reflection'] as const;
export type SessionKitItem = (typeof sessionKitItems)[number];

export const sessionKitWords = {
  pageTitle: 'Session kit',
  back: 'Back to training',
  menuLabel: 'Session kit',
  intro:
    'Everything you need to run a training session in the room: a guide for you, cards and a handout for the room, a short quiz and a sheet people can keep for their appraisal. It all works without an internet connection.',
  print: 'Print',
  /** On every printed page, so a sheet found later is never taken for a real incident. */
  trainingMark: 'TRAINING',
  trainingMarkNote: 'Made-up material for practice training. Not a real incident.',
  items: {
    guide: {
      title: 'Facilitator guide',
      menu: 'Facilitator guide',
      intro: 'Two ready-made plans: a 60-minute session and a 20-minute one for a team meeting. Print the one you need.',
    },
    cards: {
      title: 'Participant cards',
      menu: 'Participant cards',
      intro:
        'One card per scenario, one A4 page each, for people to read and discuss in small groups. The cards hold the scenario and the post but none of the answers, so print your own scenario cards from the training page.',
    },
    flowchart: {
      title: 'Flowchart handout',
      menu: 'Flowchart handout',
      intro: 'The stages of the guidance on one A4 page, for everyone to take away.',
    },
    quiz: {
      title: 'Quiz',
      menu: 'Quiz',
      intro: 'Eight questions to check what has stuck. Your score shows on screen and is not saved anywhere.',
    },
    reflection: {
      title: 'Reflection sheet',
      menu: 'Reflection sheet',
      intro:
        'A sheet to keep as evidence of learning for your appraisal or CPD. Type your name and your thoughts, then print it. Nothing you type is saved: it is gone when you leave this page.',
    },
  },
} as const satisfies {
  readonly items: Record<SessionKitItem, { readonly title: string; readonly menu: string; readonly intro: string }>;
  readonly [key: string]: unknown;
};

/* ------------------------------------------------------------------ participant cards */

export const participantCardWords = {
  chooseLegend: 'Scenarios to print',
  chooseHint: 'Each ticked scenario prints on its own A4 page.',
  useSession: (minutes: number) => `Tick the ${minutes}-minute session’s scenarios`,
  clear: 'Untick all',
  noneChosen: 'Tick at least one scenario to print its card.',
  pageCount: (count: number) => (count === 1 ? 'Prints on 1 page.' : `Prints on ${count} pages, one card to a page.`),
  contentNoteLabel: 'Content note:',
  postsHeading: (count: number) => (count === 1 ? 'The post' : 'The posts'),
  discussHeading: 'Talk about it',
  /** Open questions only: a card never hints at what the guidance says. */
  discuss: [
    'What would you do in the first ten minutes?',
    'Is anyone at risk, today or later?',
    'What would you save, and where would you keep it?',
    'Would you reply, report it, or leave it? Why?',
    'Who in the practice needs to know, and who tells them?',
  ],
} as const;

/* ------------------------------------------------------------------ flowchart handout */

export type FlowStageId = 'calm' | 'safety' | 'decide' | 'act' | 'escalate' | 'prepared';

export interface FlowStage {
  readonly id: FlowStageId;
  readonly title: string;
  /** The few things to remember at this stage, short enough to read from a wall. */
  readonly points: readonly string[];
  /**
   * The wizard's sections (machines/steps.ts) whose screens ask about this stage. The handout works
   * out the screen numbers from the route itself, so it follows the route if screens move. Empty
   * for the stages the plan and the practice's settings cover rather than a screen.
   */
  readonly wizardSections: readonly Exclude<SectionId, 'plan'>[];
  /** Where this stage lives in the app when no screen asks about it. */
  readonly inTheApp?: string;
  readonly sources: readonly SourceId[];
}

export const flowchartWords = {
  title: 'When the practice is criticised or abused online',
  subtitle: 'Work down the stages in order. Safety always comes before anything else.',
  screensLabel: (first: number, last: number) =>
    first === last ? `In the app: screen ${first}` : `In the app: screens ${first} to ${last}`,
  sourcesLabel: 'Based on',
  footer: 'Based on the LMC guidance “Social Media Policy” (2018), with facts re-checked in November 2026.',
} as const;

export const flowStages: readonly FlowStage[] = [
  {
    id: 'calm',
    title: 'Stay calm',
    points: [
      'Do not reply or react straight away: a quick reply can make things worse.',
      'Other practices have been through this too. Take a moment and read it again.',
    ],
    wizardSections: ['calm'],
    sources: ['lmc', 'mdu'],
  },
  {
    id: 'safety',
    title: 'Safety first',
    points: [
      'Anyone in immediate danger or a threat to life: ring 999 now.',
      'Threats, harassment, or a home address posted: tell the police on 101 or online (textphone 18001 101), and tell the person named today.',
      'Hate (racist, religious, homophobic, transphobic or disability): the police, or True Vision online.',
      'A hint of self-harm, or a risk to a child or vulnerable adult: the duty clinician and safeguarding lead today.',
    ],
    wizardSections: ['safety'],
    sources: ['police', 'true-vision', 'corrections-2026'],
  },
  {
    id: 'decide',
    title: 'Decide whether to respond',
    points: [
      'Why is this being said, and what does the poster want?',
      'Is it criticism, or abuse meant to upset or frighten? Several connected posts may be harassment.',
      'Would a reply help, or just keep it going? Often saying nothing is the right answer.',
      'What does your practice policy say?',
    ],
    wizardSections: ['decide', 'act'],
    sources: ['lmc', 'bma-abuse', 'mdu'],
  },
  {
    id: 'act',
    title: 'Act quickly and go offline',
    points: [
      'If you reply, do it within hours, briefly, in the same thread: thank them and invite them to contact the practice manager.',
      'Never confirm or deny that anyone is a patient, and give no details of care, visits or records.',
      'The person criticised does not reply themselves. No arguing in public.',
    ],
    wizardSections: [],
    inTheApp: 'In the app: the plan, and the reply builder',
    sources: ['lmc', 'gmc-conf', 'mdu', 'londonwide'],
  },
  {
    id: 'escalate',
    title: 'Escalate: evidence, report, block, police',
    points: [
      'Save it first: a screenshot with the date and time, the web address and the poster’s name.',
      'Report posts that break the site’s rules. Report Harmful Content can help if the site refuses, or has not answered after about a week.',
      'Blocking stops them contacting you, not posting elsewhere.',
      'If the police are involved, ask them before reporting or blocking: they may want it left up.',
    ],
    wizardSections: [],
    inTheApp: 'In the app: the plan',
    sources: ['lmc', 'police', 'rhc'],
  },
  {
    id: 'prepared',
    title: 'Be prepared',
    points: [
      'Have a written policy, and know who leads when something is posted.',
      'Set up alerts so you hear about posts early.',
      'Suing for defamation is rarely worth it: slow, costly, and the harm is done.',
      'Look after the person targeted, and log the incident as a significant event.',
    ],
    wizardSections: [],
    inTheApp: 'In the app: Be prepared (your policy)',
    sources: ['lmc', 'mdu', 'rcgp-sea'],
  },
];

/* ------------------------------------------------------------------ facilitator guide */

export interface SessionBlock {
  readonly minutes: number;
  readonly title: string;
  /** A scenario from the library, by id (scenarios.ts). */
  readonly scenarioId?: string;
  readonly what: string;
  readonly prompts: readonly string[];
}

export interface SessionPlan {
  readonly id: 'sixty' | 'twenty';
  readonly minutes: number;
  readonly title: string;
  readonly forWhom: string;
  readonly blocks: readonly SessionBlock[];
}

export const guideWords = {
  chooseLegend: 'Which session are you running?',
  sessionOption: (plan: SessionPlan) => `${plan.title} (${plan.minutes} minutes)`,
  beforeHeading: 'Before the session',
  before: [
    'Open the training page on the projector, not the incident list. Nothing real shows in training.',
    'Print the participant cards for the scenarios below, one set for each group of three or four.',
    'Print the flowchart handout for everyone, and your own scenario cards with the teaching points.',
    'Some scenarios contain threats, hate or sexual content. Read the content notes out first and let people step out.',
  ],
  timetableHeading: 'Timetable',
  caption: (plan: SessionPlan) => `${plan.title}: what happens when`,
  columns: { when: 'When', what: 'What', prompts: 'Questions to ask the room' },
  /** Minutes from the start, as a trainer says them. */
  at: (start: number, minutes: number) => `${start} to ${start + minutes} min`,
  scenarioLabel: 'Scenario:',
  scenariosHeading: 'Scenarios used',
  groundRulesHeading: 'Ground rules to read out',
  groundRules: [
    'Everything in the scenarios is made up. Please do not bring real patients into the discussion.',
    'A different answer is something to talk about, not a wrong one.',
    'If something here is close to home, you can step out at any time.',
  ],
} as const;

export const sessionPlans: readonly SessionPlan[] = [
  {
    id: 'sixty',
    minutes: 60,
    title: 'Full session',
    forWhom: 'A protected learning time session for up to 20 staff, clinical and non-clinical.',
    blocks: [
      {
        minutes: 5,
        title: 'Welcome and ground rules',
        what: 'Say why this matters: almost every practice will face a hostile post. Read out the ground rules.',
        prompts: ['Has anyone here seen a post about a practice that worried them? (No names.)'],
      },
      {
        minutes: 8,
        title: 'The stages',
        what: 'Hand out the flowchart and walk through the six stages. Stress that safety comes before any reply.',
        prompts: ['Which stage do people usually skip?', 'Who in our practice would you tell first?'],
      },
      {
        minutes: 12,
        title: 'Criticism: a one-star review',
        scenarioId: 'one-star-appointments',
        what: 'Groups read the card, then walk through it together on the projector, revealing each answer.',
        prompts: ['Would you reply? What would you leave out?', 'Is there something in the review the practice should look into?'],
      },
      {
        minutes: 12,
        title: 'A colleague named',
        scenarioId: 'receptionist-named-rude',
        what: 'Groups discuss the card first, then compare with the guidance on screen.',
        prompts: ['Who speaks to the receptionist, and when?', 'What makes this one reportable to the site?'],
      },
      {
        minutes: 12,
        title: 'A threat',
        scenarioId: 'car-park-threat',
        what: 'Read the content note first. Give the room one minute to say what they would do, then walk through.',
        prompts: ['What has to happen before the doctor leaves tonight?', 'Why not look the poster up on the clinical system?'],
      },
      {
        minutes: 7,
        title: 'Quiz',
        what: 'Run the quiz on the projector with a show of hands for each question, then check the answers together.',
        prompts: ['Which answer surprised you?'],
      },
      {
        minutes: 4,
        title: 'Reflection and close',
        what: 'Hand out the reflection sheet, or show people where to print it. Point them to the practice policy.',
        prompts: ['What is one thing you will do differently?'],
      },
    ],
  },
  {
    id: 'twenty',
    minutes: 20,
    title: 'Team meeting slot',
    forWhom: 'A short slot in a practice or reception team meeting.',
    blocks: [
      {
        minutes: 4,
        title: 'The stages',
        what: 'Read out the ground rules, hand out the flowchart and run through the stages in a sentence each.',
        prompts: ['What would you do first if you found a threat on a Friday night?'],
      },
      {
        minutes: 10,
        title: 'A colleague named',
        scenarioId: 'receptionist-named-rude',
        what: 'Pairs read the card for two minutes, then walk through it together on the projector.',
        prompts: ['Who speaks to the receptionist, and when?', 'Would you reply, and what would you say?'],
      },
      {
        minutes: 4,
        title: 'Quiz',
        what: 'Pick four questions from the quiz and take a show of hands.',
        prompts: ['Which answer would you have got wrong last week?'],
      },
      {
        minutes: 2,
        title: 'Close',
        what: 'Point people to the reflection sheet and the practice policy.',
        prompts: ['Who is our lead if something is posted?'],
      },
    ],
  },
];

/* ------------------------------------------------------------------ quiz */

export interface QuizQuestion {
  readonly id: string;
  readonly question: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly answer: string;
  readonly explanation: string;
  readonly sources: readonly SourceId[];
}

export const quizWords = {
  check: 'Check my answers',
  again: 'Start the quiz again',
  resultHeading: 'Your score',
  score: (right: number, total: number) => `You got ${right} out of ${total} right.`,
  unanswered: (count: number) => (count === 1 ? '1 question was not answered.' : `${count} questions were not answered.`),
  notSaved: 'Your answers and score are not saved anywhere.',
  right: 'Right.',
  wrong: 'Not quite.',
  notAnswered: 'Not answered.',
  answerLabel: 'The answer:',
  yoursLabel: 'Your answer:',
  sourcesLabel: 'Based on',
} as const;

export const quizQuestions: readonly QuizQuestion[] = [
  {
    id: 'threat',
    question: 'A post says the writer will be waiting for a named GP in the car park tonight. What comes first?',
    options: [
      { value: 'reply', label: 'Reply asking them to contact the practice' },
      { value: 'report', label: 'Report the post to the site' },
      { value: 'call999', label: 'Ring 999' },
      { value: 'wait', label: 'Save a copy and see if they post again' },
    ],
    answer: 'call999',
    explanation:
      'A threat with a time and a place puts someone in danger today, so ring 999 before anything else. Then make sure the GP is told and does not walk to her car alone.',
    sources: ['police', 'corrections-2026'],
  },
  {
    id: 'evidence',
    question: 'You want a post taken down. What do you do before reporting it or blocking the poster?',
    options: [
      { value: 'save', label: 'Save a copy: a screenshot with the date, time, web address and poster’s name' },
      { value: 'reply', label: 'Reply to say you are reporting it' },
      { value: 'nothing', label: 'Nothing: report it straight away' },
    ],
    answer: 'save',
    explanation:
      'Posts get deleted, and a report can remove it before you have kept a copy. Save it first, with enough detail to show where and when it appeared.',
    sources: ['lmc', 'police'],
  },
  {
    id: 'fairReview',
    question: 'A polite one-star Google review says the phone queue is too long. Will Google remove it if you report it?',
    options: [
      { value: 'yes', label: 'Yes, if the practice says it is unfair' },
      { value: 'no', label: 'Usually not: it breaks none of Google’s rules' },
      { value: 'after48', label: 'Yes, after 48 hours' },
    ],
    answer: 'no',
    explanation:
      'Google removes reviews that break its rules, such as personal attacks or fake reviews, and does not settle disagreements about the facts. Treat fair criticism as feedback instead.',
    sources: ['google-reviews', 'mps'],
  },
  {
    id: 'replyWording',
    question: 'Which public reply is safe to post?',
    options: [
      {
        value: 'general',
        label:
          'Thank you for telling us. We would like to look into this: please contact our practice manager on the number on our website.',
      },
      { value: 'notPatient', label: 'We have no record of you, so you are not one of our patients.' },
      { value: 'record', label: 'We have checked and you were offered an appointment on Tuesday.' },
    ],
    answer: 'general',
    explanation:
      'Criticism does not lift the duty of confidentiality. Saying someone is not a patient, or mentioning an appointment, discloses something about them. Keep it general and invite contact through a role.',
    sources: ['gmc-conf', 'mdu', 'londonwide'],
  },
  {
    id: 'howQuickly',
    question: 'If the practice decides to reply, when should it?',
    options: [
      { value: 'hours', label: 'Within hours, briefly' },
      { value: 'week', label: 'After a week, once it has calmed down' },
      { value: 'detail', label: 'Once you can answer every point in detail' },
    ],
    answer: 'hours',
    explanation:
      'A short, calm reply soon after the post shows you have listened and takes the conversation offline. Detail belongs in a private conversation, not in public.',
    sources: ['lmc'],
  },
  {
    id: 'namedColleague',
    question:
      'A comment names a receptionist as rude. She wants to reply from her own account to put the record straight. What do you advise?',
    options: [
      { value: 'reply', label: 'Reply, as long as she stays polite' },
      { value: 'practice', label: 'She does not reply: the practice decides whether to, by role, and supports her' },
      { value: 'friends', label: 'Ask friends and family to post supportive reviews instead' },
    ],
    answer: 'practice',
    explanation:
      'The person criticised should not reply themselves, and asking others to post reviews can break the review sites’ rules. The practice speaks through a role and looks after the colleague.',
    sources: ['mdu', 'londonwide', 'corrections-2026'],
  },
  {
    id: 'rhc',
    question: 'When can Report Harmful Content help with an abusive post?',
    options: [
      { value: 'first', label: 'Straight away, before telling the site' },
      { value: 'afterSite', label: 'After you have reported it to the site, if the site refuses or has not answered after about a week' },
      { value: 'crime', label: 'When the post is a crime' },
    ],
    answer: 'afterSite',
    explanation: 'Report Harmful Content asks for the site’s own reply first. Anything criminal goes to the police instead.',
    sources: ['rhc'],
  },
  {
    id: 'hate',
    question: 'A nurse receives racist abuse in a comment. Besides ringing 101, where can it be reported to the police?',
    options: [
      { value: 'trueVision', label: 'True Vision, the police-backed online hate crime report' },
      { value: 'ico', label: 'The Information Commissioner’s Office' },
      { value: 'nowhere', label: 'Nowhere: it is only a comment' },
    ],
    answer: 'trueVision',
    explanation:
      'Racist, religious, homophobic, transphobic and disability hate can be reported online through True Vision as well as on 101. Ask about hate early, with the other safety questions.',
    sources: ['true-vision', 'police'],
  },
];

/* ------------------------------------------------------------------ reflection sheet */

export type ReflectionFieldId = 'name' | 'role' | 'date' | 'learnt' | 'differently' | 'change' | 'more';

export interface ReflectionField {
  readonly id: ReflectionFieldId;
  readonly label: string;
  readonly hint?: string;
  readonly kind: 'short' | 'long';
}

export const reflectionWords = {
  printTitle: 'Reflection on training: social media incidents',
  notSaved: 'Nothing you type here is saved, on this computer or anywhere else. Print the sheet to keep it.',
  lengthLegend: 'How long was the session?',
  lengthOptions: [
    { value: '60', label: '60 minutes' },
    { value: '20', label: '20 minutes' },
  ],
  lengthPrinted: 'Length of session:',
  /** Printed where a box was left empty, so it can be filled in by hand. */
  blank: 'To fill in by hand',
  cpdNote: 'This sheet can be kept as evidence of learning for appraisal or CPD. It does not record a score.',
} as const;

export const reflectionFields: readonly ReflectionField[] = [
  { id: 'name', label: 'Your name', kind: 'short' },
  { id: 'role', label: 'Your role', hint: 'For example, receptionist, practice nurse or GP.', kind: 'short' },
  { id: 'date', label: 'Date of the session', kind: 'short' },
  { id: 'learnt', label: 'What did you learn that you did not know before?', kind: 'long' },
  { id: 'differently', label: 'What would you do differently if a post about the practice appeared tomorrow?', kind: 'long' },
  {
    id: 'change',
    label: 'What will you check or change at work?',
    hint: 'For example, who you would tell, or where the practice policy is kept.',
    kind: 'long',
  },
  { id: 'more', label: 'What would you like to learn more about?', kind: 'long' },
];
