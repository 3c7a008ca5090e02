import { FieldFrame, fieldDescriptionIds } from './FieldFrame';

interface Props {
  readonly id: string;
  readonly label: string;
  /** Shown after the label: "(optional)". */
  readonly optionalText?: string;
  /** The first entry, for no choice yet: "Choose a site". */
  readonly placeholder: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly value: string;
  readonly error?: string;
  readonly errorPrefix?: string;
  readonly onChange: (value: string) => void;
}

/** A labelled drop-down list with a "none chosen" first entry, and its error message when there is one. */
export function SelectField({ id, label, optionalText, placeholder, options, value, error, errorPrefix, onChange }: Props) {
  return (
    <FieldFrame id={id} label={label} optionalText={optionalText} error={error} errorPrefix={errorPrefix}>
      <select
        className="input"
        id={id}
        value={value}
        aria-describedby={fieldDescriptionIds(id, undefined, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
