import { settingsContent } from '../../content/settings';
import { Choice } from '../../components/Choice';
import type { FormSectionProps } from './settingsForm';
import { FieldError } from './FieldError';
import { describedBy, errorId, optionId, settingsFieldId } from './settingsFieldIds';
import { TextField } from './TextField';

const content = settingsContent.policy;
const existsId = settingsFieldId(['socialMediaPolicy', 'exists']);
const whereKeptId = settingsFieldId(['socialMediaPolicy', 'whereKept']);

/** Whether the practice has a social media policy, and where to find it in a hurry. */
export function PolicyFields({ form, errors, onChange }: FormSectionProps) {
  const error = errors.get(existsId);
  return (
    <section aria-labelledby="settings-policy-heading">
      <h2 className="heading-m" id="settings-policy-heading">
        {content.heading}
      </h2>
      <div className={`form-group${error ? ' form-group--error' : ''}`}>
        <fieldset className="fieldset" aria-describedby={describedBy(error && errorId(existsId))}>
          <legend className="legend">{content.existsLegend}</legend>
          <FieldError id={errorId(existsId)} message={error} />
          <div className="radios">
            {content.options.map((option, index) => {
              const id = optionId(existsId, index, option.value);
              return (
                <Choice
                  key={option.value}
                  id={id}
                  name={existsId}
                  type="radio"
                  value={option.value}
                  checked={form.policyExists === option.value}
                  invalid={Boolean(error)}
                  label={option.label}
                  onChange={() => onChange({ policyExists: option.value })}
                />
              );
            })}
          </div>
        </fieldset>
      </div>
      <TextField
        id={whereKeptId}
        label={content.whereKeptLabel}
        hint={content.whereKeptHint}
        type="text"
        value={form.policyWhereKept}
        error={errors.get(whereKeptId)}
        onChange={(policyWhereKept) => onChange({ policyWhereKept })}
      />
    </section>
  );
}
