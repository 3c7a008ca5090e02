/**
 * Runtime checks for the policy builder's content (policy.ts), like schema.ts for the rest of the
 * guidance: every clause cites known sources, option values are stored-answer identifiers, ids are
 * unique, and a question shown only after another names one on the same screen and a real answer.
 *
 * Imported only by tests: zod is a large dependency the offline app does not need to ship.
 */
import * as z from 'zod';
import { sourceListSchema, textSchema } from './schema';
import { contactRoles } from './settings';

const identifier = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be a camelCase identifier');

/** A clause is one or more whole sentences. */
const sentences = textSchema.refine((text) => /[.!?]$/.test(text), 'must end with a full stop');

const contactRoleSchema = z.enum(contactRoles);

const clauseSchema = z.strictObject({
  text: sentences,
  sources: sourceListSchema,
  contacts: z.array(contactRoleSchema).min(1).optional(),
});

const replySchema = z.strictObject({ reply: sentences, sources: sourceListSchema });

const optionSchema = z.strictObject({
  value: identifier,
  label: textSchema,
  hint: textSchema.optional(),
  clause: z.union([clauseSchema, replySchema]).optional(),
  reviewMonths: z.number().int().min(1).max(36).optional(),
});

const showWhenSchema = z.strictObject({ question: identifier, values: z.array(identifier).min(1) });

const choiceQuestionSchema = z
  .strictObject({
    id: identifier,
    kind: z.enum(['radio', 'checkbox']),
    legend: textSchema,
    hint: textSchema.optional(),
    error: textSchema,
    options: z.array(optionSchema).min(2, 'a choice needs at least two options'),
    showWhen: showWhenSchema.optional(),
  })
  .refine((q) => new Set(q.options.map((o) => o.value)).size === q.options.length, 'duplicate option value')
  .refine((q) => q.options.some((o) => o.clause !== undefined || o.reviewMonths !== undefined), 'no option writes anything');

const textQuestionSchema = z.strictObject({
  id: identifier,
  kind: z.literal('text'),
  legend: textSchema,
  hint: textSchema.optional(),
  optional: z.literal(true),
  writes: z.literal('reply'),
  sources: sourceListSchema,
  showWhen: showWhenSchema.optional(),
});

const topicSchema = z
  .strictObject({
    id: identifier,
    title: textSchema,
    heading: textSchema,
    intro: textSchema,
    questions: z.array(z.discriminatedUnion('kind', [choiceQuestionSchema, textQuestionSchema])).min(1),
    always: z.array(clauseSchema).min(1).optional(),
  })
  .superRefine((topic, ctx) => {
    topic.questions.forEach((question, index) => {
      const when = question.showWhen;
      if (when === undefined) return;
      const parent = topic.questions.slice(0, index).find((candidate) => candidate.id === when.question);
      if (parent === undefined || parent.kind === 'text') {
        ctx.addIssue({
          code: 'custom',
          message: `shows after "${when.question}", which is not an earlier choice on this screen`,
          path: ['questions', index, 'showWhen'],
        });
        return;
      }
      for (const value of when.values) {
        if (!parent.options.some((option) => option.value === value)) {
          ctx.addIssue({ code: 'custom', message: `"${when.question}" has no answer "${value}"`, path: ['questions', index, 'showWhen'] });
        }
      }
    });
  });

export const policyTopicsSchema = z
  .array(topicSchema)
  .min(1)
  .refine((topics) => new Set(topics.map((t) => t.id)).size === topics.length, 'two topics share an id')
  .refine((topics) => {
    const ids = topics.flatMap((t) => t.questions.map((q) => q.id));
    return new Set(ids).size === ids.length;
  }, 'two questions share an id: answers are stored by question id, so each must be unique')
  .refine(
    (topics) =>
      topics.flatMap((t) => t.questions).filter((q) => q.kind !== 'text' && q.options.some((o) => o.reviewMonths !== undefined)).length ===
      1,
    'exactly one question sets the review interval',
  );
