import { stepHeadingId } from '../../components/pageHeading';
import { evidenceContent } from '../../content/evidence';
import { useIncident } from '../../record/incidentContext';
import { ReferencesLog } from '../references/ReferencesLog';
import { EvidenceLog } from './EvidenceLog';

const words = evidenceContent.page;

/**
 * The open incident's evidence and references, on a page of its own that can be opened from any
 * screen: more posts turn up while an incident goes on. Back returns to where the user was.
 */
export function EvidencePage({ onBack }: { onBack: () => void }) {
  const incident = useIncident();
  return (
    <>
      <button type="button" className="back-link" onClick={onBack}>
        {words.back}
      </button>
      <h1 id={stepHeadingId} tabIndex={-1} className="heading-l">
        {words.title}
      </h1>
      {incident ? (
        <>
          <p>{words.intro}</p>
          <section className="card card--warning" aria-labelledby="evidence-warnings-heading">
            <h2 className="card__heading" id="evidence-warnings-heading">
              {evidenceContent.warnings.heading}
            </h2>
            <p>{evidenceContent.warnings.patientInfo}</p>
            <p>{evidenceContent.warnings.personalPhone}</p>
          </section>
          <EvidenceLog />
          <ReferencesLog />
        </>
      ) : (
        <p>{words.noIncident}</p>
      )}
    </>
  );
}
