import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ui } from '../content/ui';
import type { IncidentRecord } from '../record/schema';
import type { Storage } from '../record/storageContext';
import {
  formatAddress,
  isEntryOf,
  isIncidentPageEntry,
  isTrainingRoute,
  isWizardEntry,
  routeOfLocation,
  type AppEntryState,
  type ParsedAddress,
  type Route,
} from './routes';
import { inTraining, routeOfView, samePage, showsWizard, type Hint, type View } from './views';

export interface AppNavigation {
  /** The page on show; null until the first address has been read. */
  readonly view: View | null;
  /** Counts the pages landed on, so what is drawn for a page can start afresh on the next. */
  readonly landings: number;
  /** Go to a page: a new history entry with its address, so Back returns here. */
  readonly go: (route: Route, hint?: Hint) => void;
  /** Show the page an address names, already in the address bar. */
  readonly land: (route: ParsedAddress, hint?: Hint) => Promise<void>;
  /** Lets the open incident save what is waiting before it is read again from storage. */
  readonly registerFlush: (flush: () => Promise<void>) => () => void;
  /** The page on show failed to draw: the browser's Back and Forward are the app's to follow now. */
  readonly pageFailed: () => void;
}

/**
 * Which page is on show, kept in step with the address bar: start-up and reload, the app's own
 * moves, and the browser's Back and Forward. Training records come from `training`, which keeps
 * them in memory only.
 */
export function useAppNavigation(storage: Storage, training: Storage): AppNavigation {
  const [view, setView] = useState<View | null>(null);
  const [landings, setLandings] = useState(0);
  // The page on show, for the browser's Back and for reading an open incident again.
  const shown = useRef<View | null>(null);
  useLayoutEffect(() => {
    shown.current = view;
  }, [view]);
  const latest = useRef(0);
  const visits = useRef(0);
  const failed = useRef(false);
  // Saves what the open incident has not saved yet, before it is read again from storage.
  const flushOpen = useRef<(() => Promise<void>) | null>(null);
  const registerFlush = useCallback((flush: () => Promise<void>) => {
    flushOpen.current = flush;
    return () => {
      if (flushOpen.current === flush) flushOpen.current = null;
    };
  }, []);
  const pageFailed = useCallback(() => {
    failed.current = true;
  }, []);

  /** The page an address names, with what it needs, or the list it sits under and why not. */
  const resolve = useCallback(
    async (route: ParsedAddress, hint: Hint): Promise<View> => {
      const message = hint.message === undefined ? {} : { message: hint.message };
      const find = async (id: string): Promise<{ record: IncidentRecord } | { problem: string }> => {
        if (hint.record?.id === id) return { record: hint.record };
        // Its own address typed or followed while it is open: read it back only once it is saved.
        const open = shown.current;
        if (open?.name === 'incident' && open.record.id === id) await flushOpen.current?.().catch(() => undefined);
        const loaded = await storage.incidents.load(id);
        if (loaded.ok) return { record: loaded.record };
        return { problem: loaded.reason === 'notFound' ? ui.addresses.incidentGone : loaded.problem };
      };
      const scenarioExists = async (id: string) => (await import('../content/scenarios')).scenarioById(id) !== undefined;
      switch (route.name) {
        case 'unknown':
          return route.landOn === 'training'
            ? { name: 'training', message: ui.addresses.unknownTraining }
            : { name: 'home', message: ui.addresses.unknown };
        case 'home':
        case 'training':
          return { name: route.name, ...message };
        case 'settings':
        case 'prepare':
        case 'sessionKit':
        case 'deleteAll':
          return { name: route.name };
        case 'incident':
        case 'closeIncident':
        case 'deleteIncident': {
          const found = await find(route.incidentId);
          if ('problem' in found) return { name: 'home', message: found.problem };
          if (route.name === 'closeIncident')
            return found.record.status === 'open' ? { name: 'closeOne', record: found.record } : { name: 'home' };
          if (route.name === 'deleteIncident') return { name: 'deleteOne', record: found.record };
          const page = route.page === 'evidence' || route.page === 'diagram' ? { page: route.page } : {};
          return { name: 'incident', record: found.record, ...page, visit: (visits.current += 1) };
        }
        case 'scenario': {
          if (!(await scenarioExists(route.scenarioId))) return { name: 'training', message: ui.addresses.scenarioGone };
          // A training record lives only as long as the tab: a reload starts the scenario afresh.
          const record = hint.record ?? (await training.incidents.create({ kind: 'training', now: new Date() }));
          return { name: 'scenario', record, scenarioId: route.scenarioId, mode: route.mode, visit: (visits.current += 1) };
        }
        case 'scenarioCard':
          return (await scenarioExists(route.scenarioId))
            ? { name: 'scenarioCard', scenarioId: route.scenarioId }
            : { name: 'training', message: ui.addresses.scenarioGone };
      }
    },
    [storage, training],
  );

  /**
   * Show the page an address names. The address bar already holds it (pushed, popped or loaded);
   * if the page cannot be shown, the list it falls back to gets its own address in that entry.
   */
  const land = useCallback(
    async (route: ParsedAddress, hint: Hint = {}) => {
      const ticket = (latest.current += 1);
      let next: View;
      try {
        next = await resolve(route, hint);
      } catch {
        next = isTrainingRoute(route)
          ? { name: 'training', message: ui.addresses.unknownTraining }
          : { name: 'home', message: ui.addresses.unknown };
      }
      if (ticket !== latest.current) return; // the user has moved on meanwhile
      if (!showsWizard(next)) {
        const landed = routeOfView(next);
        const entry: AppEntryState = { appPage: landed.name };
        window.history.replaceState(entry, '', formatAddress(landed));
      }
      failed.current = false;
      setLandings((n) => n + 1);
      setView((current) => (samePage(current, next) ? current : next));
    },
    [resolve],
  );

  const go = useCallback(
    (route: Route, hint: Hint = {}) => {
      const entry: AppEntryState = { appPage: route.name };
      window.history.pushState(entry, '', formatAddress(route));
      void land(route, hint);
    },
    [land],
  );

  // Start-up and reload: show the page in the address bar. An incident reopens from storage on the
  // screen its record keeps (the machine restores it); the address only says which incident.
  useEffect(() => {
    void land(routeOfLocation(window.location.hash, window.history.state));
  }, [land]);

  // The browser's Back and Forward, and addresses typed or followed while the app is open.
  useEffect(() => {
    let poppedTo: string | null = null;
    const follow = () => {
      const state: unknown = window.history.state;
      const now = shown.current;
      // The open incident's own steps and pages: browserHistory.ts and IncidentView handle those,
      // unless the incident failed to draw, when the app reads it again at the address.
      if (now && showsWizard(now) && isEntryOf(state, now.record.id) && !failed.current) return;
      const route = routeOfLocation(window.location.hash, state);
      if (inTraining(now)) {
        // A training session may be on a projector: Back never moves from it into a real incident.
        const staysInTraining =
          route.name === 'home' || isTrainingRoute(route) || (route.name === 'unknown' && route.landOn === 'training');
        if (!staysInTraining) return void land({ name: 'training' }, { message: ui.addresses.trainingOnly });
        // An earlier session's step: training keeps nothing, so that session is over.
        if (route.name === 'scenario' && (isWizardEntry(state) || isIncidentPageEntry(state)))
          return void land({ name: 'training' }, { message: ui.addresses.sessionEnded });
      }
      void land(route);
    };
    const onPopState = () => {
      poppedTo = window.location.href;
      follow();
    };
    // Browsers send popstate and then hashchange for one move; hashchange alone is followed too.
    const onHashChange = (event: HashChangeEvent) => {
      if (poppedTo === event.newURL) poppedTo = null;
      else follow();
    };
    window.addEventListener('popstate', onPopState);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [land]);

  return { view, landings, go, land, registerFlush, pageFailed };
}
