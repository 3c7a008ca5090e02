import { createContext, useContext } from 'react';
import { optionLabel } from '../content/optionLabel';
import { questions, type Answers } from '../content/questions';
import { suggestDecision } from '../plan/suggestDecision';
import { LineList } from './LineList';

/** The card's heading, the same wherever the suggestion shows. */
export const decisionSuggestionHeading = 'What the guidance points to';

/**
 * False where the suggestion would give away an answer the room is meant to work out: a training
 * walk-through, where it belongs to "Reveal what the guidance says" instead.
 */
export const DecisionSuggestionShownContext = createContext(true);

export function useDecisionSuggestionShown(): boolean {
  return useContext(DecisionSuggestionShownContext);
}

function decisionLabel(value: string): string {
  return optionLabel(questions.decision.options, value);
}

/** What the guidance suggests doing about the post, with why and what else would be reasonable. */
export function DecisionSuggestionCard({ answers, headingLevel = 2 }: { readonly answers: Answers; readonly headingLevel?: 2 | 3 }) {
  const suggestion = suggestDecision(answers);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="card card--info">
      <Heading className="card__heading">{decisionSuggestionHeading}</Heading>
      <p>
        <strong>{decisionLabel(suggestion.suggested)}</strong>
      </p>
      <LineList lines={suggestion.reasons} />
      {suggestion.alsoReasonable.length > 0 ? <p>Also reasonable: {suggestion.alsoReasonable.map(decisionLabel).join('; ')}.</p> : null}
    </div>
  );
}
