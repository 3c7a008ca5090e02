import { sectionOf, type StepId, isRouteStep } from '../../../machines/steps';
import { home } from '../../content/home';
import { optionLabel } from '../../content/optionLabel';
import { questions } from '../../content/questions';
import { sections } from '../../content/sections';
import type { StoredSummary } from '../../record/storedSummary';

function labelsFor(id: 'platform' | 'about', value: string | readonly string[] | undefined): string {
  if (value === undefined) return home.notFoundYet;
  const values = typeof value === 'string' ? [value] : value;
  return values.map((v) => optionLabel(questions[id].options, v)).join('; ');
}

/** The columns of the incident list, in words, from an incident's stored summary. */
export function incidentSummary(summary: StoredSummary) {
  const step = summary.currentStep;
  const section = isRouteStep(step) ? sectionOf(step as StepId) : 'side';
  return {
    where: labelsFor('platform', summary.platform),
    about: labelsFor('about', summary.about),
    progress: step === 'plan' ? home.planReady : section === 'side' ? home.planReady : sections[section].label,
    copyOf: summary.copyOf,
  };
}
