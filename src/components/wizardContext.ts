import { createActorContext } from '@xstate/react';
import { incidentMachine } from '../../machines/incidentMachine';

/** One wizard actor shared by every view; views read it with `useSelector` and only send events. */
export const WizardContext = createActorContext(incidentMachine);
