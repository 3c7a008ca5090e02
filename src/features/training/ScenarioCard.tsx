import { useId } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { defaultPracticeName, scenarioById, withPracticeName } from '../../content/scenarios';
import type { Scenario, ScenarioPost } from '../../content/scenarioTypes';
import { sources } from '../../content/sources';
import { scenarioCardWords as words } from '../../content/trainingUi';
import { ScenarioBrief } from './ScenarioBrief';
import './training.css';

/**
 * The posts as a trainee would see them, as plain text: no links, no images, nothing that looks
 * clickable, so a projected post can never be mistaken for the real thing.
 */
export function ScenarioPosts({ posts, practiceName }: { readonly posts: readonly ScenarioPost[]; readonly practiceName: string }) {
  return (
    <ul className="training-posts">
      {posts.map((post, index) => (
        <li key={index} className="training-post">
          <p className="training-post__meta">
            <span className="training-post__platform">{post.platform}</span>
            {' · '}
            <span>{post.author}</span>
            {' · '}
            <span>{post.when}</span>
          </p>
          <p className="training-post__text">{withPracticeName(post.text, practiceName)}</p>
        </li>
      ))}
    </ul>
  );
}

interface CardProps {
  readonly scenario: Scenario;
  readonly practiceName: string;
}

/**
 * One scenario on one A4 page, for whoever runs the session. It carries its own TRAINING mark
 * because a printed card travels without the app's banner.
 */
export function ScenarioCard({ scenario, practiceName }: CardProps) {
  const titleId = useId();
  const notes = scenario.facilitatorNotes ?? [];
  return (
    <article className="scenario-card" aria-labelledby={titleId}>
      <p className="training-mark">
        <strong className="training-mark__word">{words.trainingMark}</strong> {words.trainingMarkNote}
      </p>
      <h2 id={titleId} className="scenario-card__title">
        {scenario.title}
      </h2>
      <ScenarioBrief scenario={scenario} practiceName={practiceName} />
      <h3 className="scenario-card__heading">{words.postsHeading(scenario.posts.length)}</h3>
      <ScenarioPosts posts={scenario.posts} practiceName={practiceName} />
      {notes.length > 0 ? (
        <>
          <h3 className="scenario-card__heading">{words.facilitatorHeading}</h3>
          <dl className="scenario-card__notes">
            {notes.map((note) => (
              <div key={`${note.minutes}:${note.note}`} className="scenario-card__note">
                <dt>{words.atMinute(note.minutes)}</dt>
                <dd>{note.note}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <h3 className="scenario-card__heading">{words.teachingHeading}</h3>
      <ul className="list">
        {scenario.teachingPoints.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      {scenario.sources ? (
        <p className="hint">
          {words.teachingSourcesLabel}: {scenario.sources.map((id) => sources[id].title).join('; ')}
        </p>
      ) : null}
    </article>
  );
}

interface PageProps {
  /** An id rather than a scenario, so the app shell can hold it without loading the library. */
  readonly scenarioId: string;
  /** As on the training page: null until the trainer changes it. */
  readonly practiceName: string | null;
  readonly onBack: () => void;
}

/** The card on its own page, with Print. The page's own heading and buttons are left off the print. */
export function ScenarioCardPage({ scenarioId, practiceName, onBack }: PageProps) {
  const scenario = scenarioById(scenarioId);
  return (
    <div className="training">
      <button type="button" className="back-link" onClick={onBack}>
        {words.back}
      </button>
      <div className="no-print">
        <PageHeading>{words.pageTitle}</PageHeading>
        {scenario ? (
          <>
            <p>{words.pageIntro}</p>
            <div className="button-group">
              <button type="button" className="button" onClick={() => window.print()}>
                {words.print}
              </button>
            </div>
          </>
        ) : (
          <p>{words.notFound}</p>
        )}
      </div>
      {scenario ? <ScenarioCard scenario={scenario} practiceName={practiceName ?? defaultPracticeName} /> : null}
    </div>
  );
}
