import type { ReactNode } from 'react';

interface Props {
  /** The control's id: the label points at it, and the hint and error ids are made from it. */
  readonly id: string;
  readonly label: string;
  /** Shown after the label: "(optional)". */
  readonly optionalText?: string | undefined;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  /** Said before the error by screen readers only: "Error:". */
  readonly errorPrefix?: string | undefined;
  /** The control, which should name `fieldDescriptionIds(id, hint, error)` in aria-describedby. */
  readonly children: ReactNode;
}

/** The ids of a field's hint and error, as FieldFrame gives them, for the control's aria-describedby. */
export function fieldDescriptionIds(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** A form field's label, hint and error message around its control, in the design system's order. */
export function FieldFrame({ id, label, optionalText, hint, error, errorPrefix, children }: Props) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
        {optionalText ? <span className="optional">{optionalText}</span> : null}
      </label>
      {hint ? (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          {errorPrefix ? <span className="visually-hidden">{errorPrefix} </span> : null}
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
