/**
 * Runtime checks for the guidance content. The TypeScript types catch wrong shapes at compile
 * time; these catch what types can't: empty or padded strings, duplicate option values, unknown
 * source ids, malformed dates, half-filled "unavailable" pairs. A practice or LMC editing the
 * content gets a test failure naming the exact field.
 *
 * Imported only by tests: zod is a large dependency the offline app does not need to ship.
 */
import * as z from 'zod';
import { conditionNames } from '../../machines/conditions';
import { allStepIds, routeSteps } from '../../machines/steps';
import type { Block } from './types';
import { questions } from './questions';
import { sourceIds } from './sources';

/** Non-empty, and no stray spaces at either end (they show up as odd gaps in the UI). */
export const textSchema = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => s.trim() === s, 'must not start or end with whitespace');

export const sourceIdSchema = z.enum(sourceIds);

export const sourceListSchema = z
  .array(sourceIdSchema)
  .min(1, 'cite at least one source')
  .refine((ids) => new Set(ids).size === ids.length, 'cites the same source twice');

export const conditionNameSchema = z.enum(conditionNames);

/** Whole dates or years only: the sources page shows what we know and no more. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'must be YYYY-MM-DD or YYYY')
  .refine((s) => {
    if (s.length === 4) return true;
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
  }, 'must be a real calendar date');

/** Option values are stored answers, so they must stay simple identifiers. */
const optionValueSchema = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be a camelCase identifier');

export const optionSchema = z
  .strictObject({
    value: optionValueSchema,
    label: textSchema,
    hint: textSchema.optional(),
    exclusive: z.boolean().optional(),
    unavailableWhen: conditionNameSchema.optional(),
    unavailableReason: textSchema.optional(),
  })
  .refine(
    (o) => (o.unavailableWhen === undefined) === (o.unavailableReason === undefined),
    'unavailableWhen and unavailableReason go together: a hidden option must say why',
  );

const questionBase = {
  legend: textSchema,
  hint: textSchema.optional(),
  summaryLabel: textSchema,
};

export const choiceQuestionSchema = z
  .strictObject({
    ...questionBase,
    kind: z.enum(['radio', 'checkbox']),
    error: textSchema,
    options: z.array(optionSchema).min(2, 'a choice needs at least two options'),
  })
  .superRefine((q, ctx) => {
    const seen = new Set<string>();
    q.options.forEach((option, index) => {
      if (seen.has(option.value)) {
        ctx.addIssue({ code: 'custom', message: `duplicate option value "${option.value}"`, path: ['options', index, 'value'] });
      }
      seen.add(option.value);
      if (option.exclusive && q.kind !== 'checkbox') {
        ctx.addIssue({ code: 'custom', message: 'only checkbox options can be exclusive', path: ['options', index, 'exclusive'] });
      }
    });
  });

export const textQuestionSchema = z
  .strictObject({
    ...questionBase,
    kind: z.enum(['text', 'datetime']),
    error: textSchema.optional(),
    optional: z.boolean().optional(),
  })
  .refine((q) => q.optional === true || q.error !== undefined, {
    message: 'a required question needs an error message',
    path: ['error'],
  });

export const questionSchema = z.union([choiceQuestionSchema, textQuestionSchema]);

export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('p'), text: textSchema }),
    z.strictObject({ type: z.literal('list'), items: z.array(textSchema).min(1, 'a list needs items') }),
    z.strictObject({
      type: z.literal('card'),
      tone: z.enum(['urgent', 'warning', 'info']),
      title: textSchema,
      blocks: z.array(blockSchema).min(1, 'a card needs content'),
    }),
  ]),
);

export const stepContentSchema = z.strictObject({
  title: textSchema,
  caption: textSchema.optional(),
  body: z.array(blockSchema).min(1).optional(),
  why: textSchema.optional(),
  sources: sourceListSchema,
});

export const sourceContentSchema = z.strictObject({
  title: textSchema,
  publisher: textSchema,
  date: isoDateSchema.nullable(),
  dateNote: textSchema.optional(),
  supports: textSchema,
  unconfirmed: textSchema.optional(),
});

/** Records keyed by an enum are exhaustive in zod 4: a missing or extra key fails. */
const sectionIds = [...new Set(routeSteps.map((step) => step.section))];

export const sectionsSchema = z.record(z.enum(sectionIds), z.strictObject({ label: textSchema }));

export const stepContentMapSchema = z.record(z.enum(allStepIds), stepContentSchema);

export const questionsSchema = z.record(z.string(), questionSchema);

export const sourcesSchema = z.record(sourceIdSchema, sourceContentSchema);

const platformValues = questions.platform.options.map((option) => option.value);

export const platformHintSchema = z.strictObject({
  title: textSchema,
  lines: z.array(textSchema).min(1),
  sources: sourceListSchema,
});

export const platformHintsSchema = z.record(z.enum(platformValues), platformHintSchema);

export const conditionLabelsSchema = z.record(conditionNameSchema, textSchema);

/**
 * A how-to line, plain or tailored. A tailored line must say when it applies: one with no test at
 * all should be a plain line.
 */
export const detailLineSchema = z.union([
  textSchema,
  z
    .strictObject({
      text: textSchema,
      when: conditionNameSchema.optional(),
      unless: conditionNameSchema.optional(),
      untilSettingsSay: z.enum(['policy', 'monitoring']).optional(),
    })
    .refine(
      (line) => line.when !== undefined || line.unless !== undefined || line.untilSettingsSay !== undefined,
      'a tailored line needs when, unless or untilSettingsSay: otherwise make it a plain line',
    )
    .refine(
      (line) => line.when === undefined || line.when !== line.unless,
      'when and unless name the same condition, so the line never shows',
    ),
]);

/**
 * The sources an action or warning cites: some only when a named condition holds, but at least one
 * always, so every piece of guidance says what it rests on whatever the incident.
 */
export const sourceRefListSchema = z
  .array(z.union([sourceIdSchema, z.strictObject({ id: sourceIdSchema, when: conditionNameSchema })]))
  .min(1, 'cite at least one source')
  .refine((refs) => refs.some((ref) => typeof ref === 'string'), 'cite at least one source for every incident, not only under a condition')
  .refine((refs) => {
    const ids = refs.map((ref) => (typeof ref === 'string' ? ref : ref.id));
    return new Set(ids).size === ids.length;
  }, 'cites the same source twice');

/** The most a checklist line holds at 1366 px wide in two columns (src/features/plan/plan.css). */
export const glanceLength = 50;

export const actionContentSchema = z
  .strictObject({
    urgency: z.enum(['now', 'withinHours', 'nextDays', 'prepare']),
    title: textSchema,
    glance: textSchema.max(glanceLength, `glance is at most ${glanceLength} characters`).optional(),
    details: z.array(detailLineSchema),
    why: textSchema.refine((why) => /^[^.!?]+[.!?]$/.test(why), 'why is one sentence'),
    sources: sourceRefListSchema,
    emergency: z.literal(true).optional(),
  })
  .refine((action) => action.title.length <= glanceLength || action.glance !== undefined, {
    message: `a title longer than ${glanceLength} characters needs a glance (a short title for the checklist)`,
    path: ['glance'],
  })
  .refine((action) => action.glance === undefined || action.glance.length < action.title.length, {
    message: 'glance is shorter than the title it stands for',
    path: ['glance'],
  });

export const actionsSchema = z.record(z.string(), actionContentSchema);
