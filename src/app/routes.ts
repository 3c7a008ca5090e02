/**
 * One router for pages: the address (the part of the URL after #) of every page outside the
 * wizard's steps, and what each kind of browser-history entry stands for. Pure functions only, so
 * the table in tests/app/routes.test.ts pins the whole scheme down.
 *
 *   #/                                  the incident list (home)
 *   #/incident/<id>                     an incident, on the screen its record says it is on
 *   #/incident/<id>/plan                the same, when that screen is the plan
 *   #/incident/<id>/evidence            the incident's evidence log
 *   #/incident/<id>/diagram             the whole flow, with the incident's path marked
 *   #/incident/<id>/close               close the incident (asks for the outcome)
 *   #/incident/<id>/delete              delete the incident (asks to confirm)
 *   #/delete-all                        delete everything (asks to confirm)
 *   #/settings                          practice settings
 *   #/prepare                           be prepared: the practice's social media policy
 *   #/training                          the training scenarios (never the real incident list)
 *   #/training/kit                      the session kit: guide, cards, flowchart, quiz, reflection
 *   #/training/<scenarioId>/walkthrough a scenario, walked through with the room
 *   #/training/<scenarioId>/practice    a scenario, practised alone
 *   #/training/<scenarioId>/card        a scenario's printable card
 *
 * Hash addresses work with no server at all (offline, or opened from the service worker's copy)
 * and never reach the server, so a reload or a bookmark can never ask it for a page that is not
 * there.
 *
 * The address says which page and which incident, never which wizard step: the record keeps the
 * step, and the machine restores it and stays the only judge of where the wizard goes. Within an
 * incident's address each wizard step is its own history entry (src/app/browserHistory.ts), so the
 * browser's Back walks the steps; `/plan` only mirrors that the machine is on the plan.
 *
 * This file is in the first-paint bundle: it imports types only.
 */
import type { TrainingMode } from '../content/trainingUi';

/** The pages of one incident that have an address of their own. `screen` is the wizard, on its saved step. */
export type IncidentAddressPage = 'screen' | 'plan' | 'evidence' | 'diagram';

export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'incident'; readonly incidentId: string; readonly page: IncidentAddressPage }
  | { readonly name: 'closeIncident'; readonly incidentId: string }
  | { readonly name: 'deleteIncident'; readonly incidentId: string }
  | { readonly name: 'deleteAll' }
  | { readonly name: 'settings' }
  | { readonly name: 'prepare' }
  | { readonly name: 'sessionKit' }
  | { readonly name: 'training' }
  | { readonly name: 'scenario'; readonly scenarioId: string; readonly mode: TrainingMode }
  | { readonly name: 'scenarioCard'; readonly scenarioId: string };

/** An address that is not one of ours: shown as the list it sits under, with a message. */
export interface UnknownAddress {
  readonly name: 'unknown';
  readonly landOn: 'home' | 'training';
}

export type ParsedAddress = Route | UnknownAddress;

// A Record, so a new training mode fails to compile until it has an address.
const trainingModes: { readonly [M in TrainingMode]: M } = { walkthrough: 'walkthrough', practice: 'practice' };

function isTrainingMode(value: string): value is TrainingMode {
  return (Object.values(trainingModes) as string[]).includes(value);
}

/** The address's path segments, decoded; null if it is not in our form at all. */
function segmentsOf(hash: string): string[] | null {
  const path = hash.startsWith('#') ? hash.slice(1) : hash;
  if (path === '' || path === '/') return [];
  if (!path.startsWith('/')) return null;
  const raw = path.slice(1).replace(/\/+$/, '').split('/');
  try {
    const segments = raw.map((segment) => decodeURIComponent(segment));
    return segments.some((segment) => segment.trim() === '') ? null : segments;
  } catch {
    return null; // a malformed %-escape
  }
}

/** What an address (location.hash, with or without its #) asks for. Never throws. */
export function parseAddress(hash: string): ParsedAddress {
  const segments = segmentsOf(hash);
  if (segments === null) return { name: 'unknown', landOn: 'home' };
  const [first, second, third, ...rest] = segments;
  const unknown: UnknownAddress = { name: 'unknown', landOn: first === 'training' ? 'training' : 'home' };
  if (rest.length > 0) return unknown;
  switch (first) {
    case undefined:
      return { name: 'home' };
    case 'settings':
      return second === undefined ? { name: 'settings' } : unknown;
    case 'prepare':
      return second === undefined ? { name: 'prepare' } : unknown;
    case 'delete-all':
      return second === undefined ? { name: 'deleteAll' } : unknown;
    case 'incident': {
      if (second === undefined) return unknown;
      if (third === undefined) return { name: 'incident', incidentId: second, page: 'screen' };
      if (third === 'close') return { name: 'closeIncident', incidentId: second };
      if (third === 'delete') return { name: 'deleteIncident', incidentId: second };
      if (third === 'plan' || third === 'evidence' || third === 'diagram') return { name: 'incident', incidentId: second, page: third };
      return unknown;
    }
    case 'training': {
      if (second === undefined) return { name: 'training' };
      // No scenario is called "kit" (tests/app/routes.test.ts checks), so the address cannot clash.
      if (second === 'kit') return third === undefined ? { name: 'sessionKit' } : unknown;
      if (third === 'card') return { name: 'scenarioCard', scenarioId: second };
      if (third !== undefined && isTrainingMode(third)) return { name: 'scenario', scenarioId: second, mode: third };
      return unknown;
    }
    default:
      return unknown;
  }
}

const joinAddress = (...segments: string[]) => `#/${segments.map(encodeURIComponent).join('/')}`;

/** The address of a page, to put in the address bar: parseAddress(formatAddress(r)) equals r. */
export function formatAddress(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'incident':
      return route.page === 'screen' ? joinAddress('incident', route.incidentId) : joinAddress('incident', route.incidentId, route.page);
    case 'closeIncident':
      return joinAddress('incident', route.incidentId, 'close');
    case 'deleteIncident':
      return joinAddress('incident', route.incidentId, 'delete');
    case 'deleteAll':
      return joinAddress('delete-all');
    case 'settings':
      return joinAddress('settings');
    case 'prepare':
      return joinAddress('prepare');
    case 'sessionKit':
      return joinAddress('training', 'kit');
    case 'training':
      return joinAddress('training');
    case 'scenario':
      return joinAddress('training', route.scenarioId, route.mode);
    case 'scenarioCard':
      return joinAddress('training', route.scenarioId, 'card');
  }
}

/** Training's own pages: Back or a bookmark may move between these without leaving training. */
export function isTrainingRoute(route: ParsedAddress): boolean {
  return route.name === 'training' || route.name === 'scenario' || route.name === 'scenarioCard';
}

// --- History entries --------------------------------------------------------------------------
// Each entry in the browser's history stands for one of three things. Its address says which page
// it is; its state (history.state) says which incident and, for the wizard, which step and depth.

/** A wizard step of one incident (see src/app/browserHistory.ts). `step` is the machine's, opaque here. */
export interface WizardEntryState {
  readonly incidentWizard: true;
  /** Which incident the entry belongs to, so the app can reopen it from the browser's history. */
  readonly incidentId: string | null;
  readonly depth: number;
  readonly step: string;
}

/** A page over an incident's wizard (the evidence log, the diagram), with the wizard's depth beneath it. */
export interface IncidentPageEntryState {
  readonly incidentPage: 'evidence' | 'diagram';
  readonly incidentId: string;
  readonly depth: number;
}

/** Any other page of the app (the list, settings, training): the address alone says which. */
export interface AppEntryState {
  readonly appPage: Route['name'];
}

export function isWizardEntry(value: unknown): value is WizardEntryState {
  return typeof value === 'object' && value !== null && (value as WizardEntryState).incidentWizard === true;
}

export function isIncidentPageEntry(value: unknown): value is IncidentPageEntryState {
  if (typeof value !== 'object' || value === null) return false;
  const page = (value as { incidentPage?: unknown }).incidentPage;
  return (page === 'evidence' || page === 'diagram') && typeof (value as { incidentId?: unknown }).incidentId === 'string';
}

/** Whether a history entry is one of the given incident's own (a wizard step or a page over it). */
export function isEntryOf(value: unknown, incidentId: string): boolean {
  return (isWizardEntry(value) || isIncidentPageEntry(value)) && value.incidentId === incidentId;
}

/**
 * The page the browser is on, from its address and its history entry. Entries written before
 * pages had addresses (a tab open across the update that brought them) have no address but name
 * their incident, so they still reopen it instead of falling back to the list.
 */
export function routeOfLocation(hash: string, state: unknown): ParsedAddress {
  const noAddress = hash === '' || hash === '#';
  if (noAddress && (isWizardEntry(state) || isIncidentPageEntry(state)) && typeof state.incidentId === 'string') {
    const page = isIncidentPageEntry(state) ? state.incidentPage : 'screen';
    return { name: 'incident', incidentId: state.incidentId, page };
  }
  return parseAddress(hash);
}
