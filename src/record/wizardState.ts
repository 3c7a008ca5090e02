/**
 * How the wizard's state goes into a record and back. The record stores answers, `visited` and the
 * current screen only; the snapshot is rebuilt from those (machines/restore.ts).
 */
import { machineVersion } from '../../machines/machineVersion';
import type { StepId } from '../../machines/steps';
import type { Answers } from '../content/questions';
import { stepContent } from '../content/steps';
import { parsePracticeTime } from './clock';
import type { IncidentRecord } from './schema';

export interface WizardPosition {
  readonly step: StepId;
  readonly answers: Answers;
  readonly visited: readonly StepId[];
  /** During a Change: the screens after the changed one, kept so a reload still returns to the plan. */
  readonly returnPath?: readonly StepId[] | null;
}

/** "When did you find it?" is practice (London) wall-clock time; the record keeps the exact instant. */
function foundAtInstant(answers: Answers): string | null {
  if (answers.foundAt === undefined) return null;
  return parsePracticeTime(answers.foundAt)?.toISOString() ?? null;
}

export function withWizardPosition(record: IncidentRecord, position: WizardPosition, now: Date): IncidentRecord {
  const moved = record.currentStep !== position.step;
  const answers = position.answers as Record<string, string | string[]>;
  // A draft is finished with once its question has an answer.
  const drafts = Object.fromEntries(Object.entries(record.drafts).filter(([id]) => answers[id] === undefined));
  return {
    ...record,
    answers,
    drafts,
    visited: [...position.visited],
    currentStep: position.step,
    returnPath: position.returnPath ? [...position.returnPath] : null,
    machineVersion,
    foundAt: foundAtInstant(position.answers),
    timeline: moved
      ? [...record.timeline, { at: now.toISOString(), kind: 'step', summary: stepContent[position.step].title, ref: position.step }]
      : record.timeline,
  };
}

export function withDraft(record: IncidentRecord, question: string, value: string | readonly string[] | undefined): IncidentRecord {
  const drafts = { ...record.drafts };
  if (value === undefined || value === '') delete drafts[question];
  else drafts[question] = typeof value === 'string' ? value : [...value];
  return { ...record, drafts };
}
