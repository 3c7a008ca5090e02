import { useEffect, useId, useRef } from 'react';
import { ui } from '../content/ui';

export interface SummaryError {
  readonly message: string;
  /** The id of the field to move focus to; none for a problem with the whole form. */
  readonly fieldId?: string;
}

interface Props {
  readonly errors: readonly SummaryError[];
  readonly title?: string;
  /** A heading one level below the form's own heading; a paragraph where headings would clutter. */
  readonly titleAs?: 'h2' | 'h3' | 'p';
}

/**
 * The error summary at the top of a form. It takes focus when errors appear so a screen reader
 * hears the problem at once; each link moves focus to its field without touching the browser
 * history (a plain #anchor would add an entry that the Back button would then stop on).
 */
export function ErrorSummary({ errors, title = ui.errorSummaryTitle, titleAs: Title = 'h2' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={titleId}>
      <Title className="error-summary__title" id={titleId}>
        {Title === 'p' ? <strong>{title}</strong> : title}
      </Title>
      <ul className="error-summary__list">
        {errors.map((error, index) => (
          <li key={`${index}:${error.message}`}>
            {error.fieldId ? <FieldLink fieldId={error.fieldId} message={error.message} /> : error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FieldLink({ fieldId, message }: { fieldId: string; message: string }) {
  return (
    <a
      href={`#${fieldId}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(fieldId)?.focus();
      }}
    >
      {message}
    </a>
  );
}
