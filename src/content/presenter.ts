/**
 * Words of the presenter bar shown in training sessions. Kept with the rest of the content so a
 * trainer can review them; none of them names the practice or anyone in it, because the bar is
 * on the projector.
 */
/** What the presenter's keys do; the words below name each one. */
export type PresenterAction = 'next' | 'back' | 'reveal' | 'diagram';

export const presenterWords = {
  /** Names the bar as a group for screen readers, and tells the room what these controls are. */
  title: 'Presenter',
  presenterView: 'Presenter view (large type, strong contrast)',
  shortcuts: 'Keyboard shortcuts',
  shortcutsHeading: 'Shortcuts on:',
  /** Said beside the list so anyone typing an answer knows their keys are safe. */
  shortcutsNote: 'Not from an answer or a box being typed in.',
  /** Beside the presenter view switch: a clicker works whenever presenter view is on. */
  clickerNote: 'Clicker: Page Down and Page Up move on and back.',
  keyOr: ' or ',
  reset: 'Start this scenario again',
  resetHint: 'Clears the answers from this run and goes back to the first screen.',
} as const;

/**
 * What each shortcut does, in the words of the button it stands for, kept short: the list shares
 * one line of a 1366x768 projector with the question below it.
 */
export const presenterActionWords: Record<PresenterAction, string> = {
  next: 'Continue',
  back: 'Back',
  reveal: 'Show or hide the guidance (walk-through)',
  diagram: 'Whole flow',
};

/** Arrow keys as the room sees them, and as a screen reader says them. */
export const arrowKeyWords = {
  ArrowRight: { symbol: '→', name: 'Right arrow' },
  ArrowLeft: { symbol: '←', name: 'Left arrow' },
} as const;

/** The keys a presentation clicker sends, as printed on a keyboard. */
export const pageKeyWords = {
  PageDown: 'Page Down',
  PageUp: 'Page Up',
} as const;
