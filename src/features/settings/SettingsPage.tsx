import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { settingsContent } from '../../content/settings';
import { defaultSettings } from '../../record/settingsSchema';
import { formatLocalTime } from '../../record/practiceTimeFormat';
import { SettingsConflictError, type SettingsStore } from '../../record/settingsStore';
import { checkSettingsForm, type FieldError } from './checkSettingsForm';
import { ContactFields } from './ContactFields';
import { PolicyFields } from './PolicyFields';
import { PracticeFields } from './PracticeFields';
import { ErrorSummary } from '../../components/ErrorSummary';
import { toForm, type SettingsForm } from './settingsForm';
import { StaffNamesField } from './StaffNamesField';
import { TimingFields } from './TimingFields';

interface Props {
  readonly store: SettingsStore;
  readonly onDone: () => void;
}

const content = settingsContent;
const noErrors: readonly FieldError[] = [];

/**
 * The practice's settings, edited and saved on this computer. Saving never leaves the page: the
 * person may want to check what they saved, and "Back" is always there to go.
 */
export function SettingsPage({ store, onDone }: Props) {
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | undefined>();
  const [errors, setErrors] = useState<readonly FieldError[]>(noErrors);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  // The revision this page loaded: a save from it is refused once another tab has saved.
  const revision = useRef<number | undefined>(undefined);
  const [conflict, setConflict] = useState<number | null>(null);
  const [reloads, setReloads] = useState(0);
  const saving = useRef(false);
  const errorsByField = useMemo(() => new Map(errors.map((error) => [error.fieldId, error.message])), [errors]);

  useEffect(() => {
    let current = true;
    store
      .load()
      // A store that breaks its promise not to throw still must not leave the page stuck on "Loading".
      .catch(() => ({ settings: structuredClone(defaultSettings), problem: content.loadProblem }))
      .then((loaded) => {
        if (!current) return;
        setForm(toForm(loaded.settings));
        setLoadProblem(loaded.problem);
        revision.current = loaded.settings.revision;
        setConflict(null);
      });
    return () => {
      current = false;
    };
  }, [store, reloads]);

  useEffect(() => {
    document.title = content.pageTitle(errors.length > 0);
  }, [errors]);

  const change = (changed: Partial<SettingsForm>) => {
    setForm((previous) => (previous ? { ...previous, ...changed } : previous));
    // "Saved at" describes what is on screen; once something changes it is no longer true.
    setSavedAt(null);
    setSaveFailed(false);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  const save = async () => {
    if (!form || saving.current) return;
    const result = checkSettingsForm(form);
    setSavedAt(null);
    setSaveFailed(false);
    setConflict(null);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors(noErrors);
    saving.current = true;
    try {
      const stored = await store.save({ ...result.settings, revision: revision.current });
      revision.current = stored.revision;
      // Show what was stored (trimmed, blank lines gone), so the page matches what the plan will use.
      setForm(toForm(result.settings));
      setLoadProblem(undefined);
      setSavedAt(formatLocalTime(new Date()));
    } catch (error) {
      if (error instanceof SettingsConflictError) setConflict(error.storedRevision);
      else setSaveFailed(true);
    } finally {
      saving.current = false;
    }
  };

  return (
    <>
      <button type="button" className="back-link" onClick={onDone}>
        {content.back}
      </button>
      <ErrorSummary errors={errors} title={settingsContent.errorSummaryTitle} />
      <PageHeading>{content.title}</PageHeading>
      <p>{content.intro}</p>
      <p className="notice">{content.onThisComputer}</p>
      {form === null ? (
        <p role="status">{content.loading}</p>
      ) : (
        <>
          {loadProblem ? <p className="card card--warning">{loadProblem}</p> : null}
          {/* noValidate: the page's own error summary replaces the browser's pop-ups, which vary and vanish. */}
          <form noValidate onSubmit={submit}>
            <PracticeFields form={form} errors={errorsByField} onChange={change} />
            <ContactFields form={form} errors={errorsByField} onChange={change} />
            <PolicyFields form={form} errors={errorsByField} onChange={change} />
            <TimingFields form={form} errors={errorsByField} onChange={change} />
            <StaffNamesField form={form} errors={errorsByField} onChange={change} />
            <div className="button-group">
              <button type="submit" className="button">
                {content.save}
              </button>
            </div>
          </form>
          {/* Always on the page, so screen readers are listening before the message arrives. */}
          <div role="status">{savedAt ? <p className="card card--info">{content.saved(savedAt)}</p> : null}</div>
          {conflict === null ? null : (
            <div role="alert" className="card card--warning">
              <p>{content.conflict}</p>
              <div className="button-group">
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    revision.current = conflict;
                    void save();
                  }}
                >
                  {content.saveMineAnyway}
                </button>
                <button type="button" className="button button--secondary" onClick={() => setReloads((n) => n + 1)}>
                  {content.showSaved}
                </button>
              </div>
            </div>
          )}
          {saveFailed ? (
            <p role="alert" className="card card--warning">
              {content.saveFailed}
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
