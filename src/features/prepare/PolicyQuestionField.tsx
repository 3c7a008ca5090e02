import { Choice } from '../../components/Choice';
import type { PolicyQuestionContent } from '../../content/policy';
import { policyUi } from '../../content/policyUi';
import type { PolicyAnswers } from '../../plan/policyAnswers';
import { chosenValues } from '../../plan/policyAnswers';
import { ReplyCheckList } from './ReplyCheckList';
import { fieldParts } from '../../components/fieldParts';

/** The id the error summary links to: the question's first option, or its text box. */
export function policyFieldId(questionId: string, index = 0): string {
  return index === 0 ? `policy-${questionId}` : `policy-${questionId}-${index}`;
}

interface Props {
  readonly question: PolicyQuestionContent;
  readonly answers: PolicyAnswers;
  readonly error: string | undefined;
  readonly staffNames: readonly string[];
  readonly onChange: (value: string | readonly string[]) => void;
}

/**
 * One question of the policy builder: a fieldset with a legend for a choice, or a labelled text
 * box for a reply the practice writes itself, which the reply checks read as it is typed.
 */
export function PolicyQuestionField({ question, answers, error, staffNames, onChange }: Props) {
  const id = policyFieldId(question.id);
  const { describedBy, hint, errorMessage, groupClass } = fieldParts(id, question.hint, error, policyUi.errorPrefix);

  if (question.kind === 'text') {
    const answer = answers[question.id];
    const text = typeof answer === 'string' ? answer : '';
    return (
      <div className={groupClass}>
        <label className="label" htmlFor={id}>
          {question.legend}
        </label>
        {hint}
        {errorMessage}
        <textarea
          className="textarea"
          id={id}
          name={question.id}
          rows={3}
          value={text}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
        {text.trim() === '' ? null : <ReplyCheckList reply={text} staffNames={staffNames} />}
      </div>
    );
  }

  const chosen = chosenValues(question, answers);
  const isCheckbox = question.kind === 'checkbox';
  return (
    <div className={groupClass}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="legend">{question.legend}</legend>
        {hint}
        {errorMessage}
        <div className={isCheckbox ? 'checkboxes' : 'radios'}>
          {question.options.map((option, index) => (
            <Choice
              key={option.value}
              id={policyFieldId(question.id, index)}
              name={question.id}
              type={question.kind}
              value={option.value}
              checked={chosen.includes(option.value)}
              invalid={Boolean(error)}
              label={option.label}
              onChange={(checked) => {
                if (!isCheckbox) return onChange(option.value);
                onChange(checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value));
              }}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
