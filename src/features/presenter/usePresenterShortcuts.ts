import { useEffect, useRef } from 'react';
import type { PresenterAction } from '../../content/presenter';

/**
 * The keys, in one place so the list shown to the room is drawn from the same table the listener
 * uses and cannot drift from it. Letters are the main keys; arrows are a second way in, and a
 * presentation clicker sends Page Down and Page Up. None of them fires from a form control: there a
 * letter is typed and an arrow changes the answer (a radio group moves its choice with every arrow).
 */
export const presenterKeys: Readonly<
  Record<PresenterAction, { readonly letter: string; readonly arrow?: 'ArrowRight' | 'ArrowLeft'; readonly page?: 'PageDown' | 'PageUp' }>
> = {
  next: { letter: 'n', arrow: 'ArrowRight', page: 'PageDown' },
  back: { letter: 'b', arrow: 'ArrowLeft', page: 'PageUp' },
  reveal: { letter: 'r' },
  diagram: { letter: 'd' },
};

const actions = Object.keys(presenterKeys) as readonly PresenterAction[];

export interface PresenterShortcutOptions {
  /** Letters and arrows. Off by default in the app: single-key shortcuts must be able to be turned off (WCAG 2.1.4). */
  readonly enabled: boolean;
  /**
   * Page Down and Page Up, the keys a presentation clicker sends. Not character keys, so WCAG
   * 2.1.4 does not ask for a switch: presenter view turns them on, so a clicker simply works.
   */
  readonly pageKeys?: boolean;
  /** Each may return false when there was nothing to do, so the key keeps its own meaning. */
  readonly onNext: () => boolean | void;
  readonly onBack: () => boolean | void;
  readonly onReveal: () => boolean | void;
  readonly onDiagram: () => boolean | void;
}

type Handlers = Omit<PresenterShortcutOptions, 'enabled' | 'pageKeys'>;

const handlerFor: Readonly<Record<PresenterAction, keyof Handlers>> = {
  next: 'onNext',
  back: 'onBack',
  reveal: 'onReveal',
  diagram: 'onDiagram',
};

/** Single-key shortcuts for a trainer at a projector, listened for on the whole document. */
export function usePresenterShortcuts({ enabled, pageKeys = false, ...handlers }: PresenterShortcutOptions): void {
  // The latest callbacks without re-adding the listener on every render of the caller.
  const latest = useRef<Handlers>(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled && !pageKeys) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = presenterActionFor(event, { enabled, pageKeys });
      if (action === null) return;
      // A handler that found nothing to press (no Continue on the plan) leaves the key to the
      // browser, so a clicker still scrolls the plan; otherwise the key would move the page too.
      if (latest.current[handlerFor[action]]() !== false) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, pageKeys]);
}

/** The shortcut a key press stands for, or null when the key belongs to whatever has focus. */
export function presenterActionFor(
  event: Pick<
    KeyboardEvent,
    'key' | 'target' | 'defaultPrevented' | 'repeat' | 'isComposing' | 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey'
  >,
  on: { readonly enabled: boolean; readonly pageKeys: boolean },
): PresenterAction | null {
  // Something on the page has already used the key; a held key would race through screens
  // faster than the room can follow; an input method is still composing a character.
  if (event.defaultPrevented || event.repeat || event.isComposing) return null;
  // Ctrl, Alt and Cmd keys are the browser's and the assistive technology's, never ours.
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const focus = event.target instanceof Element ? event.target : null;
  const byPage = actions.find((action) => presenterKeys[action].page === event.key);
  if (byPage !== undefined) {
    // A clicker cannot move focus, so it still works from the radio or tick box last chosen (Page
    // Down means nothing to them); never from a box being typed in or a list, where it moves.
    if (!on.pageKeys || event.shiftKey || (focus !== null && ownsPageKeys(focus))) return null;
    return byPage;
  }
  if (!on.enabled || (focus !== null && isFormControl(focus) && !inPresenterBar(focus))) return null;
  if (event.key.length === 1) {
    const letter = event.key.toLowerCase();
    return actions.find((action) => presenterKeys[action].letter === letter) ?? null;
  }
  // Shift with an arrow extends a text selection.
  if (event.shiftKey) return null;
  return actions.find((action) => presenterKeys[action].arrow === event.key) ?? null;
}

const editable = '[contenteditable]:not([contenteditable="false"])';

const widgetRoles = [
  'radiogroup',
  'radio',
  'checkbox',
  'switch',
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
];

/** Form controls, and widgets that take letters or arrows: every input, not only the text ones. */
const formControls = ['input', 'textarea', 'select', editable, ...widgetRoles.map((role) => `[role="${role}"]`)].join(',');

/** Input types where Page Down and Page Up mean nothing but scrolling the page. */
const choiceInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'color']);

/**
 * Marks the presenter's own bar. Its switches are not answers, and the trainer has just ticked
 * "Keyboard shortcuts" there, so focus is on it when the first N is pressed.
 */
export const presenterBarAttribute = 'data-presenter-bar';

function inPresenterBar(element: Element): boolean {
  return element.closest(`[${presenterBarAttribute}]`) !== null;
}

function isFormControl(element: Element): boolean {
  return element.closest(formControls) !== null;
}

function ownsPageKeys(element: Element): boolean {
  if (element instanceof HTMLInputElement) return !choiceInputs.has(element.type);
  const widget = element.closest(formControls);
  return widget !== null && !['radiogroup', 'radio', 'checkbox', 'switch'].includes(widget.getAttribute('role') ?? '');
}
