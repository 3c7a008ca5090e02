/**
 * The words of the training views: the start page, the banner, the reveal, the practice results
 * and the printable cards. Kept with the rest of the content so a trainer can review every
 * sentence in one place. A different answer is something to talk about, never a mark against
 * anyone, and nothing here names or records who answered.
 */
import type { PracticeVerdict } from './training';
import { defaultPracticeName } from './scenarios';

export type TrainingMode = 'walkthrough' | 'practice';

export const trainingHomeWords = {
  title: 'Training',
  warningHeading: 'This is training, not a real incident',
  warningText: [
    'Everything in these scenarios is made up. Nothing you do here is a real incident.',
    'The list of real incidents is not shown anywhere in training, so this screen is safe to show on a projector from a practice computer.',
  ],
  practiceNameLabel: 'Practice name used in the scenarios',
  practiceNameHint: `Change it so the room sees its own practice. Leave it blank to use ${defaultPracticeName}.`,
  sessionKitIntro:
    'Running a session? The kit has a facilitator guide for 60 or 20 minutes, participant cards, a one-page flowchart, a short quiz and a reflection sheet, all printable.',
  sessionKit: 'Open the session kit',
  modesHeading: 'Two ways to use a scenario',
  modes: [
    'Walk through: you step through the scenario with the room, and on each screen you can reveal what the guidance says and why.',
    'Practise: people answer on their own. At the end their answers are set beside the guidance’s, with the differences explained. Nothing is saved about who answered.',
  ],
  libraryHeading: 'Scenarios',
  contentNoteLabel: 'Content note:',
  showPost: (count: number) => (count === 1 ? 'Show the post' : `Show the ${count} posts`),
  walkThrough: 'Walk through',
  practise: 'Practise',
  printCard: 'Print scenario card',
  back: 'Back',
} as const;

export const modeWords: Record<TrainingMode, string> = {
  walkthrough: 'Walk-through',
  practice: 'Practice',
};

export const bannerWords = {
  title: 'Training — not a real incident',
  scenarioLabel: 'Scenario:',
  modeLabel: 'Mode:',
  end: 'End training',
} as const;

export const scenarioCardWords = {
  pageTitle: 'Scenario card',
  pageIntro: 'Print this card for whoever is running the session. It fits on one A4 page.',
  notFound: 'This scenario is no longer in the library. Go back and choose another.',
  print: 'Print',
  back: 'Back',
  trainingMark: 'TRAINING',
  trainingMarkNote: 'Made-up scenario for practice use only. Not a real incident.',
  contentNoteLabel: 'Content note:',
  postsHeading: (count: number) => (count === 1 ? 'The post' : 'The posts'),
  facilitatorHeading: 'Facilitator notes',
  /** Minutes from the start of the scenario, as a trainer would say them. */
  atMinute: (minutes: number) => (minutes === 0 ? 'Start' : `${minutes} min`),
  teachingHeading: 'Teaching points',
  teachingSourcesLabel: 'Based on',
} as const;

/** The post beside the question during a walk-through or practice. */
export const scenarioAsideWords = {
  /** Names the column beside the question for screen readers: the post, and the reveal under it. */
  columnLabel: 'Scenario',
  heading: (count: number) => (count === 1 ? 'The post' : 'The posts'),
  contentNoteLabel: 'Content note:',
  show: (count: number) => (count === 1 ? 'Show the post' : `Show the ${count} posts`),
  hide: (count: number) => (count === 1 ? 'Hide the post' : `Hide the ${count} posts`),
} as const;

export const revealWords = {
  toggle: 'Reveal what the guidance says',
  heading: 'What the guidance says',
  answerHeading: 'The answer this scenario leads to',
  /** A question whose screen this scenario's route never reaches. */
  notOnRoute: 'This scenario does not come to this question.',
  noQuestion: 'There is no question on this screen.',
  alternativesHeading: 'Also accepted',
  alternativeOr: ' or ',
  whyHeading: 'Why',
  sourcesLabel: 'Based on',
} as const;

/** A short tag beside each verdict, so the meaning never rests on colour. */
export const verdictMarkers: Record<PracticeVerdict, string> = {
  same: 'Same',
  alternative: 'Accepted alternative',
  different: 'Different',
  notAsked: 'Not asked',
};

export const practiceResultsWords = {
  heading: 'Your answers beside the guidance’s',
  notSaved: 'These results are not saved anywhere, and nothing records who answered.',
  summary: (counts: Record<PracticeVerdict, number>) =>
    [
      `${counts.same} the same`,
      `${counts.alternative} accepted ${counts.alternative === 1 ? 'alternative' : 'alternatives'}`,
      `${counts.different} different`,
      `${counts.notAsked} not asked`,
    ].join(', ') + '.',
  caption: 'Each question, with the guidance’s answer and yours',
  columns: {
    question: 'Question',
    guidance: 'The guidance’s answer',
    trainee: 'Your answer',
    verdict: 'How it compares',
    why: 'Why',
  },
  /** The guidance's route never came to this screen: only the trainee's did. */
  notOnGuidanceRoute: 'Not on the guidance’s route',
  notAnswered: 'Not asked',
  planHeading: 'What this changes in the plan',
  planSame: 'Your plan has the same actions as the guidance’s.',
  missingHeading: 'In the guidance’s plan but not yours',
  extraHeading: 'In your plan but not the guidance’s',
  lessonsHeading: 'The lesson from this run',
  differencesHeading: 'Where your answers differ, and why',
  noDifferences: 'None of your answers differ from the guidance’s.',
  /** One difference, in a sentence: what the trainee said, then what the guidance says. */
  answeredBeside: (yours: string, guidance: string) => `You answered “${yours}”; the guidance answers “${guidance}”.`,
  replyHeading: 'Your reply, through the reply checks',
  replyClean: 'The checks found nothing to look at. They can miss things, so read it once more as the poster would.',
  tableHeading: 'Every answer side by side',
} as const;
