import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { policyUi } from '../../content/policyUi';

const content = policyUi.adopt;
const dateId = 'policy-adopted-on';

interface Props {
  /** Today as YYYY-MM-DD on the practice's clock: the suggested date, and the latest allowed. */
  readonly today: string;
  readonly onAdopt: (date: string) => void;
}

/** Records the date the partners agreed the policy; the review date is counted from it. */
export function AdoptForm({ today, onAdopt }: Props) {
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The date field gives YYYY-MM-DD or nothing, so plain comparison orders the dates.
    const problem = !/^\d{4}-\d{2}-\d{2}$/.test(date) ? content.dateError : date > today ? content.futureError : null;
    setError(problem);
    if (problem === null) onAdopt(date);
  };
  return (
    <section aria-labelledby="policy-adopt-heading" className="no-print">
      <h2 className="heading-m" id="policy-adopt-heading">
        {content.heading}
      </h2>
      <p>{content.text}</p>
      <ErrorSummary errors={error ? [{ message: error, fieldId: dateId }] : []} title={policyUi.errorSummaryTitle} titleAs="h3" />
      <form noValidate onSubmit={submit}>
        <div className={`form-group${error ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor={dateId}>
            {content.dateLabel}
          </label>
          <div className="hint" id={`${dateId}-hint`}>
            {content.dateHint}
          </div>
          {error ? (
            <p className="error-message" id={`${dateId}-error`}>
              <span className="visually-hidden">{policyUi.errorPrefix}</span> {error}
            </p>
          ) : null}
          <input
            className="input"
            type="date"
            id={dateId}
            name={dateId}
            value={date}
            max={today}
            aria-describedby={error ? `${dateId}-hint ${dateId}-error` : `${dateId}-hint`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {content.button}
        </button>
      </form>
    </section>
  );
}
