import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { restoreSnapshot } from '../../machines/restore';
import { Page } from '../components/Page';
import { useMoveTo } from '../components/pageFocus';
import { home, saveStatusWords } from '../content/home';
import { ui } from '../content/ui';
import { EvidenceFilesContext } from '../record/evidenceFilesContext';
import { DraftsContext } from '../features/wizard/drafts';
import { ProgressList } from '../features/wizard/ProgressList';
import { IncidentContext, type IncidentHandle } from '../record/incidentContext';
import type { IncidentRecord } from '../record/schema';
import { PracticeSettingsContext } from '../record/settingsContext';
import type { PracticeSettings } from '../record/settingsSchema';
import { settingsWithPolicy } from '../record/settingsWithPolicy';
import { policyInForce, type PolicyInForce } from '../record/policyInForce';
import { PolicyInForceContext } from '../record/policyInForceContext';
import { CurrentScreen } from './CurrentScreen';
import { SaveStatusLine } from './SaveStatusLine';
import { collectOrphanFiles, saveStaleCopy } from '../record/staleCopy';
import { useBrowserHistory } from './useBrowserHistory';
import { IncidentPagesContext } from '../components/incidentPages';
import { currentStep } from '../../machines/stateValue';
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
import { ScenarioAside } from '../features/training/ScenarioAside';
import { RevealSpotContext } from '../features/training/revealSpot';
import { DecisionSuggestionShownContext } from '../components/DecisionSuggestionCard';
import { revealAddonFor } from '../features/training/TrainingReveal';
import { useIncidentAutosave } from './useIncidentAutosave';
import { reconcileWithMirror } from '../record/typingMirror';
import { autosaveFlusher, registerUnsavedWorkFlusher } from '../record/unsavedWork';
import { useStorage } from '../record/storageContext';
import { WizardContext } from '../components/wizardContext';
import { isIncidentPageEntry, type IncidentAddressPage, type IncidentPageEntryState } from './routes';

// The evidence log is opened from any screen, but not on every visit: it loads when first opened.
const EvidencePage = lazy(() => import('./EvidencePageWithReferences').then((m) => ({ default: m.EvidencePageWithReferences })));

type IncidentPage = 'wizard' | OverPage;
/** A page shown over the wizard, with a history entry and an address of its own. */
type OverPage = IncidentPageEntryState['incidentPage'];

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
  /** The page the address asked for: the evidence log or the diagram over the wizard, or the wizard. */
  readonly initialPage?: OverPage;
  /** The address of each page of this incident (src/app/routes.ts); without it, addresses stay as they are. */
  readonly addressOf?: (page: IncidentAddressPage) => string;
  /** Lets the app save what is waiting before it reads this incident again (its address opened anew). */
  readonly registerFlush?: (flush: () => Promise<void>) => () => void;
}

/** One incident in the wizard, resumed exactly where it was left and saved as it goes. */
export function IncidentView(props: Props) {
  const { savesOnThisComputer } = useStorage();
  // Typing this tab had not yet saved when the page reloaded comes back from its copy in
  // sessionStorage, unless another tab has saved a newer revision since (typingMirror.ts).
  const mirror = savesOnThisComputer && props.record.kind === 'live' && !props.training;
  const opened = useMemo(
    () => (mirror ? reconcileWithMirror(props.record) : { record: props.record, unsaved: false }),
    [props.record, mirror],
  );
  // Rebuilt once per incident opened: the record is the only copy of the answers.
  const restored = useMemo(() => restoreSnapshot(opened.record), [opened.record]);
  return (
    <WizardContext.Provider options={{ snapshot: restored.snapshot }}>
      <IncidentShell {...props} record={opened.record} local={{ mirror, openedUnsaved: opened.unsaved }} />
    </WizardContext.Provider>
  );
}

function IncidentShell({
  local,
  record,
  onLeave,
  onReloadLatest,
  training,
  onRestartTraining,
  initialPage,
  addressOf,
  registerFlush,
}: Props & { readonly local: { readonly mirror: boolean; readonly openedUnsaved: boolean } }) {
  const actor = WizardContext.useActorRef();
  const scenario = training ? scenarioById(training.scenarioId) : undefined;
  const walkThrough = scenario !== undefined && training?.mode === 'walkthrough';
  const reveal = scenario && walkThrough ? revealAddonFor(scenario, training.practiceName) : null;
  // The post beside the question: opened once behind its content note, it stays open for the session.
  const [postOpened, setPostOpened] = useState(false);
  const [revealSpot, setRevealSpot] = useState<HTMLDivElement | null>(null);
  const storage = useStorage();
  // Every wizard step's entry carries the incident's address; on the plan, the plan's.
  useBrowserHistory(record.id, (step) => addressOf?.(step === 'plan' ? 'plan' : 'screen'));
  const [settings, setSettings] = useState<PracticeSettings | undefined>(undefined);
  const [inForce, setInForce] = useState<PolicyInForce | undefined>(undefined);
  useEffect(() => {
    let current = true;
    // An adopted "Be prepared" policy answers what the plan asks of settings (settingsWithPolicy.ts).
    const policy = storage.policy.load().then(
      (loaded) => loaded.policy,
      () => undefined,
    );
    void Promise.all([storage.settings.load(), policy]).then(([loaded, saved]) => {
      if (!current) return;
      setSettings(settingsWithPolicy(loaded.settings, saved));
      // The plan quotes it and the reply builder offers its agreed replies (issue 17).
      setInForce(policyInForce(saved));
    });
    return () => {
      current = false;
    };
  }, [storage]);
  const { status, drafts, autosaver } = useIncidentAutosave(record, storage.incidents, local);
  // A new version of the app reloads the page only once this incident's unsaved work is on disk.
  const reloadKeepsWork = storage.savesOnThisComputer && status?.state !== 'conflict';
  useEffect(() => registerUnsavedWorkFlusher(autosaveFlusher(autosaver, reloadKeepsWork)), [autosaver, reloadKeepsWork]);
  useEffect(() => registerFlush?.(() => autosaver.flush()), [autosaver, registerFlush]);
  const handle: IncidentHandle = useMemo(
    () => ({
      current: () => autosaver.current(),
      subscribe: autosaver.subscribe,
      update: (change, when) => autosaver.change(change, when),
    }),
    [autosaver],
  );
  const [page, setPage] = useState<IncidentPage>(initialPage ?? 'wizard');
  /** A page over the wizard is one history entry on top of the wizard's, so Back closes it. */
  const pushPage = useCallback(
    (incidentPage: OverPage) => {
      const entry: IncidentPageEntryState = { incidentPage, incidentId: record.id, depth: actor.getSnapshot().context.visited.length };
      window.history.pushState(entry, '', addressOf?.(incidentPage));
    },
    [actor, record.id, addressOf],
  );
  const open = useCallback(
    (incidentPage: OverPage) => {
      pushPage(incidentPage);
      setPage(incidentPage);
    },
    [pushPage],
  );
  // Opened at a page's address (a bookmark, a typed address): its entry goes on top of the wizard's,
  // which useBrowserHistory has just laid down. After a reload the entry is still there.
  const opening = useRef(initialPage);
  useEffect(() => {
    const asked = opening.current;
    if (!asked) return;
    opening.current = undefined;
    const state: unknown = window.history.state;
    if (!(isIncidentPageEntry(state) && state.incidentId === record.id && state.incidentPage === asked)) pushPage(asked);
  }, [pushPage, record.id]);
  const ownPage = useCallback((state: unknown) => isIncidentPageEntry(state) && state.incidentId === record.id, [record.id]);
  const closePage = useCallback(() => {
    if (ownPage(window.history.state)) window.history.back();
    else setPage('wizard');
  }, [ownPage]);
  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const state: unknown = event.state;
      setPage(isIncidentPageEntry(state) && ownPage(state) ? state.incidentPage : 'wizard');
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [ownPage]);
  // Opening or closing the evidence log or the diagram is a move: the page shown takes focus.
  useMoveTo(page);
  const current = WizardContext.useSelector(currentStep);
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
                      <SaveStatusLine
                        status={status}
                        savesOnThisComputer={storage.savesOnThisComputer}
                        onReloadLatest={() =>
                          // Files this tab stored for a post that never reached the saved record are removed first.
                          void collectOrphanFiles(storage.incidents, storage.evidenceFiles, autosaver.current())
                            .catch(() => 0)
                            .then(onReloadLatest)
                        }
                        onKeepCopy={() =>
                          saveStaleCopy(storage.incidents, storage.evidenceFiles, autosaver.current()).then((copy) => copy.reference)
                        }
                      />
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
                    <Page>
                      <Suspense fallback={<p role="status">{ui.loading}</p>}>
                        <EvidencePage onBack={closePage} />
                      </Suspense>
                    </Page>
                  ) : page === 'diagram' ? (
                    <Page wide>
                      <LazyDiagramPage current={current} path={visited} onBack={closePage} />
                    </Page>
                  ) : (
                    // In a walk-through the decision's suggestion waits for the reveal, which opens beside the question.
                    <DecisionSuggestionShownContext.Provider value={!walkThrough}>
                      <RevealSpotContext.Provider value={revealSpot}>
                        <div
                          className={`layout${scenario ? ' layout--training' : ''}${current === 'plan' ? ' layout--plan' : ''}${current === 'start' ? ' layout--first-screen' : ''}`}
                        >
                          <Page>
                            {/* First, so a trainee sees how they did before the long plan (issue #16). */}
                            {scenario && training?.mode === 'practice' ? <PracticeResultsAtPlan scenario={scenario} /> : null}
                            <PolicyInForceContext.Provider value={inForce}>
                              <CurrentScreen />
                            </PolicyInForceContext.Provider>
                          </Page>
                          {scenario && training ? (
                            <ScenarioAside
                              scenario={scenario}
                              practiceName={training.practiceName}
                              postOpened={postOpened}
                              onTogglePost={() => setPostOpened((opened) => !opened)}
                              revealSpotRef={setRevealSpot}
                            />
                          ) : null}
                          {/* At the plan every stage is done: the checklist has the whole width instead. */}
                          {current === 'plan' ? null : (
                            <aside className="layout__side">
                              <ProgressList />
                            </aside>
                          )}
                        </div>
                      </RevealSpotContext.Provider>
                    </DecisionSuggestionShownContext.Provider>
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
