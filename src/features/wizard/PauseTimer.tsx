import { useEffect, useState } from 'react';
import { ui } from '../../content/ui';

const pauseSeconds = 60;

/**
 * An optional one-minute pause on the "stay calm" screen. It lives in the view on purpose: it only
 * counts down and never moves the user on, so the statechart has nothing to decide.
 */
export function PauseTimer() {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  useEffect(() => {
    if (secondsLeft === null || secondsLeft <= 0) return;
    const timer = window.setTimeout(() => setSecondsLeft(secondsLeft - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [secondsLeft]);

  if (secondsLeft === null) {
    return (
      <div className="pause">
        <button type="button" className="button button--secondary" onClick={() => setSecondsLeft(pauseSeconds)}>
          {ui.pause.start}
        </button>
        <p className="hint">{ui.pause.note}</p>
      </div>
    );
  }
  return (
    <div className="pause">
      {/* Only the end is announced: a screen reader reading every second would be no calmer. */}
      <p className="pause__count" aria-hidden={secondsLeft > 0}>
        {secondsLeft > 0 ? ui.pause.running(secondsLeft) : null}
      </p>
      <p role="status">{secondsLeft <= 0 ? ui.pause.done : ''}</p>
    </div>
  );
}
