/**
 * The incident record, schema version 3 (2 moved the hate answer to the safety questions; 3 asks
 * fewer questions and keeps a Change's return path): everything kept about one incident on this device.
 *
 * Designed for what comes later, so that later issues add data without a migration: evidence items
 * (their files live in a store of their own; the record only keeps references), the reply as
 * posted, and references (platform reports, police, Report Harmful Content, advice, support).
 * Answers are stored once, here; the statechart's snapshot is rebuilt from answers + `visited`.
 *
 * Uses zod/mini because this ships in the app (records are checked every time they are read).
 */
import * as z from 'zod/mini';
import { listProblemWords, referenceProblemWords } from '../content/recordProblems';
import { anyReferencePattern, isTrainingReference } from './incidentReference';
import { referenceKinds, timelineKinds } from '../content/recordKinds';
import { answerProblems } from './answerShapes';

export const currentSchemaVersion = 3;

/**
 * The longest list of each kind the app can make, with room to spare. Every record is checked
 * against these whenever it is read (from storage or from a backup file), so a crafted file with a
 * list of 100,000 screens is refused in a moment, in words, instead of hanging the tab.
 *
 * - `steps`: `visited` is a stack of screens and `returnPath` the screens after a Change; there
 *   are 13 screens, and no route has ever had more than 20.
 * - `answerValues`: a ticked-list answer holds at most one entry per option (no question has 20).
 * - `answers`: questions answered or drafted, including retired ones kept by migrations (about 25).
 * - `timeline`: one entry per screen moved to, answer, action, evidence, reply or reference. A year
 *   of daily work on one incident makes a few thousand.
 * - `evidence`, `references`, `filesPerItem`: added one at a time by hand.
 */
export const listLimits = {
  steps: 200,
  answerValues: 200,
  answers: 500,
  timeline: 50_000,
  evidence: 2_000,
  filesPerItem: 500,
  references: 2_000,
} as const;

/**
 * A list checked against its limit; a longer one is refused before its entries are looked at, so
 * three million timeline entries cost one length check, not three million checks.
 */
function boundedList<T extends z.core.SomeType>(item: T, limit: number) {
  const short = z.custom<unknown>((value) => !Array.isArray(value) || value.length <= limit, {
    error: (issue) => listProblemWords.tooLong(Array.isArray(issue.input) ? issue.input.length : undefined, limit),
  });
  return z.pipe(short, z.array(item));
}

/** A group of fields with at most `limit` fields, counted before any field is checked. */
function boundedRecord<T extends z.core.SomeType>(value: T, limit: number) {
  const few = z.custom<unknown>((fields) => typeof fields !== 'object' || fields === null || Object.keys(fields).length <= limit, {
    error: listProblemWords.tooManyFields(limit),
  });
  return z.pipe(few, z.record(z.string(), value));
}

const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const text = z.string();

/** An answer as stored: an option value, a list of them, or free text. */
export const storedAnswer = z.union([z.string(), boundedList(z.string(), listLimits.answerValues)]);

/**
 * Answers (or drafts) keyed by question, each checked against its question's kind and options, so
 * nothing reads a tick-box answer that is really text. Problems carry the question in their path.
 */
const answerSet = boundedRecord(storedAnswer, listLimits.answers).check(
  z.superRefine((answers, context) => {
    for (const problem of answerProblems(answers)) {
      context.addIssue({ code: 'custom', message: problem.message, path: [problem.question], input: answers[problem.question] });
    }
  }),
);

export const actionStatus = z.enum(['todo', 'done', 'notNeeded']);

export const actionProgress = z.object({
  status: actionStatus,
  owner: z.optional(text),
  /** A calendar date (YYYY-MM-DD): staff think in days for follow-ups. */
  due: z.optional(isoDate),
  updatedAt: isoDateTime,
});

export const timelineEntry = z.object({
  at: isoDateTime,
  kind: z.enum(timelineKinds),
  /** Plain words for the note: "Answered: Where did you see it?" */
  summary: text,
  /** Machine-readable detail: the step id, action id and so on. */
  ref: z.optional(text),
});

export const evidenceFileRef = z.object({
  fileId: text,
  name: text,
  type: text,
  size: z.int().check(z.nonnegative()),
  sha256: text.check(z.regex(/^[0-9a-f]{64}$/)),
  addedAt: isoDateTime,
});

export const evidenceItem = z.object({
  id: text,
  platform: z.optional(text),
  url: z.optional(text),
  account: z.optional(text),
  text: z.optional(text),
  /** As the site shows it: free text such as "3h ago". */
  postedAsShown: z.optional(text),
  capturedAt: isoDateTime,
  notes: z.optional(text),
  files: boundedList(evidenceFileRef, listLimits.filesPerItem),
  deletedFromSiteAt: z.optional(isoDateTime),
});

export const reply = z.object({
  draft: text,
  /** The text as posted, kept with when it was posted. */
  posted: z.optional(z.object({ text, at: isoDateTime })),
});

export const reference = z.object({
  id: text,
  kind: z.enum(referenceKinds),
  /** Site, police route (999, 101, online), adviser (LMC, defence body, HR, DPO) or support offered. */
  with: z.optional(text),
  at: isoDateTime,
  reference: z.optional(text),
  outcome: z.optional(text),
  notes: z.optional(text),
});

/**
 * Ids that the app makes unique (evidence items, references, files): a crafted file with two
 * entries under one id would make an edit or a delete reach both, so it is refused.
 */
function uniqueIds<T>(idsOf: (list: readonly T[]) => readonly string[]) {
  return z.superRefine<T[]>((list, context) => {
    const seen = new Set<string>();
    for (const id of idsOf(list)) {
      if (seen.has(id)) {
        context.addIssue({ code: 'custom', message: listProblemWords.sharedId(JSON.stringify(id).slice(0, 40)), input: list });
        return;
      }
      seen.add(id);
    }
  });
}

export const incidentRecord = z
  .object({
    schemaVersion: z.literal(currentSchemaVersion),
    id: text.check(z.minLength(1)),
    /** Short, readable, unique on this device: SM-2026-0042, or TRAINING-0003 (incidentReference.ts). */
    reference: text.check(z.regex(anyReferencePattern)),
    kind: z.enum(['live', 'training']),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    /** When the post was found, from the answer; null until given. */
    foundAt: z.nullable(isoDateTime),
    /** The statechart version that wrote `currentStep` and `visited`. */
    machineVersion: z.int().check(z.positive()),
    /** Goes up by one on every save; a write with a stale revision is refused (two tabs). */
    revision: z.int().check(z.nonnegative()),
    status: z.enum(['open', 'closed']),
    closedAt: z.optional(isoDateTime),
    outcome: z.optional(text),
    /** Kept past the retention period at the user's request. */
    keep: z.boolean(),
    answers: answerSet,
    /** Text typed but not yet confirmed with Continue, so an interruption loses nothing. */
    drafts: answerSet,
    visited: boundedList(text, listLimits.steps),
    currentStep: text,
    /** During a Change from the plan: the screens after the changed one, which Continue passes over. */
    returnPath: z.optional(z.nullable(boundedList(text, listLimits.steps))),
    actions: boundedRecord(actionProgress, listLimits.answers),
    timeline: boundedList(timelineEntry, listLimits.timeline),
    evidence: boundedList(evidenceItem, listLimits.evidence)
      .check(uniqueIds((items) => items.map((item) => item.id)))
      .check(uniqueIds((items) => items.flatMap((item) => item.files.map((file) => file.fileId)))),
    reply: z.nullable(reply),
    references: boundedList(reference, listLimits.references).check(uniqueIds((items) => items.map((item) => item.id))),
  })
  .check(
    // A real incident never carries a training reference (a training one may have the old live shape).
    z.refine((record) => record.kind === 'training' || !isTrainingReference(record.reference), {
      message: referenceProblemWords.trainingOnLive,
      path: ['reference'],
    }),
  );

export type IncidentRecord = z.infer<typeof incidentRecord>;
export type TimelineEntry = z.infer<typeof timelineEntry>;
export type ActionProgress = z.infer<typeof actionProgress>;
export type ActionStatus = z.infer<typeof actionStatus>;
export type EvidenceItem = z.infer<typeof evidenceItem>;
export type IncidentReference = z.infer<typeof reference>;
