/** "Yes, do it" (a warning button) beside "No, go back", as every confirmation in the app asks. */
export function ConfirmButtons(props: {
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** While the confirmed action runs: the button stays focusable but says it is busy. */
  readonly busy?: boolean;
}) {
  return (
    <div className="button-group">
      <button type="button" className="button button--warning" onClick={props.onConfirm} aria-disabled={props.busy || undefined}>
        {props.confirmLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={props.onCancel}>
        {props.cancelLabel}
      </button>
    </div>
  );
}
