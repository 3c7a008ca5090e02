/**
 * One radio or checkbox with its label, in the NHS.UK pattern (large target, label beside it).
 * Every form in the app uses this, so the markup, sizing and invalid state stay the same.
 */
export function Choice({
  id,
  name,
  type,
  value,
  checked,
  invalid,
  label,
  onChange,
}: {
  id: string;
  name: string;
  type: 'radio' | 'checkbox';
  value: string;
  checked: boolean;
  invalid: boolean;
  label: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="choice">
      <input
        className="choice__input"
        id={id}
        name={name}
        type={type}
        value={value}
        checked={checked}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="choice__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
