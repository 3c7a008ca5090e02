import { useId, useState } from 'react';
import { Choice } from '../../components/Choice';
import { defaultPracticeName, scenarios, withPracticeName } from '../../content/scenarios';
import type { Scenario } from '../../content/scenarioTypes';
import { participantCardWords as words, sessionPlans } from '../../content/sessionKit';
import { KitView } from './KitView';
import { PrintedSheet } from './PrintedSheet';
import { sessionScenarioIds } from './sessionTimetable';

/**
 * A scenario as the room meets it: the scene, the content note and the post, then open questions.
 * Deliberately nothing from the answers, the reveal, the teaching points or the facilitator's
 * notes, so a group works it out for itself.
 */
export function ParticipantCard({ scenario, practiceName }: { readonly scenario: Scenario; readonly practiceName: string }) {
  return (
    <PrintedSheet className="kit-card">
      <h2 className="kit-sheet__title">{scenario.title}</h2>
      <p>{withPracticeName(scenario.brief, practiceName)}</p>
      {scenario.contentNote ? (
        <p className="kit-card__content-note">
          <strong>{words.contentNoteLabel}</strong> {scenario.contentNote}
        </p>
      ) : null}
      <h3 className="kit-sheet__heading">{words.postsHeading(scenario.posts.length)}</h3>
      <ul className="kit-posts">
        {scenario.posts.map((post, index) => (
          <li key={index} className="kit-post">
            <p className="kit-post__meta">
              <strong>{post.platform}</strong> · {post.author} · {post.when}
            </p>
            <p className="kit-post__text">{withPracticeName(post.text, practiceName)}</p>
          </li>
        ))}
      </ul>
      <h3 className="kit-sheet__heading">{words.discussHeading}</h3>
      <ul className="list">
        {words.discuss.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
    </PrintedSheet>
  );
}

const firstSession = sessionPlans[0];

/** Choose the scenarios, then print one card per scenario, each on its own page. */
export function ParticipantCards({ practiceName }: { readonly practiceName: string | null }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(firstSession ? sessionScenarioIds(firstSession) : []));
  const name = useId();
  const hintId = useId();
  const picked = scenarios.filter((scenario) => chosen.has(scenario.id));
  const toggle = (id: string, on: boolean) =>
    setChosen((before) => {
      const after = new Set(before);
      if (on) after.add(id);
      else after.delete(id);
      return after;
    });
  const controls = (
    <>
      <fieldset className="fieldset" aria-describedby={hintId}>
        <legend className="legend">{words.chooseLegend}</legend>
        <p className="hint" id={hintId}>
          {words.chooseHint}
        </p>
        <div className="button-group">
          {sessionPlans.map((plan) => (
            <button
              key={plan.id}
              type="button"
              className="button button--secondary"
              onClick={() => setChosen(new Set(sessionScenarioIds(plan)))}
            >
              {words.useSession(plan.minutes)}
            </button>
          ))}
          <button type="button" className="button button--secondary" onClick={() => setChosen(new Set())}>
            {words.clear}
          </button>
        </div>
        {scenarios.map((scenario) => (
          <Choice
            key={scenario.id}
            id={`${name}-${scenario.id}`}
            name={name}
            type="checkbox"
            value={scenario.id}
            checked={chosen.has(scenario.id)}
            invalid={false}
            label={scenario.title}
            onChange={(on) => toggle(scenario.id, on)}
          />
        ))}
      </fieldset>
      <p role="status">{picked.length === 0 ? words.noneChosen : words.pageCount(picked.length)}</p>
    </>
  );
  return (
    <KitView item="cards" controls={controls}>
      {picked.map((scenario) => (
        <ParticipantCard key={scenario.id} scenario={scenario} practiceName={practiceName ?? defaultPracticeName} />
      ))}
    </KitView>
  );
}
