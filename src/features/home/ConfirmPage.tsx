import { useRef, useState } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { ConfirmButtons } from '../../components/ConfirmButtons';

interface Props {
  readonly title: string;
  readonly text: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  /** Resolves with a problem in words when the change could not be made, or undefined when done. */
  readonly onConfirm: () => Promise<string | undefined>;
  readonly onCancel: () => void;
}

/** Anything that cannot be undone is confirmed on a page of its own, never a pop-up. */
export function ConfirmPage({ title, text, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const confirm = () => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    void onConfirm().then((found) => {
      setBusy(false);
      setProblem(found);
      if (found !== undefined) requestAnimationFrame(() => alertRef.current?.focus());
    });
  };
  return (
    <>
      {problem === undefined ? null : (
        <div className="card card--warning" role="alert" tabIndex={-1} ref={alertRef}>
          <p>{problem}</p>
        </div>
      )}
      <PageHeading>{title}</PageHeading>
      <p>{text}</p>
      <ConfirmButtons confirmLabel={confirmLabel} cancelLabel={cancelLabel} onConfirm={confirm} onCancel={onCancel} busy={busy} />
    </>
  );
}
