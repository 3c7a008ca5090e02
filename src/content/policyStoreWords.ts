/**
 * The saved policy's messages, apart from the rest of the "Be prepared" words (policyUi.ts) because
 * storage is opened on the home screen: these few lines ship there, the builder's words do not.
 */
export const policyStoreWords = {
  loadProblem:
    'A saved policy is on this computer but could not be read, perhaps by a different version of this tool. Nothing has been deleted. Download the raw data to keep it; if you save a new policy, the old one is kept aside.',
  downloadRaw: 'Download the raw data',
  saveFailed: 'Your answers could not be saved on this computer. They are still on this page; try again, or print the policy.',
  conflict:
    'The policy was changed in another tab or window after this page opened, so your changes were not saved. They are still on this page: note anything you need, then show the saved version.',
  reload: 'Show the saved version',
  invalid: 'The policy could not be saved because something in it is not right.',
  schemaVersion: 'This policy was saved by a different version of the tool.',
  adoptedNeedsDate: 'An adopted policy needs the date it was adopted and a review date.',
  badDate: 'A date in the saved policy is not a real date.',
  badVersion: 'The version number must be a whole number from 1.',
  versionsOutOfOrder: 'The earlier versions of the policy are not in order, each below the one after it.',
} as const;
