import { useEffect, useEffectEvent } from 'react';
import { connectBrowserHistory } from './browserHistory';
import { WizardContext } from '../components/wizardContext';

/**
 * Connects the shared wizard actor to the browser's Back and Forward buttons for as long as the
 * app is shown. `addressOf` gives the address each step's entry carries (src/app/routes.ts).
 */
export function useBrowserHistory(incidentId: string | null = null, addressOf?: (step: string) => string | undefined): void {
  const actor = WizardContext.useActorRef();
  // The latest function, without reconnecting (and re-laying entries) when a new one is passed.
  const address = useEffectEvent((step: string) => addressOf?.(step));
  useEffect(() => connectBrowserHistory(actor, { incidentId, addressOf: (step) => address(step) }), [actor, incidentId]);
}
