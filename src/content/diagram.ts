/**
 * Words of the "whole flow" diagram. Arrow labels are built from the plain-words condition labels
 * and the app's own button words, so the diagram says what staff see on screen, never code names.
 */
import { ui } from './ui';

/** "Someone may be in danger" reads as the end of a sentence after "Only if:". */
function midSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export const diagramWords = {
  /** The link that opens the diagram (plan page and incident bar). */
  open: 'See the whole flow',
  title: 'The whole flow',
  intro: 'Every screen of the guidance and where each one can lead. Select a screen to read its question and guidance.',
  /** The overview by stage: one projected screen, every stage and its screens, the path marked. */
  overviewHeading: 'The stages at a glance',
  stageTitle: (number: number, label: string) => `${number}. ${label}`,
  /** Opens the drawing below at full size, at this stage's screens and arrows; the stage's name is for screen readers. */
  showStage: 'Show this stage in the full diagram',
  detailHeading: 'Every screen and arrow',
  zoomLabel: 'Size of the diagram',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitToScreen: 'Fit to screen',
  zoomLevel: (percent: number) => `Shown at ${percent}% of full size`,
  /** The scrolling area round the picture, reachable with Tab so the arrow keys can scroll it. */
  pictureFrame: 'Diagram of the whole flow (scrolls when zoomed in)',
  summary: (screens: number, first: string, last: string, current: string | undefined) =>
    `Diagram of the whole flow: ${screens} screens, from "${first}" to "${last}".` +
    (current === undefined ? '' : ` You are on "${current}".`) +
    ' The list of screens below describes the same flow.',
  youAreHere: 'You are here',
  /** Marks a screen already seen on this incident, in the picture and (with the word) in the list. */
  seenMark: '✓',
  seen: 'Seen',
  pictureKey:
    'Arrows go where Continue leads. A screen reached by an "Only if" arrow is passed over when that is not so. Dashed arrows are links off the route.',
  listHeading: 'Every screen and where it leads',
  leadsTo: 'Leads to:',
  leadsNowhere: 'nowhere else. Back returns to the screen you came from.',
  everyScreenHeading: 'From every screen',
  panelLabel: 'About this screen',
  panelShowing: (title: string) => `Showing "${title}" in About this screen.`,
  panelEmpty: 'Select a screen in the diagram or in the list to read its question and guidance.',
  panelClose: 'Close this screen',
  panelQuestions: 'Questions on this screen',
  sectionLabel: 'Stage:',
  sideSection: 'Off the main route',
  arrows: {
    always: 'Always',
    /** The route takes the first arrow whose condition holds, so an unconditional later arrow is the fallback. */
    otherwise: 'Otherwise',
    onlyIf: (conditionLabels: readonly string[]) => `Only if: ${conditionLabels.map(midSentence).join(', and ')}`,
    viewSources: ui.seeSources,
    confirmStartAgain: ui.confirmStartAgain,
    draftReply: 'Draft the reply (when you chose to reply)',
  },
  /** Links that exist on many screens, drawn once as a note instead of one arrow per screen. */
  notes: {
    startAgain: 'Start again (from any screen)',
    viewPlanSoFar: 'See the plan so far (from any question screen after the first)',
    change: 'Change (from the plan): back to any answered question, then on through any screens the new answer needs',
    back: 'Back (from any screen): to the screen you came from',
    forward: "The browser's Forward button: the same arrows as Continue, for screens already answered",
  },
} as const;
