/**
 * The pages the app shell shows, with what each needs (a loaded record). Every page has an address
 * (src/app/routes.ts), which `routeOfView` gives back; the address, not this, is what a reload, a
 * bookmark or the browser's Back goes by.
 */
import type { IncidentRecord } from '../record/schema';
import type { TrainingMode } from '../content/trainingUi';
import type { Route } from './routes';

export type View =
  | { readonly name: 'home'; readonly message?: string }
  | { readonly name: 'incident'; readonly record: IncidentRecord; readonly page?: 'evidence' | 'diagram'; readonly visit: number }
  | {
      readonly name: 'scenario';
      readonly record: IncidentRecord;
      readonly scenarioId: string;
      readonly mode: TrainingMode;
      readonly visit: number;
    }
  | { readonly name: 'training'; readonly message?: string }
  | { readonly name: 'scenarioCard'; readonly scenarioId: string }
  | { readonly name: 'settings' }
  | { readonly name: 'prepare' }
  | { readonly name: 'sessionKit' }
  | { readonly name: 'deleteAll' }
  | { readonly name: 'deleteOne'; readonly record: IncidentRecord }
  | { readonly name: 'closeOne'; readonly record: IncidentRecord };

/** What the caller already knows about the page it is going to. */
export interface Hint {
  /** The record already in hand, so it is not read again. */
  readonly record?: IncidentRecord;
  readonly message?: string;
}

export function routeOfView(view: View): Route {
  switch (view.name) {
    case 'incident':
      return { name: 'incident', incidentId: view.record.id, page: view.page ?? 'screen' };
    case 'scenario':
      return { name: 'scenario', scenarioId: view.scenarioId, mode: view.mode };
    case 'scenarioCard':
      return { name: 'scenarioCard', scenarioId: view.scenarioId };
    case 'deleteOne':
      return { name: 'deleteIncident', incidentId: view.record.id };
    case 'closeOne':
      return { name: 'closeIncident', incidentId: view.record.id };
    case 'home':
    case 'training':
    case 'settings':
    case 'prepare':
    case 'sessionKit':
    case 'deleteAll':
      return { name: view.name };
  }
}

/** Pages that show one incident's wizard; they write their own history entries (browserHistory.ts). */
export const showsWizard = (view: View): view is Extract<View, { record: IncidentRecord; visit: number }> =>
  view.name === 'incident' || view.name === 'scenario';

export const inTraining = (view: View | null) =>
  view?.name === 'training' || view?.name === 'scenario' || view?.name === 'scenarioCard' || view?.name === 'sessionKit';

/** A simple page shown again (Back, then Forward): keep it as it is rather than draw it afresh. */
export function samePage(shown: View | null, next: View): boolean {
  if (shown === null || shown.name !== next.name) return false;
  const simple =
    next.name === 'home' || next.name === 'training' || next.name === 'settings' || next.name === 'prepare' || next.name === 'deleteAll';
  return simple && !('message' in next && next.message !== undefined);
}

/** Which page this is, for moving focus to it: the same page with a new message is not a move. */
export function viewKey(view: View): string {
  return 'record' in view ? `${view.name}:${view.record.id}` : view.name;
}
