/**
 * The words of the handover file: a backup protected by a passphrase, for moving an incident from
 * a phone or home computer to the practice (issue 18). Used by the export panel under the plan, the
 * import panel on the home screen, and src/note/handover.ts for its refusals.
 */

/** The shortest passphrase accepted, in characters (spaces count). Three random words pass it easily. */
export const minPassphraseLength = 10;

export const handoverWords = {
  // Export panel, under the plan.
  heading: 'Hand over to the practice',
  intro:
    'Started this on a phone or a home computer? Download a handover file: the whole incident, with its screenshots, locked with a passphrase you choose. Bring it in at the practice with “Bring in an incident from a backup file” on the home screen.',
  open: 'Download a handover file (protected by a passphrase)',
  formHeading: 'Choose a passphrase for the handover file',
  passphraseLabel: 'Passphrase',
  passphraseHint: `At least ${minPassphraseLength} characters. Three random words are easy to say and hard to guess, for example “kettle orbit marmalade”. Do not use a password you use anywhere else.`,
  confirmLabel: 'Type the passphrase again',
  warningTitle: 'Keep the file and the passphrase apart',
  warning: [
    'Do not send the handover file by personal email or by WhatsApp, text or any other messaging app. Carry it in yourself (on a memory stick the practice allows, for example), or use a route the practice has agreed for sensitive files.',
    'Give the passphrase separately: by phone or in person, never in the same message or on the same device as the file.',
  ],
  submit: 'Download the handover file',
  cancel: 'Cancel',
  problemsTitle: 'The handover file was not made',
  protecting: 'Locking the file with the passphrase… this can take a few seconds.',
  downloading: (fileName: string) => `Your browser is saving ${fileName}, locked with your passphrase.`,
  afterDownload:
    'When the practice has brought the handover file in and checked that everything is there, delete the incident from this device, and delete the downloaded file too.',
  deleteHere: 'Delete this incident from this device now',
  failed: 'The handover file could not be made. Nothing has been changed; try again, or print the plan.',

  // Passphrase problems, on both sides.
  passphraseMissing: 'Enter a passphrase',
  passphraseTooShort: `The passphrase must be at least ${minPassphraseLength} characters. Three random words, such as “kettle orbit marmalade”, are long enough and easy to say over the phone.`,
  confirmMissing: 'Type the passphrase again',
  confirmDifferent: 'The two passphrases are not the same. Type the same passphrase in both boxes.',

  // Import panel, on the home screen.
  importHeading: 'This is a handover file',
  importIntro:
    'It is locked with a passphrase. Enter the passphrase you were given by phone or in person. The incident is checked in the same way as any backup, and becomes a new incident with its own reference.',
  importPassphraseLabel: 'Passphrase for the handover file',
  importSubmit: 'Unlock and bring in',
  importCancel: 'Choose a different file',
  unlocking: 'Unlocking the handover file… this can take a few seconds.',
  importProblemsTitle: 'The handover file could not be brought in',

  // Refusals from src/note/handover.ts. Each ends by saying nothing has been changed.
  wrongPassphraseOrChanged:
    'The passphrase is not right, or the file has been changed since it was made. Check the passphrase with the person who gave you the file (by phone or in person) and try again. If it still fails, ask them to make a new handover file. Nothing has been brought in.',
  damaged:
    'This handover file is damaged or incomplete (it may have been cut short while it was being copied). Ask for a new handover file. Nothing has been brought in.',
  notHandover: 'This is not a handover file made by this app. Nothing has been brought in.',
  newerFormat: (version: number, supported: number) =>
    `This handover file was made by a newer version of this app (format ${version}; this version reads up to ${supported}). Reload the app to update it, then try again. Nothing has been brought in.`,
  unsupportedSettings:
    'This handover file uses lock settings this app does not accept, so it was not opened. Ask for a new handover file. Nothing has been brought in.',
  noCrypto:
    'This browser cannot unlock or lock handover files (it has no Web Crypto). Use an up-to-date Edge, Chrome, Firefox or Safari. Nothing has been changed.',
  tooLarge: (sizeMb: string, limitMb: string) =>
    `The handover file would be about ${sizeMb} MB, more than the ${limitMb} MB this app can bring back in. Keep copies of the largest screenshots somewhere safe, remove them from the evidence log, and try again; or print the plan. Nothing has been changed.`,
} as const;
