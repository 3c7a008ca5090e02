/**
 * One line naming who to call for a role, from the practice settings: "Dr A. Patel, 01632 960123".
 * For the "Who to tell" screen and the plan, which show it only when the practice has filled it in.
 */
import { contactRoles, type ContactRole } from '../content/settings';

/** The part of practice settings that names who to call; src/record/settingsSchema.ts stores the whole. */
export interface SettingsContacts {
  readonly contacts: Readonly<Partial<Record<ContactRole, { readonly name?: string; readonly phone?: string }>>>;
}

export function contactFor(settings: SettingsContacts | undefined, role: ContactRole): string | undefined {
  const contact = settings?.contacts[role];
  // Stored values are trimmed, but settings can also come from code that skipped the checks.
  const parts = [contact?.name, contact?.phone].map((part) => part?.trim()).filter((part) => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * True for ids that are also contact roles. Some "who to tell" ids (onCall, practiceManager,
 * dataProtectionOfficer, caldicottGuardian, hrAdviser) are named the same on purpose.
 */
export function isContactRole(id: string): id is ContactRole {
  return (contactRoles as readonly string[]).includes(id);
}
