import { useId, useState } from 'react';
import { downloadFile, fileTypes } from '../../components/downloadFile';
import { practiceTransferWords } from '../../content/practiceTransferWords';
import { practiceFileMaxBytes, practiceFileText, readPracticeFile } from '../../record/practiceFile';
import { changesAnything, planImport, type ImportPlan } from '../../record/practiceImportPlan';
import { PolicyConflictError, type PolicyStore } from '../../record/policyStore';
import type { SavedPolicy } from '../../record/policySchema';
import { formatFileDate } from '../../record/practiceTimeFormat';
import type { PracticeSettings } from '../../record/settingsSchema';
import { SettingsConflictError, type SettingsStore } from '../../record/settingsStore';
import { ImportChanges } from './ImportChanges';
import { readText } from '../../components/readText';

const words = practiceTransferWords;

interface Props {
  readonly settingsStore: SettingsStore;
  readonly policyStore: PolicyStore;
  /** After a file is brought in, so the page shows what is now saved. */
  readonly onImported: () => void;
}

/** What the import will be checked against: this computer's settings and policy as saved now. */
interface Pending {
  readonly plan: ImportPlan;
  readonly here: { readonly settings: PracticeSettings; readonly policy: SavedPolicy | undefined };
}

/**
 * Moving the practice settings and every version of the policy to another computer in one file.
 * Bringing a file in shows what it would change and asks first; a file that does not pass the
 * checks is refused in words and nothing is saved.
 */
export function PracticeTransfer({ settingsStore, policyStore, onImported }: Props) {
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);

  const loadHere = async () => {
    const [settings, policy] = await Promise.all([settingsStore.load(), policyStore.load()]);
    return { settings: settings.settings, policy: policy.policy };
  };

  const exportFile = async () => {
    const here = await loadHere();
    const now = new Date();
    const fileName = words.fileName(formatFileDate(now));
    downloadFile(fileName, practiceFileText(here.settings, here.policy, now), fileTypes.json);
    setStatus(words.exported(fileName));
  };

  const choose = async (file: File) => {
    setProblem(null);
    setPending(null);
    setStatus(words.reading);
    if (file.size > practiceFileMaxBytes) {
      setStatus('');
      return setProblem(words.problems.tooBig);
    }
    try {
      const read = readPracticeFile(await readText(file));
      setStatus('');
      if (!read.ok) return setProblem(read.problem);
      const here = await loadHere();
      setPending({ plan: planImport(here.settings, here.policy, read.file), here });
    } catch {
      setStatus('');
      setProblem(words.problems.unreadable);
    }
  };

  const bringIn = async (useFilePolicy: boolean) => {
    if (pending === null) return;
    const { plan, here } = pending;
    let policySaved = false;
    try {
      // The policy first: it is the part asked about, and a refusal there leaves the settings untouched too.
      if (useFilePolicy && (plan.policy.kind === 'add' || plan.policy.kind === 'differs')) {
        await policyStore.save({ ...plan.policy.file, revision: here.policy?.revision ?? 0 });
        policySaved = true;
      }
      if (plan.settingChanges.length > 0 || plan.addedStaffNames.length > 0) {
        await settingsStore.save({ ...plan.settings, revision: here.settings.revision ?? 0 });
      }
      setPending(null);
      setStatus(words.done);
      onImported();
    } catch (error) {
      setPending(null);
      const conflict = error instanceof PolicyConflictError || error instanceof SettingsConflictError;
      setProblem(policySaved ? words.policyOnly : conflict ? words.conflict : words.saveFailed);
      if (policySaved) onImported();
    }
  };

  return (
    <section aria-labelledby={headingId} className="no-print">
      <h2 className="heading-m" id={headingId}>
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void exportFile().catch(() => setProblem(words.problems.unreadable))}
        >
          {words.exportButton}
        </button>
      </div>
      {problem ? (
        <p role="alert" className="card card--warning">
          {problem}
        </p>
      ) : null}
      <div className="form-group">
        <label className="label" htmlFor={inputId}>
          {words.importLabel}
        </label>
        <p className="hint" id={hintId}>
          {words.importHint}
        </p>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          onChange={(event) => {
            const [file] = Array.from(event.currentTarget.files ?? []);
            // Cleared so that choosing the same file again is seen as a change.
            event.currentTarget.value = '';
            if (file !== undefined) void choose(file);
          }}
        />
      </div>
      {pending === null ? null : changesAnything(pending.plan) ? (
        <ImportChanges plan={pending.plan} onConfirm={(useFile) => void bringIn(useFile)} onCancel={() => setPending(null)} />
      ) : (
        <p className="card card--info">{words.nothingToChange}</p>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
