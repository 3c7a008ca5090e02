import { useId, useState } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { defaultPracticeName, scenarios } from '../../content/scenarios';
import type { Scenario } from '../../content/scenarioTypes';
import { trainingHomeWords as words, type TrainingMode } from '../../content/trainingUi';
import { ScenarioPosts } from './ScenarioCard';
import { ScenarioBrief } from './ScenarioBrief';
import './training.css';

interface Props {
  /**
   * The name the trainer typed, or null until they change it (the default is shown). Null lets
   * the app shell hold this without importing the scenario library into the first-paint bundle.
   */
  readonly practiceName: string | null;
  readonly onPracticeNameChange: (name: string) => void;
  readonly onStart: (scenarioId: string, mode: TrainingMode) => void;
  readonly onPrintCard: (scenarioId: string) => void;
  /** The printable session kit: facilitator guide, participant cards, flowchart, quiz, reflection. */
  readonly onSessionKit: () => void;
  readonly onBack: () => void;
}

/**
 * Where a trainer picks a scenario. It shows nothing from this computer's real incidents: trainers
 * project from practice PCs, and a room must never see a live record by accident.
 */
export function TrainingHome({ practiceName: typed, onPracticeNameChange, onStart, onPrintCard, onSessionKit, onBack }: Props) {
  const nameId = useId();
  // A cleared field is allowed while typing; withPracticeName falls back to the default for it.
  const practiceName = typed ?? defaultPracticeName;
  return (
    <div className="training">
      <button type="button" className="back-link" onClick={onBack}>
        {words.back}
      </button>
      <PageHeading>{words.title}</PageHeading>
      <div className="card card--warning training-warning">
        <h2 className="card__heading">
          <span className="visually-hidden">Warning:</span> {words.warningHeading}
        </h2>
        {words.warningText.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>

      <p>
        {words.sessionKitIntro}{' '}
        <button type="button" className="button button--secondary" onClick={onSessionKit}>
          {words.sessionKit}
        </button>
      </p>

      <div className="form-group">
        <label className="label" htmlFor={nameId}>
          {words.practiceNameLabel}
        </label>
        <p className="hint" id={`${nameId}-hint`}>
          {words.practiceNameHint}
        </p>
        <input
          id={nameId}
          className="input training-name"
          type="text"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${nameId}-hint`}
          value={practiceName}
          onChange={(event) => onPracticeNameChange(event.target.value)}
        />
      </div>

      <h2 className="heading-m">{words.modesHeading}</h2>
      <ul className="list">
        {words.modes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <h2 className="heading-m">{words.libraryHeading}</h2>
      <ol className="training-library">
        {scenarios.map((scenario) => (
          <ScenarioEntry key={scenario.id} scenario={scenario} practiceName={practiceName} onStart={onStart} onPrintCard={onPrintCard} />
        ))}
      </ol>
    </div>
  );
}

interface EntryProps {
  readonly scenario: Scenario;
  readonly practiceName: string;
  readonly onStart: Props['onStart'];
  readonly onPrintCard: Props['onPrintCard'];
}

function ScenarioEntry({ scenario, practiceName, onStart, onPrintCard }: EntryProps) {
  const [showPosts, setShowPosts] = useState(false);
  const postsId = useId();
  // Fifteen "Walk through" buttons read alike to a screen reader, so each name also says which
  // (starting with the visible words, so speech users can say what they see).
  const named = (visible: string) => ({ 'aria-label': `${visible}: ${scenario.title}` });
  return (
    <li className="training-scenario">
      <h3 className="training-scenario__title">{scenario.title}</h3>
      <ScenarioBrief scenario={scenario} practiceName={practiceName} />
      {/* The posts stay out of the page until asked for, so abuse is never on a projector by surprise. */}
      <button
        type="button"
        className="link-button training-toggle"
        aria-expanded={showPosts}
        aria-controls={postsId}
        onClick={() => setShowPosts((shown) => !shown)}
        {...named(words.showPost(scenario.posts.length))}
      >
        {words.showPost(scenario.posts.length)}
      </button>
      <div id={postsId}>{showPosts ? <ScenarioPosts posts={scenario.posts} practiceName={practiceName} /> : null}</div>
      <div className="button-group">
        <button type="button" className="button" onClick={() => onStart(scenario.id, 'walkthrough')} {...named(words.walkThrough)}>
          {words.walkThrough}
        </button>
        <button type="button" className="button" onClick={() => onStart(scenario.id, 'practice')} {...named(words.practise)}>
          {words.practise}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onPrintCard(scenario.id)} {...named(words.printCard)}>
          {words.printCard}
        </button>
      </div>
    </li>
  );
}
