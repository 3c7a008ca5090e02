import { ConfirmButtons } from './ConfirmButtons';
import { useEffect, useId, useRef } from 'react';

interface Props {
  readonly question: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * A confirmation step inside the entry it is about, never a pop-up: the user can still see what
 * they are removing. The question takes focus so a screen reader reads it first.
 */
export function InlineConfirm({ question, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const questionId = useId();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="card card--warning" role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={ref} tabIndex={-1} className="heading-s">
        {question}
      </p>
      <ConfirmButtons confirmLabel={confirmLabel} cancelLabel={cancelLabel} onConfirm={onConfirm} onCancel={onCancel} />
    </div>
  );
}
