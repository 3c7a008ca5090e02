import { PageHeading } from '../../components/PageHeading';
import { policyUi } from '../../content/policyUi';
import { contactLine } from '../../note/policyMarkdown';
import type { StaffSummary } from '../../plan/policyStaffSummary';

const content = policyUi.staffSummary;

/** "If you see a post about the practice": one page for the staff room, printed on A4. */
export function StaffSummaryPage({ summary, onBack }: { summary: StaffSummary; onBack: () => void }) {
  return (
    <div className="staff-summary">
      <button type="button" className="back-link" onClick={onBack}>
        {policyUi.backToPolicy}
      </button>
      <p className="caption">{summary.practiceName}</p>
      <PageHeading>{summary.title}</PageHeading>
      <p>{summary.intro}</p>
      <ol className="list list--spaced staff-summary__steps">
        {summary.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <h2 className="heading-m">{content.tellHeading}</h2>
      <p>{summary.tellLine}</p>
      <ul className="list">
        {summary.tell.map((contact) => (
          <li key={contact.role}>{contactLine(contact)}</li>
        ))}
      </ul>
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {content.print}
        </button>
      </div>
    </div>
  );
}
