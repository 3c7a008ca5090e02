/**
 * Practice settings, schema version 1: the names, numbers and habits of one practice, kept on this
 * device and checked every time they are read, like the incident record.
 *
 * Deliberately has no field for a password or sign-in detail: the computer is shared, so the app
 * keeps who holds a login, never the login itself. Unknown keys are dropped on parse, so a stray
 * field can never be written back to storage.
 *
 * Every role and every piece of text is optional, so a practice can save what it knows today, and
 * a later version can add a role without a migration.
 */
import * as z from 'zod/mini';
import { policyAnswers, settingsContent, type ContactRole } from '../content/settings';

export const settingsSchemaVersion = 1;

const errors = settingsContent.errors;

const text = z.string().check(z.trim());

// Lenient on purpose: staff type numbers every which way ("01632 960123", "+44 (0)1632 960123",
// "01632 960123 ext 4"). The check is there to catch a name or a note typed in the wrong box.
const phonePattern = /^\+?[\d\s()-]+(?:\s*(?:ext\.?|extension)\s*\d+)?$/i;
function phoneNumber(message: string) {
  return z.string().check(
    z.trim(),
    z.refine((value) => phonePattern.test(value) && (value.match(/\d/g) ?? []).length >= 3, message),
  );
}

/** A web address as staff copy it, with or without https:// in front. */
const webAddressPattern = /^(?:https?:\/\/)?[^\s/.]+(?:\.[^\s/.]+)+(?:\/\S*)?$/i;

const clockTime = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

function contact(role: ContactRole) {
  return z.object({
    name: z.optional(text),
    phone: z.optional(phoneNumber(settingsContent.contacts.roles[role].phoneError)),
  });
}

const workingHours = z
  .object({
    start: z.string().check(z.regex(clockTime, errors.start)),
    end: z.string().check(z.regex(clockTime, errors.end)),
    days: z
      .array(z.int({ error: errors.day }).check(z.minimum(1, errors.day), z.maximum(7, errors.day)))
      .check(z.minLength(1, errors.days)),
  })
  .check(
    z.refine(
      // Only once both times are readable: a bad time already has a message of its own.
      (hours) => !clockTime.test(hours.start) || !clockTime.test(hours.end) || hours.end > hours.start,
      { error: errors.endBeforeStart, path: ['end'] },
    ),
  );

// Keys are in the order the settings page shows them, so errors come out in page order.
export const practiceSettings = z.object({
  schemaVersion: z.literal(settingsSchemaVersion, { error: errors.schemaVersion }),
  practiceName: z.optional(text),
  /** How people are asked to raise a concern in reply drafts: a role's channels, not a person's. */
  raiseConcern: z.object({
    phone: z.optional(phoneNumber(errors.concernPhone)),
    email: z.optional(z.email(errors.concernEmail)),
    complaintsPage: z.optional(z.string().check(z.trim(), z.regex(webAddressPattern, errors.complaintsPage))),
  }),
  contacts: z.object({
    onCall: z.optional(contact('onCall')),
    practiceManager: z.optional(contact('practiceManager')),
    socialMediaLead: z.optional(contact('socialMediaLead')),
    profileLoginHolder: z.optional(contact('profileLoginHolder')),
    dataProtectionOfficer: z.optional(contact('dataProtectionOfficer')),
    caldicottGuardian: z.optional(contact('caldicottGuardian')),
    hrAdviser: z.optional(contact('hrAdviser')),
    defenceBody: z.optional(contact('defenceBody')),
    lmc: z.optional(contact('lmc')),
  }),
  socialMediaPolicy: z.object({
    exists: z.optional(z.enum(policyAnswers, { error: errors.policyExists })),
    whereKept: z.optional(text),
  }),
  /**
   * Whether anyone keeps an eye on what is said online about the practice. Optional, so settings
   * saved before it was added still read as they are: unknown until someone answers it.
   */
  monitoring: z.optional(z.enum(policyAnswers, { error: errors.monitoring })),
  /** Hours from finding a post to the suggested reply-by time. */
  replyByHours: z.int({ error: errors.replyByHours }).check(z.minimum(1, errors.replyByHours), z.maximum(72, errors.replyByHours)),
  /** Days are 1 (Monday) to 7 (Sunday); times are 'HH:MM' on the 24-hour clock, local time. */
  workingHours,
  /** Used to spot a colleague's name in a reply draft before it is posted. */
  staffNames: z.array(z.string().check(z.trim(), z.minLength(1, errors.staffName))),
  /**
   * Goes up by one on every save; a save from a page that loaded an older revision is refused, as
   * for incidents (two tabs). Optional, so settings saved before it was added read as revision 0.
   */
  revision: z.optional(z.int().check(z.nonnegative())),
});

export type PracticeSettings = z.infer<typeof practiceSettings>;
export type ContactDetails = z.infer<ReturnType<typeof contact>>;

export const defaultSettings: PracticeSettings = {
  schemaVersion: settingsSchemaVersion,
  raiseConcern: {},
  contacts: {},
  socialMediaPolicy: {},
  replyByHours: 4,
  workingHours: { start: '08:00', end: '18:30', days: [1, 2, 3, 4, 5] },
  staffNames: [],
};
