import type { StepId } from '../../../machines/steps';
import { optionLabel } from '../../content/optionLabel';
import { questions } from '../../content/questions';
import { platformHints } from '../../content/platformHints';
import { sources } from '../../content/sources';
import { suggestDecision } from '../../plan/suggestDecision';
import { LineList } from '../../components/LineList';
import { WizardContext } from '../../components/wizardContext';
import { FirstStepsCard } from './FirstStepsCard';

/** The parts of a screen worked out from earlier answers: the first steps, what the guidance suggests, how this site handles reports. */
export function StepExtras({ step }: { step: StepId }) {
  switch (step) {
    case 'firstSteps':
      return <FirstStepsCard />;
    case 'decision':
      return <DecisionSuggestion />;
    case 'also':
      return <PlatformHint />;
    default:
      return null;
  }
}

function decisionLabel(value: string): string {
  return optionLabel(questions.decision.options, value);
}

function DecisionSuggestion() {
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const suggestion = suggestDecision(answers);
  return (
    <div className="card card--info">
      <h2 className="card__heading">What the guidance points to</h2>
      <p>
        <strong>{decisionLabel(suggestion.suggested)}</strong>
      </p>
      <LineList lines={suggestion.reasons} />
      {suggestion.alsoReasonable.length > 0 ? <p>Also reasonable: {suggestion.alsoReasonable.map(decisionLabel).join('; ')}.</p> : null}
    </div>
  );
}

function PlatformHint() {
  const platform = WizardContext.useSelector((s) => s.context.answers.platform);
  if (platform === undefined) return null;
  const hint = platformHints[platform];
  return (
    <div className="card card--info">
      <h2 className="card__heading">{hint.title}</h2>
      {hint.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="hint">Based on: {hint.sources.map((id) => sources[id].title).join('; ')}</p>
    </div>
  );
}
