import { useMemo, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { home } from '../../content/home';
import { ui } from '../../content/ui';

interface Props {
  readonly reference: string;
  /** Resolves with a problem in words when the incident could not be closed, or undefined when done. */
  readonly onConfirm: (outcome: string) => Promise<string | undefined>;
  readonly onCancel: () => void;
}

/** Closing asks for the outcome in a few words: it is what the incident log needs most. */
export function CloseIncidentPage({ reference, onConfirm, onCancel }: Props) {
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState(false);
  // A failed save keeps the outcome typed here and says why, in words.
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const summary = useMemo(() => (error ? [{ fieldId: 'field-outcome', message: home.closeOne.outcomeError }] : []), [error]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome.trim() === '') {
      setError(true);
      return;
    }
    if (busy) return;
    setError(false);
    setBusy(true);
    setProblem(undefined);
    void onConfirm(outcome.trim()).then((found) => {
      setBusy(false);
      setProblem(found);
      if (found !== undefined) requestAnimationFrame(() => alertRef.current?.focus());
    });
  };
  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={summary} />
      {problem === undefined ? null : (
        <div className="card card--warning" role="alert" tabIndex={-1} ref={alertRef}>
          <p>{problem}</p>
        </div>
      )}
      <PageHeading>{home.closeOne.title(reference)}</PageHeading>
      <div className={`form-group${error ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor="field-outcome">
          {home.closeOne.outcomeLabel}
        </label>
        <div className="hint" id="outcome-hint">
          {home.closeOne.outcomeHint}
        </div>
        {error ? (
          <p className="error-message" id="outcome-error">
            <span className="visually-hidden">{ui.errorPrefix}</span> {home.closeOne.outcomeError}
          </p>
        ) : null}
        <textarea
          className="textarea"
          id="field-outcome"
          rows={3}
          value={outcome}
          aria-describedby={error ? 'outcome-hint outcome-error' : 'outcome-hint'}
          aria-invalid={error || undefined}
          onChange={(event) => setOutcome(event.target.value)}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button">
          {home.closeOne.confirm}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {home.closeOne.cancel}
        </button>
      </div>
    </form>
  );
}
