import { EvidencePage } from '../features/evidence/EvidencePage';
import { ReferencesLog } from '../features/references/ReferencesLog';

/** The evidence page with the references log under the posts: two features, composed here. */
export function EvidencePageWithReferences({ onBack }: { onBack: () => void }) {
  return (
    <EvidencePage onBack={onBack}>
      <ReferencesLog />
    </EvidencePage>
  );
}
