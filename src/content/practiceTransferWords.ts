/**
 * Moving the practice settings and the social media policy to another computer in one file, on the
 * "Be prepared" page (issue 17): the words of the export, the import's checks and its question.
 */
export const practiceTransferWords = {
  heading: 'Move your settings and policy to another computer',
  intro:
    'Download the practice settings and every version of the policy in one file, then bring it in on the other computer. Nothing is sent anywhere: you move the file yourself, for example on the practice shared drive.',
  exportButton: 'Download settings and policy',
  exported: (fileName: string) => `Downloading ${fileName}.`,
  fileName: (date: string) => `practice-settings-and-policy-${date}.json`,
  importLabel: 'Bring in settings and policy from a file',
  importHint: 'Choose a file downloaded with the button above. You will see what it would change before anything is saved.',
  reading: 'Reading the file…',
  /** Refusals: said in words, nothing saved. */
  problems: {
    tooBig: 'This file is too big to be a settings file from this tool. Nothing has been changed.',
    notJson: 'This file could not be read as a settings file from this tool. Nothing has been changed.',
    notOurs:
      'This is not a settings and policy file from this tool (an incident backup is brought in from the incident list). Nothing has been changed.',
    otherVersion: 'This file was made by a different version of this tool, so it cannot be brought in. Nothing has been changed.',
    invalid: (problems: string) => `Something in this file is not right, so nothing has been changed: ${problems}`,
    unreadable: 'The file could not be opened. Nothing has been changed.',
  },
  changesHeading: 'What bringing in this file would change',
  nothingToChange: 'This computer already has everything in the file. Nothing needs to change.',
  settingsChanges: 'Practice settings:',
  keptNote: 'Anything filled in on this computer that the file leaves blank is kept.',
  change: (label: string, from: string | undefined, to: string) =>
    from === undefined ? `${label}: add “${to}”` : `${label}: “${from}” becomes “${to}”`,
  staffAdded: (names: string) => `Staff names: add ${names}`,
  workingHours: (start: string, end: string, days: string) => `${start} to ${end}, ${days}`,
  blank: 'blank',
  policy: {
    legend: 'Social media policy',
    same: 'The policy in the file is the same as the one on this computer.',
    add: (file: string) => `The file has a policy (${file}); this computer has none yet, so it will be added.`,
    differs: (here: string, file: string) => `This computer has ${here}. The file has ${file}.`,
    hereNewer: 'The policy on this computer was adopted more recently. Keep it unless you are sure.',
    fileNewer: 'The policy in the file was adopted more recently.',
    keep: 'Keep the policy on this computer',
    useFile: 'Use the policy from the file instead (every version on this computer is replaced)',
    describe: (version: number, standing: string) => `version ${version}, ${standing}`,
    adoptedOn: (date: string) => `adopted on ${date}`,
    draftAfter: (date: string) => `a draft, with an earlier version adopted on ${date}`,
    draft: 'a draft not yet adopted',
    versionsCount: (count: number) => (count === 1 ? '1 version kept' : `${count} versions kept`),
  },
  confirm: 'Bring these in',
  cancel: 'Cancel',
  done: 'The settings and policy from the file are now on this computer.',
  saveFailed: 'The file could not be brought in, because this computer would not save it. Nothing has been changed.',
  policyOnly:
    'The policy from the file was brought in, but the practice settings could not be saved, so they are as they were. Choose the file again to try the settings once more.',
  conflict:
    'The settings or policy were changed in another tab or window while you were choosing, so nothing has been brought in. Choose the file again to see what it would change now.',
} as const;
