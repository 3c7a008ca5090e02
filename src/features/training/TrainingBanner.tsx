import { useId } from 'react';
import { bannerWords as words, modeWords, type TrainingMode } from '../../content/trainingUi';
import './training.css';

interface Props {
  readonly scenarioTitle: string;
  readonly mode: TrainingMode;
  readonly onEnd: () => void;
}

/**
 * On every training screen, and on paper when printed: anyone glancing at the projector, or at a
 * printout left on a desk, must be able to tell at once that this is not a real incident.
 */
export function TrainingBanner({ scenarioTitle, mode, onEnd }: Props) {
  const titleId = useId();
  return (
    <section className="training-banner" aria-labelledby={titleId}>
      <div className="training-banner__text">
        <p id={titleId} className="training-banner__title">
          {words.title}
        </p>
        <p className="training-banner__detail">
          <span className="training-banner__label">{words.scenarioLabel}</span> {scenarioTitle}
          {' · '}
          <span className="training-banner__label">{words.modeLabel}</span> {modeWords[mode]}
        </p>
      </div>
      <button type="button" className="button button--secondary training-banner__end no-print" onClick={onEnd}>
        {words.end}
      </button>
    </section>
  );
}
