/**
 * What the practice settings tell the plan about the practice as a whole. Asked once in settings
 * rather than in the middle of an incident; a question nobody has answered stays unknown, and the
 * plan then asks for it to be recorded there.
 */
import type { PracticeSettings } from './settingsSchema';
import type { PracticeFacts } from '../content/types';

export function practiceFactsFrom(settings: PracticeSettings | undefined): PracticeFacts {
  const policy = settings?.socialMediaPolicy.exists;
  const monitoring = settings?.monitoring;
  return {
    ...(policy === undefined ? {} : { policy }),
    ...(monitoring === undefined ? {} : { monitoring }),
  };
}
