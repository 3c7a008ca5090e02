import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { home } from '../../content/home';
import { ContentBlocks } from '../../components/ContentBlocks';
import { EmergencyCard } from '../../components/EmergencyCard';
import { PageHeading } from '../../components/PageHeading';
import type { ListPage } from '../../record/listPage';
import type { StoredSummary } from '../../record/storedSummary';
import { dueSoon } from '../../record/retention';
import { formatCalendarDate, formatLocalDate, formatLocalDateTime, timeSince } from '../../record/practiceTimeFormat';
import { incidentSummary } from './incidentSummary';

/** Each row's actions get the incident's summary: the app reads the record only when one is used. */
export interface HomeActions {
  onStart(): void;
  onOpen(incident: StoredSummary): void;
  onClose(incident: StoredSummary): void;
  onReopen(incident: StoredSummary): void;
  onDelete(incident: StoredSummary): void;
  onKeep(incident: StoredSummary): void;
  onDownloadRaw(id: string): void;
  onDeleteAll(): void;
  onSettings(): void;
  /** Be prepared: the practice's social media policy. */
  onPrepare(): void;
  onTraining(): void;
  /** Read and draw the next rows of that table (focus then moves to the first of them). */
  onShowMore(table: 'open' | 'closed'): void;
}

interface Props extends HomeActions {
  /** What the list read: the rows it draws, the counts, and the incidents retention may delete soon. */
  readonly list: ListPage;
  readonly savesOnThisComputer: boolean;
  readonly persistent: boolean;
  readonly message?: string;
  /** A storage action that failed, in words: the list below is as it was. */
  readonly problem?: string;
  readonly now: Date;
  /** The adopted policy's review date, when it has passed: a reminder to review it. */
  readonly policyReviewBy?: string;
  /** Bringing in a backup file: composed by the app, since it belongs to the note feature. */
  readonly importPanel?: ReactNode;
}

/** The home screen: start a new incident, or pick up one already on this computer. */
export function HomePage(props: Props) {
  const { open, closed, openCount, closedCount, unreadable } = props.list;
  const reminders = dueSoon(props.list.retention, props.now);

  return (
    <>
      {props.message ? (
        <div className="card card--info" role="status">
          <p>{props.message}</p>
        </div>
      ) : null}
      {props.problem ? (
        <div className="card card--warning" role="alert">
          <p>{props.problem}</p>
        </div>
      ) : null}
      <EmergencyCard active={false} />
      <PageHeading>{home.title}</PageHeading>
      <p>{home.intro}</p>
      {props.savesOnThisComputer ? null : (
        <div className="card card--warning" role="alert">
          <p>{home.storage.memoryOnly}</p>
        </div>
      )}
      <div className="button-group">
        <button type="button" className="button" onClick={props.onStart}>
          {home.startNew}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onSettings}>
          {home.settings}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onTraining}>
          {home.training}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onPrepare}>
          {home.prepare}
        </button>
      </div>

      {reminders.length > 0 ? (
        <section className="card card--warning" aria-labelledby="retention-heading">
          <h2 id="retention-heading" className="card__heading">
            {home.retention.heading}
          </h2>
          <ul className="list">
            {reminders.map(({ record, deleteOn }) => (
              <li key={record.id}>
                {home.retention.text(record.reference, formatLocalDate(deleteOn))}{' '}
                <button type="button" className="link-button" onClick={() => props.onKeep(record)}>
                  {home.keep} <span className="visually-hidden">{record.reference}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {props.policyReviewBy === undefined ? null : (
        <section className="card card--warning" aria-labelledby="policy-review-heading">
          <h2 id="policy-review-heading" className="card__heading">
            {home.policyReview.heading}
          </h2>
          <p>{home.policyReview.text(formatCalendarDate(props.policyReviewBy) ?? props.policyReviewBy)}</p>
          <button type="button" className="button button--secondary" onClick={props.onPrepare}>
            {home.policyReview.open}
          </button>
        </section>
      )}

      <h2 className="heading-m">{home.openHeading}</h2>
      {openCount === 0 ? (
        <p>{home.noneOpen}</p>
      ) : (
        <IncidentTable records={open} total={openCount} onMore={() => props.onShowMore('open')} {...props} />
      )}

      {closedCount > 0 ? (
        <>
          <h2 className="heading-m">{home.closedHeading}</h2>
          <IncidentTable records={closed} total={closedCount} onMore={() => props.onShowMore('closed')} {...props} />
        </>
      ) : null}

      {unreadable.length > 0 ? (
        <section aria-labelledby="unreadable-heading">
          <h2 id="unreadable-heading" className="heading-m">
            {home.unreadableHeading}
          </h2>
          <p>{home.unreadableText}</p>
          <ul className="list">
            {unreadable.map((entry) => (
              <li key={entry.id}>
                <code>{entry.id}</code>: {entry.problem}{' '}
                <button type="button" className="link-button" onClick={() => props.onDownloadRaw(entry.id)}>
                  {home.downloadRaw}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {props.importPanel}

      <section className="notice" aria-labelledby="storage-heading">
        <h2 id="storage-heading" className="heading-s">
          {home.storage.heading}
        </h2>
        <ContentBlocks blocks={[{ type: 'list', items: home.storage.points }]} />
        {props.savesOnThisComputer && !props.persistent ? <p>{home.storage.persistentNo}</p> : null}
        <button type="button" className="button button--warning" onClick={props.onDeleteAll}>
          {home.deleteAll.button}
        </button>
      </section>
    </>
  );
}

/** Rows drawn at first, and added each time "Show more" is pressed. */
export const rowsPerPage = 50;

interface TableProps extends HomeActions {
  /** The rows read, newest first. */
  readonly records: readonly StoredSummary[];
  /** How many there are in all. */
  readonly total: number;
  readonly onMore: () => void;
  readonly now: Date;
}

function IncidentTable({ records: shown, total, onMore, now, ...actions }: TableProps) {
  // After "Show more", focus goes to the first row that was added, so a keyboard user carries on
  // there. The rows are read from storage first, so focus moves once that row is drawn.
  const firstAdded = useRef<HTMLTableCellElement>(null);
  const focusPending = useRef(false);
  const [added, setAdded] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!focusPending.current || firstAdded.current === null) return;
    focusPending.current = false;
    firstAdded.current.focus();
  }, [added, shown.length]);
  const more = Math.min(rowsPerPage, total - shown.length);
  return (
    <>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{home.columns.reference}</th>
            <th scope="col">{home.columns.where}</th>
            <th scope="col">{home.columns.about}</th>
            <th scope="col">{home.columns.found}</th>
            <th scope="col">{home.columns.progress}</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((record, index) => {
            const summary = incidentSummary(record);
            return (
              <tr key={record.id}>
                <th scope="row" ref={index === added ? firstAdded : undefined} tabIndex={index === added ? -1 : undefined}>
                  {record.reference}
                  {record.kind === 'training' ? <span className="tag">Training</span> : null}
                </th>
                <td data-label={home.columns.where}>{summary.where}</td>
                <td data-label={home.columns.about}>
                  {summary.about}
                  {summary.copyOf === undefined ? null : (
                    <>
                      {' '}
                      <strong className="tag">{home.copyMark(summary.copyOf)}</strong>
                    </>
                  )}
                </td>
                <td data-label={home.columns.found}>
                  {record.foundAt ? (
                    <>
                      {formatLocalDateTime(record.foundAt)}
                      <br />
                      <span className="hint">{timeSince(record.foundAt, now)}</span>
                    </>
                  ) : (
                    home.notFoundYet
                  )}
                </td>
                <td data-label={home.columns.progress}>
                  {record.status === 'closed' && record.closedAt ? home.closedOn(formatLocalDate(record.closedAt)) : summary.progress}
                </td>
                <td className="table__actions">
                  <RowButton label={home.open} reference={record.reference} onClick={() => actions.onOpen(record)} />
                  {record.status === 'open' ? (
                    <RowButton label={home.close} reference={record.reference} onClick={() => actions.onClose(record)} />
                  ) : (
                    <RowButton label={home.reopen} reference={record.reference} onClick={() => actions.onReopen(record)} />
                  )}
                  <RowButton label={home.remove} reference={record.reference} onClick={() => actions.onDelete(record)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {more > 0 ? (
        <p>
          {home.rowsShown(shown.length, total)}{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              focusPending.current = true;
              setAdded(shown.length);
              onMore();
            }}
          >
            {home.showMoreRows(more)}
          </button>
        </p>
      ) : null}
    </>
  );
}

function RowButton({ label, reference, onClick }: { label: string; reference: string; onClick: () => void }) {
  return (
    <button type="button" className="link-button" onClick={onClick}>
      {label} <span className="visually-hidden">{reference}</span>
    </button>
  );
}
