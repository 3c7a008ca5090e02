import { useMemo } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { importPanelWords } from '../../content/importPanel';

/**
 * Why a backup was not brought in. The problems come from the import in plain words (which part
 * of the file, what is wrong with it); each links back to the file picker, the one thing to do next.
 */
export function ImportProblems({ problems, inputId }: { readonly problems: readonly string[]; readonly inputId: string }) {
  const errors = useMemo(() => problems.map((message) => ({ message, fieldId: inputId })), [problems, inputId]);
  return <ErrorSummary errors={errors} title={importPanelWords.problemsTitle} titleAs="h3" />;
}
