import { createContext, useContext } from 'react';
import type { QuestionId } from '../../content/questions';
import type { FieldValue } from './QuestionField';

/**
 * Text typed but not yet confirmed with Continue. The incident's autosave keeps it, so a ringing
 * phone or a restarted PC does not lose a half-written description. Outside a saved incident the
 * default does nothing.
 */
export interface Drafts {
  initial(question: QuestionId): FieldValue;
  report(question: QuestionId, value: FieldValue): void;
}

export const DraftsContext = createContext<Drafts>({ initial: () => undefined, report: () => {} });

export function useDrafts(): Drafts {
  return useContext(DraftsContext);
}
