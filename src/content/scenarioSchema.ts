/**
 * Runtime checks for the training scenarios. The types already pin option values and action ids;
 * these catch what types can't: briefs that run long, padded or empty text, duplicate ids, an
 * alternative that repeats the scenario's own answer, a redacted post with no content note.
 *
 * Imported only by tests: zod is a large dependency the offline app does not need to ship.
 */
import * as z from 'zod';
import { actionIds } from './actions';
import { questionIds, questions, type QuestionId } from './questions';
import { textSchema } from './schema';
import { sourceIds } from './sources';
import type { QuestionContent } from './types';

/** `datetime-local` value, as the wizard stores it: 2026-11-25T09:30. */
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function answerSchemaFor(question: QuestionContent): z.ZodType {
  switch (question.kind) {
    case 'radio':
      return z.enum(question.options.map((o) => o.value));
    case 'checkbox': {
      const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.value));
      return z
        .array(z.enum(question.options.map((o) => o.value)))
        .min(1, 'tick at least one option')
        .refine((ticks) => new Set(ticks).size === ticks.length, 'ticks the same option twice')
        .refine((ticks) => ticks.length === 1 || !ticks.some((t) => exclusive.has(t)), '"None of these" must be ticked alone');
    }
    case 'datetime':
      return z
        .string()
        .regex(localDateTime, 'must be YYYY-MM-DDTHH:MM')
        .refine((s) => !Number.isNaN(Date.parse(s)), 'must be a real date and time');
    case 'text':
      return textSchema;
  }
}

const answerSchemas = Object.fromEntries(questionIds.map((id) => [id, answerSchemaFor(questions[id])])) as Record<QuestionId, z.ZodType>;

/** Every key must be a real question, and every value a real answer to it. */
export const scenarioAnswersSchema = z.strictObject(
  Object.fromEntries(questionIds.map((id) => [id, answerSchemas[id].optional()])) as Record<QuestionId, z.ZodOptional<z.ZodType>>,
);

const choiceQuestionIds = questionIds.filter((id) => {
  const kind = questions[id].kind;
  return kind === 'radio' || kind === 'checkbox';
});

/** Sentences end in . ! or ? (optionally inside a closing quote) followed by a space or the end. */
export function sentenceCount(text: string): number {
  return text.match(/[.!?]+["'”’)]*(?=\s|$)/g)?.length ?? 0;
}

/** Square brackets in a post mean something was left out, usually an offensive word or an address. */
const redaction = /\[[^\]]+\]/;

export const scenarioPostSchema = z.strictObject({
  platform: textSchema,
  author: textSchema,
  when: z.string().regex(/^(just now|yesterday|\d{1,2}(m|h|d|w) ago)$/, 'must read like "3h ago", "just now" or "yesterday"'),
  text: textSchema,
});

export const facilitatorNoteSchema = z.strictObject({
  minutes: z.number().int('whole minutes').min(0).max(90, 'a scenario should fit in a teaching session'),
  note: textSchema,
});

export const scenarioAlternativeSchema = z.strictObject({
  question: z.enum(choiceQuestionIds),
  values: z.array(z.union([z.string(), z.array(z.string())])).min(1, 'an alternative needs at least one answer'),
  why: textSchema,
});

const actionIdSchema = z.enum(actionIds);

const distinct = <T>(list: readonly T[]) => new Set(list).size === list.length;

const sameAnswer = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((value) => b.includes(value)) : a === b;

export const scenarioSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    title: textSchema.max(80, 'keep titles short enough for a card heading'),
    brief: textSchema.refine((text) => {
      const n = sentenceCount(text);
      return n >= 2 && n <= 3;
    }, 'a brief is two or three sentences'),
    posts: z.array(scenarioPostSchema).min(1, 'a scenario needs at least one post'),
    contentNote: textSchema.optional(),
    facilitatorNotes: z
      .array(facilitatorNoteSchema)
      .min(1)
      .refine((notes) => notes.every((note, i) => i === 0 || note.minutes >= notes[i - 1]!.minutes), 'notes go in time order')
      .optional(),
    answers: scenarioAnswersSchema,
    alternatives: z.array(scenarioAlternativeSchema).min(1).optional(),
    mustInclude: z.array(actionIdSchema).min(1).refine(distinct, 'lists an action twice'),
    mustNotInclude: z.array(actionIdSchema).min(1).refine(distinct, 'lists an action twice'),
    teachingPoints: z.array(textSchema).min(1, 'say what the scenario teaches'),
    sources: z.array(z.enum(sourceIds)).min(1).refine(distinct, 'lists a source twice').optional(),
  })
  .superRefine((scenario, ctx) => {
    const clash = scenario.mustInclude.filter((id) => scenario.mustNotInclude.includes(id));
    if (clash.length > 0) {
      ctx.addIssue({ code: 'custom', message: `both must and must not include: ${clash.join(', ')}`, path: ['mustNotInclude'] });
    }
    if (scenario.contentNote === undefined && scenario.posts.some((post) => redaction.test(post.text))) {
      ctx.addIssue({
        code: 'custom',
        message: 'a post has [redacted] content, so the scenario needs a content note',
        path: ['contentNote'],
      });
    }
    const answers = scenario.answers as Partial<Record<QuestionId, unknown>>;
    const seen = new Set<string>();
    (scenario.alternatives ?? []).forEach((alternative, index) => {
      const path = ['alternatives', index];
      const question: QuestionId = alternative.question;
      if (seen.has(question)) {
        ctx.addIssue({ code: 'custom', message: `more than one entry for ${question}: merge them`, path });
      }
      seen.add(question);
      const given = answers[question];
      if (given === undefined) {
        ctx.addIssue({ code: 'custom', message: `an alternative to ${question}, which the scenario does not answer`, path });
      }
      alternative.values.forEach((value, i) => {
        const valid = answerSchemas[question].safeParse(value);
        if (!valid.success) {
          ctx.addIssue({
            code: 'custom',
            message: `not a valid answer to ${question}: ${JSON.stringify(value)}`,
            path: [...path, 'values', i],
          });
        }
        if (sameAnswer(value, given)) {
          ctx.addIssue({ code: 'custom', message: 'repeats the scenario’s own answer', path: [...path, 'values', i] });
        }
      });
      if (!distinct(alternative.values.map((value) => JSON.stringify(value)))) {
        ctx.addIssue({ code: 'custom', message: 'lists the same answer twice', path: [...path, 'values'] });
      }
    });
  });

export const scenarioLibrarySchema = z
  .array(scenarioSchema)
  .min(14, 'the library needs at least 14 scenarios')
  .superRefine((library, ctx) => {
    for (const key of ['id', 'title'] as const) {
      const values = library.map((scenario) => scenario[key]);
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index) {
          ctx.addIssue({ code: 'custom', message: `duplicate ${key} "${value}"`, path: [index, key] });
        }
      });
    }
  });
