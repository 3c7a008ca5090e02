import { sectionOf, type StepId, isRouteStep } from '../../../machines/steps';
import { home } from '../../content/home';
import { questions } from '../../content/questions';
import { sections } from '../../content/sections';
import type { IncidentRecord } from '../../record/schema';
import { copyOf } from '../../record/staleCopy';

function labelsFor(id: 'platform' | 'about', value: string | readonly string[] | undefined): string {
  if (value === undefined) return home.notFoundYet;
  const values = typeof value === 'string' ? [value] : value;
  const options: readonly { value: string; label: string }[] = questions[id].options;
  return values.map((v) => options.find((o) => o.value === v)?.label ?? v).join('; ');
}

/** The columns of the incident list, in words, for one record. */
export function incidentSummary(record: IncidentRecord) {
  const step = record.currentStep;
  const section = isRouteStep(step) ? sectionOf(step as StepId) : 'side';
  return {
    where: labelsFor('platform', record.answers.platform),
    about: labelsFor('about', record.answers.about),
    progress: step === 'plan' ? home.planReady : section === 'side' ? home.planReady : sections[section].label,
    copyOf: copyOf(record),
  };
}
