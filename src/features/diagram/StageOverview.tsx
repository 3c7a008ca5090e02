import { useId } from 'react';
import type { StepId } from '../../../machines/steps';
import { diagramWords } from '../../content/diagram';
import type { Highlight } from './highlight';
import { markOf } from './highlight';
import { stageOf, type OverviewStage } from './stageOverview';
import './diagram.css';

interface Props {
  readonly stages: readonly OverviewStage[];
  readonly highlight: Highlight;
  readonly selected: StepId | undefined;
  readonly onSelect: (step: StepId) => void;
  /** Opens the detailed drawing at full size, scrolled to the stage. */
  readonly onShowStage: (stage: OverviewStage['id']) => void;
}

/**
 * The flow by stage, sized to one 1366x768 projected screen at a readable size (the detailed
 * drawing fitted to a screen is about a third of full size): each stage a box listing its screens,
 * the incident's place marked in words ("You are here", "Seen") as well as by border and weight.
 * A screen opens its guidance in the panel beside; a stage opens its part of the drawing.
 */
export function StageOverview({ stages, highlight, selected, onSelect, onShowStage }: Props) {
  const headingId = useId();
  const here = stageOf(stages, highlight.current);
  return (
    <section className="stage-overview" aria-labelledby={headingId}>
      <h2 id={headingId} className="stage-overview__heading">
        {diagramWords.overviewHeading}
      </h2>
      <ol className="stage-overview__stages">
        {stages.map((stage, index) => (
          <li key={stage.id} className={`stage-overview__stage${stage.id === here ? ' stage-overview__stage--here' : ''}`}>
            <h3 className="stage-overview__title">{stage.id === 'side' ? stage.label : diagramWords.stageTitle(index + 1, stage.label)}</h3>
            <ul className="stage-overview__screens">
              {stage.screens.map((screen) => {
                const mark = markOf(screen.id, highlight);
                return (
                  <li key={screen.id} className={`stage-overview__screen stage-overview__screen--${mark}`}>
                    {mark === 'current' ? <strong className="stage-overview__here">{diagramWords.youAreHere}</strong> : null}
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={screen.id === selected}
                      // On the button, so it is heard as each screen is reached with Tab.
                      aria-current={mark === 'current' ? 'step' : undefined}
                      onClick={() => onSelect(screen.id)}
                    >
                      {mark === 'seen' ? (
                        <>
                          <span aria-hidden="true">{diagramWords.seenMark} </span>
                          <span className="visually-hidden">{diagramWords.seen}: </span>
                        </>
                      ) : null}
                      {screen.label}
                    </button>
                  </li>
                );
              })}
            </ul>
            {stage.id === 'side' ? null : (
              <button type="button" className="link-button stage-overview__show" onClick={() => onShowStage(stage.id)}>
                {diagramWords.showStage}
                <span className="visually-hidden"> ({stage.label})</span>
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
