import { ErrorSummary, type SummaryError } from './ErrorSummary';

export type FormProblem = SummaryError;

/** What stops an evidence or reference form being saved. Not a heading: these forms sit under h3s. */
export function FormProblems({ title, problems }: { title: string; problems: readonly FormProblem[] }) {
  return <ErrorSummary errors={problems} title={title} titleAs="p" />;
}
