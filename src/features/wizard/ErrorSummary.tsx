import { useEffect, useRef } from 'react';
import type { AnswerError } from '../../../machines/stepAnswers';
import { ui } from '../../content/ui';
import { fieldId } from './fieldIds';

/**
 * The error summary at the top of a question screen. It takes focus when errors appear so a
 * screen reader hears the problem at once; each link moves focus to the field without touching the
 * browser history (a plain #anchor would add a history entry the Back button then has to undo).
 */
export function ErrorSummary({ errors }: { errors: readonly AnswerError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {ui.errorSummaryTitle}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.question}>
            <a
              href={`#${fieldId(error.question)}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldId(error.question))?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
