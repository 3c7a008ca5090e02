import { policyUi } from '../../content/policyUi';
import { sources } from '../../content/sources';
import { clauseCitation, contactLine, policyStandingLine, sourceLabel } from '../../note/policyMarkdown';
import type { PolicyClause, PolicyDocument } from '../../plan/writePolicy';
import { formatCalendarDate } from '../../record/practiceTimeFormat';
import { ReplyCheckResults } from './ReplyCheckList';

function ClauseView({ clause }: { clause: PolicyClause }) {
  const cited = clauseCitation(clause.sources);
  return (
    <li className="policy__clause">
      {clause.replyChecks === undefined ? <p>{clause.text}</p> : <blockquote className="policy__reply">{clause.text}</blockquote>}
      {clause.replyChecks !== undefined && clause.replyChecks.length > 0 ? <ReplyCheckResults checks={clause.replyChecks} /> : null}
      {clause.contacts.length > 0 ? (
        <ul className="policy__contacts">
          {clause.contacts.map((contact) => (
            <li key={contact.role}>{contactLine(contact)}</li>
          ))}
        </ul>
      ) : null}
      <p className="policy__sources">
        {policyUi.preview.basedOn}: {cited}
      </p>
    </li>
  );
}

/**
 * The written policy as the page and the printed copy show it: the practice's name, version and
 * review date at the top (and on every printed page), each section's clauses with who they call on
 * and where they come from, then the sources in full.
 */
export function PolicyDocumentView({ document }: { document: PolicyDocument }) {
  const standing = policyStandingLine(document);
  return (
    <article className="policy" aria-labelledby="policy-title">
      <header className="policy__header">
        <h2 className="heading-m" id="policy-title">
          {document.title}: {document.practiceName}
        </h2>
        <p className="policy__standing">{standing}</p>
      </header>
      {/* Repeated at the foot of every printed page (see prepare.css). */}
      <p className="policy__running" aria-hidden="true">
        {document.practiceName} · {standing}
      </p>
      {document.sections.map((section) => (
        <section key={section.id} aria-labelledby={`policy-section-${section.id}`}>
          <h3 className="heading-s" id={`policy-section-${section.id}`}>
            {section.heading}
          </h3>
          <ul className="policy__clauses">
            {section.clauses.map((clause, index) => (
              <ClauseView key={index} clause={clause} />
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="policy-sources">
        <h3 className="heading-s" id="policy-sources">
          {policyUi.preview.sourcesHeading}
        </h3>
        <ul className="list">
          {document.sources.map((id) => {
            const date = sources[id].date;
            return (
              <li key={id}>
                {sourceLabel(id)}
                {date === null ? null : ` (${formatCalendarDate(date) ?? date})`}
              </li>
            );
          })}
        </ul>
      </section>
      <p className="hint">{policyUi.document.footer}</p>
    </article>
  );
}
