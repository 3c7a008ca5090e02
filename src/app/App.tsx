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
import { isWizardEntry } from './browserHistory';
import { downloadFile, fileTypes } from '../components/downloadFile';
import { openStorage } from './openStorage';
import { OfflineNotice, UpdatePrompt } from './UpdatePrompt';
import { StorageContext, useStorage, type Storage } from '../record/storageContext';

// The wizard and the settings form load when first opened, so the home screen, which every visit
// starts on, stays small and quick on an old practice PC.
const IncidentView = lazy(() => import('./IncidentView').then((m) => ({ default: m.IncidentView })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const TrainingHome = lazy(() => import('../features/training/TrainingHome').then((m) => ({ default: m.TrainingHome })));
// Bringing in a backup is rare; its checking code loads once the home screen has drawn.
const ImportPanel = lazy(() => import('../features/note/ImportPanel').then((m) => ({ default: m.ImportPanel })));
const ScenarioCardPage = lazy(() => import('../features/training/ScenarioCard').then((m) => ({ default: m.ScenarioCardPage })));

interface TrainingChoice {
  readonly scenarioId: string;
  readonly mode: TrainingMode;
}

type View =
  | { readonly name: 'home'; readonly message?: string }
  | { readonly name: 'incident'; readonly record: IncidentRecord; readonly training?: TrainingChoice }
  | { readonly name: 'training' }
  | { readonly name: 'scenarioCard'; readonly scenarioId: string }
  | { readonly name: 'settings' }
  | { readonly name: 'deleteAll' }
  | { readonly name: 'deleteOne'; readonly record: IncidentRecord }
  | { readonly name: 'closeOne'; readonly record: IncidentRecord };

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

function incidentIdOfPage(state: unknown): string | null {
  return typeof state === 'object' && state !== null && typeof (state as { incidentPage?: unknown }).incidentPage === 'string'
    ? String((state as { incidentId?: unknown }).incidentId)
    : null;
}

/** The app page a history entry stands for, if it is one of the app's own (not the wizard's). */
function appViewOf(state: unknown): string | undefined {
  if (state === null) return 'home';
  const appView = typeof state === 'object' ? (state as { appView?: unknown }).appView : undefined;
  return typeof appView === 'string' ? appView : undefined;
}

function viewKey(view: View): string {
  return 'record' in view ? `${view.name}:${view.record.id}` : view.name;
}

function Views() {
  const storage = useStorage();
  const [view, setView] = useState<View | null>(null);
  const [entries, setEntries] = useState<readonly LoadResult[]>([]);
  const [practiceName, setPracticeName] = useState<string | null>(null);
  // Training runs in memory: nothing a room of trainees does is written to this computer.
  const [training] = useState(() => trainingStorage());

  const openIncident = useCallback(
    async (id: string, message?: string) => {
      const loaded = await storage.incidents.load(id);
      setView(loaded.ok ? { name: 'incident', record: loaded.record } : { name: 'home', message: message ?? loaded.problem });
    },
    [storage],
  );

  // Start-up: a reload in the middle of an incident reopens it on the same screen.
  useEffect(() => {
    const state: unknown = window.history.state;
    // A reload on a page over the wizard (the evidence log, the diagram) reopens the incident too.
    const incidentId = isWizardEntry(state) ? state.incidentId : incidentIdOfPage(state);
    if (incidentId) void openIncident(incidentId);
    else {
      window.history.replaceState({ appView: 'home' }, '');
      setView({ name: 'home' });
    }
  }, [openIncident]);

  // The browser's Back and Forward between the app's pages and incidents.
  useEffect(() => {
    const inTraining = view?.name === 'training' || view?.name === 'scenarioCard' || (view?.name === 'incident' && view.training !== undefined);
    const onPopState = (event: PopStateEvent) => {
      const state: unknown = event.state;
      const showing = view?.name === 'incident' ? view.record.id : null;
      if (isWizardEntry(state)) {
        if (state.incidentId === showing) return; // the wizard's own Back and Forward
        // A training session may be on a projector: never move from it into a real incident.
        if (inTraining) setView({ name: 'training' });
        else if (state.incidentId) void openIncident(state.incidentId);
        return;
      }
      const page = appViewOf(state);
      if (page === undefined) return; // a page of the open incident (evidence, diagram) handles itself
      if (page === 'training' || page === 'scenarioCard' || (inTraining && page !== 'home')) setView({ name: 'training' });
      else if (view?.name !== 'home') setView({ name: 'home' });
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [view, openIncident]);

  const go = useCallback((next: View) => {
    window.history.pushState({ appView: next.name }, '');
    setView(next);
  }, []);

  const refresh = useCallback(async () => {
    const listed = await storage.incidents.list();
    const expired = dueForDeletion(listed.flatMap((e) => (e.ok ? [e.record] : [])), new Date());
    for (const record of expired) await storage.incidents.remove(record.id);
    setEntries(expired.length === 0 ? listed : await storage.incidents.list());
  }, [storage]);

  useEffect(() => {
    if (view?.name === 'home') void refresh();
  }, [view, refresh]);

  const hasNavigated = useFocusHeadingOnViewChange(view ? viewKey(view) : null);

  if (view === null) return null;
  return <HasNavigatedContext.Provider value={hasNavigated}>{renderView(view)}</HasNavigatedContext.Provider>;

  function renderView(view: View) {

  const saveAndGoHome = async (record: IncidentRecord, message: string) => {
    await storage.incidents.save(record);
    go({ name: 'home', message });
  };

  switch (view.name) {
    case 'incident':
      if (view.training) {
        const session = view.training;
        return (
          <StorageContext.Provider value={training}>
            <IncidentView
              key={`${view.record.id}:${view.record.revision}`}
              record={view.record}
              onLeave={() => go({ name: 'training' })}
              onReloadLatest={() => go({ name: 'training' })}
              training={{ ...session, practiceName }}
              onRestartTraining={() =>
                void training.incidents
                  .create({ kind: 'training', now: new Date() })
                  .then((record) => go({ name: 'incident', record, training: session }))
              }
            />
          </StorageContext.Provider>
        );
      }
      return (
        <IncidentView
          key={`${view.record.id}:${view.record.revision}`}
          record={view.record}
          onLeave={() => go({ name: 'home' })}
          onReloadLatest={() => void openIncident(view.record.id)}
        />
      );
    case 'training':
      return (
        <main id="main-content" className="layout__main" tabIndex={-1}>
          <TrainingHome
            practiceName={practiceName}
            onPracticeNameChange={setPracticeName}
            onStart={(scenarioId, mode) =>
              void training.incidents
                .create({ kind: 'training', now: new Date() })
                .then((record) => go({ name: 'incident', record, training: { scenarioId, mode } }))
            }
            onPrintCard={(scenarioId) => go({ name: 'scenarioCard', scenarioId })}
            onBack={() => go({ name: 'home' })}
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
          <SettingsPage store={storage.settings} onDone={() => go({ name: 'home' })} />
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
            onConfirm={() => void storage.incidents.removeAll().then(() => go({ name: 'home', message: home.deleteAll.done }))}
            onCancel={() => go({ name: 'home' })}
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
            onConfirm={() =>
              void storage.incidents
                .remove(view.record.id)
                .then(() => go({ name: 'home', message: home.deleteOne.done(view.record.reference) }))
            }
            onCancel={() => go({ name: 'home' })}
          />
        </main>
      );
    case 'closeOne':
      return (
        <main id="main-content" className="layout__main" tabIndex={-1}>
          <CloseIncidentPage
            reference={view.record.reference}
            onConfirm={(outcome) => {
              const at = new Date().toISOString();
              void saveAndGoHome(
                {
                  ...view.record,
                  status: 'closed',
                  closedAt: at,
                  outcome,
                  timeline: [...view.record.timeline, { at, kind: 'closed', summary: outcome }],
                },
                home.closeOne.done(view.record.reference),
              );
            }}
            onCancel={() => go({ name: 'home' })}
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
            onStart={() =>
              void storage.incidents.create({ kind: 'live', now: new Date() }).then((record) => go({ name: 'incident', record }))
            }
            onOpen={(record) => go({ name: 'incident', record })}
            onClose={(record) => go({ name: 'closeOne', record })}
            onReopen={(record) => {
              const at = new Date().toISOString();
              const { closedAt: _closedAt, ...rest } = record;
              void saveAndGoHome(
                { ...rest, status: 'open', timeline: [...record.timeline, { at, kind: 'reopened', summary: home.reopened }] },
                home.reopenedMessage(record.reference),
              );
            }}
            onDelete={(record) => go({ name: 'deleteOne', record })}
            onKeep={(record) => void storage.incidents.save({ ...record, keep: true }).then(refresh)}
            onDownloadRaw={(id) => void storage.incidents.rawExport(id).then((raw) => downloadFile(`unreadable-incident-${id}.json`, JSON.stringify(raw, null, 2), fileTypes.json))}
            onDeleteAll={() => go({ name: 'deleteAll' })}
            onSettings={() => go({ name: 'settings' })}
            onTraining={() => go({ name: 'training' })}
            importPanel={
              <details className="details">
                <summary className="details__summary">{importPanelWords.heading}</summary>
                <Suspense fallback={null}>
                  <ImportPanel
                    onImported={(id) =>
                      void storage.incidents
                        .load(id)
                        .then((loaded) => go(loaded.ok ? { name: 'incident', record: loaded.record } : { name: 'home', message: loaded.problem }))
                    }
                  />
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
