import { lazy } from 'react';
import { Page } from '../components/Page';
import { home } from '../content/home';
import { StorageContext, useStorage, type Storage } from '../record/storageContext';
import { HomeView } from './HomeView';
import { formatAddress, routeOfLocation, type Route } from './routes';
import { closeIncident, deleteAllIncidents, deleteIncident, type ActionResult } from './storageActions';
import type { AppNavigation } from './useAppNavigation';
import type { View } from './views';

// The wizard and the settings form load when first opened, so the home screen, which every visit
// starts on, stays small and quick on an old practice PC.
const IncidentView = lazy(() => import('./IncidentView').then((m) => ({ default: m.IncidentView })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const PracticeFolderSettings = lazy(() =>
  import('../features/practiceFolder/PracticeFolderSettings').then((m) => ({ default: m.PracticeFolderSettings })),
);
// Closing and deleting are a step away from the list, not on it, so they load when chosen.
const CloseIncidentPage = lazy(() => import('../features/home/CloseIncidentPage').then((m) => ({ default: m.CloseIncidentPage })));
const ConfirmPage = lazy(() => import('../features/home/ConfirmPage').then((m) => ({ default: m.ConfirmPage })));
const PreparePage = lazy(() => import('../features/prepare/PreparePage').then((m) => ({ default: m.PreparePage })));
const TrainingHome = lazy(() => import('../features/training/TrainingHome').then((m) => ({ default: m.TrainingHome })));
const SessionKitPage = lazy(() => import('../features/sessionKit/SessionKitPage').then((m) => ({ default: m.SessionKitPage })));
const ScenarioCardPage = lazy(() => import('../features/training/ScenarioCard').then((m) => ({ default: m.ScenarioCardPage })));

interface Props {
  readonly view: View;
  readonly navigation: Pick<AppNavigation, 'go' | 'land' | 'registerFlush'>;
  /** Training runs in memory: nothing a room of trainees does is written to this computer. */
  readonly training: Storage;
  /** The practice name a trainer types: it stays for the whole training session, across scenarios. */
  readonly practiceName: string | null;
  readonly onPracticeNameChange: (name: string) => void;
}

/** The page for the view on show, wired to the app's navigation and storage. */
export function PageForView({ view, navigation, training, practiceName, onPracticeNameChange }: Props) {
  const storage = useStorage();
  const { go, land, registerFlush } = navigation;
  const goHome = () => go({ name: 'home' });
  /** A confirm page's action: back to the list with what happened, or the problem to show. */
  const thenHome = async (action: Promise<ActionResult>): Promise<string | undefined> => {
    const result = await action;
    if (!result.ok) return result.problem;
    go({ name: 'home' }, { message: result.message });
    return undefined;
  };

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
        <Page>
          <Message text={view.message} />
          <TrainingHome
            practiceName={practiceName}
            onPracticeNameChange={onPracticeNameChange}
            onStart={(scenarioId, mode) => go({ name: 'scenario', scenarioId, mode })}
            onPrintCard={(scenarioId) => go({ name: 'scenarioCard', scenarioId })}
            onSessionKit={() => go({ name: 'sessionKit' })}
            onBack={goHome}
          />
        </Page>
      );
    case 'sessionKit':
      return (
        <Page>
          <SessionKitPage practiceName={practiceName} onBack={() => go({ name: 'training' })} />
        </Page>
      );
    case 'scenarioCard':
      return (
        <Page>
          <ScenarioCardPage scenarioId={view.scenarioId} practiceName={practiceName} onBack={() => go({ name: 'training' })} />
        </Page>
      );
    case 'settings':
      return (
        <Page>
          <SettingsPage store={storage.settings} onDone={goHome} />
          <PracticeFolderSettings folder={storage.practiceFolder} />
        </Page>
      );
    case 'prepare':
      return (
        <Page>
          <PreparePage settingsStore={storage.settings} policyStore={storage.policy} onBack={goHome} />
        </Page>
      );
    case 'deleteAll':
      return (
        <Page>
          <ConfirmPage
            title={home.deleteAll.title}
            text={home.deleteAll.text}
            confirmLabel={home.deleteAll.confirm}
            cancelLabel={home.deleteAll.cancel}
            onConfirm={() => thenHome(deleteAllIncidents(storage.incidents))}
            onCancel={goHome}
          />
        </Page>
      );
    case 'deleteOne':
      return (
        <Page>
          <ConfirmPage
            title={home.deleteOne.title(view.record.reference)}
            text={home.deleteOne.text}
            confirmLabel={home.deleteOne.confirm}
            cancelLabel={home.deleteOne.cancel}
            onConfirm={() => thenHome(deleteIncident(storage.incidents, view.record))}
            onCancel={goHome}
          />
        </Page>
      );
    case 'closeOne':
      return (
        <Page>
          <CloseIncidentPage
            reference={view.record.reference}
            onConfirm={(outcome) => thenHome(closeIncident(storage.incidents, view.record, outcome))}
            onCancel={goHome}
          />
        </Page>
      );
    case 'home':
      return <HomeView view={view} go={go} />;
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
