import type { ReactNode } from 'react';

/**
 * The hint, error message and their ids that every question field draws the same way (the NHS.UK
 * pattern): the control or fieldset points at both with aria-describedby.
 */
export function fieldParts(id: string, hintText: string | undefined, error: string | undefined, errorPrefix: string) {
  const hintId = hintText ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const hint: ReactNode = hintText ? (
    <div className="hint" id={hintId}>
      {hintText}
    </div>
  ) : null;
  const errorMessage: ReactNode = error ? (
    <p className="error-message" id={errorId}>
      <span className="visually-hidden">{errorPrefix}</span> {error}
    </p>
  ) : null;
  const groupClass = `form-group${error ? ' form-group--error' : ''}`;
  return { describedBy, hint, errorMessage, groupClass };
}
