/**
 * The words around the note: the "Keep a record" panel at the end of the plan, the printed note's
 * own furniture, and the panel on the home screen that brings an incident back from a backup. The
 * note's contents are in src/content/note.ts; these are only the controls and messages.
 */

export type NoteAudience = 'log' | 'sharing';

export type NoteFormat = 'markdown' | 'plainText';

export const exportPanelWords = {
  heading: 'Keep a record',
  intro:
    'Make a note of this incident: a summary of two pages at most for a partners’ meeting (the facts, the decisions, the action checklist and the references), with the full plan, the evidence and a significant event review to fill in behind it.',
  audience: {
    legend: 'Who is this copy for?',
    options: {
      log: "The practice's own incident log",
      sharing: 'Sharing outside the practice, for example with the LMC or defence body (names and free text hidden)',
    } satisfies Record<NoteAudience, string>,
    sharingHint:
      'Account names, colleagues’ names and anything typed in free text are replaced with “[removed for sharing]”. Screenshots are left out of the printed copy.',
  },
  copyHeading: 'Copy the note',
  copyMarkdown: 'Copy as Markdown',
  copyPlainText: 'Copy as plain text',
  copyHint: 'Plain text is for the incident log or an email. Markdown keeps headings and lists for programs that read it.',
  copied: {
    markdown: 'Copied the note as Markdown. You can now paste it.',
    plainText: 'Copied the note as plain text. You can now paste it.',
  } satisfies Record<NoteFormat, string>,
  fallbackLabel: {
    markdown: 'The note as Markdown',
    plainText: 'The note as plain text',
  } satisfies Record<NoteFormat, string>,
  fallbackHint: 'This computer did not let the app copy. The text is selected: press Ctrl+C to copy.',
  fallbackStatus: 'The note could not be copied automatically. It is shown below, selected: press Ctrl+C to copy.',
  downloadHeading: 'Download or print the note',
  downloadMarkdown: 'Download as Markdown (.md)',
  downloadPlainText: 'Download as text (.txt)',
  print: 'Print or save as PDF',
  printHint: 'To make a PDF, choose “Save as PDF” or “Microsoft Print to PDF” as the printer.',
  preparingPrint: 'Getting the note ready to print…',
  downloadsBlocked: 'If your computer blocks downloads, use Copy instead.',
  downloading: (fileName: string) => `Your browser is saving ${fileName}. If nothing appears, use Copy instead.`,
  backupHeading: 'Back up the whole incident',
  backupText:
    'The backup contains everything about this incident: every answer, name, note and screenshot, whoever the copy above is for. Nothing is hidden in it, so keep it as safely as the incident itself. Use it to move the incident to another computer or to bring it back later.',
  backup: 'Download a backup (.json)',
  backupFailed: 'The backup could not be made because the evidence files could not be read. Nothing has been changed.',
  backupTooLarge: (sizeMb: string, limitMb: string) =>
    `The backup was not made: with its evidence files it would be about ${sizeMb} MB, and this app can bring back in a backup of up to ${limitMb} MB. A backup it could not restore would not protect anything. Keep copies of the largest screenshots somewhere safe, remove them from the evidence log, and make the backup again; or print the plan. Nothing has been changed.`,
  /** Added to the file name of a note made for sharing, so the two copies are not mixed up. */
  sharingFileSuffix: 'for-sharing',
} as const;

export const printWords = {
  /** Read out if the print view were ever reached by a screen reader: it is a copy of the note. */
  label: 'The note, laid out for printing',
  trainingMarker: 'TRAINING – not a real incident',
  screenshotsHeading: 'Screenshots',
  screenshot: (evidence: number, file: number) => `Evidence ${evidence}, file ${file}`,
  sha256: 'SHA-256',
  notShown: 'This file could not be shown here. Its details are listed above.',
  writeHere: 'Write your answer here',
} as const;
