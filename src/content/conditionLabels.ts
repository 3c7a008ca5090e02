/**
 * Plain words for each routing condition. They label the edges of the route diagram and explain
 * "why you're seeing this screen", so each reads as a statement about this incident, not as code.
 * Where the answer behind a condition may be a guess, the wording says "may".
 */
export const conditionLabels = {
  inDanger: 'Someone may be in danger',
  needsPolice: 'The post may need reporting to the police',
  wantsUrgentOnly: 'You chose to stop after the first steps for now',
  breaksSiteRules: "The post may break the site's rules",
  inGroupWeDontRun: "The post is in a group or page the practice doesn't run",
  cannotReplyPublicly: 'There is nowhere public for the practice to reply',
  decidedToReply: 'You decided to reply',
  decidedComplaint: 'You decided to deal with it privately as a complaint',
  writtenByCurrentStaff: 'Someone who works at the practice wrote it',
  writtenByFormerStaff: 'Someone who used to work at the practice wrote it',
  writtenByStaff: 'Someone who works or worked at the practice wrote it',
  patientInfoShown: 'The post may show information about a patient',
  isAbusive: 'The post may be abuse rather than criticism',
  aboutColleague: 'The post is about a colleague',
} as const satisfies Record<string, string>;

/** The routing conditions by name; machines/conditions.ts decides each from the answers. */
export type ConditionName = keyof typeof conditionLabels;
