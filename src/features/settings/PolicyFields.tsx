import { settingsContent } from '../../content/settings';
import { Choice } from '../../components/Choice';
import type { PolicyAnswer } from '../../content/settings';
import type { FormSectionProps } from './settingsForm';
import { FieldError } from './FieldError';
import { describedBy, errorId, hintId, optionId, settingsFieldId } from './settingsFieldIds';
import { TextField } from './TextField';

const content = settingsContent.policy;
const existsId = settingsFieldId(['socialMediaPolicy', 'exists']);
const whereKeptId = settingsFieldId(['socialMediaPolicy', 'whereKept']);
const monitoringId = settingsFieldId(['monitoring']);

interface YesNoProps {
  readonly id: string;
  readonly legend: string;
  readonly hint?: string;
  readonly value: PolicyAnswer | '';
  readonly error: string | undefined;
  readonly onChange: (value: PolicyAnswer) => void;
}

/** Yes, no or not sure, as one fieldset whose first radio carries the id the error summary links to. */
function YesNoNotSure({ id, legend, hint, value, error, onChange }: YesNoProps) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(hint !== undefined && hintId(id), error && errorId(id))}>
        <legend className="legend">{legend}</legend>
        {hint === undefined ? null : (
          <p className="hint" id={hintId(id)}>
            {hint}
          </p>
        )}
        <FieldError id={errorId(id)} message={error} />
        <div className="radios">
          {content.options.map((option, index) => (
            <Choice
              key={option.value}
              id={optionId(id, index, option.value)}
              name={id}
              type="radio"
              value={option.value}
              checked={value === option.value}
              invalid={Boolean(error)}
              label={option.label}
              onChange={() => onChange(option.value)}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * Whether the practice has a social media policy (and where to find it in a hurry), and whether
 * anyone watches what is said online. The plan's "next time" steps read both, so the wizard never
 * has to ask them during an incident.
 */
export function PolicyFields({ form, errors, onChange }: FormSectionProps) {
  return (
    <section aria-labelledby="settings-policy-heading">
      <h2 className="heading-m" id="settings-policy-heading">
        {content.heading}
      </h2>
      <p>{content.intro}</p>
      <YesNoNotSure
        id={existsId}
        legend={content.existsLegend}
        value={form.policyExists}
        error={errors.get(existsId)}
        onChange={(policyExists) => onChange({ policyExists })}
      />
      <TextField
        id={whereKeptId}
        label={content.whereKeptLabel}
        hint={content.whereKeptHint}
        type="text"
        value={form.policyWhereKept}
        error={errors.get(whereKeptId)}
        onChange={(policyWhereKept) => onChange({ policyWhereKept })}
      />
      <YesNoNotSure
        id={monitoringId}
        legend={content.monitoringLegend}
        hint={content.monitoringHint}
        value={form.monitoring}
        error={errors.get(monitoringId)}
        onChange={(monitoring) => onChange({ monitoring })}
      />
    </section>
  );
}
