import { ui } from '../../content/ui';
import { Choice } from '../../components/Choice';

interface Props {
  /** The first radio's id, which an error link moves focus to. */
  readonly id: string;
  readonly name: string;
  readonly legend: string;
  readonly choices: readonly { readonly value: string; readonly label: string }[];
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
}

/** A set of radios in a fieldset, its legend the question, with the error tied to the group. */
export function ChoiceGroup({ id, name, legend, choices, value, error, onChange }: Props) {
  const errorId = `${id}-error`;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={error ? errorId : undefined}>
        <legend className="legend">{legend}</legend>
        {error ? (
          <p className="error-message" id={errorId}>
            <span className="visually-hidden">{ui.errorPrefix} </span>
            {error}
          </p>
        ) : null}
        <div className="radios">
          {choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${choice.value}`;
            return (
              <Choice
                key={choice.value}
                id={inputId}
                name={name}
                type="radio"
                value={choice.value}
                checked={value === choice.value}
                invalid={Boolean(error)}
                label={choice.label}
                onChange={() => onChange(choice.value)}
              />
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
