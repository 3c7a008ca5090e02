import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { DecisionSuggestionCard } from '../../components/DecisionSuggestionCard';
import { questionsOf, type StepId } from '../../../machines/steps';
import type { StepAddon } from '../../components/stepAddons';
import { questions, type Answers, type QuestionId } from '../../content/questions';
import { defaultPracticeName, withPracticeName } from '../../content/scenarios';
import type { Scenario, ScenarioAlternative } from '../../content/scenarioTypes';
import { sources } from '../../content/sources';
import { stepContent } from '../../content/steps';
import { revealWords as words } from '../../content/trainingUi';
import type { StepContent } from '../../content/types';
import { formatAnswer } from '../../note/formatAnswer';
import { useRevealSpot } from './revealSpot';
import './training.css';

interface Props {
  readonly scenario: Scenario;
  readonly step: StepId;
  /** As on the training page: null (or left out) until the trainer changes it. */
  readonly practiceName?: string | null;
}

/**
 * Walk-through mode: below a screen, what the guidance says and the answer this scenario leads
 * to. Hidden until the trainer asks, so the room can think before it sees the answer. In a session
 * the panel opens in the column beside the question (revealSpot.ts), so the question stays put.
 */
export function TrainingReveal({ scenario, step, practiceName = null }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const spot = useRevealSpot();
  const panel = (
    <div id={panelId}>
      {open ? (
        <RevealPanel scenario={scenario} step={step} practiceName={practiceName ?? defaultPracticeName} scrolls={spot !== null} />
      ) : null}
    </div>
  );
  return (
    <div className="training-reveal">
      <button
        type="button"
        className="button button--secondary training-reveal__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((shown) => !shown)}
      >
        {words.toggle}
      </button>
      {spot === null ? panel : createPortal(panel, spot)}
    </div>
  );
}

function RevealPanel({
  scenario,
  step,
  practiceName,
  scrolls,
}: {
  readonly scenario: Scenario;
  readonly step: StepId;
  readonly practiceName: string;
  /** In the column beside the question it scrolls on its own, so it takes focus for the keyboard. */
  readonly scrolls: boolean;
}) {
  const headingId = useId();
  // Only what this screen asks on the scenario's route: the colleague's role only when a colleague
  // is the subject, and so on. A screen the route never reaches lists its questions as not reached.
  const asked = questionsOf(step, scenario.answers);
  const content: StepContent = stepContent[step];
  const alternatives = (scenario.alternatives ?? []).filter((alternative) => asked.includes(alternative.question));
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region needs keyboard access (axe scrollable-region-focusable)
    <section className="training-reveal__panel" aria-labelledby={headingId} tabIndex={scrolls ? 0 : undefined}>
      <h2 id={headingId} className="heading-m">
        {words.heading}
      </h2>
      <h3 className="heading-s">{words.answerHeading}</h3>
      {asked.length === 0 ? (
        <p>{words.noQuestion}</p>
      ) : (
        <dl className="training-reveal__answers">
          {asked.map((question) => (
            <div key={question}>
              <dt>{questions[question].summaryLabel}</dt>
              <dd>{answerWords(question, scenario.answers, practiceName)}</dd>
            </div>
          ))}
        </dl>
      )}
      {alternatives.length > 0 ? (
        <>
          <h3 className="heading-s">{words.alternativesHeading}</h3>
          <ul className="list list--spaced">
            {alternatives.map((alternative) => (
              <li key={alternative.question}>
                <strong>
                  {questions[alternative.question].summaryLabel}: {alternativeWords(alternative)}
                </strong>
                <br />
                {alternative.why}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {/* Kept off the decision screen in a walk-through (DecisionSuggestionShownContext) until now. */}
      {step === 'decision' ? <DecisionSuggestionCard answers={scenario.answers} headingLevel={3} /> : null}
      {content.why ? (
        <>
          <h3 className="heading-s">{words.whyHeading}</h3>
          <p>{content.why}</p>
        </>
      ) : null}
      {content.sources.length > 0 ? (
        <p className="hint">
          {words.sourcesLabel}: {content.sources.map((id) => sources[id].title).join('; ')}
        </p>
      ) : null}
    </section>
  );
}

function answerWords(question: QuestionId, answers: Answers, practiceName: string): string {
  const formatted = formatAnswer(question, answers);
  return formatted === null ? words.notOnRoute : withPracticeName(formatted, practiceName);
}

/** Each entry is one whole answer (all the ticks for a checkbox), so each is worded on its own. */
function alternativeWords(alternative: ScenarioAlternative): string {
  return alternative.values
    .map((value) => formatAnswer(alternative.question, { [alternative.question]: value } as Answers) ?? String(value))
    .join(words.alternativeOr);
}

const addons = new Map<string, { readonly practiceName: string | null; readonly Addon: StepAddon }>();

/**
 * The reveal as a wizard-screen addon for one scenario. Asking again for the same scenario and
 * practice name gives the same component, so a parent re-rendering does not close a reveal the
 * trainer has opened.
 */
export function revealAddonFor(scenario: Scenario, practiceName: string | null = null): StepAddon {
  const cached = addons.get(scenario.id);
  if (cached !== undefined && cached.practiceName === practiceName) return cached.Addon;
  const Addon: StepAddon = ({ step }) => <TrainingReveal scenario={scenario} step={step} practiceName={practiceName} />;
  addons.set(scenario.id, { practiceName, Addon });
  return Addon;
}
