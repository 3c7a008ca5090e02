import type { FormEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { presenterActionWords, presenterWords } from '../../src/content/presenter';
import { revealWords } from '../../src/content/trainingUi';
import { forgetPresenterChoices, PresenterControls, presenterModeClass } from '../../src/features/presenter/PresenterControls';
import { clickContinue, toggleReveal } from '../../src/features/presenter/presenterActions';
import { usePresenterShortcuts, type PresenterShortcutOptions } from '../../src/features/presenter/usePresenterShortcuts';

function handlers() {
  return { onNext: vi.fn(), onBack: vi.fn(), onReveal: vi.fn(), onDiagram: vi.fn() };
}

/** The hook on its own, with a page of the controls a wizard screen has. */
function ShortcutHarness(props: PresenterShortcutOptions) {
  usePresenterShortcuts(props);
  return (
    <main>
      <label htmlFor="name">Name</label>
      <input id="name" type="text" />
      <label htmlFor="details">Details</label>
      <textarea id="details" />
      <label htmlFor="platform">Platform</label>
      <select id="platform">
        <option>Facebook</option>
        <option>Nextdoor</option>
      </select>
      <div contentEditable suppressContentEditableWarning data-testid="editable">
        Editable
      </div>
      <fieldset>
        <legend>Is anyone in danger?</legend>
        <input id="yes" type="radio" name="danger" />
        <label htmlFor="yes">Yes</label>
      </fieldset>
      <button type="button">Somewhere to focus</button>
    </main>
  );
}

function renderShortcuts(enabled = true) {
  const calls = handlers();
  const view = render(<ShortcutHarness enabled={enabled} {...calls} />);
  return { calls, ...view };
}

afterEach(() => {
  forgetPresenterChoices();
});

describe('presenter shortcuts', () => {
  it('fires next, back, reveal and diagram for their letters and arrows', () => {
    const { calls } = renderShortcuts();
    fireEvent.keyDown(document.body, { key: 'n' });
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    fireEvent.keyDown(document.body, { key: 'b' });
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.body, { key: 'R' }); // caps lock on
    fireEvent.keyDown(document.body, { key: 'd' });
    expect(calls.onNext).toHaveBeenCalledTimes(2);
    expect(calls.onBack).toHaveBeenCalledTimes(2);
    expect(calls.onReveal).toHaveBeenCalledTimes(1);
    expect(calls.onDiagram).toHaveBeenCalledTimes(1);
  });

  it('work with focus on a button, as after pressing Continue', async () => {
    const { calls } = renderShortcuts();
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Somewhere to focus' }).focus();
    await user.keyboard('n');
    expect(calls.onNext).toHaveBeenCalledTimes(1);
  });

  it('never fire while typing in a text box, a textarea, a select or editable text', async () => {
    const { calls } = renderShortcuts();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'nbrd');
    await user.type(screen.getByRole('textbox', { name: 'Details' }), 'Brand new');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('nbrd');
    screen.getByRole('combobox', { name: 'Platform' }).focus();
    await user.keyboard('n');
    fireEvent.keyDown(screen.getByTestId('editable'), { key: 'd' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Name' }), { key: 'ArrowLeft' });
    expect(Object.values(calls).every((call) => call.mock.calls.length === 0)).toBe(true);
  });

  it('never fire from a radio: its arrows change the answer, and the browser still gets them', () => {
    const { calls } = renderShortcuts();
    const radio = screen.getByRole('radio', { name: 'Yes' });
    // fireEvent returns false when a listener called preventDefault, which would stop the radio moving.
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) expect(fireEvent.keyDown(radio, { key })).toBe(true);
    fireEvent.keyDown(radio, { key: 'n' });
    fireEvent.keyDown(radio, { key: 'b' });
    expect(Object.values(calls).every((call) => call.mock.calls.length === 0)).toBe(true);
  });

  it('type an n into a text box after typing, and leave its arrows to the caret', async () => {
    const { calls } = renderShortcuts();
    const user = userEvent.setup();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.type(name, 'Ja');
    await user.keyboard('n');
    expect(name).toHaveValue('Jan');
    expect(fireEvent.keyDown(name, { key: 'ArrowRight' })).toBe(true);
    expect(calls.onNext).not.toHaveBeenCalled();
  });

  it('take the arrows, and stop them scrolling the page, away from form controls', () => {
    const { calls } = renderShortcuts();
    expect(fireEvent.keyDown(document.body, { key: 'ArrowRight' })).toBe(false);
    expect(fireEvent.keyDown(screen.getByRole('button', { name: 'Somewhere to focus' }), { key: 'ArrowLeft' })).toBe(false);
    expect(calls.onNext).toHaveBeenCalledTimes(1);
    expect(calls.onBack).toHaveBeenCalledTimes(1);
  });

  it('never fire with Ctrl, Alt or Cmd held, or for a held-down key', () => {
    const { calls } = renderShortcuts();
    fireEvent.keyDown(document.body, { key: 'r', ctrlKey: true }); // reload
    fireEvent.keyDown(document.body, { key: 'd', altKey: true });
    fireEvent.keyDown(document.body, { key: 'n', metaKey: true });
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', altKey: true }); // browser Back
    fireEvent.keyDown(document.body, { key: 'n', repeat: true });
    expect(Object.values(calls).every((call) => call.mock.calls.length === 0)).toBe(true);
  });

  it('do nothing when switched off, and stop when switched off later', () => {
    const { calls, rerender } = renderShortcuts(false);
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(calls.onNext).not.toHaveBeenCalled();
    rerender(<ShortcutHarness enabled {...calls} />);
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(calls.onNext).toHaveBeenCalledTimes(1);
    rerender(<ShortcutHarness enabled={false} {...calls} />);
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(calls.onNext).toHaveBeenCalledTimes(1);
  });

  it('call the latest callbacks after a re-render', () => {
    const first = handlers();
    const second = handlers();
    const { rerender } = render(<ShortcutHarness enabled {...first} />);
    rerender(<ShortcutHarness enabled {...second} />);
    fireEvent.keyDown(document.body, { key: 'b' });
    expect(first.onBack).not.toHaveBeenCalled();
    expect(second.onBack).toHaveBeenCalledTimes(1);
  });

  it('ignore other keys', () => {
    const { calls } = renderShortcuts();
    for (const key of ['x', ' ', 'Enter', 'ArrowUp', 'Tab']) fireEvent.keyDown(document.body, { key });
    expect(Object.values(calls).every((call) => call.mock.calls.length === 0)).toBe(true);
  });
});

/** The hook with only a clicker's keys on, as in presenter view with the shortcuts switch off. */
function renderClicker(pageKeys = true) {
  const calls = handlers();
  render(<ShortcutHarness enabled={false} pageKeys={pageKeys} {...calls} />);
  return calls;
}

describe('a presentation clicker (Page Down and Page Up)', () => {
  it('moves on and back, with the page kept from scrolling, while the letter shortcuts are off', () => {
    const calls = renderClicker();
    expect(fireEvent.keyDown(document.body, { key: 'PageDown' })).toBe(false);
    expect(fireEvent.keyDown(document.body, { key: 'PageUp' })).toBe(false);
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(calls.onNext).toHaveBeenCalledTimes(1);
    expect(calls.onBack).toHaveBeenCalledTimes(1);
  });

  it('still works from the radio just chosen, which a clicker cannot move off', () => {
    const calls = renderClicker();
    fireEvent.keyDown(screen.getByRole('radio', { name: 'Yes' }), { key: 'PageDown' });
    expect(calls.onNext).toHaveBeenCalledTimes(1);
  });

  it('leaves Page Down and Page Up to a text box, a textarea, a select and editable text', () => {
    const calls = renderClicker();
    for (const target of [
      screen.getByRole('textbox', { name: 'Name' }),
      screen.getByRole('textbox', { name: 'Details' }),
      screen.getByRole('combobox', { name: 'Platform' }),
      screen.getByTestId('editable'),
    ]) {
      expect(fireEvent.keyDown(target, { key: 'PageDown' })).toBe(true);
      expect(fireEvent.keyDown(target, { key: 'PageUp' })).toBe(true);
    }
    expect(calls.onNext).not.toHaveBeenCalled();
    expect(calls.onBack).not.toHaveBeenCalled();
  });

  it('lets Page Down scroll the page where there is nothing to press, as on the plan', () => {
    const calls = handlers();
    calls.onNext.mockReturnValue(false);
    render(<ShortcutHarness enabled={false} pageKeys {...calls} />);
    expect(fireEvent.keyDown(document.body, { key: 'PageDown' })).toBe(true);
    expect(calls.onNext).toHaveBeenCalledTimes(1);
  });

  it('does nothing when off, held down, or with Shift or Ctrl', () => {
    const off = renderClicker(false);
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(off.onNext).not.toHaveBeenCalled();
    cleanup();
    const on = renderClicker();
    fireEvent.keyDown(document.body, { key: 'PageDown', repeat: true });
    fireEvent.keyDown(document.body, { key: 'PageDown', shiftKey: true });
    fireEvent.keyDown(document.body, { key: 'PageUp', ctrlKey: true }); // the browser's next tab
    expect(on.onNext).not.toHaveBeenCalled();
    expect(on.onBack).not.toHaveBeenCalled();
  });
});

function renderControls() {
  const calls = { ...handlers(), onReset: vi.fn() };
  const user = userEvent.setup();
  const view = render(<PresenterControls {...calls} />);
  return { calls, user, ...view };
}

describe('presenter controls', () => {
  it('has its switches as labelled checkboxes, both off at first', () => {
    renderControls();
    expect(screen.getByRole('group', { name: presenterWords.title })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: presenterWords.presenterView })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: presenterWords.shortcuts })).not.toBeChecked();
    expect(screen.queryByText(presenterWords.shortcutsHeading)).toBeNull();
  });

  it('puts presenter view on the whole page, and takes it off when unticked or closed', async () => {
    const { user, unmount } = renderControls();
    const root = document.documentElement;
    const presenterView = screen.getByRole('checkbox', { name: presenterWords.presenterView });
    await user.click(presenterView);
    expect(root).toHaveClass(presenterModeClass);
    await user.click(presenterView);
    expect(root).not.toHaveClass(presenterModeClass);
    await user.click(presenterView);
    unmount();
    expect(root).not.toHaveClass(presenterModeClass);
  });

  it('keeps the switches when the scenario starts again (a new incident view)', async () => {
    const first = renderControls();
    await first.user.click(screen.getByRole('checkbox', { name: presenterWords.presenterView }));
    await first.user.click(screen.getByRole('checkbox', { name: presenterWords.shortcuts }));
    first.unmount();
    const second = renderControls();
    expect(screen.getByRole('checkbox', { name: presenterWords.presenterView })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: presenterWords.shortcuts })).toBeChecked();
    expect(document.documentElement).toHaveClass(presenterModeClass);
    second.unmount();
  });

  it('listens for shortcuts only once they are switched on, and lists them for the room', async () => {
    const { calls, user } = renderControls();
    await user.keyboard('n');
    expect(calls.onNext).not.toHaveBeenCalled();
    await user.click(screen.getByRole('checkbox', { name: presenterWords.shortcuts }));
    expect(screen.getByText(presenterWords.shortcutsHeading)).toBeVisible();
    for (const words of Object.values(presenterActionWords)) expect(screen.getByText(words)).toBeVisible();
    expect(screen.getByText('Right arrow')).toBeInTheDocument();
    expect(screen.getByText('Page Down')).toBeVisible();
    await user.keyboard('nbrd');
    expect(calls.onNext).toHaveBeenCalledTimes(1);
    expect(calls.onBack).toHaveBeenCalledTimes(1);
    expect(calls.onReveal).toHaveBeenCalledTimes(1);
    expect(calls.onDiagram).toHaveBeenCalledTimes(1);
  });

  it('lets a clicker move on as soon as presenter view is on, and says so', async () => {
    const { calls, user } = renderControls();
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(calls.onNext).not.toHaveBeenCalled();
    expect(screen.queryByText(presenterWords.clickerNote)).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: presenterWords.presenterView }));
    expect(screen.getByText(presenterWords.clickerNote)).toBeVisible();
    // Focus is on the switch just ticked: the bar's own switches are not answers.
    await user.keyboard('{PageDown}');
    expect(calls.onNext).toHaveBeenCalledTimes(1);
    await user.keyboard('n');
    expect(calls.onNext).toHaveBeenCalledTimes(1); // letters wait for the shortcuts switch
  });

  it('starts the scenario again in one step', async () => {
    const { calls, user } = renderControls();
    const reset = screen.getByRole('button', { name: presenterWords.reset });
    expect(reset).toHaveAccessibleDescription(presenterWords.resetHint);
    await user.click(reset);
    expect(calls.onReset).toHaveBeenCalledTimes(1);
  });
});

describe('presenter actions', () => {
  it('clickContinue presses the button named exactly Continue in main', async () => {
    const submitted = vi.fn((event: FormEvent) => event.preventDefault());
    const later = vi.fn();
    const outside = vi.fn();
    render(
      <>
        <button type="button" onClick={outside}>
          Continue
        </button>
        <main>
          <button type="button" onClick={later}>
            Continue later
          </button>
          <form onSubmit={submitted}>
            <button type="submit">Continue</button>
          </form>
        </main>
      </>,
    );
    expect(clickContinue()).toBe(true);
    expect(submitted).toHaveBeenCalledTimes(1);
    expect(later).not.toHaveBeenCalled();
    expect(outside).not.toHaveBeenCalled();
  });

  it('clickContinue presses nothing on a page without Continue', () => {
    const later = vi.fn();
    render(
      <main>
        <button type="button" onClick={later}>
          Continue later
        </button>
        <button type="button" disabled>
          Continue
        </button>
      </main>,
    );
    expect(clickContinue()).toBe(false);
    expect(later).not.toHaveBeenCalled();
  });

  it('toggleReveal presses the reveal button if the screen has one', () => {
    const reveal = vi.fn();
    const { unmount } = render(
      <main>
        <button type="button" aria-expanded="false" onClick={reveal}>
          {revealWords.toggle}
        </button>
      </main>,
    );
    expect(toggleReveal()).toBe(true);
    expect(reveal).toHaveBeenCalledTimes(1);
    unmount();
    render(<main />);
    expect(toggleReveal()).toBe(false);
  });
});
