/**
 * The stages of the guidance, as staff see them in the progress list and above each screen's
 * title. Labels are short because they sit in a narrow list on a phone.
 */
import type { SectionId } from '../../machines/steps';

export const sections = {
  calm: { label: 'Stay calm' },
  safety: { label: 'Safety first' },
  decide: { label: 'What happened' },
  act: { label: 'Decide whether to respond' },
  plan: { label: 'Your plan' },
} as const satisfies Record<SectionId, { readonly label: string }>;
