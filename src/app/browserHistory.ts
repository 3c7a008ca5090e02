/**
 * Keeps the browser's history in step with the wizard, so the browser's Back and Forward buttons
 * do what the app's own Back does and never leave the app mid-incident.
 *
 * The rule that makes it work: the history entry at position i (counting from the first entry
 * this app made) always stands for depth i of the `visited` stack. The step lives in
 * `history.state`, not in the path, so a reload or a shared link never lands on a half-built route.
 * - The machine moves forward: push one entry per step it moved (after Change it may pass over
 *   several screens at once).
 * - The machine moves back (the app's Back, Change, Start again): move the browser back the same
 *   number of entries, so its Forward button can redo the step.
 * - The browser moves (popstate): send Back or Forward to the machine until the depths match; if
 *   the machine refuses (Forward onto an unanswered screen), move the browser back to where the
 *   machine is.
 * The machine stays the only judge of where the flow goes; this file only translates.
 */
import type { StepId } from '../../machines/steps';

interface WizardSnapshotLike {
  readonly value: unknown;
  readonly context: { readonly visited: readonly StepId[] };
}

export interface WizardActorLike {
  getSnapshot(): WizardSnapshotLike;
  send(event: { type: 'wizard.back' } | { type: 'wizard.forward' }): void;
  subscribe(listener: (snapshot: WizardSnapshotLike) => void): { unsubscribe(): void };
}

export interface WizardEntryState {
  readonly incidentWizard: true;
  /** Which incident the entry belongs to, so the app can reopen it from the browser's history. */
  readonly incidentId: string | null;
  readonly depth: number;
  readonly step: StepId;
}
type EntryState = WizardEntryState;

export function isWizardEntry(value: unknown): value is EntryState {
  return typeof value === 'object' && value !== null && (value as EntryState).incidentWizard === true;
}

export function connectBrowserHistory(
  actor: WizardActorLike,
  { win = window, incidentId = null }: { win?: Window; incidentId?: string | null } = {},
): () => void {
  const history = win.history;
  const entry = (depth: number, step: StepId): EntryState => ({ incidentWizard: true, incidentId, depth, step });
  const isOurs = (value: unknown): value is EntryState => isWizardEntry(value) && value.incidentId === incidentId;
  const where = () => {
    const snapshot = actor.getSnapshot();
    return { depth: snapshot.context.visited.length, step: snapshot.value as StepId, path: snapshot.context.visited };
  };

  /** Depth of the entry the browser is on (or is travelling to, after we called history.go). */
  let historyDepth: number;
  let travelling = false;
  let answeringPopstate = false;

  const start = where();
  const current: unknown = history.state;
  if (isOurs(current) && current.depth === start.depth) {
    // A reload: the entries from before are still there and still line up.
    history.replaceState(entry(start.depth, start.step), '');
  } else {
    // A fresh start or a resumed incident: lay down one entry per screen on the path so far.
    start.path.forEach((step, depth) => {
      if (depth === 0) history.replaceState(entry(0, step), '');
      else history.pushState(entry(depth, step), '');
    });
    if (start.depth === 0) history.replaceState(entry(0, start.step), '');
    else history.pushState(entry(start.depth, start.step), '');
  }
  historyDepth = start.depth;

  const followMachine = () => {
    if (answeringPopstate) return;
    const now = where();
    if (now.depth > historyDepth) {
      for (let depth = historyDepth + 1; depth < now.depth; depth += 1) {
        history.pushState(entry(depth, now.path[depth]!), '');
      }
      history.pushState(entry(now.depth, now.step), '');
      historyDepth = now.depth;
    } else if (now.depth < historyDepth) {
      const steps = now.depth - historyDepth;
      historyDepth = now.depth;
      travelling = true;
      history.go(steps);
    } else if (!travelling && (history.state as EntryState | null)?.step !== now.step) {
      history.replaceState(entry(now.depth, now.step), '');
    }
  };

  const followBrowser = (event: PopStateEvent) => {
    const now = where();
    // Someone else's entry (the app's home screen, another incident): the app shell handles it.
    if (!isOurs(event.state)) return;
    const target = event.state.depth;
    if (travelling && target === historyDepth) {
      travelling = false;
      if (event.state.step !== now.step) history.replaceState(entry(now.depth, now.step), '');
      return;
    }
    travelling = false;
    answeringPopstate = true;
    let depth = now.depth;
    while (depth !== target) {
      actor.send({ type: depth > target ? 'wizard.back' : 'wizard.forward' });
      const moved = where().depth;
      if (moved === depth) break;
      depth = moved;
    }
    answeringPopstate = false;
    const settled = where();
    if (settled.depth === target) {
      historyDepth = target;
      if (event.state.step !== settled.step) history.replaceState(entry(settled.depth, settled.step), '');
    } else {
      // The machine would not go there: take the browser back to the machine's screen.
      historyDepth = settled.depth;
      travelling = true;
      history.go(settled.depth - target);
    }
  };

  const subscription = actor.subscribe(followMachine);
  win.addEventListener('popstate', followBrowser);
  return () => {
    subscription.unsubscribe();
    win.removeEventListener('popstate', followBrowser);
  };
}
