import { useEffect, useRef } from 'react';
import { settingsContent } from '../../content/settings';
import type { FieldError } from './checkSettingsForm';

/**
 * The error summary at the top of the settings page, as on the question screens: it takes focus
 * when errors appear, and each link moves focus to its field without adding a #fragment to the
 * browser history.
 */
export function SettingsErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="settings-error-summary-title">
      <h2 className="error-summary__title" id="settings-error-summary-title">
        {settingsContent.errorSummaryTitle}
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
