import { FieldError } from './FieldError';
import { describedBy, errorId, hintId } from './settingsFieldIds';

interface Props {
  readonly id: string;
  readonly label: string;
  /**
   * Read out after the label but not shown: "Phone number" appears nine times on the page, and a
   * screen reader listing the controls needs to tell them apart.
   */
  readonly hiddenLabelSuffix?: string;
  readonly hint?: string;
  readonly error: string | undefined;
  readonly value: string;
  readonly type: 'text' | 'tel' | 'email' | 'number' | 'time';
  readonly onChange: (value: string) => void;
  readonly min?: number;
  readonly max?: number;
}

/** One labelled input, with its hint and error tied to it for screen readers. */
export function TextField({ id, label, hiddenLabelSuffix, hint, error, value, type, onChange, min, max }: Props) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
        {hiddenLabelSuffix ? <span className="visually-hidden">, {hiddenLabelSuffix}</span> : null}
      </label>
      {hint ? (
        <div className="hint" id={hintId(id)}>
          {hint}
        </div>
      ) : null}
      <FieldError id={errorId(id)} message={error} />
      <input
        className="input"
        id={id}
        name={id}
        type={type}
        value={value}
        min={min}
        max={max}
        step={type === 'number' ? 1 : undefined}
        // Shared practice computers: the browser must not offer one person's details to the next.
        autoComplete="off"
        spellCheck={type === 'text' ? undefined : false}
        aria-describedby={describedBy(hint && hintId(id), error && errorId(id))}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
