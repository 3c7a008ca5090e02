import type { ReactNode } from 'react';
import type { OpenForm } from './useLogForm';

interface Props {
  readonly headingId: string;
  readonly heading: string;
  readonly intro?: string;
  /** Said after a save or a removal (a live region, so it is read out). */
  readonly status: string;
  /** Shown when the log has nothing in it yet. */
  readonly emptyText: string;
  readonly isEmpty: boolean;
  /** The entries, each shown or open in its form. */
  readonly children: ReactNode;
  readonly editing: OpenForm | null;
  /** The form for a new entry, shown while one is being added. */
  readonly addForm: ReactNode;
  readonly addButtonId: string;
  readonly addLabel: string;
  readonly onAdd: () => void;
}

/**
 * A log on the evidence page (the posts, the references): its heading, which takes focus after a
 * removal, the status line, the entries, and an "Add" button that gives way to the new entry's
 * form. Only one form is open at a time, so the button is hidden while any is.
 */
export function LogSection({
  headingId,
  heading,
  intro,
  status,
  emptyText,
  isEmpty,
  children,
  editing,
  addForm,
  addButtonId,
  addLabel,
  onAdd,
}: Props) {
  return (
    <section aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId} tabIndex={-1}>
        {heading}
      </h2>
      {intro ? <p>{intro}</p> : null}
      <p role="status">{status}</p>
      {isEmpty ? <p>{emptyText}</p> : null}
      {children}
      {editing?.entryId === null ? (
        addForm
      ) : editing === null ? (
        <button type="button" className="button" id={addButtonId} onClick={onAdd}>
          {addLabel}
        </button>
      ) : null}
    </section>
  );
}
