interface Props {
  readonly saveLabel: string;
  readonly cancelLabel: string;
  /** Save stays focusable but says it is not ready (files still being read, a save under way). */
  readonly busy?: boolean;
  readonly onCancel: () => void;
}

/** A form's Save (its submit button) and Cancel, side by side. */
export function SaveCancelButtons({ saveLabel, cancelLabel, busy, onCancel }: Props) {
  return (
    <div className="button-group">
      <button type="submit" className="button" aria-disabled={busy ? true : undefined}>
        {saveLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
