import { useId, useLayoutEffect, useState } from 'react';
import { arrowKeyWords, pageKeyWords, presenterActionWords, presenterWords as words } from '../../content/presenter';
import type { PresenterAction } from '../../content/presenter';
import { presenterKeys, usePresenterShortcuts } from './usePresenterShortcuts';
import './presenter.css';

interface Props {
  /** False when there was nothing to press, so the key keeps its own meaning (scrolling the plan). */
  readonly onNext: () => boolean | void;
  readonly onBack: () => boolean | void;
  readonly onReveal: () => boolean | void;
  readonly onDiagram: () => boolean | void;
  /** Starts the scenario afresh: training answers are throwaway, so no confirmation. */
  readonly onReset: () => void;
}

/** The class on <html> that presenter.css keys on. */
export const presenterModeClass = 'presenter-mode';

interface PresenterChoices {
  readonly presenterView: boolean;
  readonly shortcuts: boolean;
}

const firstChoices: PresenterChoices = { presenterView: false, shortcuts: false };

/*
 * Kept for the life of the tab, outside React: starting the scenario again mounts a new incident
 * view, and the trainer should not have to set up the projector again in front of the room.
 * Memory only, like the rest of training, and nothing in it says who is presenting.
 */
let remembered: PresenterChoices = firstChoices;

/** Back to both switches off, as on a fresh page load (for tests). */
export function forgetPresenterChoices(): void {
  remembered = firstChoices;
}

/**
 * The trainer's bar in a training incident: presenter view for the projector, single-key
 * shortcuts (off until asked for, and listed on screen while on), and a one-step restart.
 */
export function PresenterControls({ onNext, onBack, onReveal, onDiagram, onReset }: Props) {
  const [choices, setChoices] = useState(remembered);
  const choose = (change: Partial<PresenterChoices>) => {
    remembered = { ...choices, ...change };
    setChoices(remembered);
  };
  usePresenterMode(choices.presenterView);
  usePresenterShortcuts({
    enabled: choices.shortcuts,
    pageKeys: choices.presenterView || choices.shortcuts,
    onNext,
    onBack,
    onReveal,
    onDiagram,
  });
  const ids = { title: useId(), view: useId(), shortcuts: useId(), reset: useId() };

  return (
    // data-presenter-bar: presenterBarAttribute, so the shortcuts still work from these switches.
    <div className="presenter-controls no-print" role="group" aria-labelledby={ids.title} data-presenter-bar="">
      <div className="presenter-controls__row">
        <p id={ids.title} className="presenter-controls__title">
          {words.title}
        </p>
        <div className="choice choice--inline presenter-controls__switch">
          <input
            id={ids.view}
            type="checkbox"
            className="choice__input choice__input--small"
            checked={choices.presenterView}
            onChange={(event) => choose({ presenterView: event.currentTarget.checked })}
          />
          <label htmlFor={ids.view} className="choice__label">
            {words.presenterView}
          </label>
        </div>
        <div className="choice choice--inline presenter-controls__switch">
          <input
            id={ids.shortcuts}
            type="checkbox"
            className="choice__input choice__input--small"
            checked={choices.shortcuts}
            onChange={(event) => choose({ shortcuts: event.currentTarget.checked })}
          />
          <label htmlFor={ids.shortcuts} className="choice__label">
            {words.shortcuts}
          </label>
        </div>
        {choices.presenterView && !choices.shortcuts ? <p className="presenter-controls__note">{words.clickerNote}</p> : null}
        <button type="button" className="button button--secondary presenter-controls__reset" aria-describedby={ids.reset} onClick={onReset}>
          {words.reset}
        </button>
        <span id={ids.reset} className="visually-hidden">
          {words.resetHint}
        </span>
      </div>
      {choices.shortcuts ? <ShortcutList /> : null}
    </div>
  );
}

/** Large type and strong contrast for the whole page while on; gone again when off or closed. */
function usePresenterMode(on: boolean): void {
  // Before paint, so turning it on or restarting the scenario never flashes the small page.
  useLayoutEffect(() => {
    if (!on) return;
    const root = document.documentElement;
    root.classList.add(presenterModeClass);
    return () => root.classList.remove(presenterModeClass);
  }, [on]);
}

/** On screen while the shortcuts are on, so the room can see what the trainer's keys will do. */
function ShortcutList() {
  return (
    <div className="presenter-shortcuts">
      <p className="presenter-shortcuts__heading">{words.shortcutsHeading}</p>
      <dl className="presenter-shortcuts__list">
        {(Object.keys(presenterKeys) as PresenterAction[]).map((action) => (
          <div key={action} className="presenter-shortcuts__item">
            <dt>
              <KeysFor action={action} />
            </dt>
            <dd>{presenterActionWords[action]}</dd>
          </div>
        ))}
      </dl>
      <p className="presenter-shortcuts__note">{words.shortcutsNote}</p>
    </div>
  );
}

function KeysFor({ action }: { readonly action: PresenterAction }) {
  const { letter, arrow, page } = presenterKeys[action];
  return (
    <>
      <kbd>{letter.toUpperCase()}</kbd>
      {arrow === undefined ? null : (
        <>
          {words.keyOr}
          <kbd>
            <span aria-hidden="true">{arrowKeyWords[arrow].symbol}</span>
            <span className="visually-hidden">{arrowKeyWords[arrow].name}</span>
          </kbd>
        </>
      )}
      {page === undefined ? null : (
        <>
          {words.keyOr}
          <kbd>{pageKeyWords[page]}</kbd>
        </>
      )}
    </>
  );
}
