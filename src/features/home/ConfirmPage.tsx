import { stepHeadingId } from '../../components/pageHeading';

interface Props {
  readonly title: string;
  readonly text: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Anything that cannot be undone is confirmed on a page of its own, never a pop-up. */
export function ConfirmPage({ title, text, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  return (
    <>
      <h1 id={stepHeadingId} tabIndex={-1} className="heading-l">
        {title}
      </h1>
      <p>{text}</p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </>
  );
}
