import type { ReactNode } from 'react';
import { home } from '../../content/home';
import { ContentBlocks } from '../../components/ContentBlocks';
import { EmergencyCard } from '../../components/EmergencyCard';
import { stepHeadingId } from '../../components/pageHeading';
import type { LoadResult } from '../../record/incidentStore';
import type { IncidentRecord } from '../../record/schema';
import { dueSoon } from '../../record/retention';
import { formatLocalDate, formatLocalDateTime, timeSince } from '../../record/clock';
import { incidentSummary } from './incidentSummary';

export interface HomeActions {
  onStart(): void;
  onOpen(record: IncidentRecord): void;
  onClose(record: IncidentRecord): void;
  onReopen(record: IncidentRecord): void;
  onDelete(record: IncidentRecord): void;
  onKeep(record: IncidentRecord): void;
  onDownloadRaw(id: string): void;
  onDeleteAll(): void;
  onSettings(): void;
  onTraining(): void;
}

interface Props extends HomeActions {
  readonly entries: readonly LoadResult[];
  readonly savesOnThisComputer: boolean;
  readonly persistent: boolean;
  readonly message?: string;
  /** A storage action that failed, in words: the list below is as it was. */
  readonly problem?: string;
  readonly now: Date;
  /** Bringing in a backup file: composed by the app, since it belongs to the note feature. */
  readonly importPanel?: ReactNode;
}

/** The home screen: start a new incident, or pick up one already on this computer. */
export function HomePage(props: Props) {
  const records = props.entries.flatMap((e) => (e.ok ? [e.record] : []));
  const unreadable = props.entries.flatMap((e) => (e.ok ? [] : [e]));
  const byNewest = (a: IncidentRecord, b: IncidentRecord) => b.updatedAt.localeCompare(a.updatedAt);
  const open = records.filter((r) => r.status === 'open').sort(byNewest);
  const closed = records.filter((r) => r.status === 'closed').sort(byNewest);
  const reminders = dueSoon(records, props.now);

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
      <h1 id={stepHeadingId} tabIndex={-1} className="heading-l">
        {home.title}
      </h1>
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

      <h2 className="heading-m">{home.openHeading}</h2>
      {open.length === 0 ? <p>{home.noneOpen}</p> : <IncidentTable records={open} {...props} />}

      {closed.length > 0 ? (
        <>
          <h2 className="heading-m">{home.closedHeading}</h2>
          <IncidentTable records={closed} {...props} />
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

function IncidentTable({ records, now, ...actions }: { records: readonly IncidentRecord[]; now: Date } & HomeActions) {
  return (
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
        {records.map((record) => {
          const summary = incidentSummary(record);
          return (
            <tr key={record.id}>
              <th scope="row">
                {record.reference}
                {record.kind === 'training' ? <span className="tag">Training</span> : null}
              </th>
              <td data-label={home.columns.where}>{summary.where}</td>
              <td data-label={home.columns.about}>
                {summary.about}
                {summary.copyOf === undefined ? null : <> <strong className="tag">{home.copyMark(summary.copyOf)}</strong></>}
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
              <td data-label={home.columns.progress}>{record.status === 'closed' && record.closedAt ? home.closedOn(formatLocalDate(record.closedAt)) : summary.progress}</td>
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
  );
}

function RowButton({ label, reference, onClick }: { label: string; reference: string; onClick: () => void }) {
  return (
    <button type="button" className="link-button" onClick={onClick}>
      {label} <span className="visually-hidden">{reference}</span>
    </button>
  );
}
