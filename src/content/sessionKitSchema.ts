/**
 * Runtime checks for the session kit's content (sessionKit.ts), like policyContentSchema.ts for
 * the policy builder: every stage and quiz answer cites known sources, quiz answers are among
 * their options, and a session's blocks add up to its length.
 *
 * Imported only by tests: zod is a large dependency the offline app does not need to ship.
 */
import * as z from 'zod';
import { sourceListSchema, textSchema } from './schema';

const identifier = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be a camelCase identifier');
const scenarioId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case scenario id');

/** Whole sentences or questions. */
const sentence = textSchema.refine((text) => /[.?!)]$/.test(text), 'must end with a full stop or question mark');

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

export const flowStagesSchema = z
  .array(
    z
      .strictObject({
        id: z.enum(['calm', 'safety', 'decide', 'act', 'escalate', 'prepared']),
        title: textSchema,
        points: z.array(sentence).min(1).max(5),
        wizardSections: z.array(z.enum(['calm', 'safety', 'decide', 'act'])),
        inTheApp: textSchema.optional(),
        sources: sourceListSchema,
      })
      .refine((stage) => stage.wizardSections.length > 0 !== (stage.inTheApp !== undefined), {
        message: 'a stage names its wizard sections or where it lives in the app, not both',
      }),
  )
  .length(6)
  .refine((stages) => unique(stages.map((stage) => stage.id)), 'stage ids must be unique')
  .refine((stages) => unique(stages.flatMap((stage) => stage.wizardSections)), 'a wizard section belongs to one stage only');

const blockSchema = z.strictObject({
  minutes: z.number().int().min(1),
  title: textSchema,
  scenarioId: scenarioId.optional(),
  what: sentence,
  prompts: z.array(sentence).min(1),
});

export const sessionPlansSchema = z
  .array(
    z
      .strictObject({
        id: z.enum(['sixty', 'twenty']),
        minutes: z.number().int().min(10),
        title: textSchema,
        forWhom: sentence,
        blocks: z.array(blockSchema).min(2),
      })
      .refine((plan) => plan.blocks.reduce((sum, block) => sum + block.minutes, 0) === plan.minutes, {
        message: 'the blocks must add up to the length of the session',
      })
      .refine((plan) => plan.blocks.some((block) => block.scenarioId !== undefined), 'a session uses at least one scenario'),
  )
  .refine((plans) => unique(plans.map((plan) => plan.id)), 'session ids must be unique');

export const quizQuestionsSchema = z
  .array(
    z
      .strictObject({
        id: identifier,
        question: sentence,
        options: z.array(z.strictObject({ value: identifier, label: textSchema })).min(2),
        answer: identifier,
        explanation: sentence,
        sources: sourceListSchema,
      })
      .refine((question) => unique(question.options.map((option) => option.value)), 'option values must be unique')
      .refine((question) => question.options.some((option) => option.value === question.answer), 'the answer must be one of the options'),
  )
  .min(6)
  .max(12)
  .refine((questions) => unique(questions.map((question) => question.id)), 'question ids must be unique');

export const reflectionFieldsSchema = z
  .array(z.strictObject({ id: identifier, label: textSchema, hint: sentence.optional(), kind: z.enum(['short', 'long']) }))
  .refine((fields) => fields.some((field) => field.id === 'name'), 'the sheet asks for a name')
  .refine((fields) => unique(fields.map((field) => field.id)), 'field ids must be unique');
