/**
 * The plan's checklist as a person reads it: each action is a line whose heading is its short
 * title (`glance`) followed, for screen readers, by its status; the line opens to the rest.
 */
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { actions } from '../../src/content/actions';
import { glanceOf as glanceOfAction } from '../../src/plan/recommend';
import { actionProgressWords } from '../../src/content/ui';

/** The ", To do" (or Done, Not needed) a line's heading ends with, for screen readers. */
const statusWords = new RegExp(`, (${Object.values(actionProgressWords.statuses).join('|')})$`);

export type ActionId = keyof typeof actions;

/** The line an action shows in the checklist: its short title, or its title when that is short. */
export function glanceOf(id: ActionId): string {
  return glanceOfAction(actions[id]);
}

/** Matches a name that begins with `text`, taken literally. */
export const startingWith = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** The checklist line for an action, found by its heading. */
export function actionRow(id: ActionId): HTMLElement {
  return screen.getByRole('heading', { level: 3, name: startingWith(glanceOf(id)) }).closest('li')!;
}

/** Opens an action's line (its title is the button) and returns the line. */
export async function openAction(user: UserEvent, id: ActionId): Promise<HTMLElement> {
  const row = actionRow(id);
  const toggle = within(row).getByRole('button', { name: startingWith(glanceOf(id)) });
  if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
  return row;
}

/** Every line's short title, in order, without the Emergency tag or the status read out after it. */
export function planLineTitles(): string[] {
  return screen.getAllByRole('heading', { level: 3 }).map((h) =>
    (h.textContent ?? '')
      .replace(/^Emergency\s*/, '')
      .replace(statusWords, '')
      .trim(),
  );
}
