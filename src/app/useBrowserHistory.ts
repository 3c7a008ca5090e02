import { useEffect } from 'react';
import { connectBrowserHistory } from './browserHistory';
import { WizardContext } from '../components/wizardContext';

/** Connects the shared wizard actor to the browser's Back and Forward buttons for as long as the app is shown. */
export function useBrowserHistory(incidentId: string | null = null): void {
  const actor = WizardContext.useActorRef();
  useEffect(() => connectBrowserHistory(actor, { incidentId }), [actor, incidentId]);
}
