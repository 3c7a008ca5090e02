import { useEffect, useMemo, useState } from 'react';
import { restoreSnapshot } from '../../machines/restore';
import { home } from '../content/home';
import { DraftsContext } from '../features/wizard/drafts';
import { ProgressList } from '../features/wizard/ProgressList';
import { IncidentContext, type IncidentHandle } from '../record/incidentContext';
import type { IncidentRecord } from '../record/schema';
import { PracticeSettingsContext } from '../record/settingsContext';
import type { PracticeSettings } from '../record/settingsSchema';
import { CurrentScreen } from './CurrentScreen';
import { SaveStatusLine } from './SaveStatusLine';
import { useBrowserHistory } from './useBrowserHistory';
import { useIncidentAutosave } from './useIncidentAutosave';
import { useStorage } from './storage';
import { WizardContext } from './wizardContext';

interface Props {
  readonly record: IncidentRecord;
  readonly onLeave: () => void;
  readonly onReloadLatest: () => void;
}

/** One incident in the wizard, resumed exactly where it was left and saved as it goes. */
export function IncidentView({ record, onLeave, onReloadLatest }: Props) {
  // Rebuilt once per incident opened: the record is the only copy of the answers.
  const restored = useMemo(() => restoreSnapshot(record), [record]);
  return (
    <WizardContext.Provider options={{ snapshot: restored.snapshot }}>
      <IncidentShell record={record} onLeave={onLeave} onReloadLatest={onReloadLatest} />
    </WizardContext.Provider>
  );
}

function IncidentShell({ record, onLeave, onReloadLatest }: Props) {
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
  const handle: IncidentHandle = useMemo(
    () => ({ current: autosaver.current, subscribe: autosaver.subscribe, update: (change, when) => autosaver.change(change, when) }),
    [autosaver],
  );
  const leave = () => {
    void autosaver.flush().finally(onLeave);
  };
  return (
    <IncidentContext.Provider value={handle}>
      <PracticeSettingsContext.Provider value={settings}>
        <DraftsContext.Provider value={drafts}>
          <div className="incident-bar">
            <p className="incident-bar__reference">
              <span className="visually-hidden">Incident reference </span>
              {record.reference}
            </p>
            <SaveStatusLine status={status} savesOnThisComputer={storage.savesOnThisComputer} onReloadLatest={onReloadLatest} />
            <button type="button" className="link-button" onClick={leave}>
              {home.backToList}
            </button>
          </div>
          <div className="layout">
            <main id="main-content" className="layout__main" tabIndex={-1}>
              <CurrentScreen />
            </main>
            <aside className="layout__side">
              <ProgressList />
            </aside>
          </div>
        </DraftsContext.Provider>
      </PracticeSettingsContext.Provider>
    </IncidentContext.Provider>
  );
}
