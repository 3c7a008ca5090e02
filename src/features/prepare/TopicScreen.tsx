import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import type { PolicyTopicContent } from '../../content/policy';
import { policyUi } from '../../content/policyUi';
import { shownQuestions, topicErrors, type PolicyAnswerError, type PolicyAnswers } from '../../plan/policyAnswers';
import { policyFieldId, PolicyQuestionField } from './PolicyQuestionField';

interface Props {
  readonly topic: PolicyTopicContent;
  readonly step: number;
  readonly total: number;
  readonly initialAnswers: PolicyAnswers;
  readonly staffNames: readonly string[];
  readonly onBack: (answers: PolicyAnswers) => void;
  /** Called with the answers once every question on show is answered. */
  readonly onContinue: (answers: PolicyAnswers) => void;
}

const noErrors: readonly PolicyAnswerError[] = [];

/**
 * One topic of the policy, on a screen of its own, in the wizard's pattern: Back, the topic's
 * place, its heading (which takes focus), the questions as fieldsets, and Continue, which shows an
 * error summary instead of moving on while anything on show is unanswered.
 */
export function TopicScreen({ topic, step, total, initialAnswers, staffNames, onBack, onContinue }: Props) {
  const [answers, setAnswers] = useState<PolicyAnswers>(initialAnswers);
  const [errors, setErrors] = useState<readonly PolicyAnswerError[]>(noErrors);
  const errorFor = new Map(errors.map((error) => [error.questionId, error.message]));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = topicErrors(topic, answers);
    if (found.length > 0) return setErrors(found);
    setErrors(noErrors);
    onContinue(answers);
  };

  return (
    <>
      <button type="button" className="back-link" onClick={() => onBack(answers)}>
        {policyUi.back}
      </button>
      <ErrorSummary
        errors={errors.map((error) => ({ message: error.message, fieldId: policyFieldId(error.questionId) }))}
        title={policyUi.errorSummaryTitle}
      />
      <p className="caption">{policyUi.stepCaption(step, total)}</p>
      <PageHeading>{topic.title}</PageHeading>
      <p>{topic.intro}</p>
      <form noValidate onSubmit={submit}>
        {shownQuestions(topic, answers).map((question) => (
          <PolicyQuestionField
            key={question.id}
            question={question}
            answers={answers}
            error={errorFor.get(question.id)}
            staffNames={staffNames}
            // Errors stay until Continue, as in the wizard: clearing them would move focus to the summary.
            onChange={(value) => setAnswers((previous) => ({ ...previous, [question.id]: value }))}
          />
        ))}
        <div className="button-group">
          <button type="submit" className="button">
            {policyUi.continue}
          </button>
        </div>
      </form>
    </>
  );
}
