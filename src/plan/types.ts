/** The shape of an action plan: what `recommend(answers)` returns and every view and export reads. */
import type { SourceId } from '../content/sources';
import type { Urgency } from '../content/urgency';

export interface PlannedAction {
  /** Stable id, from `src/content/actions.ts`; action status is stored against it later. */
  readonly id: string;
  readonly urgency: Urgency;
  /** What to do, as an instruction. */
  readonly title: string;
  /** The title as one line of the checklist (the title itself when it is short). */
  readonly glance: string;
  /** Optional extra lines of how-to (phone numbers, what to capture). */
  readonly details: readonly string[];
  /** Why, in one sentence. */
  readonly why: string;
  readonly sources: readonly SourceId[];
  /** Calling 999: always first, and shown as an emergency card. */
  readonly emergency: boolean;
}

export interface ActionGroup {
  readonly urgency: Urgency;
  readonly actions: readonly PlannedAction[];
}

export interface DontDo {
  readonly id: string;
  readonly text: string;
  readonly why: string;
  readonly sources: readonly SourceId[];
}

export interface Plan {
  /** Someone may be in danger: the emergency card heads the plan. */
  readonly emergency: boolean;
  /** Home or out of hours, urgent steps only: the rest waits for a practice PC. */
  readonly urgentOnly: boolean;
  /** Only non-empty groups, in `urgencies` order. */
  readonly groups: readonly ActionGroup[];
  readonly notToDo: readonly DontDo[];
}
