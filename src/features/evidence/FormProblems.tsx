import { useEffect, useId, useRef } from 'react';

export interface FormProblem {
  readonly message: string;
  /** The field to move to; none for a problem with the whole form. */
  readonly fieldId?: string;
}

/**
 * The box at the top of a form listing what stops it being saved. It takes focus when problems
 * appear so a screen reader hears them; links move focus to the field without touching history.
 */
export function FormProblems({ title, problems }: { title: string; problems: readonly FormProblem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={titleId}>
      {/* Not a heading: these forms sit under h3s, and the box is announced by taking focus. */}
      <p className="error-summary__title" id={titleId}>
        <strong>{title}</strong>
      </p>
      <ul className="error-summary__list">
        {problems.map((problem) => (
          <li key={problem.message}>
            {problem.fieldId ? (
              <a
                href={`#${problem.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(problem.fieldId ?? '')?.focus();
                }}
              >
                {problem.message}
              </a>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
