/**
 * The note as Markdown, to download or copy into anything that reads it. All structure (headings,
 * lists, bold labels, quotes) comes from here; the note's text goes in escaped, and typed text
 * goes in with every ASCII punctuation character escaped and its line breaks as hard breaks, so it
 * always stays text inside the block it was put in.
 */
import { escapeMarkdownProse, escapeMarkdownTyped, textLines } from './escape';
import { checklistListItem, type ChecklistColumns } from './checklistListItem';
import type { Block, ChecklistGroup, Field, ListItem, Note, Prompt, Text } from './types';

/** A text as escaped Markdown lines; the caller joins them with hard breaks. */
function inline(text: Text): string[] {
  return textLines(text).map((line) =>
    line.map((run, index) => (run.typed ? escapeMarkdownTyped(run.text) : escapeMarkdownProse(run.text, index === 0))).join(''),
  );
}

/** One of the note's own lines (a heading, a label), escaped like the rest of its words. */
function own(text: string): string {
  return inline([{ text, typed: false }]).join(' ');
}

/** Lines kept in one paragraph: a backslash before the line break is CommonMark's hard break. */
function joined(lines: readonly string[], indent: string): string {
  return lines.join(`\\\n${indent}`);
}

function fieldLine(field: Field, indent: string): string {
  // The label's colon goes inside the bold: "**Owner:**" then the value.
  return `${indent}- **${own(field.label)}:** ${joined(inline(field.value), `${indent}  `)}`.trimEnd();
}

/** "Status: Done; Who: Sam Patel; By when: 26 November 2026": typed line breaks become spaces. */
function fieldsOnOneLine(fields: readonly Field[]): string {
  return fields.map((field) => `${own(field.label)}: ${inline(field.value).join(' ')}`).join('; ');
}

function listItem(item: ListItem, indent: string): string[] {
  const inner = `${indent}  `;
  const together = item.fieldsInline === true ? (item.fields ?? []) : [];
  const lead = [
    ...(item.title === undefined ? [] : [`**${own(item.title)}**`]),
    ...(item.text === undefined ? [] : inline(item.text)),
    ...(together.length > 0 ? [fieldsOnOneLine(together)] : []),
  ];
  const lines = [`${indent}- ${joined(lead, inner)}`.trimEnd()];
  for (const detail of item.details ?? []) lines.push(`${inner}- ${joined(inline(detail), `${inner}  `)}`.trimEnd());
  if (together.length === 0) for (const field of item.fields ?? []) lines.push(fieldLine(field, inner));
  return [lines.join('\n')];
}

/** One-line answers (dates, names) as a list of labels; questions as bold paragraphs with a hint. */
function prompts(list: readonly Prompt[]): string[] {
  const parts: string[] = [];
  let labels: string[] = [];
  for (const p of list) {
    if (p.size === 'line') {
      labels.push(`- **${own(p.prompt)}:**`);
      continue;
    }
    if (labels.length > 0) parts.push(labels.join('\n'));
    labels = [];
    parts.push(`**${own(p.prompt)}**${p.hint === undefined ? '' : `\\\n*${own(p.hint)}*`}`);
  }
  if (labels.length > 0) parts.push(labels.join('\n'));
  return parts;
}

/** Each urgency as a bold line, then its actions as items with status, owner and date on one line. */
function checklist(groups: readonly ChecklistGroup[], columns: ChecklistColumns): string[] {
  return groups.flatMap((group) => [
    `**${own(group.heading)}**`,
    group.items.flatMap((item) => listItem(checklistListItem(item, columns), '')).join('\n'),
  ]);
}

function blocks(list: readonly Block[], depth: number): string[] {
  return list.flatMap((block) => render(block, depth));
}

function render(block: Block, depth: number): string[] {
  switch (block.type) {
    case 'paragraph':
      return [joined(inline(block.text), '')];
    case 'notice':
      return [`> ${joined(inline(block.text), '> ')}`];
    case 'fields':
      return [block.fields.map((field) => fieldLine(field, '')).join('\n')];
    case 'list':
      return [block.items.flatMap((item) => listItem(item, '')).join('\n')];
    case 'checklist':
      return checklist(block.groups, block.columns);
    case 'prompts':
      return prompts(block.prompts);
    case 'subsection':
      return [`${'#'.repeat(Math.min(depth, 6))} ${own(block.heading)}`, ...blocks(block.blocks, depth + 1)];
  }
}

export function noteToMarkdown(note: Note): string {
  const parts = [`# ${own(note.title)}`, ...blocks(note.preamble, 2)];
  for (const section of note.sections) parts.push(`## ${own(section.heading)}`, ...blocks(section.blocks, 3));
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
