import { referencesContent } from '../../content/references';
import type { IncidentReference } from '../../record/schema';
import { optionLabel, platformLabel } from '../../content/optionLabel';

/** The words for a reference's `with`: the site, the police route or the adviser, as stored. */
export function withLabel(reference: Pick<IncidentReference, 'kind' | 'with'>): string | undefined {
  if (reference.with === undefined) return undefined;
  if (reference.kind === 'platformReport') return platformLabel(reference.with);
  const choices = referencesContent.kinds[reference.kind].with?.choices;
  return choices === undefined ? reference.with : optionLabel(choices, reference.with);
}

export function referenceHeading(reference: Pick<IncidentReference, 'kind' | 'with'>): string {
  return referencesContent.kinds[reference.kind].heading(withLabel(reference));
}
