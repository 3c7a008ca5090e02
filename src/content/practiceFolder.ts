/**
 * The words of the practice folder (issue 18): the part of practice settings where a folder on the
 * practice's shared drive is chosen, the home screen's notices, and the page that asks which of
 * two versions to keep. Used by src/features/practiceFolder/.
 */

export const practiceFolderWords = {
  // Settings.
  heading: 'Practice folder',
  intro:
    'Choose a folder on the practice’s shared drive and every incident is kept there as well as on this computer, so any practice computer that opens the same folder sees the same incidents, and clearing the browser at log-off loses nothing. Each incident is one file named by its reference (for example “SM-2026-0007 incident.json”), with its screenshots in a folder beside it.',
  unsupported:
    'This browser cannot use a practice folder. It needs Microsoft Edge or Google Chrome on a computer (not a phone). Incidents are kept on this computer only, as before.',
  blocked:
    'The browser or this computer’s settings did not let the app use a folder. Incidents are kept on this computer only, as before. Your IT support may be able to allow it for this site.',
  denied: 'The app was not given permission to use the folder, so incidents are kept on this computer only for now.',
  unreachable:
    'The practice folder could not be reached (perhaps the shared drive is not connected). Incidents are still saved on this computer, and will be written to the folder at the next check.',
  conflictOnSave:
    'Someone changed the same incident on another computer at the same time. Both versions are kept in the folder: choose which one to keep below.',
  none: 'No folder chosen: incidents are kept on this computer only.',
  chosen: (name: string) => `Incidents are also kept in the folder “${name}”.`,
  waiting: (name: string) => `The folder “${name}” was chosen, but the browser needs your permission again to use it after a restart.`,
  choose: 'Choose the practice folder',
  chooseAnother: 'Choose a different folder',
  reconnect: 'Reconnect the practice folder',
  checkNow: 'Check the folder now',
  checking: 'Checking the practice folder…',
  forget: 'Stop using the folder on this computer',
  forgetHint: 'The folder and the files in it are left as they are.',
  lastChecked: (when: string) => `Last checked ${when}.`,
  outcome: (broughtIn: number, writtenOut: number, removed: number) =>
    [
      broughtIn > 0 ? `${broughtIn} ${broughtIn === 1 ? 'incident' : 'incidents'} brought in from the folder` : '',
      writtenOut > 0 ? `${writtenOut} written to the folder` : '',
      removed > 0 ? `${removed} deleted on another computer and removed here` : '',
    ]
      .filter((part) => part !== '')
      .join('; ') || 'Everything is up to date.',
  unreadableHeading: 'Files in the folder that could not be read',
  unreadable: (fileName: string, problem: string) => `“${fileName}”: ${problem}. It has been left as it is.`,
  howItWorksHeading: 'How the practice folder works',
  howItWorks: [
    'Every save on this computer is written to the folder too. The file is written in full before it replaces the old one, so a crash or a closed tab never leaves half an incident.',
    'When the incident list opens, and when you choose “Check the folder now”, incidents saved on other computers are brought in.',
    'If two computers change the same incident at the same time, nothing is overwritten: the app keeps both and asks which to keep. The one not kept stays in the folder as a file marked “not kept”.',
    'Deleting an incident deletes its files in the folder too. “Delete all data on this computer” does not touch the folder.',
    'After the browser restarts it asks your permission again before it uses the folder.',
  ],

  // Home screen.
  reconnectBanner: (name: string) =>
    `The practice folder “${name}” needs your permission again before this computer can use it. Until then, incidents are saved on this computer only.`,
  conflictBanner: (count: number) =>
    `${count === 1 ? 'An incident was' : `${count} incidents were`} changed on two computers at the same time. Both versions are kept: choose which to keep.`,
  chooseVersions: (reference: string) => `Choose which version of ${reference} to keep`,

  // Choosing between versions.
  conflictHeading: (reference: string) => `Two versions of ${reference}`,
  conflictIntro:
    'This incident was changed on two computers at the same time. Nothing has been overwritten. Choose the version to keep: it becomes the incident on every computer. The other stays in the practice folder as a file marked “not kept”, so nothing is lost.',
  versionHeading: (index: number) => `Version ${index}`,
  inFolderAs: (fileName: string) => `In the folder as “${fileName}”`,
  savedAt: (when: string) => `Last saved ${when}`,
  revision: (revision: number) => `Save number ${revision}`,
  status: (closed: boolean) => (closed ? 'Closed' : 'Open'),
  counts: (answers: number, evidence: number, done: number) =>
    `${answers} ${answers === 1 ? 'answer' : 'answers'}, ${evidence} ${evidence === 1 ? 'post' : 'posts'} in the evidence log, ${done} ${done === 1 ? 'step' : 'steps'} of the plan marked done`,
  differsHeading: 'What is different from the other version',
  differs: {
    status: 'whether it is open or closed',
    answers: (count: number) => `${count} ${count === 1 ? 'answer' : 'answers'}`,
    evidence: 'the evidence log',
    references: 'the references (reports, police, advice)',
    actions: 'the progress of the plan',
    reply: 'the reply',
  },
  nothingDiffers: 'Nothing the app shows differs; only the time of saving.',
  keep: 'Keep this one',
  keepVersion: (index: number) => `Keep version ${index}`,
  kept: (reference: string) =>
    `The version you chose is now ${reference} on every computer that uses the folder. The other is kept in the folder as a file marked “not kept”.`,
  keepFailed: 'The versions changed in the folder while you were choosing. Check the folder again and choose again.',
  backToList: 'Back to the incident list',
  /** A version in the folder whose screenshots are not all there (yet), listed in settings. */
  missingEvidence: (missing: number, evidenceFolder: string, keepsOwn: boolean) =>
    `${missing === 1 ? '1 of its evidence files is' : `${missing} of its evidence files are`} missing from “${evidenceFolder}” or not as saved, so this computer has not taken this version in${keepsOwn ? ' and keeps its own until they are there' : ' yet: it will once they are there'}`,
} as const;
