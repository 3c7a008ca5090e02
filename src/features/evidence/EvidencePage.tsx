import type { ReactNode } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { evidenceContent } from '../../content/evidence';
import { useIncident } from '../../record/incidentContext';
import { EvidenceLog } from './EvidenceLog';

const words = evidenceContent.page;

/**
 * The open incident's evidence and references, on a page of its own that can be opened from any
 * screen: more posts turn up while an incident goes on. Back returns to where the user was.
 * `children` follow the evidence log: the app puts the references log there, since features
 * meet only in src/app.
 */
export function EvidencePage({ onBack, children }: { onBack: () => void; children?: ReactNode }) {
  const incident = useIncident();
  return (
    <>
      <button type="button" className="back-link" onClick={onBack}>
        {words.back}
      </button>
      <PageHeading>{words.title}</PageHeading>
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
          {children}
        </>
      ) : (
        <p>{words.noIncident}</p>
      )}
    </>
  );
}
