import { Suspense, useEffect, useState } from 'react';
import { Page } from '../components/Page';
import { PageFocusRoot, useMoveTo } from '../components/pageFocus';
import { ui } from '../content/ui';
import { StorageContext, useStorage, type Storage } from '../record/storageContext';
import { Frame } from './Frame';
import { openStorage } from './openStorage';
import { PageErrorBoundary } from './PageErrorBoundary';
import { PageForView } from './PageForView';
import { trainingStorage } from './trainingStorage';
import { useAppNavigation } from './useAppNavigation';
import { inTraining, viewKey } from './views';

/** The app shell: storage for this computer, then the home screen or an open incident. */
export function App({ storage }: { storage?: Promise<Storage> }) {
  const [versionProblem, setVersionProblem] = useState<'blocked' | 'newer' | null>(null);
  const [opening] = useState(
    () =>
      storage ??
      openStorage({
        onBlocked: () => setVersionProblem('blocked'),
        onNewerVersion: () => setVersionProblem('newer'),
      }),
  );
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
      {versionProblem === 'newer' ? (
        <div className="card card--warning" role="alert">
          <p>{ui.newerVersionOpened}</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {ui.reloadThisTab}
          </button>
        </div>
      ) : null}
      {ready ? (
        <StorageContext.Provider value={ready}>
          <PageFocusRoot>
            <Views />
          </PageFocusRoot>
        </StorageContext.Provider>
      ) : (
        <Page>
          <p role="status">{versionProblem === 'blocked' ? ui.storageBlocked : ui.loading}</p>
        </Page>
      )}
    </Frame>
  );
}

/** The page the address names, inside an error boundary so that a page that fails keeps the frame. */
function Views() {
  const storage = useStorage();
  // Training runs in memory: nothing a room of trainees does is written to this computer.
  const [training] = useState(() => trainingStorage());
  const [practiceName, setPracticeName] = useState<string | null>(null);
  const navigation = useAppNavigation(storage, training);
  const { view, landings, go, pageFailed } = navigation;
  // A change of page (not the first one) moves focus to the new page's heading once it is drawn.
  useMoveTo(view ? viewKey(view) : null);

  if (view === null) return null;
  const inTrainingNow = inTraining(view);
  return (
    <PageErrorBoundary
      resetKey={landings}
      training={inTrainingNow}
      // A training session may be on a projector: it never leads to the real incident list.
      onBackToList={() => go(inTrainingNow ? { name: 'training' } : { name: 'home' })}
      onCaught={pageFailed}
    >
      <Suspense fallback={<p role="status">{ui.loading}</p>}>
        <PageForView
          view={view}
          navigation={navigation}
          training={training}
          practiceName={practiceName}
          onPracticeNameChange={setPracticeName}
        />
      </Suspense>
    </PageErrorBoundary>
  );
}
