/**
 * The shape of a training scenario: a made-up incident, the post(s) as a trainee would see them,
 * and the answers the guidance leads to. Scenarios are plain typed data so an LMC or practice
 * trainer can review them without reading components; `scenarioSchema.ts` checks them in tests.
 */
import type { ActionId } from './actions';
import type { AnswerTo, Answers, QuestionId, Questions } from './questions';
import type { SourceId } from './sources';

/** One post as it would look on screen. Nothing here identifies a real person or practice. */
export interface ScenarioPost {
  /** Where it appears, in the words people use: "Google review", "Comment on our Facebook page". */
  readonly platform: string;
  /** A made-up display name or handle. */
  readonly author: string;
  /** Relative time as the site shows it: "3h ago", "just now", "yesterday". */
  readonly when: string;
  /** Offensive words are never written out: "[racial slur]" stands in for them. */
  readonly text: string;
}

/** A prompt for whoever is running the session, placed by minutes from the start of the scenario. */
export interface FacilitatorNote {
  readonly minutes: number;
  readonly note: string;
}

/** Only choice questions have alternatives: free text and dates are not judged. */
export type ChoiceQuestionId = {
  [K in QuestionId]: Questions[K] extends { readonly kind: 'radio' | 'checkbox' } ? K : never;
}[QuestionId];

/**
 * Another answer the guidance also accepts, because replying and staying quiet (and similar
 * judgements) can both be right. Each entry in `values` is one whole answer: an option value for
 * a radio question, the full set of ticks for a checkbox question.
 */
export type ScenarioAlternative = {
  [K in ChoiceQuestionId]: {
    readonly question: K;
    readonly values: readonly AnswerTo<K>[];
    readonly why: string;
  };
}[ChoiceQuestionId];

export interface Scenario {
  /** Stable kebab-case id: trainers bookmark and share scenarios by it. */
  readonly id: string;
  readonly title: string;
  /** Two or three sentences setting the scene. May contain `{practice}`. */
  readonly brief: string;
  readonly posts: readonly ScenarioPost[];
  /** Shown before the posts whenever they contain abuse, threats or hate, so nobody is caught off guard. */
  readonly contentNote?: string;
  readonly facilitatorNotes?: readonly FacilitatorNote[];
  /** Exactly the answers the guidance leads to on this scenario's route: no more, no fewer. */
  readonly answers: Answers;
  readonly alternatives?: readonly ScenarioAlternative[];
  /** Actions the plan must contain for these answers: the points the scenario exists to teach. */
  readonly mustInclude: readonly ActionId[];
  /** Actions a trainee might expect but the plan must not contain: the common wrong turns. */
  readonly mustNotInclude: readonly ActionId[];
  readonly teachingPoints: readonly string[];
  /** Where the teaching points come from, so a trainer can answer "says who?" from the card. */
  readonly sources?: readonly SourceId[];
}
