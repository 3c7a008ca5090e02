import { PageHeading } from '../../components/PageHeading';
import { policyHistoryWords } from '../../content/policyHistoryWords';
import type { PolicyDocument } from '../../plan/writePolicy';
import type { PolicyVersionEntry } from '../../record/policyHistory';
import { formatCalendarDate } from '../../record/practiceTimeFormat';
import { PolicyDocumentView } from './PolicyDocumentView';

const words = policyHistoryWords;

/** An earlier version of the policy, as it was adopted, to read or print; it says whether it is still in force. */
export function PolicyVersionPage({
  entry,
  document,
  onBack,
}: {
  readonly entry: PolicyVersionEntry;
  readonly document: PolicyDocument;
  readonly onBack: () => void;
}) {
  const replacedOn = entry.replacedOn === undefined ? '' : (formatCalendarDate(entry.replacedOn) ?? entry.replacedOn);
  return (
    <>
      <button type="button" className="back-link" onClick={onBack}>
        {words.back}
      </button>
      <PageHeading>{words.pageTitle(entry.version)}</PageHeading>
      <p className="card card--warning">
        {entry.state === 'replaced'
          ? words.replacedNotice(entry.version, replacedOn, entry.replacedBy ?? entry.version + 1)
          : words.inForceNotice(entry.version)}
      </p>
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {words.print(entry.version)}
        </button>
      </div>
      <PolicyDocumentView document={document} />
    </>
  );
}
