import { lazy, Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { restoreSnapshot } from '../../machines/restore';
import { FocusHeadingOnMount } from '../components/FocusHeadingOnMount';
import { home, saveStatusWords } from '../content/home';
import { ui } from '../content/ui';
import { EvidenceFilesContext } from '../features/evidence/useEvidenceFiles';
import { DraftsContext } from '../features/wizard/drafts';
import { ProgressList } from '../features/wizard/ProgressList';
import { IncidentContext, type IncidentHandle } from '../record/incidentContext';
import type { IncidentRecord } from '../record/schema';
import { PracticeSettingsContext } from '../record/settingsContext';
import type { PracticeSettings } from '../record/settingsSchema';
import { CurrentScreen } from './CurrentScreen';
import { SaveStatusLine } from './SaveStatusLine';
import { useBrowserHistory } from './useBrowserHistory';
import { IncidentPagesContext } from '../components/incidentPages';
import type { StepId } from '../../machines/steps';
import { diagramWords } from '../content/diagram';
import { LazyDiagramPage } from '../features/diagram/LazyDiagramPage';
import { LiveStepAddons } from './LiveStepAddons';
import { StepAddonsContext, StepFooterAddonsContext } from '../components/stepAddons';
import { scenarioById } from '../content/scenarios';
import type { TrainingMode } from '../content/trainingUi';
import { PracticeResultsAtPlan } from '../features/training/PracticeResults';
import { PresenterControls } from '../features/presenter/PresenterControls';
import { clickContinue, toggleReveal } from '../features/presenter/presenterActions';
import { TrainingBanner } from '../features/training/TrainingBanner';
import { revealAddonFor } from '../features/training/TrainingReveal';
import { useIncidentAutosave } from './useIncidentAutosave';
import { autosaveFlusher, registerUnsavedWorkFlusher } from './serviceWorker';
import { useStorage } from '../record/storageContext';
import { WizardContext } from '../components/wizardContext';

// The evidence log is opened from any screen, but not on every visit: it loads when first opened.
const EvidencePage = lazy(() => import('../features/evidence/EvidencePage').then((m) => ({ default: m.EvidencePage })));

type IncidentPage = 'wizard' | 'evidence' | 'diagram';

/** The history entry for a page over the wizard, so the browser's Back closes it like the app's Back. */
interface PageEntry {
  readonly incidentPage: Exclude<IncidentPage, 'wizard'>;
  readonly incidentId: string;
}
export function isPageEntry(value: unknown): value is PageEntry {
  return typeof value === 'object' && value !== null && typeof (value as PageEntry).incidentPage === 'string';
}

export interface TrainingSession {
  readonly scenarioId: string;
  readonly mode: TrainingMode;
  readonly practiceName: string | null;
}

interface Props {
  readonly record: IncidentRecord;
  readonly onLeave: () => void;
  readonly onReloadLatest: () => void;
  /** A worked scenario: banner, reveal (walk-through) or comparison at the end (practice). */
  readonly training?: TrainingSession;
  /** Training only: start the same scenario again from its first screen, with a fresh record. */
  readonly onRestartTraining?: () => void;
}

/** One incident in the wizard, resumed exactly where it was left and saved as it goes. */
export function IncidentView({ record, onLeave, onReloadLatest, training, onRestartTraining }: Props) {
  // Rebuilt once per incident opened: the record is the only copy of the answers.
  const restored = useMemo(() => restoreSnapshot(record), [record]);
  return (
    <WizardContext.Provider options={{ snapshot: restored.snapshot }}>
      <IncidentShell
        record={record}
        onLeave={onLeave}
        onReloadLatest={onReloadLatest}
        {...(training ? { training } : {})}
        {...(onRestartTraining ? { onRestartTraining } : {})}
      />
    </WizardContext.Provider>
  );
}

function IncidentShell({ record, onLeave, onReloadLatest, training, onRestartTraining }: Props) {
  const actor = WizardContext.useActorRef();
  const scenario = training ? scenarioById(training.scenarioId) : undefined;
  const reveal = scenario && training?.mode === 'walkthrough' ? revealAddonFor(scenario, training.practiceName) : null;
  const storage = useStorage();
  useBrowserHistory(record.id);
  const [settings, setSettings] = useState<PracticeSettings | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void storage.settings.load().then((loaded) => current && setSettings(loaded.settings));
    return () => {
      current = false;
    };
  }, [storage]);
  const { status, drafts, autosaver } = useIncidentAutosave(record, storage.incidents);
  // A new version of the app reloads the page only once this incident's unsaved work is on disk.
  const reloadKeepsWork = storage.savesOnThisComputer && status?.state !== 'conflict';
  useEffect(() => registerUnsavedWorkFlusher(autosaveFlusher(autosaver, reloadKeepsWork)), [autosaver, reloadKeepsWork]);
  const handle: IncidentHandle = useMemo(
    () => ({ current: autosaver.current, subscribe: autosaver.subscribe, update: (change, when) => autosaver.change(change, when) }),
    [autosaver],
  );
  const [page, setPage] = useState<IncidentPage>('wizard');
  const open = useCallback(
    (incidentPage: PageEntry['incidentPage']) => {
      const entry: PageEntry = { incidentPage, incidentId: record.id };
      window.history.pushState(entry, '');
      setPage(incidentPage);
    },
    [record.id],
  );
  const closePage = useCallback(() => {
    if (isPageEntry(window.history.state)) window.history.back();
    else setPage('wizard');
  }, []);
  useEffect(() => {
    const onPopState = (event: PopStateEvent) => setPage(isPageEntry(event.state) ? event.state.incidentPage : 'wizard');
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const current = WizardContext.useSelector((s) => s.value as StepId);
  const visited = WizardContext.useSelector((s) => s.context.visited);
  const evidenceCount = useSyncExternalStore(autosaver.subscribe, () => autosaver.current().evidence.length);
  const pages = useMemo(() => ({ openEvidence: () => open('evidence'), openDiagram: () => open('diagram') }), [open]);
  const leave = () => {
    void autosaver.flush().finally(onLeave);
  };
  return (
    <IncidentContext.Provider value={handle}>
      <PracticeSettingsContext.Provider value={settings}>
        <DraftsContext.Provider value={drafts}>
          <EvidenceFilesContext.Provider value={storage.evidenceFiles}>
            <IncidentPagesContext.Provider value={pages}>
              <StepAddonsContext.Provider value={LiveStepAddons}>
              <StepFooterAddonsContext.Provider value={reveal}>
                {scenario && training ? <TrainingBanner scenarioTitle={scenario.title} mode={training.mode} onEnd={leave} /> : null}
                <div className="incident-bar">
                  <p className="incident-bar__reference">
                    <span className="visually-hidden">Incident reference </span>
                    {record.reference}
                  </p>
                  {training ? (
                    <p className="save-status">{saveStatusWords.training}</p>
                  ) : (
                    <SaveStatusLine status={status} savesOnThisComputer={storage.savesOnThisComputer} onReloadLatest={onReloadLatest} />
                  )}
                  {page === 'wizard' ? (
                    <>
                      <button type="button" className="link-button" onClick={pages.openEvidence}>
                        {home.evidenceLink(evidenceCount)}
                      </button>
                      <button type="button" className="link-button" onClick={pages.openDiagram}>
                        {diagramWords.open}
                      </button>
                    </>
                  ) : null}
                  <button type="button" className="link-button" onClick={leave}>
                    {training ? home.backToTraining : home.backToList}
                  </button>
                </div>
                {training && onRestartTraining ? (
                  <PresenterControls
                    onNext={() => clickContinue()}
                    onBack={() => (page === 'wizard' ? actor.send({ type: 'wizard.back' }) : closePage())}
                    onReveal={() => toggleReveal()}
                    onDiagram={page === 'diagram' ? closePage : pages.openDiagram}
                    onReset={onRestartTraining}
                  />
                ) : null}
                {page === 'evidence' ? (
                  <main id="main-content" className="layout__main" tabIndex={-1}>
                    <Suspense fallback={<p role="status">{ui.loading}</p>}>
                      <EvidencePage onBack={closePage} />
                      <FocusHeadingOnMount />
                    </Suspense>
                  </main>
                ) : page === 'diagram' ? (
                  <main id="main-content" tabIndex={-1}>
                    <LazyDiagramPage current={current} path={visited} onBack={closePage} />
                  </main>
                ) : (
                  <div className="layout">
                    <main id="main-content" className="layout__main" tabIndex={-1}>
                      <CurrentScreen />
                      {scenario && training?.mode === 'practice' ? <PracticeResultsAtPlan scenario={scenario} /> : null}
                    </main>
                    <aside className="layout__side">
                      <ProgressList />
                    </aside>
                  </div>
                )}
              </StepFooterAddonsContext.Provider>
              </StepAddonsContext.Provider>
            </IncidentPagesContext.Provider>
          </EvidenceFilesContext.Provider>
        </DraftsContext.Provider>
      </PracticeSettingsContext.Provider>
    </IncidentContext.Provider>
  );
}
