/**
 * A checklist line as a list item, for the text formats (Markdown and plain text): the action's
 * title, its note underneath, and status, owner and date together on one line. Each format then
 * draws the item its own way.
 */
import type { ChecklistItem, ListItem } from './types';

export interface ChecklistColumns {
  readonly status: string;
  readonly owner: string;
  readonly due: string;
}

export function checklistListItem(item: ChecklistItem, columns: ChecklistColumns): ListItem {
  return {
    title: item.title,
    ...(item.note === undefined ? {} : { text: item.note }),
    fieldsInline: true,
    fields: [
      { label: columns.status, value: item.status },
      { label: columns.owner, value: item.owner },
      { label: columns.due, value: item.due },
    ],
  };
}
