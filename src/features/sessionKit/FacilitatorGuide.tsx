import { useId, useState } from 'react';
import { Choice } from '../../components/Choice';
import { scenarioById } from '../../content/scenarios';
import { guideWords as words, sessionPlans, type SessionPlan } from '../../content/sessionKit';
import { KitView } from './KitView';
import { PrintedSheet } from './PrintedSheet';
import { sessionScenarioIds, timetable } from './sessionTimetable';

function scenarioTitle(id: string): string {
  return scenarioById(id)?.title ?? id;
}

/** The guide for one session: before you start, ground rules, the timetable with questions, the scenarios. */
function Guide({ plan }: { readonly plan: SessionPlan }) {
  return (
    <PrintedSheet>
      <h2 className="kit-sheet__title">{words.sessionOption(plan)}</h2>
      <p>{plan.forWhom}</p>
      <h3 className="kit-sheet__heading">{words.beforeHeading}</h3>
      <ul className="list">
        {words.before.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3 className="kit-sheet__heading">{words.groundRulesHeading}</h3>
      <ul className="list">
        {words.groundRules.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3 className="kit-sheet__heading">{words.timetableHeading}</h3>
      <table className="table kit-timetable">
        <caption className="visually-hidden">{words.caption(plan)}</caption>
        <thead>
          <tr>
            <th scope="col">{words.columns.when}</th>
            <th scope="col">{words.columns.what}</th>
            <th scope="col">{words.columns.prompts}</th>
          </tr>
        </thead>
        <tbody>
          {timetable(plan).map((block) => (
            <tr key={block.title}>
              <th scope="row">{words.at(block.start, block.minutes)}</th>
              <td>
                <strong>{block.title}</strong>
                {block.scenarioId ? (
                  <span className="kit-timetable__scenario">
                    {words.scenarioLabel} {scenarioTitle(block.scenarioId)}
                  </span>
                ) : null}
                <span className="kit-timetable__what">{block.what}</span>
              </td>
              <td>
                <ul className="kit-timetable__prompts">
                  {block.prompts.map((prompt) => (
                    <li key={prompt}>{prompt}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="kit-sheet__heading">{words.scenariosHeading}</h3>
      <ul className="list">
        {sessionScenarioIds(plan).map((id) => (
          <li key={id}>{scenarioTitle(id)}</li>
        ))}
      </ul>
    </PrintedSheet>
  );
}

/** A guide for a 60-minute and a 20-minute session: choose one, read it, print it. */
export function FacilitatorGuide() {
  const [planId, setPlanId] = useState<SessionPlan['id']>('sixty');
  const name = useId();
  const plan = sessionPlans.find((each) => each.id === planId) ?? sessionPlans[0];
  const controls = (
    <fieldset className="fieldset">
      <legend className="legend">{words.chooseLegend}</legend>
      {sessionPlans.map((each) => (
        <Choice
          key={each.id}
          id={`${name}-${each.id}`}
          name={name}
          type="radio"
          value={each.id}
          checked={each.id === planId}
          invalid={false}
          label={words.sessionOption(each)}
          onChange={(checked) => {
            if (checked) setPlanId(each.id);
          }}
        />
      ))}
    </fieldset>
  );
  return (
    <KitView item="guide" controls={controls}>
      {plan ? <Guide plan={plan} /> : null}
    </KitView>
  );
}
