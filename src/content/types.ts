/**
 * Shapes of the guidance content. The content itself is plain typed data in this folder so a
 * practice or LMC can review it without reading components; `schema.ts` checks it in tests.
 */
import type { ConditionName } from './conditionLabels';
import type { Urgency } from './urgency';
import type { SourceId } from './sources';

/**
 * What the practice settings say about the practice as a whole. The plan reads them instead of
 * asking in the middle of an incident; unknown means not set.
 */
export interface PracticeFacts {
  readonly policy?: 'yes' | 'no' | 'notSure';
  readonly monitoring?: 'yes' | 'no' | 'notSure';
}

export interface OptionContent {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
  /** A checkbox option that clears the others ("None of these"). */
  readonly exclusive?: boolean;
  /** Hidden, with a reason shown instead, when this condition holds (e.g. no reply in a group we don't run). */
  readonly unavailableWhen?: ConditionName;
  readonly unavailableReason?: string;
}

interface QuestionBase {
  /** Legend of the fieldset, or label of the single control. */
  readonly legend: string;
  readonly hint?: string;
  /** Shown in the error summary and beside the field when a required answer is missing. */
  readonly error?: string;
  /** Short wording for the check-answers list on the plan page. */
  readonly summaryLabel: string;
}

export interface ChoiceQuestion extends QuestionBase {
  readonly kind: 'radio' | 'checkbox';
  readonly options: readonly OptionContent[];
  readonly error: string;
}

export interface TextQuestion extends QuestionBase {
  readonly kind: 'text' | 'datetime';
  readonly optional?: boolean;
}

export type QuestionContent = ChoiceQuestion | TextQuestion;

/** A block of guidance text on a screen. */
export type Block =
  | { readonly type: 'p'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly string[] }
  | {
      readonly type: 'card';
      readonly tone: 'urgent' | 'warning' | 'info';
      readonly title: string;
      readonly blocks: readonly Block[];
    };

export interface StepContent {
  /** The screen's h1: the question itself, or what the screen tells you. */
  readonly title: string;
  /** A one-line caption above the title naming the stage. */
  readonly caption?: string;
  readonly body?: readonly Block[];
  /** "Why we ask" / "What the guidance says", behind a details toggle. */
  readonly why?: string;
  readonly sources: readonly SourceId[];
}

/**
 * A how-to line that applies only to some incidents, so a plan never carries words that do not
 * fit it (no police on a mild review). `recommend()` keeps the line when every test given passes.
 */
export interface TailoredLine {
  readonly text: string;
  /** Kept only when this named condition holds for the answers. */
  readonly when?: ConditionName;
  /** Left out when this named condition holds for the answers. */
  readonly unless?: ConditionName;
  /** Kept only while the practice settings do not say this yet: a prompt to record it there. */
  readonly untilSettingsSay?: keyof PracticeFacts;
}

/** A plain line applies to every incident the action is in. */
export type DetailLine = string | TailoredLine;

/**
 * A source cited for every incident, or only when a named condition holds: police advice backs
 * "save a copy" for a threat, and has no place in a mild review's plan.
 */
export type SourceRef = SourceId | { readonly id: SourceId; readonly when: ConditionName };

/** One action in the plan, as reviewable words. */
export interface ActionContent {
  readonly urgency: Urgency;
  /** An instruction a stressed reader can act on without reading further. */
  readonly title: string;
  /**
   * The title cut to fit one line of the plan's checklist (50 characters at most), for a title
   * longer than that; the full title opens with the how-to.
   */
  readonly glance?: string;
  /** Short how-to lines: numbers to ring, what to capture, what to say. */
  readonly details: readonly DetailLine[];
  /** One sentence. */
  readonly why: string;
  readonly sources: readonly SourceRef[];
  /** Only calling 999: it leads the plan and is shown as an emergency card. */
  readonly emergency?: true;
}
