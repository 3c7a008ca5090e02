import type { StepId } from '../../machines/steps';
import { ReplyByNotice } from '../components/ReplyByNotice';
import { EvidenceReminder } from '../features/evidence/EvidenceReminder';
import { ExportPanel } from '../features/note/ExportPanel';
import { DraftReplyPrompt } from '../features/reply/DraftReplyPrompt';
import { ReplyStep } from '../features/reply/ReplyStep';
import { useIncident } from '../record/incidentContext';
import { useIncidentPages } from '../components/incidentPages';
import { formatAddress } from './routes';

/**
 * After a handover file is downloaded: the incident's delete address, as if typed. The app follows
 * it (useAppNavigation saves the open incident first) to the usual "are you sure" page.
 */
function deleteFromDevice(incidentId: string): () => void {
  return () => {
    window.location.hash = formatAddress({ name: 'deleteIncident', incidentId });
  };
}

/**
 * What other features add below a wizard screen, composed here so the wizard does not depend on
 * them: the reply builder and reply-by time on the reply screen (opened from the plan), a reminder to
 * save the evidence before reporting or blocking, and the export and print panel under the plan.
 */
export function LiveStepAddons({ step }: { step: StepId }) {
  const pages = useIncidentPages();
  const incident = useIncident();
  switch (step) {
    case 'reply':
      return (
        <>
          <ReplyByNotice foundAt={incident?.record.foundAt ?? null} />
          <ReplyStep />
        </>
      );
    case 'plan':
      return (
        <>
          <DraftReplyPrompt />
          <ExportPanel onDeleteFromDevice={incident?.record.kind === 'live' ? deleteFromDevice(incident.record.id) : undefined} />
        </>
      );
    case 'also':
      return pages ? <EvidenceReminder onOpenLog={pages.openEvidence} /> : null;
    default:
      return null;
  }
}
