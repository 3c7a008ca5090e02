/**
 * The stages of the guidance, as staff see them in the progress list and above each screen's
 * title. Labels are short because they sit in a narrow list on a phone.
 */
import type { SectionId } from '../../machines/steps';

export const sections = {
  calm: { label: 'Stay calm' },
  safety: { label: 'Safety first' },
  details: { label: 'What happened' },
  evidence: { label: 'Save the evidence' },
  tell: { label: 'Who to tell' },
  decide: { label: 'Decide whether to respond' },
  report: { label: 'Report and block' },
  respond: { label: 'Reply or take it offline' },
  staff: { label: 'When staff are involved' },
  law: { label: 'The law' },
  prepared: { label: 'Look after people and be prepared' },
  plan: { label: 'Your plan' },
} as const satisfies Record<SectionId, { readonly label: string }>;
