import { useEffect, useRef } from 'react';
import type { PresenterAction } from '../../content/presenter';

/**
 * The keys, in one place so the list shown to the room is drawn from the same table the listener
 * uses and cannot drift from it. Letters are the main keys: arrows already mean something in radio
 * groups, text and selects, so they are only a second way in, away from form controls.
 */
export const presenterKeys: Readonly<Record<PresenterAction, { readonly letter: string; readonly arrow?: 'ArrowRight' | 'ArrowLeft' }>> = {
  next: { letter: 'n', arrow: 'ArrowRight' },
  back: { letter: 'b', arrow: 'ArrowLeft' },
  reveal: { letter: 'r' },
  diagram: { letter: 'd' },
};

const actions = Object.keys(presenterKeys) as readonly PresenterAction[];

export interface PresenterShortcutOptions {
  /** Off by default in the app: single-key shortcuts must be able to be turned off (WCAG 2.1.4). */
  readonly enabled: boolean;
  readonly onNext: () => void;
  readonly onBack: () => void;
  readonly onReveal: () => void;
  readonly onDiagram: () => void;
}

type Handlers = Omit<PresenterShortcutOptions, 'enabled'>;

const handlerFor: Readonly<Record<PresenterAction, keyof Handlers>> = {
  next: 'onNext',
  back: 'onBack',
  reveal: 'onReveal',
  diagram: 'onDiagram',
};

/** Single-key shortcuts for a trainer at a projector, listened for on the whole document. */
export function usePresenterShortcuts({ enabled, ...handlers }: PresenterShortcutOptions): void {
  // The latest callbacks without re-adding the listener on every render of the caller.
  const latest = useRef<Handlers>(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = presenterActionFor(event);
      if (action === null) return;
      // Otherwise the arrows would also scroll the page sideways under the room.
      event.preventDefault();
      latest.current[handlerFor[action]]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

/** The shortcut a key press stands for, or null when the key belongs to whatever has focus. */
function presenterActionFor(event: KeyboardEvent): PresenterAction | null {
  // Something on the page has already used the key; a held key would race through screens
  // faster than the room can follow; an input method is still composing a character.
  if (event.defaultPrevented || event.repeat || event.isComposing) return null;
  // Ctrl, Alt and Cmd keys are the browser's and the assistive technology's, never ours.
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const focus = event.target instanceof Element ? event.target : null;
  if (event.key.length === 1) {
    if (focus !== null && takesTyping(focus)) return null;
    const letter = event.key.toLowerCase();
    return actions.find((action) => presenterKeys[action].letter === letter) ?? null;
  }
  const byArrow = actions.find((action) => presenterKeys[action].arrow === event.key);
  // Shift with an arrow extends a text selection; form controls and composite widgets move with arrows.
  if (byArrow === undefined || event.shiftKey || (focus !== null && usesArrows(focus))) return null;
  return byArrow;
}

/** Input types where a printable key is not typed into the field. */
const notTypedInto = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'file', 'color', 'range', 'hidden']);

const editable = '[contenteditable]:not([contenteditable="false"])';

/** Widgets that take letters: text entry, and lists and menus that jump to an item by its first letter. */
const typingWidgets = [
  'textarea',
  'select',
  editable,
  ...['textbox', 'searchbox', 'combobox', 'spinbutton', 'listbox', 'menu', 'menubar', 'tree', 'treegrid', 'grid'].map(
    (role) => `[role="${role}"]`,
  ),
].join(',');

/** Anything where an arrow key already moves a caret, a choice or a selection. */
const arrowWidgets = [
  'input',
  'textarea',
  'select',
  editable,
  ...[
    'radiogroup',
    'radio',
    'slider',
    'tablist',
    'toolbar',
    'textbox',
    'searchbox',
    'combobox',
    'spinbutton',
    'listbox',
    'menu',
    'menubar',
    'tree',
    'treegrid',
    'grid',
  ].map((role) => `[role="${role}"]`),
].join(',');

function takesTyping(element: Element): boolean {
  if (element instanceof HTMLInputElement) return !notTypedInto.has(element.type);
  return element.closest(typingWidgets) !== null;
}

function usesArrows(element: Element): boolean {
  return element.closest(arrowWidgets) !== null;
}
