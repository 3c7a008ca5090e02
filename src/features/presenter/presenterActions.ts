import { revealWords } from '../../content/trainingUi';
import { ui } from '../../content/ui';

/*
 * What the presenter's shortcuts do, done by pressing the same buttons a person would. Going
 * through the screen's own Continue keeps the form's checks and error summary in the path, so a
 * shortcut can never skip an unanswered question.
 */

/** Presses the current screen's Continue, if it has one. Returns whether anything was pressed. */
export function clickContinue(root: ParentNode = document): boolean {
  const button = buttonNamed(root, ui.continue);
  button?.click();
  return button !== null;
}

/**
 * Opens or closes the walk-through's "what the guidance says", if this screen has it. Nothing is
 * scrolled: the panel opens beside the question (training's side column), so the question stays
 * where the room was reading it.
 */
export function toggleReveal(root: ParentNode = document): boolean {
  const button = buttonNamed(root, revealWords.toggle);
  if (button === null) return false;
  button.click();
  return true;
}

/**
 * The first usable button in the page's main content whose accessible text is exactly `name`:
 * exact, so "Continue later" is never taken for "Continue"; in main, so the bars around the page
 * are never pressed by mistake.
 */
function buttonNamed(root: ParentNode, name: string): HTMLButtonElement | null {
  const main = root instanceof Element && root.matches('main') ? root : root.querySelector('main');
  if (main === null) return null;
  for (const button of main.querySelectorAll('button')) {
    if (!button.disabled && button.closest('[hidden], [inert]') === null && nameOf(button) === name) return button;
  }
  return null;
}

/** Near enough the accessible name for the app's own buttons: their label or their text. */
function nameOf(button: HTMLButtonElement): string {
  return (button.getAttribute('aria-label') ?? button.textContent).replace(/\s+/g, ' ').trim();
}
