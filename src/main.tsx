import './app/configureZod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { PageErrorBoundary } from './app/PageErrorBoundary';
import { formatAddress } from './app/routes';
import { registerServiceWorker } from './app/serviceWorker';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page is missing its #root element.');
/** The app itself failed: nothing is left to move within, so load it afresh at the incident list. */
function openListAfresh() {
  window.history.replaceState(null, '', formatAddress({ name: 'home' }));
  window.location.reload();
}

createRoot(root).render(
  <StrictMode>
    {/* The last resort: App has its own boundary around each page, which keeps the header. */}
    <PageErrorBoundary outsideFrame onBackToList={openListAfresh}>
      <App />
    </PageErrorBoundary>
  </StrictMode>,
);
registerServiceWorker();
