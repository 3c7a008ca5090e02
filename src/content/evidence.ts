/**
 * Every word of the evidence log: the list of posts saved, the form that adds one, and the reminder
 * on the report and block screens. Kept here so the wording can be reviewed without reading code.
 * The file limits stated here must match src/record/evidenceRules.ts.
 */
/** Why a file was not added (src/record/evidenceRules.ts decides); each has its message below. */
export type EvidenceFileProblemKind = 'tooBig' | 'wrongType' | 'notRecognised' | 'empty' | 'unreadable';

export const evidenceContent = {
  page: {
    title: 'Evidence and references',
    intro:
      'Keep a copy of each post here, and a note of every report, call and piece of advice. More posts often appear as things go on: come back and add them. Everything stays on this computer.',
    back: 'Back',
    noIncident: 'Open an incident to see its evidence.',
  },
  warnings: {
    heading: 'Before you save screenshots',
    patientInfo:
      'If a screenshot shows anything about a patient, every copy of it is another copy of that information. Keep as few copies as you can, and do not send them round by email or messaging apps.',
    personalPhone:
      'If you took a screenshot on your own phone, move it into the practice’s storage (or add it here from a practice computer), then delete it from your phone and from any photo backup.',
  },
  log: {
    heading: 'Posts you have saved',
    empty: 'Nothing saved yet. Save each post before you report it or block anyone, because reports can get it taken down.',
    add: 'Add a post',
    itemHeading: (n: number, where: string) => `Post ${n}: ${where}`,
    whereNotGiven: 'site not given',
    labels: {
      where: 'Where',
      url: 'Address (URL)',
      account: 'Account that posted it',
      text: 'Text of the post',
      postedAsShown: 'When it was posted, as the site showed it',
      capturedAt: 'When it was saved here',
      deleted: 'Since deleted from the site',
      notes: 'Notes',
      files: 'Files',
    },
    capturedAt: (local: string, utc: string) => `${local} (${utc})`,
    urlNote: 'Shown as text so that nobody visits the post from a practice computer by accident.',
    copyAddress: 'Copy address',
    /** Read after each button's name, so a list of buttons says which post each one is for. */
    forPost: (n: number) => `(post ${n})`,
    copied: 'Address copied.',
    copyFailed: 'The address could not be copied. Select it and press Ctrl+C instead.',
    noFiles: 'No screenshots or files added.',
    fingerprintLabel: 'Fingerprint (SHA-256):',
    fingerprintMeaning:
      'A fingerprint shows that the file has not changed since it was added here. It does not show that the screenshot is genuine.',
    preview: (name: string) => `Preview of ${name}`,
    noPreview: 'No preview for this type of file.',
    missingFile: 'This file is no longer on this computer. The browser’s data may have been cleared.',
    saveCopy: 'Save a copy',
    saveCopyHidden: (name: string) => `of ${name}`,
    saveCopyHint: 'Save copies only to the practice’s own storage.',
    change: 'Change',
    markDeleted: 'Mark as since deleted',
    deletedAt: (when: string) => `Noticed it had gone: ${when}`,
    undoDeleted: 'It is back after all',
    remove: 'Remove',
    confirmRemove: (n: number, files: number) =>
      files === 0
        ? `Remove post ${n} from the log? This cannot be undone.`
        : `Remove post ${n} and its ${files === 1 ? 'file' : `${files} files`} from this computer? This cannot be undone.`,
    confirmRemoveYes: 'Yes, remove it',
    confirmRemoveNo: 'No, keep it',
    saved: (n: number) => `Post ${n} saved.`,
    removed: 'Post removed from the log.',
  },
  form: {
    addHeading: 'Add a post',
    changeHeading: (n: number) => `Change post ${n}`,
    detailsLegend: 'About the post',
    platform: 'Where is it?',
    platformNotGiven: 'Choose where',
    url: 'Address (URL) of the post',
    urlHint: 'Copy it from the address bar or the post’s share option, then paste it here.',
    account: 'Name of the account that posted it',
    accountHint: 'As shown on the post, for example @name.',
    text: 'Text of the post',
    textHint: 'Copy and paste it, so that it is kept exactly as written.',
    postedAsShown: 'When it was posted, as the site shows it',
    postedAsShownHint: 'Copy what the site says, for example "3h ago" or "Yesterday at 21:14".',
    notes: 'Notes',
    notesHint: 'For example who found it, or replies underneath it. Keep patient details out.',
    optional: ' (optional)',
    filesLegend: 'Screenshots and saved pages',
    filesHint:
      'A web page cannot take a picture of another site, so take the screenshot yourself and add it here. PNG, JPEG, GIF, WebP or PDF files, up to 20 MB each.',
    chooseFiles: 'Choose files',
    dropZoneHeading: 'Paste or drop a screenshot here',
    pasteHint: 'Press Win+Shift+S to take a screenshot, then Ctrl+V here.',
    dropHint: 'You can also drag files from a folder and drop them here.',
    filesToAdd: 'Files with this post',
    removeFile: 'Remove',
    removeFileHidden: (name: string) => name,
    reading: 'Reading the files…',
    save: 'Save post',
    cancel: 'Cancel',
    lostFiles: (names: readonly string[]) =>
      `${names.length === 1 ? 'This file was' : 'These files were'} attached but not saved before the page reloaded, so ${names.length === 1 ? 'it is' : 'they are'} not here now: ${names.join(', ')}. Add ${names.length === 1 ? 'it' : 'them'} again before you save the post.`,
    nothingToSave: 'Add a screenshot, the address, the account or the text of the post before saving.',
    storageFull:
      'This computer has no room left to save these files, so nothing was added. Delete evidence or incidents you no longer need, or free some disk space, then try again.',
    storeFailed: 'The files could not be saved on this computer, so nothing was added. Try again.',
    problemsTitle: 'There is a problem',
    nothingAdded: 'None of these files have been added. Add the others again without these.',
    pastedName: (stamp: string, extension: string) => `pasted-screenshot-${stamp}.${extension}`,
  },
  fileProblems: {
    tooBig: (name: string) => `${name} is larger than 20 MB. Crop the screenshot or save a smaller copy.`,
    wrongType: (name: string) =>
      `${name} is not a type of file this log can keep. Add screenshots as PNG, JPEG, GIF or WebP pictures, or saved pages as PDF.`,
    notRecognised: (name: string) =>
      `${name} does not look like a picture or PDF, whatever its name says. Take the screenshot again and add the new file.`,
    empty: (name: string) => `${name} is empty. Take the screenshot again and add the new file.`,
    unreadable: (name: string) =>
      `${name} could not be read. It may have been moved or deleted, or be stored online only. Save it to this computer and add it again.`,
  } satisfies Record<EvidenceFileProblemKind, (name: string) => string>,
  fileSize: {
    bytes: (n: number) => `${n} bytes`,
    kilobytes: (n: string) => `${n} KB`,
    megabytes: (n: string) => `${n} MB`,
  },
  reminder: {
    heading: 'Save the evidence first',
    text: 'Nothing has been saved in the evidence log yet. Reporting a post or blocking someone can make it disappear, so save a screenshot, the address and the account name before you go on.',
    button: 'Open the evidence log',
  },
  timeline: {
    added: (n: number, where: string, files: number) =>
      `Evidence saved: post ${n} (${where})${files > 0 ? `, ${files === 1 ? '1 file' : `${files} files`}` : ''}`,
    changed: (n: number) => `Evidence changed: post ${n}`,
    removed: (n: number) => `Evidence removed: post ${n}`,
    markedDeleted: (n: number) => `Post ${n} noticed as deleted from the site`,
    unmarkedDeleted: (n: number) => `Post ${n} seen on the site again`,
  },
} as const;
