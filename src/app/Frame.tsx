import type { MouseEvent, ReactNode } from 'react';
import { mainContentId } from '../components/Page';
import { ui } from '../content/ui';
import { UpdatePrompt } from './UpdatePrompt';

/** What stays on every page: the skip link, the header, the update prompt and the footer. */
export function Frame({ children, ready }: { children: ReactNode; ready: boolean }) {
  return (
    <>
      <a className="skip-link" href={`#${mainContentId}`} onClick={skipToMain}>
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
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById(mainContentId)?.focus();
}
