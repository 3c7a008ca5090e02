/**
 * The note as plain text, for pasting into the practice's incident log or an email. Lines are not
 * wrapped at a width: the program it is pasted into wraps them, and hard-wrapped text pastes badly.
 *
 * Plain text has no markup to escape, but it has a layout that a reader trusts: headings on their
 * own line, "- " items, "Label: value". Typed text is made inert (no bidirectional or control
 * characters), and any line break in it is indented under the line it belongs to, so typed text
 * can never look like a heading, an action or a label of the note's own.
 */
import { plainLine, textLines } from './escape';
import { checklistListItem, type ChecklistColumns } from './checklistListItem';
import type { Block, ChecklistGroup, Field, ListItem, Note, Prompt, Text } from './types';

function linesOf(text: Text): string[] {
  return textLines(text).map((line) => line.map((run) => run.text).join(''));
}

/**
 * "Label: value" when the value is one line. A value of several lines goes below its label, each
 * line behind a bar, so no typed line can start where a heading, an item or a label would.
 */
function labelled(lead: string, text: Text, indent: string): string {
  const lines = linesOf(text);
  if (lines.length <= 1) return `${lead}${lines[0] ?? ''}`.trimEnd();
  const head = lead.trimEnd();
  return [...(head === '' ? [] : [head]), ...lines.map((line) => `${indent}  | ${line}`)].join('\n');
}

function own(text: string): string {
  return linesOf([{ text, typed: false }]).join(' ');
}

function fieldLine(field: Field, indent: string): string {
  return labelled(`${indent}${own(field.label)}: `, field.value, indent);
}

function listItem(item: ListItem, indent: string): string {
  const inner = `${indent}  `;
  const together = item.fieldsInline === true ? (item.fields ?? []) : [];
  const lines: string[] = [];
  if (item.title !== undefined) lines.push(`${indent}- ${own(item.title)}`);
  if (item.text !== undefined) {
    lines.push(lines.length === 0 ? labelled(`${indent}- `, item.text, indent) : labelled(inner, item.text, inner));
  }
  if (lines.length === 0) lines.push(`${indent}-`);
  if (together.length > 0) {
    lines.push(`${inner}${together.map((field) => `${own(field.label)}: ${plainLine(field.value)}`).join('; ')}`);
  }
  for (const detail of item.details ?? []) lines.push(labelled(`${inner}- `, detail, inner));
  if (together.length === 0) for (const field of item.fields ?? []) lines.push(fieldLine(field, inner));
  return lines.join('\n');
}

function prompts(list: readonly Prompt[]): string[] {
  const parts: string[] = [];
  let labels: string[] = [];
  for (const p of list) {
    if (p.size === 'line') {
      labels.push(`${own(p.prompt)}:`);
      continue;
    }
    if (labels.length > 0) parts.push(labels.join('\n'));
    labels = [];
    parts.push(p.hint === undefined ? own(p.prompt) : `${own(p.prompt)}\n${own(p.hint)}`);
  }
  if (labels.length > 0) parts.push(labels.join('\n'));
  return parts;
}

/** Each urgency on its own line, then its actions as items with status, owner and date on one line. */
function checklist(groups: readonly ChecklistGroup[], columns: ChecklistColumns): string[] {
  return groups.flatMap((group) => [
    `${own(group.heading)}:`,
    group.items.map((item) => listItem(checklistListItem(item, columns), '')).join('\n'),
  ]);
}

function render(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'notice':
      return [labelled('', block.text, '')];
    case 'fields':
      return [block.fields.map((field) => fieldLine(field, '')).join('\n')];
    case 'list':
      return [block.items.map((item) => listItem(item, '')).join('\n')];
    case 'checklist':
      return checklist(block.groups, block.columns);
    case 'prompts':
      return prompts(block.prompts);
    case 'subsection':
      return [own(block.heading), ...block.blocks.flatMap(render)];
  }
}

export function noteToPlainText(note: Note): string {
  const parts = [own(note.title), ...note.preamble.flatMap(render)];
  for (const section of note.sections) parts.push(own(section.heading), ...section.blocks.flatMap(render));
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
