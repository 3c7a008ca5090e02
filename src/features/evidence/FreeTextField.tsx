interface Props {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  /** Shown after the label: "(optional)". */
  readonly optionalText?: string;
  readonly multiline?: boolean;
  readonly value: string;
  readonly error?: string;
  readonly errorPrefix?: string;
  /** Off for addresses and account names, which are not words. */
  readonly spellCheck?: boolean;
  readonly onChange: (value: string) => void;
}

/**
 * A labelled text box that takes anything typed or pasted, markup included: React renders it back
 * as text, so nothing here needs (or gets) cleaning.
 */
export function FreeTextField({ id, label, hint, optionalText, multiline, value, error, errorPrefix, spellCheck, onChange }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const common = {
    id,
    name: id,
    value,
    // Shared practice computers: the browser must not offer one person's entries to the next.
    autoComplete: 'off',
    spellCheck,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    'aria-invalid': error ? true : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
        {optionalText ? <span className="optional">{optionalText}</span> : null}
      </label>
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="error-message" id={errorId}>
          {errorPrefix ? <span className="visually-hidden">{errorPrefix} </span> : null}
          {error}
        </p>
      ) : null}
      {multiline ? <textarea className="textarea" rows={4} {...common} /> : <input className="input" type="text" size={50} {...common} />}
    </div>
  );
}
