/**
 * Words about offline use and new versions of the tool: the update banner and the notice for
 * computers that do not allow offline use.
 */
export const updateWords = {
  ready: 'A new version is ready',
  explain: 'Your answers are saved on this computer before it updates.',
  updateNow: 'Update now',
  later: 'Later',
  updating: 'Saving your answers, then updating…',
  blocked:
    'The update will wait: your latest answers are not saved on this computer, so reloading now could lose them. Finish or print what you are doing, then try again.',
  blockedByForm:
    'The update will wait: a post or an entry in the evidence log is open with changes that are not saved yet. Save it or cancel it, then choose Update now.',
  offlineUnavailable: 'This computer does not allow offline use, so keep the tab open while you work.',
} as const;
