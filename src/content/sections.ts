/**
 * The stages of the guidance, as staff see them in the progress list and above each screen's
 * title. Labels are short because they sit in a narrow list on a phone.
 */
export const sections = {
  calm: { label: 'Stay calm' },
  safety: { label: 'Safety first' },
  decide: { label: 'What happened' },
  act: { label: 'Decide whether to respond' },
  plan: { label: 'Your plan' },
} as const satisfies Record<string, { readonly label: string }>;

/** The guidance's stages that have screens (machines/steps.ts puts each screen in one). Escalation and being prepared live in the plan. */
export type SectionId = keyof typeof sections;
