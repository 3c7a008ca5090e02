import { useRef, useState } from 'react';
import { referencesContent } from '../../content/references';
import { platformReportFollowUp } from '../../record/clock';
import { formatLocalDate, formatLocalDateTime, formatLocalTime } from '../../record/practiceTimeFormat';
import type { IncidentReference } from '../../record/schema';
import { InlineConfirm } from '../../components/InlineConfirm';
import { referenceHeading } from './referenceLabels';
import { SummaryRow } from '../../components/SummaryRow';

const words = referencesContent;

export const referenceHeadingId = (referenceId: string) => `reference-${referenceId}`;

interface Props {
  readonly item: IncidentReference;
  readonly now: Date;
  readonly onChange: () => void;
  readonly onRemove: () => void;
}

/** When to look at a reported post again, worked out from the stored report time each time it is shown. */
function FollowUp({ at, now }: { at: string; now: Date }) {
  const { due, overdue } = platformReportFollowUp(at, now);
  return (
    <>
      {words.followUp(formatLocalTime(due), formatLocalDate(due))}
      {overdue ? (
        <>
          {' '}
          <strong>{words.followUpPassed}</strong>
        </>
      ) : null}
    </>
  );
}

/** One saved report, contact or piece of advice, shown as plain text. */
export function ReferenceView({ item, now, onChange, onRemove }: Props) {
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const heading = referenceHeading(item);
  const headingId = referenceHeadingId(item.id);
  const kind = words.kinds[item.kind];
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 className="card__heading" id={headingId} tabIndex={-1}>
        {heading}
      </h3>
      <dl className="summary-list">
        {item.kind === 'support' && item.with !== undefined ? <SummaryRow label={kind.with?.label ?? ''}>{item.with}</SummaryRow> : null}
        <SummaryRow label={words.labels.at}>{formatLocalDateTime(item.at)}</SummaryRow>
        {item.reference !== undefined ? <SummaryRow label={kind.reference}>{item.reference}</SummaryRow> : null}
        {item.outcome !== undefined ? <SummaryRow label={kind.outcome}>{item.outcome}</SummaryRow> : null}
        {item.kind === 'platformReport' ? (
          <SummaryRow label={words.labels.followUp}>
            <FollowUp at={item.at} now={now} />
          </SummaryRow>
        ) : null}
        {item.notes !== undefined ? <SummaryRow label={words.labels.notes}>{item.notes}</SummaryRow> : null}
      </dl>
      {confirming ? (
        <InlineConfirm
          question={words.confirmRemove}
          confirmLabel={words.confirmRemoveYes}
          cancelLabel={words.confirmRemoveNo}
          onConfirm={onRemove}
          onCancel={() => {
            setConfirming(false);
            removeButton.current?.focus();
          }}
        />
      ) : null}
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={onChange}>
          {words.change} <span className="visually-hidden">{words.hiddenEntry(heading)}</span>
        </button>
        <button type="button" className="button button--warning" ref={removeButton} onClick={() => setConfirming(true)}>
          {words.remove} <span className="visually-hidden">{words.hiddenEntry(heading)}</span>
        </button>
      </div>
    </article>
  );
}
