import type { ReactNode } from 'react';
import { questions, type Answers, type QuestionId } from '../../content/questions';
import type { ChoiceQuestion, QuestionContent } from '../../content/types';
import { ui } from '../../content/ui';
import { isOptionAvailable } from '../../../machines/stepAnswers';
import { PageHeading } from '../../components/PageHeading';
import { fieldId } from './fieldIds';
import { fieldParts } from '../../components/fieldParts';

export type FieldValue = string | readonly string[] | undefined;

interface Props {
  readonly id: QuestionId;
  readonly value: FieldValue;
  readonly error: string | undefined;
  /** All answers so far, for options that depend on earlier answers. */
  readonly answers: Answers;
  /** The only question on the screen: its legend is the page's h1. */
  readonly isPageHeading: boolean;
  readonly onChange: (value: FieldValue) => void;
}

/** One question: a fieldset with a legend for choices, or a single labelled control for text. */
export function QuestionField({ id, value, error, answers, isPageHeading, onChange }: Props) {
  const question: QuestionContent = questions[id];
  const { describedBy, hint, errorMessage, groupClass } = fieldParts(id, question.hint, error, ui.errorPrefix);
  const heading: ReactNode = isPageHeading ? <PageHeading>{question.legend}</PageHeading> : question.legend;

  if (question.kind === 'text' || question.kind === 'datetime') {
    const text = typeof value === 'string' ? value : '';
    const common = {
      id: fieldId(id),
      name: id,
      value: text,
      'aria-describedby': describedBy,
      'aria-invalid': error ? true : undefined,
      onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    };
    return (
      <div className={groupClass}>
        <label className={isPageHeading ? 'label label--page-heading' : 'label'} htmlFor={fieldId(id)}>
          {heading}
          {question.kind === 'text' && question.optional ? <span className="optional"> (optional)</span> : null}
        </label>
        {hint}
        {errorMessage}
        {question.kind === 'text' ? (
          <textarea className="textarea" rows={3} {...common} />
        ) : (
          <input className="input input--datetime" type="datetime-local" {...common} />
        )}
      </div>
    );
  }

  if (question.kind !== 'radio' && question.kind !== 'checkbox') return null;
  return (
    <div className={groupClass}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className={isPageHeading ? 'legend legend--page-heading' : 'legend'}>{heading}</legend>
        {hint}
        {errorMessage}
        <ChoiceInputs id={id} question={question} value={value} answers={answers} invalid={Boolean(error)} onChange={onChange} />
      </fieldset>
    </div>
  );
}

interface ChoiceProps {
  readonly id: QuestionId;
  readonly question: ChoiceQuestion;
  readonly value: FieldValue;
  readonly answers: Answers;
  readonly invalid: boolean;
  readonly onChange: (value: FieldValue) => void;
}

function ChoiceInputs({ id, question, value, answers, invalid, onChange }: ChoiceProps) {
  const chosen: readonly string[] = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const isCheckbox = question.kind === 'checkbox';
  const toggle = (optionValue: string, exclusive: boolean, checked: boolean) => {
    if (!isCheckbox) return onChange(optionValue);
    if (!checked) return onChange(chosen.filter((v) => v !== optionValue));
    // "None of these" and the other options rule each other out.
    const others = exclusive ? [] : chosen.filter((v) => !question.options.some((o) => o.value === v && o.exclusive));
    onChange([...others, optionValue]);
  };
  // The error summary links to the first option that is actually on screen.
  const firstShown = question.options.findIndex((option) => isOptionAvailable(option, answers));
  return (
    <div className={isCheckbox ? 'checkboxes' : 'radios'}>
      {question.options.map((option, index) => {
        if (!isOptionAvailable(option, answers)) {
          return (
            <p key={option.value} className="option-unavailable">
              {option.unavailableReason}
            </p>
          );
        }
        const inputId = index === firstShown ? fieldId(id) : fieldId(id, index);
        const optionHintId = option.hint ? `${inputId}-hint` : undefined;
        const exclusive = option.exclusive === true;
        return (
          <div key={option.value}>
            {exclusive && index > 0 ? <p className="choice-divider">or</p> : null}
            <div className="choice">
              <input
                className="choice__input"
                id={inputId}
                name={id}
                type={isCheckbox ? 'checkbox' : 'radio'}
                value={option.value}
                checked={chosen.includes(option.value)}
                aria-describedby={optionHintId}
                aria-invalid={invalid || undefined}
                onChange={(event) => toggle(option.value, exclusive, event.target.checked)}
              />
              <label className="choice__label" htmlFor={inputId}>
                {option.label}
              </label>
              {option.hint ? (
                <div className="hint choice__hint" id={optionHintId}>
                  {option.hint}
                </div>
              ) : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}
