/**
 * The words of the page shown when a page fails to draw (src/app/PageErrorBoundary.tsx). Said
 * plainly: what happened, that the incident is safe, and what to do next.
 */
export const errorPageWords = {
  title: 'Something went wrong showing this page',
  saved: 'Your incident is saved on this computer. Nothing has been deleted, and what you saved is still there.',
  training: 'This was a training session: nothing in it was saved, and no real incident has been changed.',
  whatToDo:
    'Go back and open the page again, or reload the page. If it keeps happening, tell whoever looks after this tool at your practice, and give them the technical details below.',
  backToList: 'Go back to the list of incidents',
  backToTraining: 'Go back to the training scenarios',
  reload: 'Reload the page',
  details: 'Technical details, for reporting the problem',
  detailsHint: 'Copy this text into your report of the problem.',
} as const;
