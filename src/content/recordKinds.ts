/**
 * The kinds of entry an incident record holds. They are listed here, below the record, so the words
 * for each (references.ts, note.ts) can be checked to cover every kind; src/record/schema.ts
 * stores them.
 */

/** What a line of the incident's timeline records. */
export const timelineKinds = [
  'created',
  'step',
  'answer',
  'action',
  'evidence',
  'reply',
  'reference',
  'closed',
  'reopened',
  'imported',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

/** A report to a site, contact with the police, Report Harmful Content, advice received or support offered. */
export const referenceKinds = ['platformReport', 'police', 'reportHarmfulContent', 'advice', 'support'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];
