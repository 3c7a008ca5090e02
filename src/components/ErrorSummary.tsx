import { useEffect, useRef } from 'react';
import { ui } from '../content/ui';

export interface SummaryError {
  /** The id of the field to move focus to. */
  readonly fieldId: string;
  readonly message: string;
}

/**
 * The error summary at the top of a form. It takes focus when errors appear so a screen reader
 * hears the problem at once; each link moves focus to its field without touching the browser
 * history (a plain #anchor would add an entry that the Back button would then stop on).
 */
export function ErrorSummary({ errors, title = ui.errorSummaryTitle }: { errors: readonly SummaryError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(error.fieldId)?.focus();
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
