import { downloadFile, fileTypes } from '../../components/downloadFile';
import { PageHeading } from '../../components/PageHeading';
import { policyUi } from '../../content/policyUi';
import { firstUnfinishedTopic } from '../../plan/policyAnswers';
import type { SavedPolicy } from '../../record/policySchema';
import { formatCalendarDate } from '../../record/practiceTimeFormat';
import { PolicyVersions } from './PolicyVersions';

interface Props {
  readonly policy: SavedPolicy;
  /** Words for a saved policy that could not be read, and what was stored, to download. */
  readonly problem: string | undefined;
  readonly unreadable: unknown;
  readonly onBack: () => void;
  readonly onTopic: (index: number) => void;
  readonly onPreview: () => void;
  readonly onSummary: () => void;
  /** Opens an earlier version to read or print. */
  readonly onViewVersion: (version: number) => void;
}

function date(value: string | undefined): string {
  return value === undefined ? '' : (formatCalendarDate(value) ?? value);
}

/** The first page of "Be prepared": what it does, where the policy stands, and where to go next. */
export function PrepareStart({ policy, problem, unreadable, onBack, onTopic, onPreview, onSummary, onViewVersion }: Props) {
  const unfinished = firstUnfinishedTopic(policy.answers);
  const started = Object.keys(policy.answers).length > 0;
  const status = !started
    ? policyUi.status.none
    : policy.status === 'adopted'
      ? policyUi.status.adopted(policy.version, date(policy.adoptedOn), date(policy.reviewBy))
      : policyUi.status.draft(policy.version);
  return (
    <>
      <button type="button" className="back-link" onClick={onBack}>
        {policyUi.back}
      </button>
      <PageHeading>{policyUi.title}</PageHeading>
      <p>{policyUi.intro}</p>
      <p className="notice">{policyUi.onThisComputer}</p>
      {problem ? (
        <div className="card card--warning">
          <p>{problem}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              downloadFile('social-media-policy-unreadable.json', JSON.stringify(unreadable, null, 2) ?? 'null', fileTypes.json)
            }
          >
            {policyUi.store.downloadRaw}
          </button>
        </div>
      ) : null}
      <p>{status}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => onTopic(unfinished ?? 0)}>
          {!started ? policyUi.start : unfinished === null ? policyUi.carryOn : policyUi.keepWriting}
        </button>
        {started && unfinished === null ? (
          <>
            <button type="button" className="button button--secondary" onClick={onPreview}>
              {policyUi.seePolicy}
            </button>
            <button type="button" className="button button--secondary" onClick={onSummary}>
              {policyUi.seeSummary}
            </button>
          </>
        ) : null}
      </div>
      <PolicyVersions policy={policy} onView={onViewVersion} />
    </>
  );
}
