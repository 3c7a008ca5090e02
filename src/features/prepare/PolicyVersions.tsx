import { policyHistoryWords } from '../../content/policyHistoryWords';
import { policyVersionList, type PolicyVersionEntry } from '../../record/policyHistory';
import type { SavedPolicy } from '../../record/policySchema';
import { formatCalendarDate } from '../../record/practiceTimeFormat';

const words = policyHistoryWords;
const headingId = 'policy-versions-heading';

const date = (value: string | undefined) => (value === undefined ? '' : (formatCalendarDate(value) ?? value));

function standing(entry: PolicyVersionEntry): string {
  if (entry.state === 'draft') return words.draft;
  if (entry.state === 'replaced')
    return words.replaced(date(entry.adoptedOn), date(entry.replacedOn), entry.replacedBy ?? entry.version + 1);
  return words.inForce(date(entry.adoptedOn), date(entry.reviewBy));
}

/**
 * Every version of the policy, newest first: the draft, the one in force, and those replaced, each
 * of the earlier ones with a way to view and print it. The current version opens from "See the
 * policy", so it has no button here.
 */
export function PolicyVersions({ policy, onView }: { readonly policy: SavedPolicy; readonly onView: (version: number) => void }) {
  const entries = policyVersionList(policy);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      <ul className="list list--spaced">
        {entries.map((entry) => (
          <li key={entry.version}>
            <strong>{words.versionLabel(entry.version)}</strong>: {standing(entry)}
            {entry.version === policy.version ? null : (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => onView(entry.version)}>
                  {words.view(entry.version)}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
