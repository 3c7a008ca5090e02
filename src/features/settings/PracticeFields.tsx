import { settingsContent } from '../../content/settings';
import type { FormSectionProps } from './settingsForm';
import { hintId, settingsFieldId } from './settingsFieldIds';
import { TextField } from './TextField';

const practice = settingsContent.practice;
const concern = settingsContent.raiseConcern;
const nameId = settingsFieldId(['practiceName']);
const concernId = settingsFieldId(['raiseConcern']);
const phoneId = settingsFieldId(['raiseConcern', 'phone']);
const emailId = settingsFieldId(['raiseConcern', 'email']);
const pageId = settingsFieldId(['raiseConcern', 'complaintsPage']);

/** The practice's name, and the channels reply drafts point people to. */
export function PracticeFields({ form, errors, onChange }: FormSectionProps) {
  return (
    <>
      <fieldset className="fieldset form-group">
        <legend className="legend">
          <h2 className="heading-m">{practice.legend}</h2>
        </legend>
        <TextField
          id={nameId}
          label={practice.nameLabel}
          hint={practice.nameHint}
          type="text"
          value={form.practiceName}
          error={errors.get(nameId)}
          onChange={(practiceName) => onChange({ practiceName })}
        />
      </fieldset>
      <fieldset className="fieldset form-group" aria-describedby={hintId(concernId)}>
        <legend className="legend">
          <h2 className="heading-m">{concern.legend}</h2>
        </legend>
        <div className="hint form-group" id={hintId(concernId)}>
          {concern.hint}
        </div>
        <TextField
          id={phoneId}
          label={concern.phoneLabel}
          hiddenLabelSuffix={concern.legend}
          type="tel"
          value={form.concernPhone}
          error={errors.get(phoneId)}
          onChange={(concernPhone) => onChange({ concernPhone })}
        />
        <TextField
          id={emailId}
          label={concern.emailLabel}
          hiddenLabelSuffix={concern.legend}
          type="email"
          value={form.concernEmail}
          error={errors.get(emailId)}
          onChange={(concernEmail) => onChange({ concernEmail })}
        />
        <TextField
          id={pageId}
          label={concern.complaintsPageLabel}
          hint={concern.complaintsPageHint}
          type="text"
          value={form.complaintsPage}
          error={errors.get(pageId)}
          onChange={(complaintsPage) => onChange({ complaintsPage })}
        />
      </fieldset>
    </>
  );
}
