/** The list of the policy's versions on the "Be prepared" page, and the page showing an earlier one. */
export const policyHistoryWords = {
  heading: 'Versions of the policy',
  intro: 'Each version the partners adopt is kept. An adopted version stays in force until the next one is adopted.',
  draft: 'Draft: not adopted yet.',
  inForce: (adoptedOn: string, reviewBy: string) => `Adopted on ${adoptedOn}, in force. Review by ${reviewBy}.`,
  replaced: (adoptedOn: string, replacedOn: string, by: number) => `Adopted on ${adoptedOn}. Replaced by version ${by} on ${replacedOn}.`,
  versionLabel: (version: number) => `Version ${version}`,
  view: (version: number) => `View or print version ${version}`,
  /** On the page of an earlier version, printed with it. */
  replacedNotice: (version: number, replacedOn: string, by: number) =>
    `Version ${version} is no longer in force: version ${by} replaced it on ${replacedOn}. Kept as a record of what the practice agreed.`,
  inForceNotice: (version: number) => `Version ${version} is the practice’s policy in force until the draft is adopted.`,
  print: (version: number) => `Print version ${version}`,
  back: 'Back to Be prepared',
  pageTitle: (version: number) => `Social media policy, version ${version}`,
} as const;
