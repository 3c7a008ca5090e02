import { FieldFrame, fieldDescriptionIds } from './FieldFrame';

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
  const common = {
    id,
    name: id,
    value,
    // Shared practice computers: the browser must not offer one person's entries to the next.
    autoComplete: 'off',
    spellCheck,
    'aria-describedby': fieldDescriptionIds(id, hint, error),
    'aria-invalid': error ? true : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <FieldFrame id={id} label={label} optionalText={optionalText} hint={hint} error={error} errorPrefix={errorPrefix}>
      {multiline ? <textarea className="textarea" rows={4} {...common} /> : <input className="input" type="text" size={50} {...common} />}
    </FieldFrame>
  );
}
