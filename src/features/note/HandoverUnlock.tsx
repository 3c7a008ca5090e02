import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldFrame, fieldDescriptionIds } from '../../components/FieldFrame';
import { handoverWords } from '../../content/handover';
import { ui } from '../../content/ui';
import { SaveCancelButtons } from '../../components/SaveCancelButtons';

const words = handoverWords;

interface Props {
  /** Unlocks the file with the passphrase and brings it in; the reason it could not, in words, or null. */
  readonly onUnlock: (passphrase: string) => Promise<string | null>;
  readonly onCancel: () => void;
}

/**
 * Asked when the file chosen on the home screen is a handover file: its passphrase, before the
 * unlocked backup goes through the ordinary import. The passphrase stays in this form only.
 */
export function HandoverUnlock({ onUnlock, onCancel }: Props) {
  const formId = useId();
  const inputId = `${formId}-passphrase`;
  const headingId = `${formId}-heading`;
  const input = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = useMemo(() => (error === null ? [] : [{ message: error, fieldId: inputId }]), [error, inputId]);

  // The form replaces nothing the person was on: the file picker's choice brought it, so focus comes here.
  useEffect(() => input.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase.trim().length === 0) return setError(words.passphraseMissing);
    // Cleared first, so the same refusal twice is still a new summary that takes focus.
    setError(null);
    setBusy(true);
    try {
      setError(await onUnlock(passphrase));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card card--info" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={headingId}>
      <ErrorSummary errors={errors} title={words.importProblemsTitle} titleAs="p" />
      <h3 className="heading-s" id={headingId}>
        {words.importHeading}
      </h3>
      <p>{words.importIntro}</p>
      <FieldFrame id={inputId} label={words.importPassphraseLabel} error={error ?? undefined} errorPrefix={ui.errorPrefix}>
        <input
          ref={input}
          id={inputId}
          className={`input${error === null ? '' : ' input--error'}`}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={passphrase}
          aria-invalid={error !== null}
          aria-describedby={fieldDescriptionIds(inputId, undefined, error ?? undefined)}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
        />
      </FieldFrame>
      <SaveCancelButtons saveLabel={words.importSubmit} cancelLabel={words.importCancel} busy={busy} onCancel={onCancel} />
      <p role="status">{busy ? words.unlocking : ''}</p>
    </form>
  );
}
