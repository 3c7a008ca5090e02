import type { StepId } from '../../../machines/steps';
import { platformHints } from '../../content/platformHints';
import { sources } from '../../content/sources';
import { DecisionSuggestionCard, useDecisionSuggestionShown } from '../../components/DecisionSuggestionCard';
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

function DecisionSuggestion() {
  const answers = WizardContext.useSelector((s) => s.context.answers);
  // Hidden in a training walk-through until the trainer reveals it (it is in the reveal there).
  const shown = useDecisionSuggestionShown();
  if (!shown) return null;
  return <DecisionSuggestionCard answers={answers} />;
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
