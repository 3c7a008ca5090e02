/**
 * The settings page edits text exactly as typed, so that nothing a person typed is lost or
 * reshaped while there are errors to fix; only on Save is it turned into settings and checked.
 */
import type { PracticeSettings } from '../../record/settingsSchema';
import { contactRoles, type ContactRole, type PolicyAnswer } from '../../content/settings';

export interface ContactForm {
  readonly name: string;
  readonly phone: string;
}

export interface SettingsForm {
  readonly practiceName: string;
  readonly concernPhone: string;
  readonly concernEmail: string;
  readonly complaintsPage: string;
  readonly contacts: Readonly<Record<ContactRole, ContactForm>>;
  readonly policyExists: PolicyAnswer | '';
  readonly policyWhereKept: string;
  readonly monitoring: PolicyAnswer | '';
  readonly replyByHours: string;
  readonly start: string;
  readonly end: string;
  readonly days: readonly number[];
  /** One name on each line. */
  readonly staffNames: string;
}

/** What each group of fields on the page is given. */
export interface FormSectionProps {
  readonly form: SettingsForm;
  readonly errors: ReadonlyMap<string, string>;
  readonly onChange: (change: Partial<SettingsForm>) => void;
}

export function toForm(settings: PracticeSettings): SettingsForm {
  const contacts = {} as Record<ContactRole, ContactForm>;
  for (const role of contactRoles) {
    const contact = settings.contacts[role];
    contacts[role] = { name: contact?.name ?? '', phone: contact?.phone ?? '' };
  }
  return {
    practiceName: settings.practiceName ?? '',
    concernPhone: settings.raiseConcern.phone ?? '',
    concernEmail: settings.raiseConcern.email ?? '',
    complaintsPage: settings.raiseConcern.complaintsPage ?? '',
    contacts,
    policyExists: settings.socialMediaPolicy.exists ?? '',
    policyWhereKept: settings.socialMediaPolicy.whereKept ?? '',
    monitoring: settings.monitoring ?? '',
    replyByHours: String(settings.replyByHours),
    start: settings.workingHours.start,
    end: settings.workingHours.end,
    days: settings.workingHours.days,
    staffNames: settings.staffNames.join('\n'),
  };
}

/**
 * The settings the form describes, not yet checked: a blank box means "not given", and hours that
 * are not a number become NaN so the check reports them rather than quietly saving 0.
 */
export function fromForm(form: SettingsForm): PracticeSettings {
  const contacts: PracticeSettings['contacts'] = {};
  for (const role of contactRoles) {
    const contact = withoutBlanks({ name: form.contacts[role].name, phone: form.contacts[role].phone });
    if (Object.keys(contact).length > 0) contacts[role] = contact;
  }
  const hours = form.replyByHours.trim();
  return {
    schemaVersion: 1,
    ...withoutBlanks({ practiceName: form.practiceName }),
    raiseConcern: withoutBlanks({ phone: form.concernPhone, email: form.concernEmail, complaintsPage: form.complaintsPage }),
    contacts,
    socialMediaPolicy: withoutBlanks({ exists: form.policyExists, whereKept: form.policyWhereKept }),
    ...withoutBlanks({ monitoring: form.monitoring }),
    replyByHours: hours === '' ? Number.NaN : Number(hours),
    workingHours: { start: form.start, end: form.end, days: [...new Set(form.days)].sort((a, b) => a - b) },
    staffNames: [
      ...new Set(
        form.staffNames
          .split(/\r?\n/)
          .map((name) => name.trim())
          .filter((name) => name !== ''),
      ),
    ],
  };
}

/** Trimmed text, leaving out anything left blank, so stored settings hold only what was given. */
function withoutBlanks<T extends Record<string, string>>(fields: T): { [K in keyof T]?: Exclude<T[K], ''> } {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    const trimmed = value.trim();
    if (trimmed !== '') kept[key] = trimmed;
  }
  return kept as { [K in keyof T]?: Exclude<T[K], ''> };
}
