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
 *
 * Addresses (src/app/routes.ts): every entry of one incident carries that incident's address, from
 * `addressOf` (#/incident/<id>, or #/incident/<id>/plan while on the plan), so a reload or a
 * bookmark comes back to the incident and the machine restores its screen. A page over the wizard
 * (the evidence log, the diagram) is one more entry on top, written by IncidentView with the
 * wizard's depth beneath it: a reload leaves it where it is, and Back from it lands on the
 * wizard's own entry without moving the machine.
 */
import { currentStep } from '../../machines/stateValue';
import { isIncidentPageEntry, isWizardEntry, type WizardEntryState } from './routes';

interface WizardSnapshotLike {
  readonly value: unknown;
  readonly context: { readonly visited: readonly string[] };
}

export interface WizardActorLike {
  getSnapshot(): WizardSnapshotLike;
  send(event: { type: 'wizard.back' } | { type: 'wizard.forward' }): void;
  subscribe(listener: (snapshot: WizardSnapshotLike) => void): { unsubscribe(): void };
}

type EntryState = WizardEntryState;

export interface BrowserHistoryOptions {
  readonly win?: Window;
  readonly incidentId?: string | null;
  /** The address for an entry on this step; without it, entries keep the address they have. */
  readonly addressOf?: (step: string) => string | undefined;
}

export function connectBrowserHistory(
  actor: WizardActorLike,
  { win = window, incidentId = null, addressOf }: BrowserHistoryOptions = {},
): () => void {
  const history = win.history;
  const entry = (depth: number, step: string): EntryState => ({ incidentWizard: true, incidentId, depth, step });
  const push = (depth: number, step: string) => history.pushState(entry(depth, step), '', addressOf?.(step));
  const replace = (depth: number, step: string) => history.replaceState(entry(depth, step), '', addressOf?.(step));
  const isOurs = (value: unknown): value is EntryState => isWizardEntry(value) && value.incidentId === incidentId;
  const where = () => {
    const snapshot = actor.getSnapshot();
    const step: string = currentStep(snapshot);
    return { depth: snapshot.context.visited.length, step, path: snapshot.context.visited };
  };

  /** Depth of the entry the browser is on (or is travelling to, after we called history.go). */
  let historyDepth: number;
  let travelling = false;
  let answeringPopstate = false;

  const start = where();
  const current: unknown = history.state;
  if (isOurs(current) && current.depth === start.depth) {
    // A reload: the entries from before are still there and still line up.
    replace(start.depth, start.step);
  } else if (isIncidentPageEntry(current) && current.incidentId === incidentId && current.depth === start.depth) {
    // A reload on a page over the wizard (the evidence log): the wizard's entries lie beneath it.
  } else {
    // A fresh start or a resumed incident: lay down one entry per screen on the path so far.
    start.path.forEach((step, depth) => {
      if (depth === 0) replace(0, step);
      else push(depth, step);
    });
    if (start.depth === 0) replace(0, start.step);
    else push(start.depth, start.step);
  }
  historyDepth = start.depth;

  const followMachine = () => {
    if (answeringPopstate) return;
    const now = where();
    if (now.depth > historyDepth) {
      for (let depth = historyDepth + 1; depth < now.depth; depth += 1) push(depth, now.path[depth]!);
      push(now.depth, now.step);
      historyDepth = now.depth;
    } else if (now.depth < historyDepth) {
      const steps = now.depth - historyDepth;
      historyDepth = now.depth;
      travelling = true;
      history.go(steps);
    } else if (!travelling && isOurs(history.state) && history.state.step !== now.step) {
      // Only ever our own entry: never write over a page shown on top, or another page's entry.
      replace(now.depth, now.step);
    }
  };

  const followBrowser = (event: PopStateEvent) => {
    const now = where();
    // Someone else's entry (the app's home screen, another incident): the app shell handles it.
    if (!isOurs(event.state)) return;
    const target = event.state.depth;
    if (travelling && target === historyDepth) {
      travelling = false;
      if (event.state.step !== now.step) replace(now.depth, now.step);
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
      if (event.state.step !== settled.step) replace(settled.depth, settled.step);
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
