import { useRef, useState } from 'react';
import { evidenceContent } from '../../content/evidence';
import { formatLocalDateTime, formatUtcDateTime } from '../../record/practiceTimeFormat';
import type { EvidenceItem } from '../../record/schema';
import { EvidenceFileView } from './EvidenceFileView';
import { InlineConfirm } from '../../components/InlineConfirm';
import { platformLabel } from '../../content/optionLabel';
import { SummaryRow } from '../../components/SummaryRow';

const words = evidenceContent.log;

export const evidenceItemHeadingId = (itemId: string) => `evidence-${itemId}`;

interface Props {
  readonly item: EvidenceItem;
  /** Its place in the log, counting from 1: "Post 2". */
  readonly number: number;
  readonly onChange: () => void;
  readonly onMarkDeleted: (deleted: boolean) => void;
  readonly onRemove: () => void;
  /** Tells the log's status line what happened (copying the address). */
  readonly onStatus: (message: string) => void;
}

/** One saved post, everything shown as plain text: whatever was copied from the site stays inert. */
export function EvidenceItemView({ item, number, onChange, onMarkDeleted, onRemove, onStatus }: Props) {
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const where = platformLabel(item.platform) ?? words.whereNotGiven;
  const headingId = evidenceItemHeadingId(item.id);

  const copyAddress = () => {
    const url = item.url ?? '';
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) return onStatus(words.copyFailed);
    clipboard.writeText(url).then(
      () => onStatus(words.copied),
      () => onStatus(words.copyFailed),
    );
  };

  const cancelRemove = () => {
    setConfirming(false);
    removeButton.current?.focus();
  };

  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 className="card__heading" id={headingId} tabIndex={-1}>
        {words.itemHeading(number, where)}
      </h3>
      <dl className="summary-list">
        {item.url !== undefined ? (
          <SummaryRow label={words.labels.url}>
            {/* Text, not a link: a click must not open the post from a practice computer. */}
            <span>{item.url}</span>
            <br />
            <span className="hint">{words.urlNote}</span>
            <br />
            <button type="button" className="link-button" onClick={copyAddress}>
              {words.copyAddress} <span className="visually-hidden">{words.forPost(number)}</span>
            </button>
          </SummaryRow>
        ) : null}
        {item.account !== undefined ? <SummaryRow label={words.labels.account}>{item.account}</SummaryRow> : null}
        {item.text !== undefined ? <SummaryRow label={words.labels.text}>{item.text}</SummaryRow> : null}
        {item.postedAsShown !== undefined ? <SummaryRow label={words.labels.postedAsShown}>{item.postedAsShown}</SummaryRow> : null}
        <SummaryRow label={words.labels.capturedAt}>
          {words.capturedAt(formatLocalDateTime(item.capturedAt), formatUtcDateTime(item.capturedAt))}
        </SummaryRow>
        {item.deletedFromSiteAt !== undefined ? (
          <SummaryRow label={words.labels.deleted}>{words.deletedAt(formatLocalDateTime(item.deletedFromSiteAt))}</SummaryRow>
        ) : null}
        {item.notes !== undefined ? <SummaryRow label={words.labels.notes}>{item.notes}</SummaryRow> : null}
      </dl>

      <h4 className="heading-s">{words.labels.files}</h4>
      {item.files.length === 0 ? (
        <p>{words.noFiles}</p>
      ) : (
        <>
          <ul className="list">
            {item.files.map((file) => (
              <EvidenceFileView key={file.fileId} file={file} />
            ))}
          </ul>
          <p className="hint">{words.fingerprintMeaning}</p>
          <p className="hint">{words.saveCopyHint}</p>
        </>
      )}

      {confirming ? (
        <InlineConfirm
          question={words.confirmRemove(number, item.files.length)}
          confirmLabel={words.confirmRemoveYes}
          cancelLabel={words.confirmRemoveNo}
          onConfirm={onRemove}
          onCancel={cancelRemove}
        />
      ) : null}
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={onChange}>
          {words.change} <span className="visually-hidden">{words.forPost(number)}</span>
        </button>
        <button type="button" className="button button--secondary" onClick={() => onMarkDeleted(item.deletedFromSiteAt === undefined)}>
          {item.deletedFromSiteAt === undefined ? words.markDeleted : words.undoDeleted}{' '}
          <span className="visually-hidden">{words.forPost(number)}</span>
        </button>
        <button type="button" className="button button--warning" ref={removeButton} onClick={() => setConfirming(true)}>
          {words.remove} <span className="visually-hidden">{words.forPost(number)}</span>
        </button>
      </div>
    </article>
  );
}
