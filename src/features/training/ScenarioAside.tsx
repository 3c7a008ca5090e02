import { useId, type Ref } from 'react';
import { defaultPracticeName } from '../../content/scenarios';
import type { Scenario } from '../../content/scenarioTypes';
import { scenarioAsideWords as words } from '../../content/trainingUi';
import { ScenarioPosts } from './ScenarioCard';
import './training.css';

interface Props {
  readonly scenario: Scenario;
  /** As on the training page: null until the trainer changes it. */
  readonly practiceName: string | null;
  /** Whether a post behind a content note has been opened; held by the session, so it stays open from screen to screen. */
  readonly postOpened: boolean;
  readonly onTogglePost: () => void;
  /** The place in this column where the reveal opens (revealSpot.ts). */
  readonly revealSpotRef?: Ref<HTMLDivElement>;
}

/**
 * The scenario's post, beside the question on every screen of a training session, as the room saw
 * it on the list: behind its content note until the trainer opens it. Below it, the reveal opens.
 */
export function ScenarioAside({ scenario, practiceName, postOpened, onTogglePost, revealSpotRef }: Props) {
  const headingId = useId();
  const postsId = useId();
  const noted = scenario.contentNote !== undefined;
  const shown = !noted || postOpened;
  return (
    <aside className="training-aside no-print" aria-label={words.columnLabel}>
      {/* Focusable while the posts show: it scrolls on its own when they are longer than the screen. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region needs keyboard access (axe scrollable-region-focusable) */}
      <section className="training-aside__post" aria-labelledby={headingId} tabIndex={shown ? 0 : undefined}>
        <h2 id={headingId} className="training-aside__heading">
          {words.heading(scenario.posts.length)}
        </h2>
        {noted ? (
          <>
            <p className="training-content-note">
              <strong>{words.contentNoteLabel}</strong> {scenario.contentNote}
            </p>
            <button
              type="button"
              className="link-button training-toggle"
              aria-expanded={shown}
              aria-controls={postsId}
              onClick={onTogglePost}
            >
              {shown ? words.hide(scenario.posts.length) : words.show(scenario.posts.length)}
            </button>
          </>
        ) : null}
        <div id={postsId}>{shown ? <ScenarioPosts posts={scenario.posts} practiceName={practiceName ?? defaultPracticeName} /> : null}</div>
      </section>
      <div ref={revealSpotRef} className="training-aside__reveal" />
    </aside>
  );
}
