import { useEffect, useId, useRef } from 'react';
import { importPanelWords } from '../../content/noteUi';

/**
 * Why a backup was not brought in, as an error summary. The problems come from the import in
 * plain words (which part of the file, what is wrong with it); each links back to the file
 * picker, the one thing to do next. Takes focus when problems appear so a screen reader hears them.
 */
export function ImportProblems({ problems, inputId }: { readonly problems: readonly string[]; readonly inputId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={titleId}>
      <h3 className="error-summary__title" id={titleId}>
        {importPanelWords.problemsTitle}
      </h3>
      <ul className="error-summary__list">
        {problems.map((problem, index) => (
          <li key={index}>
            <a
              href={`#${inputId}`}
              onClick={(event) => {
                // Focus without a #fragment history entry, which Back would then stop on.
                event.preventDefault();
                document.getElementById(inputId)?.focus();
              }}
            >
              {problem}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
