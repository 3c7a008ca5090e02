/**
 * The note as data, before it becomes Markdown, plain text or a printed page. Laying the note out
 * once, here, keeps the formats saying the same thing; each renderer only decides how it looks.
 *
 * Every piece of wording is a `Text`: a list of runs, each marked as the note's own words (from
 * src/content) or as `typed` (anything that came from the record: what staff typed, what was
 * imported, what a post said). Renderers make typed runs inert, so nothing typed can add a link,
 * a heading or markup to the note. Headings and titles are the note's own words only.
 */

export interface Run {
  readonly text: string;
  /** From the record rather than from src/content: rendered as inert text, always. */
  readonly typed: boolean;
  /** Typed, but not from the record (the practice's own name): kept in a note for sharing. */
  readonly shared?: boolean;
}

export type Text = readonly Run[];

export interface Field {
  readonly label: string;
  readonly value: Text;
}

export interface ListItem {
  /** The item's own words in bold (an action's title); empty when the item is only `text`. */
  readonly title?: string;
  readonly text?: Text;
  /** Label and value lines under the item: owner, due date, status. */
  readonly fields?: readonly Field[];
  /** Fields together on one line rather than one per line: the main body has to fit on two pages. */
  readonly fieldsInline?: boolean;
  /** Further lines under the item, as a nested list: an action's how-to lines. */
  readonly details?: readonly Text[];
}

/** One action on the checklist: what to do, and where it stands. */
export interface ChecklistItem {
  /** The action's title, in the note's own words ("Emergency: Call 999 now"). */
  readonly title: string;
  /** Under the title: the people from practice settings it calls on, or why it is listed. */
  readonly note?: Text;
  readonly status: Text;
  readonly owner: Text;
  readonly due: Text;
}

export interface ChecklistGroup {
  /** How soon: "Do now", "Within the next few hours"… */
  readonly heading: string;
  readonly items: readonly ChecklistItem[];
}

/** A question for the practice to answer in writing at its review meeting. */
export interface Prompt {
  readonly prompt: string;
  readonly hint?: string;
  /** A one-line answer (a date, names) or a few paragraphs. */
  readonly size: 'line' | 'paragraph';
}

export type Block =
  | { readonly type: 'paragraph'; readonly text: Text }
  /** Stands out from the text around it: the training marking, where the note belongs. */
  | { readonly type: 'notice'; readonly tone: 'training' | 'warning' | 'info'; readonly text: Text }
  /** `compact`: short facts set side by side in print, so the main body keeps its room for the actions. */
  | { readonly type: 'fields'; readonly fields: readonly Field[]; readonly compact?: boolean }
  /** The action checklist: one line per action with its status, owner and date, grouped by urgency. */
  | {
      readonly type: 'checklist';
      readonly columns: { readonly action: string; readonly status: string; readonly owner: string; readonly due: string };
      readonly groups: readonly ChecklistGroup[];
    }
  | { readonly type: 'list'; readonly items: readonly ListItem[] }
  | { readonly type: 'prompts'; readonly prompts: readonly Prompt[] }
  | { readonly type: 'subsection'; readonly heading: string; readonly blocks: readonly Block[] };

export type SectionId =
  'summary' | 'actionPlan' | 'notToDo' | 'reply' | 'evidence' | 'references' | 'timeline' | 'answers' | 'review' | 'sources';

export interface Section {
  readonly id: SectionId;
  /**
   * The main body for a meeting (at most two A4 pages), the appendices behind it, then the review
   * to fill in and the sources. The print view starts a new page at each change of part.
   */
  readonly part: 'summary' | 'appendix' | 'review' | 'end';
  /** Already carries the TRAINING marking when the incident is a training one. */
  readonly heading: string;
  readonly blocks: readonly Block[];
}

/** A file kept as evidence, for the print view to show beside its details (never when redacted). */
export interface NoteAttachment {
  readonly evidence: number;
  readonly fileId: string;
  readonly type: string;
  readonly sha256: string;
}

export interface Note {
  readonly reference: string;
  readonly training: boolean;
  /** Prepared for sharing outside the practice: the print view must leave screenshots out too. */
  readonly redacted: boolean;
  /** Already carries the TRAINING marking when the incident is a training one. */
  readonly title: string;
  /** Before the main body: the training marking, where the note belongs, the redaction notice. */
  readonly preamble: readonly Block[];
  readonly sections: readonly Section[];
  /** For the print view's footer: "SM-2026-0042, 25 November 2026". */
  readonly footer: string;
  /** Screenshots the print view may show in the evidence appendix; empty when redacted. */
  readonly attachments: readonly NoteAttachment[];
}
