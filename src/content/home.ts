/**
 * Words of the home screen, the incident list and the pages that look after stored incidents.
 */
export const home = {
  title: 'Social media incidents',
  intro: 'Step-by-step help when someone posts negative or abusive comments about the practice or a colleague.',
  startNew: 'Start a new incident',
  settings: 'Practice settings',
  training: 'Training and practice scenarios',
  prepare: 'Be prepared: write your social media policy',
  policyReview: {
    heading: 'Your social media policy is due for review',
    text: (reviewBy: string) => `It was due for review by ${reviewBy}. Check it still fits the practice, then adopt it again.`,
    open: 'Review the policy',
  },
  openHeading: 'Open incidents',
  closedHeading: 'Closed incidents',
  /** A long list is drawn a page at a time, newest first, so it opens as fast with 10,000 as with 10. */
  rowsShown: (shown: number, total: number) =>
    `Showing the ${shown.toLocaleString('en-GB')} most recently changed of ${total.toLocaleString('en-GB')}.`,
  showMoreRows: (more: number) => `Show ${more.toLocaleString('en-GB')} more`,
  noneOpen: 'There are no open incidents on this computer.',
  unreadableHeading: 'Incidents that could not be read',
  unreadableText:
    'These were saved on this computer but can no longer be read, perhaps by a different version of this tool. Nothing has been deleted. Download the raw data to keep it or to send it for help.',
  downloadRaw: 'Download the raw data',
  open: 'Open',
  close: 'Close',
  reopen: 'Reopen',
  remove: 'Delete',
  keep: 'Keep',
  columns: {
    reference: 'Reference',
    where: 'Where',
    about: 'About',
    found: 'Found',
    progress: 'Progress',
  },
  notFoundYet: 'Not given yet',
  planReady: 'Plan ready',
  closedOn: (date: string) => `Closed ${date}`,
  storage: {
    heading: 'Where your information is kept',
    points: [
      'Incidents are saved in this web browser, on this computer only. Nothing is sent anywhere: there is no account and no server.',
      'Anyone who uses this computer with the same login can open this list. On a shared reception login, that means everyone on that login.',
      'Many NHS computers wipe browser data when you log off. Print the plan or save it as a PDF before you close the browser.',
      'Closed incidents are deleted from this computer 12 months after they were closed, unless you choose to keep them. We remind you a month before.',
    ],
    memoryOnly:
      'Not saved: this browser is not letting the tool save on this computer, so everything is kept only while this tab is open. Print the plan before you close it.',
    persistentNo: 'The browser may clear saved incidents if the computer runs short of space.',
  },
  retention: {
    heading: 'Due to be deleted soon',
    text: (reference: string, date: string) => `${reference} will be deleted on ${date}.`,
  },
  deleteAll: {
    button: 'Delete all data on this computer',
    title: 'Delete everything this tool has saved on this computer?',
    text: 'Every incident, open and closed, and the practice settings will be deleted from this computer. This cannot be undone.',
    confirm: 'Yes, delete everything',
    cancel: 'No, keep everything',
    done: 'Everything this tool saved on this computer has been deleted.',
  },
  deleteOne: {
    title: (reference: string) => `Delete incident ${reference}?`,
    text: 'The answers, plan and everything saved with this incident will be deleted from this computer. This cannot be undone. Print or save the plan first if you need a record.',
    confirm: 'Yes, delete it',
    cancel: 'No, keep it',
    done: (reference: string) => `Incident ${reference} has been deleted.`,
  },
  closeOne: {
    title: (reference: string) => `Close incident ${reference}`,
    outcomeLabel: 'What was the outcome?',
    outcomeHint: 'For example: post removed by the site after a report; no reply given, no further posts.',
    outcomeError: 'Enter the outcome, in a few words',
    confirm: 'Close the incident',
    cancel: 'Cancel',
    done: (reference: string) => `Incident ${reference} is closed.`,
  },
  /** When the browser refuses a change to what is stored: said in words, never silently ignored. */
  failed: {
    start: 'A new incident could not be started, because this browser did not let the tool save it.',
    close: 'The incident was not closed, because this browser did not let the tool save the change. Your outcome is still here.',
    closeGone: 'The incident could not be closed: it has been deleted in another tab or window, or can no longer be read there.',
    closeChanged:
      'The incident was not closed: it was changed again in another tab or window while this one was closing it. Your outcome is still here; press “Close the incident” again.',
    closedElsewhere: (reference: string) => `Incident ${reference} had already been closed in another tab or window.`,
    remove:
      'The incident was not deleted, because this browser did not let the tool change what it has saved. It is still on this computer.',
    removeAll:
      'Not everything was deleted, because this browser did not let the tool change what it has saved. Some data may still be on this computer.',
    reopen: 'The incident was not reopened, because this browser did not let the tool save the change.',
    keep: 'The incident was not marked to keep, because this browser did not let the tool save the change.',
    list: 'The list of incidents could not be read from this browser’s storage. Nothing has been deleted.',
    downloadRaw: 'The raw data could not be read from this browser’s storage. Nothing has been deleted.',
    full: 'This computer has no room left for the tool to save: delete evidence or incidents you no longer need, or free some disk space, then try again.',
    tryAgain: 'Try again. If it keeps happening, print or copy anything you need, and ask whoever looks after this computer.',
  },
  backToList: 'All incidents',
  backToTraining: 'All training scenarios',
  evidenceLink: (count: number) => (count === 0 ? 'Evidence and references (none saved yet)' : `Evidence and references (${count} saved)`),
  /** Beside an incident saved from a second tab's version (see saveStatusWords.keepCopy). */
  copyMark: (reference: string) => `Copy of ${reference}`,
  reopened: 'Reopened',
  reopenedMessage: (reference: string) => `${reference} is open again.`,
} as const;

export const saveStatusWords = {
  saved: (time: string) => `Saved on this computer at ${time}`,
  saving: 'Saving…',
  failed: (message: string) => `Not saved: ${message} Your answers are still here while this tab stays open.`,
  conflict:
    'This incident has been changed in another tab or window (or on another computer using the practice folder), so this tab has stopped saving to avoid overwriting it. Your answers here are not lost.',
  reloadLatest: 'Open the latest version',
  /** Said beside "Open the latest version", which replaces what is on screen here. */
  reloadDiscards: 'Opening the latest version replaces what is on screen here. To keep both, save this tab’s version as a copy first.',
  keepCopy: 'Keep both: save this tab’s version as a copy',
  keepingCopy: 'Saving a copy…',
  keptCopy: (reference: string) =>
    `This tab’s version is saved as a new incident, ${reference}, marked as a copy on the incident list. You can now open the latest version.`,
  keepCopyFailed: 'The copy could not be saved on this computer. This tab’s version is still on screen: print it or copy what you need.',
  copyOf: (reference: string) => `Copy of ${reference}: the changes made in a second tab that could not be saved there`,
  memoryOnly: 'Not saved on this computer: kept only while this tab is open.',
  training: 'Training: nothing is saved on this computer.',
} as const;
