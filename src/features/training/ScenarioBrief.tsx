import type { Scenario } from '../../content/scenarioTypes';
import { withPracticeName } from '../../content/scenarios';
import { scenarioCardWords as words } from '../../content/trainingUi';

/** The scene a scenario sets, and its content note when it has one: on the list and on its card. */
export function ScenarioBrief({ scenario, practiceName }: { readonly scenario: Scenario; readonly practiceName: string }) {
  return (
    <>
      <p>{withPracticeName(scenario.brief, practiceName)}</p>
      {scenario.contentNote ? (
        <p className="training-content-note">
          <strong>{words.contentNoteLabel}</strong> {scenario.contentNote}
        </p>
      ) : null}
    </>
  );
}
