import { useEffect, useState } from 'react';
import { useMoveTo } from '../../components/pageFocus';
import { policyHistoryWords } from '../../content/policyHistoryWords';
import { policyUi } from '../../content/policyUi';
import { policyTopicList, type PolicyAnswers } from '../../plan/policyAnswers';
import { staffSummary } from '../../plan/policyStaffSummary';
import { writePolicy, type PolicySettings } from '../../plan/writePolicy';
import { newPolicy, type SavedPolicy } from '../../record/policySchema';
import { PolicyConflictError, type PolicyStore } from '../../record/policyStore';
import { policyVersionList } from '../../record/policyHistory';
import { adopted, withAnswers } from '../../record/policyVersions';
import { formatFileDate } from '../../record/practiceTimeFormat';
import { defaultSettings } from '../../record/settingsSchema';
import type { SettingsStore } from '../../record/settingsStore';
import { PolicyPreview } from './PolicyPreview';
import { PolicyVersionPage } from './PolicyVersionPage';
import { PracticeTransfer } from './PracticeTransfer';
import { PrepareStart } from './PrepareStart';
import { StaffSummaryPage } from './StaffSummaryPage';
import { TopicScreen } from './TopicScreen';
import './prepare.css';

export interface PreparePageProps {
  readonly settingsStore: SettingsStore;
  readonly policyStore: PolicyStore;
  /** Back to the home screen. */
  readonly onBack: () => void;
}

type View =
  | { readonly name: 'start' }
  | { readonly name: 'topic'; readonly index: number }
  | { readonly name: 'preview' }
  | { readonly name: 'summary' }
  | { readonly name: 'version'; readonly version: number };

interface Loaded {
  readonly policy: SavedPolicy;
  readonly settings: PolicySettings;
  readonly problem?: string;
  readonly unreadable?: unknown;
}

const topicCount = policyTopicList.length;

function viewKey(view: View): string {
  return view.name === 'topic' ? `topic-${view.index}` : view.name === 'version' ? `version-${view.version}` : view.name;
}

/**
 * "Be prepared": writes the practice's social media policy with them, one topic per screen, then
 * shows it with its sources to adopt, print or download, and the one-page staff summary. The
 * answers are saved on this computer each time a topic is finished.
 */
export function PreparePage({ settingsStore, policyStore, onBack }: PreparePageProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [view, setView] = useState<View>({ name: 'start' });
  const [notice, setNotice] = useState<string | null>(null);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  useMoveTo(viewKey(view));

  useEffect(() => {
    let current = true;
    Promise.all([
      policyStore.load().catch(() => ({ policy: undefined, problem: policyUi.store.loadProblem, unreadable: undefined })),
      settingsStore.load().catch(() => ({ settings: structuredClone(defaultSettings) })),
    ]).then(([policy, settings]) => {
      if (!current) return;
      setLoaded({
        policy: policy.policy ?? newPolicy(),
        settings: settings.settings,
        ...(policy.problem === undefined ? {} : { problem: policy.problem }),
        ...(policy.unreadable === undefined ? {} : { unreadable: policy.unreadable }),
      });
    });
    return () => {
      current = false;
    };
  }, [policyStore, settingsStore, reloads]);

  useEffect(() => {
    const screen =
      view.name === 'topic'
        ? (policyTopicList[view.index]?.title ?? policyUi.title)
        : view.name === 'preview'
          ? policyUi.preview.title
          : view.name === 'summary'
            ? policyUi.staffSummary.title
            : view.name === 'version'
              ? policyHistoryWords.pageTitle(view.version)
              : policyUi.title;
    document.title = policyUi.pageTitle(screen);
  }, [view]);

  if (loaded === null) return <p role="status">{policyUi.loading}</p>;
  const { policy, settings } = loaded;

  /** Saves the policy; keeps it on the page whatever happens, and says if it could not be stored. */
  const save = async (next: SavedPolicy): Promise<boolean> => {
    setLoaded((previous) => (previous ? { ...previous, policy: next } : previous));
    try {
      const stored = await policyStore.save(next);
      setLoaded((previous) => (previous ? { ...previous, policy: stored } : previous));
      setSaveProblem(null);
      return true;
    } catch (error) {
      setSaveProblem(error instanceof PolicyConflictError ? policyUi.store.conflict : policyUi.store.saveFailed);
      return !(error instanceof PolicyConflictError);
    }
  };

  /** The policy with these answers; says so when they start a new version of an adopted policy. */
  const applied = (answers: PolicyAnswers): SavedPolicy => {
    const next = withAnswers(policy, answers);
    if (next.version !== policy.version) setNotice(policyUi.adopt.changedNotice(next.version));
    return next;
  };

  const finishTopic = async (index: number, answers: PolicyAnswers) => {
    if (!(await save(applied(answers)))) return;
    setView(index + 1 < topicCount ? { name: 'topic', index: index + 1 } : { name: 'preview' });
  };

  const banner = (
    <>
      {saveProblem ? (
        <div role="alert" className="card card--warning no-print">
          <p>{saveProblem}</p>
          {saveProblem === policyUi.store.conflict ? (
            <button type="button" className="button button--secondary" onClick={() => setReloads((n) => n + 1)}>
              {policyUi.store.reload}
            </button>
          ) : null}
        </div>
      ) : null}
      {notice ? <p className="card card--info no-print">{notice}</p> : null}
    </>
  );

  if (view.name === 'topic') {
    const topic = policyTopicList[view.index];
    if (topic === undefined) return null;
    return (
      <>
        {banner}
        <TopicScreen
          key={topic.id}
          topic={topic}
          step={view.index + 1}
          total={topicCount}
          initialAnswers={policy.answers}
          staffNames={settings.staffNames}
          onBack={(answers) => {
            // Kept on the page (not saved) so Back never loses what was chosen on this screen.
            const kept = applied(answers);
            setLoaded((previous) => (previous ? { ...previous, policy: kept } : previous));
            setView(view.index === 0 ? { name: 'start' } : { name: 'topic', index: view.index - 1 });
          }}
          onContinue={(answers) => void finishTopic(view.index, answers)}
        />
      </>
    );
  }

  const written = writePolicy(policy.answers, settings, policy);

  if (view.name === 'preview') {
    return (
      <>
        {banner}
        <PolicyPreview
          document={written}
          today={formatFileDate(new Date())}
          onAdopt={(adoptedOn) => {
            setNotice(null);
            void save(adopted(policy, adoptedOn));
          }}
          onChangeAnswers={() => setView({ name: 'topic', index: 0 })}
          onStaffSummary={() => setView({ name: 'summary' })}
          onBack={() => setView({ name: 'start' })}
        />
      </>
    );
  }

  if (view.name === 'version') {
    const entry = policyVersionList(policy).find((candidate) => candidate.version === view.version);
    if (entry === undefined) return null;
    const standing =
      entry.adoptedOn === undefined
        ? { version: entry.version, status: 'draft' as const }
        : {
            version: entry.version,
            status: 'adopted' as const,
            adoptedOn: entry.adoptedOn,
            ...(entry.reviewBy === undefined ? {} : { reviewBy: entry.reviewBy }),
          };
    return (
      <PolicyVersionPage
        entry={entry}
        document={writePolicy(entry.answers, settings, standing)}
        onBack={() => setView({ name: 'start' })}
      />
    );
  }

  if (view.name === 'summary') {
    return <StaffSummaryPage summary={staffSummary(policy.answers, settings)} onBack={() => setView({ name: 'preview' })} />;
  }

  return (
    <>
      {banner}
      <PrepareStart
        policy={policy}
        problem={loaded.problem}
        unreadable={loaded.unreadable}
        onBack={onBack}
        onTopic={(index) => setView({ name: 'topic', index })}
        onPreview={() => setView({ name: 'preview' })}
        onSummary={() => setView({ name: 'summary' })}
        onViewVersion={(version) => setView({ name: 'version', version })}
      />
      <PracticeTransfer settingsStore={settingsStore} policyStore={policyStore} onImported={() => setReloads((n) => n + 1)} />
    </>
  );
}
