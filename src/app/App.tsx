import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { HasNavigatedContext, stepHeadingId } from '../components/pageHeading';
import { home } from '../content/home';
import { importPanelWords } from '../content/noteUi';
import { ui } from '../content/ui';
import { CloseIncidentPage } from '../features/home/CloseIncidentPage';
import { ConfirmPage } from '../features/home/ConfirmPage';
import { HomePage } from '../features/home/HomePage';
import type { LoadResult } from '../record/incidentStore';
import { dueForDeletion } from '../record/retention';
import type { IncidentRecord } from '../record/schema';
import type { TrainingMode } from '../content/trainingUi';
import { trainingStorage } from './trainingStorage';
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
import { downloadFile, fileTypes } from '../components/downloadFile';
import { openStorage } from './openStorage';
import { OfflineNotice, UpdatePrompt } from './UpdatePrompt';
import { attempt, closeIncident } from './storageActions';
import { StorageContext, useStorage, type Storage } from '../record/storageContext';

// The wizard and the settings form load when first opened, so the home screen, which every visit
// starts on, stays small and quick on an old practice PC.
const IncidentView = lazy(() => import('./IncidentView').then((m) => ({ default: m.IncidentView })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const TrainingHome = lazy(() => import('../features/training/TrainingHome').then((m) => ({ default: m.TrainingHome })));
// Bringing in a backup is rare; its checking code loads once the home screen has drawn.
const ImportPanel = lazy(() => import('../features/note/ImportPanel').then((m) => ({ default: m.ImportPanel })));
const ScenarioCardPage = lazy(() => import('../features/training/ScenarioCard').then((m) => ({ default: m.ScenarioCardPage })));

/** What the caller already knows about the page it is going to. */
interface Hint {
  /** The record already in hand, so it is not read again. */
  readonly record?: IncidentRecord;
  readonly message?: string;
}

/**
 * The page on show, with what it needs (a loaded record). Every page has an address
 * (src/app/routes.ts), which `routeOfView` gives back; the address, not this, is what a reload,
 * a bookmark or the browser's Back goes by.
 */
type View =
  | { readonly name: 'home'; readonly message?: string }
  | { readonly name: 'incident'; readonly record: IncidentRecord; readonly page?: 'evidence' | 'diagram'; readonly visit: number }
  | { readonly name: 'scenario'; readonly record: IncidentRecord; readonly scenarioId: string; readonly mode: TrainingMode; readonly visit: number }
  | { readonly name: 'training'; readonly message?: string }
  | { readonly name: 'scenarioCard'; readonly scenarioId: string }
  | { readonly name: 'settings' }
  | { readonly name: 'deleteAll' }
  | { readonly name: 'deleteOne'; readonly record: IncidentRecord }
  | { readonly name: 'closeOne'; readonly record: IncidentRecord };

function routeOfView(view: View): Route {
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
    case 'deleteAll':
      return { name: view.name };
  }
}

/** Pages that show one incident's wizard; they write their own history entries (browserHistory.ts). */
const showsWizard = (view: View): view is Extract<View, { record: IncidentRecord; visit: number }> =>
  view.name === 'incident' || view.name === 'scenario';

const inTraining = (view: View | null) => view?.name === 'training' || view?.name === 'scenario' || view?.name === 'scenarioCard';

/** A simple page shown again (Back, then Forward): keep it as it is rather than draw it afresh. */
function samePage(shown: View | null, next: View): boolean {
  if (shown === null || shown.name !== next.name) return false;
  const simple = next.name === 'home' || next.name === 'training' || next.name === 'settings' || next.name === 'deleteAll';
  return simple && !('message' in next && next.message !== undefined);
}

/** The app shell: storage for this computer, then the home screen or an open incident. */
export function App({ storage }: { storage?: Promise<Storage> }) {
  const [opening] = useState(() => storage ?? openStorage());
  const [ready, setReady] = useState<Storage | null>(null);
  useEffect(() => {
    let current = true;
    void opening.then((s) => current && setReady(s));
    return () => {
      current = false;
    };
  }, [opening]);
  return (
    <Frame ready={ready !== null}>
      {ready ? (
        <StorageContext.Provider value={ready}>
          <Suspense fallback={<p role="status">{ui.loading}</p>}>
            <Views />
          </Suspense>
        </StorageContext.Provider>
      ) : (
        <main id="main-content" className="layout__main" tabIndex={-1}>
          <p role="status">{ui.loading}</p>
        </main>
      )}
    </Frame>
  );
}

function Frame({ children, ready }: { children: ReactNode; ready: boolean }) {
  return (
    <>
      <a className="skip-link" href="#main-content" onClick={skipToMain}>
        {ui.skipLink}
      </a>
      <header className="header">
        <div className="width-container">
          <p className="header__title">{ui.appName}</p>
        </div>
      </header>
      <div className="width-container page-body">
        <UpdatePrompt />
        {children}
      </div>
      {/* Drawn once storage is open, so it does not jump down the page as the first screen loads. */}
      {ready ? (
        <footer className="footer">
          <div className="width-container">
            <p>{ui.notLegalAdvice}</p>
          </div>
        </footer>
      ) : null}
    </>
  );
}

/** Move focus without a #fragment history entry, which the browser Back button would then stop on. */
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}

function viewKey(view: View): string {
  return 'record' in view ? `${view.name}:${view.record.id}` : view.name;
}

function Views() {
  const storage = useStorage();
  const [view, setView] = useState<View | null>(null);
  // A storage action on the home screen that failed, said in words; only for the view it failed on.
  const [homeProblem, setHomeProblem] = useState<{ readonly view: View; readonly text: string } | null>(null);
  const [entries, setEntries] = useState<readonly LoadResult[]>([]);
  const [practiceName, setPracticeName] = useState<string | null>(null);
  // Training runs in memory: nothing a room of trainees does is written to this computer.
  const [training] = useState(() => trainingStorage());
  const shown = useRef<View | null>(null);
  shown.current = view;
  const latest = useRef(0);
  const visits = useRef(0);
  // Saves what the open incident has not saved yet, before it is read again from storage.
  const flushOpen = useRef<(() => Promise<void>) | null>(null);
  const registerFlush = useCallback((flush: () => Promise<void>) => {
    flushOpen.current = flush;
    return () => {
      if (flushOpen.current === flush) flushOpen.current = null;
    };
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
        case 'deleteAll':
          return { name: route.name };
        case 'incident':
        case 'closeIncident':
        case 'deleteIncident': {
          const found = await find(route.incidentId);
          if ('problem' in found) return { name: 'home', message: found.problem };
          if (route.name === 'closeIncident') return found.record.status === 'open' ? { name: 'closeOne', record: found.record } : { name: 'home' };
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
        next = isTrainingRoute(route) ? { name: 'training', message: ui.addresses.unknownTraining } : { name: 'home', message: ui.addresses.unknown };
      }
      if (ticket !== latest.current) return; // the user has moved on meanwhile
      if (!showsWizard(next)) {
        const landed = routeOfView(next);
        const entry: AppEntryState = { appPage: landed.name };
        window.history.replaceState(entry, '', formatAddress(landed));
      }
      setView((current) => (samePage(current, next) ? current : next));
    },
    [resolve],
  );

  /** Go to a page: a new history entry with its address, so Back returns here. */
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
      // The open incident's own steps and pages: browserHistory.ts and IncidentView handle those.
      if (now && showsWizard(now) && isEntryOf(state, now.record.id)) return;
      const route = routeOfLocation(window.location.hash, state);
      if (inTraining(now)) {
        // A training session may be on a projector: Back never moves from it into a real incident.
        const staysInTraining = route.name === 'home' || isTrainingRoute(route) || (route.name === 'unknown' && route.landOn === 'training');
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

  const refresh = useCallback(async () => {
    const listed = await storage.incidents.list();
    const expired = dueForDeletion(listed.flatMap((e) => (e.ok ? [e.record] : [])), new Date());
    for (const record of expired) await storage.incidents.remove(record.id);
    setEntries(expired.length === 0 ? listed : await storage.incidents.list());
  }, [storage]);

  useEffect(() => {
    if (view?.name === 'home') void refresh().catch(() => setHomeProblem({ view, text: home.failed.list }));
  }, [view, refresh]);

  const hasNavigated = useFocusHeadingOnViewChange(view ? viewKey(view) : null);

  if (view === null) return null;
  return <HasNavigatedContext.Provider value={hasNavigated}>{renderView(view)}</HasNavigatedContext.Provider>;

  function renderView(view: View) {
    const saveAndGoHome = async (record: IncidentRecord, message: string, failed: string) => {
      const saved = await attempt(failed, () => storage.incidents.save(record));
      if (saved.ok) go({ name: 'home' }, { message });
      else setHomeProblem({ view, text: saved.problem });
    };
    const goHome = () => go({ name: 'home' });

    switch (view.name) {
      case 'scenario': {
        const session: Route = { name: 'scenario', scenarioId: view.scenarioId, mode: view.mode };
        return (
          <StorageContext.Provider value={training}>
            <IncidentView
              key={`${view.record.id}:${view.record.revision}:${view.visit}`}
              record={view.record}
              onLeave={() => go({ name: 'training' })}
              onReloadLatest={() => go({ name: 'training' })}
              training={{ scenarioId: view.scenarioId, mode: view.mode, practiceName }}
              onRestartTraining={() => go(session)}
              // Every page of a session has the session's address: it lives in memory, so a reload starts it afresh.
              addressOf={() => formatAddress(session)}
            />
          </StorageContext.Provider>
        );
      }
      case 'incident': {
        const incidentId = view.record.id;
        return (
          <IncidentView
            key={`${incidentId}:${view.record.revision}:${view.visit}`}
            record={view.record}
            onLeave={goHome}
            // The latest saved version, on the page the address shows.
            onReloadLatest={() => void land(routeOfLocation(window.location.hash, window.history.state))}
            {...(view.page ? { initialPage: view.page } : {})}
            registerFlush={registerFlush}
            addressOf={(page) => formatAddress({ name: 'incident', incidentId, page })}
          />
        );
      }
      case 'training':
        return (
          <main id="main-content" className="layout__main" tabIndex={-1}>
            <Message text={view.message} />
            <TrainingHome
              practiceName={practiceName}
              onPracticeNameChange={setPracticeName}
              onStart={(scenarioId, mode) => go({ name: 'scenario', scenarioId, mode })}
              onPrintCard={(scenarioId) => go({ name: 'scenarioCard', scenarioId })}
              onBack={goHome}
            />
          </main>
        );
      case 'scenarioCard':
        return (
          <main id="main-content" className="layout__main" tabIndex={-1}>
            <ScenarioCardPage scenarioId={view.scenarioId} practiceName={practiceName} onBack={() => go({ name: 'training' })} />
          </main>
        );
      case 'settings':
        return (
          <main id="main-content" className="layout__main" tabIndex={-1}>
            <SettingsPage store={storage.settings} onDone={goHome} />
          </main>
        );
      case 'deleteAll':
        return (
          <main id="main-content" className="layout__main" tabIndex={-1}>
            <ConfirmPage
              title={home.deleteAll.title}
              text={home.deleteAll.text}
              confirmLabel={home.deleteAll.confirm}
              cancelLabel={home.deleteAll.cancel}
              onConfirm={async () => {
                const removed = await attempt(home.failed.removeAll, () => storage.incidents.removeAll());
                if (!removed.ok) return removed.problem;
                go({ name: 'home' }, { message: home.deleteAll.done });
                return undefined;
              }}
              onCancel={goHome}
            />
          </main>
        );
      case 'deleteOne':
        return (
          <main id="main-content" className="layout__main" tabIndex={-1}>
            <ConfirmPage
              title={home.deleteOne.title(view.record.reference)}
              text={home.deleteOne.text}
              confirmLabel={home.deleteOne.confirm}
              cancelLabel={home.deleteOne.cancel}
              onConfirm={async () => {
                const removed = await attempt(home.failed.remove, () => storage.incidents.remove(view.record.id));
                if (!removed.ok) return removed.problem;
                go({ name: 'home' }, { message: home.deleteOne.done(view.record.reference) });
                return undefined;
              }}
              onCancel={goHome}
            />
          </main>
        );
      case 'closeOne':
        return (
          <main id="main-content" className="layout__main" tabIndex={-1}>
            <CloseIncidentPage
              reference={view.record.reference}
              onConfirm={async (outcome) => {
                const result = await closeIncident(storage.incidents, view.record, outcome);
                if (!result.ok) return result.problem;
                go({ name: 'home' }, { message: result.message });
                return undefined;
              }}
              onCancel={goHome}
            />
          </main>
        );
      case 'home':
        return (
          <main id="main-content" className="layout__main" tabIndex={-1}>
            <HomePage
              entries={entries}
              now={new Date()}
              savesOnThisComputer={storage.savesOnThisComputer}
              persistent={storage.persistent}
              {...(view.message === undefined ? {} : { message: view.message })}
              {...(homeProblem?.view === view ? { problem: homeProblem.text } : {})}
              onStart={() =>
                void attempt(home.failed.start, () => storage.incidents.create({ kind: 'live', now: new Date() })).then((created) => {
                  if (created.ok) go({ name: 'incident', incidentId: created.value.id, page: 'screen' }, { record: created.value });
                  else setHomeProblem({ view, text: created.problem });
                })
              }
              onOpen={(record) => go({ name: 'incident', incidentId: record.id, page: 'screen' }, { record })}
              onClose={(record) => go({ name: 'closeIncident', incidentId: record.id }, { record })}
              onReopen={(record) => {
                const at = new Date().toISOString();
                const { closedAt: _closedAt, ...rest } = record;
                void saveAndGoHome(
                  { ...rest, status: 'open', timeline: [...record.timeline, { at, kind: 'reopened', summary: home.reopened }] },
                  home.reopenedMessage(record.reference),
                  home.failed.reopen,
                );
              }}
              onDelete={(record) => go({ name: 'deleteIncident', incidentId: record.id }, { record })}
              onKeep={(record) =>
                void attempt(home.failed.keep, async () => {
                  await storage.incidents.save({ ...record, keep: true });
                  await refresh();
                }).then((kept) => {
                  if (!kept.ok) setHomeProblem({ view, text: kept.problem });
                })
              }
              onDownloadRaw={(id) =>
                void attempt(home.failed.downloadRaw, () => storage.incidents.rawExport(id)).then((raw) => {
                  if (raw.ok) downloadFile(`unreadable-incident-${id}.json`, JSON.stringify(raw.value, null, 2), fileTypes.json);
                  else setHomeProblem({ view, text: raw.problem });
                })
              }
              onDeleteAll={() => go({ name: 'deleteAll' })}
              onSettings={() => go({ name: 'settings' })}
              onTraining={() => go({ name: 'training' })}
              importPanel={
                <details className="details">
                  <summary className="details__summary">{importPanelWords.heading}</summary>
                  <Suspense fallback={null}>
                    <ImportPanel onImported={(id) => go({ name: 'incident', incidentId: id, page: 'screen' })} />
                  </Suspense>
                </details>
              }
            />
            <OfflineNotice />
          </main>
        );
    }
  }
}

/** A notice at the top of a list the app fell back to (an address it could not show). */
function Message({ text }: { text: string | undefined }) {
  return text ? (
    <div className="card card--info" role="status">
      <p>{text}</p>
    </div>
  ) : null;
}

/**
 * After every change of page (not on first load), focus its h1 so screen readers announce it.
 * Returns whether the user has moved yet, for pages that load later (the lazy wizard).
 */
function useFocusHeadingOnViewChange(key: string | null): boolean {
  const first = useRef<string | null>(null);
  const moved = useRef(false);
  if (first.current === null && key !== null) first.current = key;
  if (key !== null && key !== first.current) moved.current = true;
  useEffect(() => {
    if (moved.current) document.getElementById(stepHeadingId)?.focus();
  }, [key]);
  return moved.current;
}
