import { useMemo } from 'react';
import type { AnswerError } from '../../../machines/stepAnswers';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldId } from './fieldIds';

/** The machine's answer errors, linked to each question's first input. */
export function AnswerErrorSummary({ errors }: { errors: readonly AnswerError[] }) {
  // A new list only when the machine sends new errors, so focus moves once per Continue.
  const linked = useMemo(() => errors.map((e) => ({ fieldId: fieldId(e.question), message: e.message })), [errors]);
  return <ErrorSummary errors={linked} />;
}
