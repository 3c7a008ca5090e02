/**
 * What bringing in a settings-and-policy file would change on this computer, worked out before
 * anything is saved so the page can say so and ask (issue 17). Pure.
 *
 * Nothing already entered is lost: a value the file leaves blank keeps what this computer has, and
 * staff names are added to, never replaced. The policy is never replaced without being asked: when
 * the two differ the page shows both, says which was adopted more recently, and keeps this
 * computer's unless the user chooses the file's.
 */
import { contactRoles, settingsContent } from '../content/settings';
import { practiceTransferWords } from '../content/practiceTransferWords';
import type { PracticeFile } from './practiceFile';
import { policyInForce } from './policyInForce';
import type { SavedPolicy } from './policySchema';
import type { PracticeSettings } from './settingsSchema';

const words = practiceTransferWords;
const labels = settingsContent;

/** One setting the file would change: `from` is undefined when this computer has nothing there. */
export interface SettingChange {
  readonly label: string;
  readonly from: string | undefined;
  readonly to: string;
}

export type PolicyComparison =
  | { readonly kind: 'none' }
  | { readonly kind: 'same' }
  | { readonly kind: 'add'; readonly file: SavedPolicy }
  | {
      readonly kind: 'differs';
      readonly here: SavedPolicy;
      readonly file: SavedPolicy;
      /** Which was adopted more recently, going by the version in force on each side. */
      readonly newer: 'here' | 'file' | 'unclear';
    };

export interface ImportPlan {
  /** The settings to save: this computer's, with what the file fills in or changes. */
  readonly settings: PracticeSettings;
  readonly settingChanges: readonly SettingChange[];
  readonly addedStaffNames: readonly string[];
  readonly policy: PolicyComparison;
}

interface TextSetting {
  readonly label: string;
  readonly get: (settings: PracticeSettings) => string | undefined;
  readonly set: (settings: PracticeSettings, value: string) => PracticeSettings;
}

const concern = (key: 'phone' | 'email' | 'complaintsPage', label: string): TextSetting => ({
  label: `${labels.raiseConcern.legend}: ${label}`,
  get: (s) => s.raiseConcern[key],
  set: (s, value) => ({ ...s, raiseConcern: { ...s.raiseConcern, [key]: value } }),
});

const contactSettings: readonly TextSetting[] = contactRoles.flatMap((role) =>
  (['name', 'phone'] as const).map((key): TextSetting => ({
    label: `${labels.contacts.roles[role].planLabel}: ${key === 'name' ? labels.contacts.nameLabel : labels.contacts.phoneLabel}`,
    get: (s) => s.contacts[role]?.[key],
    set: (s, value) => ({ ...s, contacts: { ...s.contacts, [role]: { ...s.contacts[role], [key]: value } } }),
  })),
);

const optionWords = (value: string | undefined) => labels.policy.options.find((option) => option.value === value)?.label ?? value;

const textSettings: readonly TextSetting[] = [
  { label: labels.practice.nameLabel, get: (s) => s.practiceName, set: (s, value) => ({ ...s, practiceName: value }) },
  concern('phone', labels.raiseConcern.phoneLabel),
  concern('email', labels.raiseConcern.emailLabel),
  concern('complaintsPage', labels.raiseConcern.complaintsPageLabel),
  ...contactSettings,
  {
    label: labels.policy.whereKeptLabel,
    get: (s) => s.socialMediaPolicy.whereKept,
    set: (s, value) => ({ ...s, socialMediaPolicy: { ...s.socialMediaPolicy, whereKept: value } }),
  },
];

function given(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

function hoursText(settings: PracticeSettings): string {
  const { start, end, days } = settings.workingHours;
  const dayNames = labels.timing.days.filter((day) => days.includes(day.value)).map((day) => day.label);
  return words.workingHours(start, end, dayNames.join(', '));
}

function mergeSettings(
  here: PracticeSettings,
  file: PracticeSettings,
): Pick<ImportPlan, 'settings' | 'settingChanges' | 'addedStaffNames'> {
  let merged = here;
  const changes: SettingChange[] = [];
  for (const setting of textSettings) {
    const to = setting.get(file);
    const from = setting.get(here);
    if (!given(to) || to === from) continue;
    merged = setting.set(merged, to);
    changes.push({ label: setting.label, from: given(from) ? from : undefined, to });
  }
  const choices = [
    { label: labels.policy.existsLegend, key: 'exists' as const },
    { label: labels.policy.monitoringLegend, key: 'monitoring' as const },
  ];
  for (const { label, key } of choices) {
    const to = key === 'exists' ? file.socialMediaPolicy.exists : file.monitoring;
    const from = key === 'exists' ? merged.socialMediaPolicy.exists : merged.monitoring;
    if (to === undefined || to === from) continue;
    merged =
      key === 'exists' ? { ...merged, socialMediaPolicy: { ...merged.socialMediaPolicy, exists: to } } : { ...merged, monitoring: to };
    changes.push({ label, from: optionWords(from), to: optionWords(to) ?? to });
  }
  if (file.replyByHours !== here.replyByHours) {
    merged = { ...merged, replyByHours: file.replyByHours };
    changes.push({ label: labels.timing.replyByLabel, from: String(here.replyByHours), to: String(file.replyByHours) });
  }
  if (hoursText(file) !== hoursText(here)) {
    merged = { ...merged, workingHours: { ...file.workingHours, days: [...file.workingHours.days] } };
    changes.push({ label: labels.timing.hoursLegend, from: hoursText(here), to: hoursText(file) });
  }
  const known = new Set(here.staffNames.map((name) => name.toLowerCase()));
  const addedStaffNames = [...new Set(file.staffNames.filter((name) => !known.has(name.toLowerCase())))];
  if (addedStaffNames.length > 0) merged = { ...merged, staffNames: [...here.staffNames, ...addedStaffNames] };
  return { settings: merged, settingChanges: changes, addedStaffNames };
}

/** A policy with nothing in it yet counts as none. */
function hasContent(policy: SavedPolicy | undefined): policy is SavedPolicy {
  return policy !== undefined && (Object.keys(policy.answers).length > 0 || (policy.earlier?.length ?? 0) > 0);
}

function sameContent(a: SavedPolicy, b: SavedPolicy): boolean {
  const { revision: _a, ...left } = a;
  const { revision: _b, ...right } = b;
  const normal = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(normal)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, inner]) => inner !== undefined)
              .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
              .map(([key, inner]) => [key, normal(inner)]),
          )
        : value;
  return JSON.stringify(normal(left)) === JSON.stringify(normal(right));
}

function newerOf(here: SavedPolicy, file: SavedPolicy): 'here' | 'file' | 'unclear' {
  const a = policyInForce(here);
  const b = policyInForce(file);
  if (a === undefined || b === undefined) return a === b ? 'unclear' : a === undefined ? 'file' : 'here';
  if (a.adoptedOn !== b.adoptedOn) return a.adoptedOn > b.adoptedOn ? 'here' : 'file';
  return a.version === b.version ? 'unclear' : a.version > b.version ? 'here' : 'file';
}

function comparePolicies(here: SavedPolicy | undefined, file: SavedPolicy | undefined): PolicyComparison {
  if (!hasContent(file)) return { kind: 'none' };
  if (!hasContent(here)) return { kind: 'add', file };
  if (sameContent(here, file)) return { kind: 'same' };
  return { kind: 'differs', here, file, newer: newerOf(here, file) };
}

export function planImport(here: PracticeSettings, herePolicy: SavedPolicy | undefined, file: PracticeFile): ImportPlan {
  return { ...mergeSettings(here, file.settings), policy: comparePolicies(herePolicy, file.policy) };
}

/** Whether the plan would change anything at all. */
export function changesAnything(plan: ImportPlan): boolean {
  return plan.settingChanges.length > 0 || plan.addedStaffNames.length > 0 || plan.policy.kind === 'add' || plan.policy.kind === 'differs';
}
