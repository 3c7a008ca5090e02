import { ui } from '../content/ui';
import { ProgressList } from '../features/wizard/ProgressList';
import { CurrentScreen } from './CurrentScreen';
import { useBrowserHistory } from './useBrowserHistory';
import { WizardContext } from './wizardContext';

/** The app shell: one wizard actor for the whole page, kept in step with the browser's history. */
export function App() {
  return (
    <WizardContext.Provider>
      <Shell />
    </WizardContext.Provider>
  );
}

function Shell() {
  useBrowserHistory();
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
      <div className="width-container layout">
        <main id="main-content" className="layout__main" tabIndex={-1}>
          <CurrentScreen />
        </main>
        <aside className="layout__side">
          <ProgressList />
        </aside>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p>{ui.notLegalAdvice}</p>
        </div>
      </footer>
    </>
  );
}

/** Move focus without a #fragment history entry, which the browser Back button would then stop on. */
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}
