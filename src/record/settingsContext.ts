import { createContext, useContext } from 'react';
import type { PracticeSettings } from './settingsSchema';

/** This practice's settings, read once when an incident opens; undefined outside an incident. */
export const PracticeSettingsContext = createContext<PracticeSettings | undefined>(undefined);

export function usePracticeSettings(): PracticeSettings | undefined {
  return useContext(PracticeSettingsContext);
}
