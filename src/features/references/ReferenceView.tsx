import { useRef, useState, type ReactNode } from 'react';
import { referencesContent } from '../../content/references';
import { formatLocalDate, formatLocalDateTime, formatLocalTime, platformReportFollowUp } from '../../record/clock';
import type { IncidentReference } from '../../record/schema';
import { InlineConfirm } from '../evidence/InlineConfirm';
import { referenceHeading } from './referenceLabels';

const words = referencesContent;

export const referenceHeadingId = (referenceId: string) => `reference-${referenceId}`;

interface Props {
  readonly item: IncidentReference;
  readonly now: Date;
  readonly onChange: () => void;
  readonly onRemove: () => void;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">{children}</dd>
    </div>
  );
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
        {item.kind === 'support' && item.with !== undefined ? <Row label={kind.with?.label ?? ''}>{item.with}</Row> : null}
        <Row label={words.labels.at}>{formatLocalDateTime(item.at)}</Row>
        {item.reference !== undefined ? <Row label={kind.reference}>{item.reference}</Row> : null}
        {item.outcome !== undefined ? <Row label={kind.outcome}>{item.outcome}</Row> : null}
        {item.kind === 'platformReport' ? (
          <Row label={words.labels.followUp}>
            <FollowUp at={item.at} now={now} />
          </Row>
        ) : null}
        {item.notes !== undefined ? <Row label={words.labels.notes}>{item.notes}</Row> : null}
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
