/**
 * Who from the practice settings each plan action calls on, so a name and number saved in
 * settings appear beside the step that needs them, not only on the "who to tell" screen. One row
 * per action; a role is listed only where the action's own words bring that person in.
 */
import type { ActionId } from '../content/actions';
import { contactRoles, type ContactRole } from '../content/settings';
import { contactFor, type SettingsContacts } from './contactFor';

export const actionContactRoles: Readonly<Partial<Record<ActionId, readonly ContactRole[]>>> = {
  warnThreatenedPerson: ['onCall'],
  askColleagueToTakeDown: ['dataProtectionOfficer'],
  ringOnCall: ['onCall'],
  tellPartnerOnCall: ['onCall', 'practiceManager'],
  involveCaldicottAndDpo: ['caldicottGuardian', 'dataProtectionOfficer'],
  namedClinicianCallsDefenceBody: ['defenceBody'],
  getHrAdvice: ['hrAdviser', 'dataProtectionOfficer'],
  handlePressEnquiry: ['defenceBody'],
  filmingInPractice: ['practiceManager', 'dataProtectionOfficer'],
  reportFakeAccount: ['socialMediaLead'],
  reportReviewFlood: ['profileLoginHolder'],
  reportGoogleReview: ['profileLoginHolder'],
  reportNhsReview: ['profileLoginHolder'],
  reportToSite: ['socialMediaLead'],
  considerBlocking: ['socialMediaLead'],
  replyBriefly: ['socialMediaLead', 'lmc'],
  keepWatching: ['socialMediaLead'],
  checkWithDefenceBody: ['defenceBody'],
  specialAllocationScheme: ['lmc'],
  respondToCampaign: ['practiceManager'],
  considerWhistleblowing: ['hrAdviser'],
  followFairProcess: ['hrAdviser', 'dataProtectionOfficer'],
  checkLeaverAgreement: ['hrAdviser'],
  supportGp: ['lmc'],
  supportNonClinical: ['lmc'],
  supportManager: ['lmc'],
  supportColleague: ['lmc'],
  setUpMonitoring: ['socialMediaLead'],
  writeSocialMediaPolicy: ['lmc'],
  significantEventReview: ['lmc', 'defenceBody'],
};

export function contactRolesFor(actionId: string): readonly ContactRole[] {
  return Object.hasOwn(actionContactRoles, actionId) ? (actionContactRoles[actionId as ActionId] ?? []) : [];
}

export interface ActionContact {
  readonly role: ContactRole;
  /** "Dr A. Patel, 01632 960123", as the practice saved it. */
  readonly contact: string;
}

/** The people an action calls on that the practice has filled in, in the settings page's order. */
export function contactsForAction(settings: SettingsContacts | undefined, actionId: string): ActionContact[] {
  const roles = contactRolesFor(actionId);
  return contactRoles.flatMap((role) => {
    if (!roles.includes(role)) return [];
    const contact = contactFor(settings, role);
    return contact === undefined ? [] : [{ role, contact }];
  });
}
