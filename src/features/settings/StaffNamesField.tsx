import { settingsContent } from '../../content/settings';
import type { FormSectionProps } from './settingsForm';
import { FieldError } from './FieldError';
import { describedBy, errorId, hintId, settingsFieldId } from './settingsFieldIds';

const content = settingsContent.staff;
const id = settingsFieldId(['staffNames']);

/** Colleagues' names, one a line, so a reply draft that names someone can be caught before it is posted. */
export function StaffNamesField({ form, errors, onChange }: FormSectionProps) {
  const error = errors.get(id);
  return (
    <section aria-labelledby="settings-staff-heading">
      <h2 className="heading-m" id="settings-staff-heading">
        {content.heading}
      </h2>
      <div className={`form-group${error ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor={id}>
          {content.label}
        </label>
        <div className="hint" id={hintId(id)}>
          {content.hint}
        </div>
        <FieldError id={errorId(id)} message={error} />
        <textarea
          className="textarea"
          id={id}
          name={id}
          rows={8}
          value={form.staffNames}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy(hintId(id), error && errorId(id))}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange({ staffNames: event.target.value })}
        />
      </div>
    </section>
  );
}
