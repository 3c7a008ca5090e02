import { settingsContent } from '../../content/settings';
import { contactRoles, type ContactRole } from '../../content/settings';
import type { ContactForm, FormSectionProps } from './settingsForm';
import { describedBy, hintId, settingsFieldId } from './settingsFieldIds';
import { TextField } from './TextField';

const content = settingsContent.contacts;
const warningId = 'settings-contacts-warning';

/** The people to call, one fieldset per role, under the warning never to keep passwords here. */
export function ContactFields({ form, errors, onChange }: FormSectionProps) {
  const change = (role: ContactRole, contact: Partial<ContactForm>) =>
    onChange({ contacts: { ...form.contacts, [role]: { ...form.contacts[role], ...contact } } });
  return (
    <section aria-labelledby="settings-contacts-heading" aria-describedby={warningId}>
      <h2 className="heading-m" id="settings-contacts-heading">
        {content.heading}
      </h2>
      <p>{content.intro}</p>
      <p className="hint card card--warning" id={warningId}>
        <strong>{content.passwordWarning}</strong>
      </p>
      {contactRoles.map((role) => {
        const roleContent = content.roles[role];
        const roleHint = 'hint' in roleContent ? roleContent.hint : undefined;
        const groupId = settingsFieldId(['contacts', role]);
        const nameId = settingsFieldId(['contacts', role, 'name']);
        const phoneId = settingsFieldId(['contacts', role, 'phone']);
        return (
          <fieldset
            key={role}
            className="fieldset form-group"
            // The sign-in holder is where someone is most tempted to type a password, so the warning is read there too.
            aria-describedby={describedBy(roleHint && hintId(groupId), role === 'profileLoginHolder' && warningId)}
          >
            <legend className="legend">{roleContent.legend}</legend>
            {roleHint ? (
              <div className="hint" id={hintId(groupId)}>
                {roleHint}
              </div>
            ) : null}
            <TextField
              id={nameId}
              label={content.nameLabel}
              hiddenLabelSuffix={roleContent.legend}
              type="text"
              value={form.contacts[role].name}
              error={errors.get(nameId)}
              onChange={(name) => change(role, { name })}
            />
            <TextField
              id={phoneId}
              label={content.phoneLabel}
              hiddenLabelSuffix={roleContent.legend}
              type="tel"
              value={form.contacts[role].phone}
              error={errors.get(phoneId)}
              onChange={(phone) => change(role, { phone })}
            />
          </fieldset>
        );
      })}
    </section>
  );
}
