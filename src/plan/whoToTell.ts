/**
 * The people inside the practice to tell, for the "Who to tell" screen: a pure function of the
 * answers, one rule row per person, with the words from src/content/whoToTell.ts.
 */
import { conditions } from '../../machines/conditions';
import type { Answers } from '../content/questions';
import type { SourceId } from '../content/sources';
import { peopleToTell, type PersonToTellId } from '../content/whoToTell';
import { hasRisk, needsClinicianToday, threatensStaffSafety, writtenByStaff } from './incidentFacts';

export interface PersonToTellEntry {
  readonly id: PersonToTellId;
  readonly text: string;
  readonly why: string;
  readonly sources: SourceId[];
}

type Rule = (answers: Answers) => boolean;

const always: Rule = () => true;

/** Same conditions as the matching plan actions, so the screen and the plan name the same people. */
const tellRules: readonly (readonly [PersonToTellId, Rule])[] = [
  ['onCall', always],
  ['practiceManager', always],
  ['threatenedPerson', threatensStaffSafety],
  ['safeguardingLead', (a) => hasRisk(a, 'atRisk')],
  ['targetedColleague', conditions.aboutColleague],
  ['staffOnShift', threatensStaffSafety],
  ['clinician', needsClinicianToday],
  ['caldicottGuardian', conditions.patientInfoShown],
  ['dataProtectionOfficer', conditions.patientInfoShown],
  ['hrAdviser', writtenByStaff],
  ['wholeTeam', always],
];

export function whoToTell(answers: Answers): PersonToTellEntry[] {
  return tellRules
    .filter(([, applies]) => applies(answers))
    .map(([id]) => {
      const { text, why, sources } = peopleToTell[id];
      return { id, text, why, sources: [...sources] };
    });
}
