/**
 * The words of "Bring in an incident from a backup file" on the home screen. Apart from the note's
 * other words (noteUi.ts) because the panel's heading is on the first screen every visit shows.
 */
export const importPanelWords = {
  heading: 'Bring in an incident from a backup file',
  intro:
    'Choose a backup made with “Download a backup (.json)” in this app, or a handover file (you will be asked for its passphrase). It becomes a new incident with its own reference and opens where it was left. Nothing already on this computer is changed.',
  limit: (megabytes: string) => `The file can be up to ${megabytes} MB.`,
  fileLabel: 'Backup file (.json)',
  dropHeading: 'Or drop the backup file here',
  dropHint: 'Drag the file from a folder on this computer and let go of it inside this box.',
  oneFileOnly: 'Drop one backup file at a time. Nothing has been changed.',
  fileRefused:
    'One of the evidence files in the backup is not a kind of file this app keeps (a screenshot or a PDF), so the incident was not brought in. Nothing has been changed.',
  checking: 'Checking the file…',
  problemsTitle: 'The backup could not be brought in',
  imported: (reference: string) => `Brought in as ${reference}.`,
} as const;
