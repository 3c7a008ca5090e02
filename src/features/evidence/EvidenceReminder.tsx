import { evidenceContent } from '../../content/evidence';
import { useIncident } from '../../record/incidentContext';

const words = evidenceContent.reminder;

/**
 * For the report and block screens: reporting or blocking can make a post vanish, so until
 * something is in the evidence log, say so and offer the way there. Shows nothing otherwise.
 */
export function EvidenceReminder({ onOpenLog }: { onOpenLog: () => void }) {
  const incident = useIncident();
  if (!incident || incident.record.evidence.length > 0) return null;
  return (
    <section className="card card--warning" aria-labelledby="evidence-reminder-heading">
      <h2 className="card__heading" id="evidence-reminder-heading">
        {words.heading}
      </h2>
      <p>{words.text}</p>
      <button type="button" className="button button--secondary" onClick={onOpenLog}>
        {words.button}
      </button>
    </section>
  );
}
