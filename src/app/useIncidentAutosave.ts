import { useEffect, useMemo, useRef, useState } from 'react';
import { currentStep } from '../../machines/stateValue';
import type { QuestionId } from '../content/questions';
import type { Drafts } from '../features/wizard/drafts';
import type { FieldValue } from '../features/wizard/QuestionField';
import { Autosaver, type SaveStatus } from '../record/autosaver';
import { RevisionConflictError, type IncidentRepository } from '../record/incidentStore';
import type { IncidentRecord } from '../record/schema';
import { withDraft, withWizardPosition } from '../record/wizardState';
import { sessionTypingMirror } from '../record/typingMirror';
import { WizardContext } from '../components/wizardContext';

/**
 * Keeps the open incident saved: each move through the wizard at once, typing after a pause, and
 * everything as soon as the tab is hidden or closed.
 */
export function useIncidentAutosave(
  record: IncidentRecord,
  repository: IncidentRepository,
  /** Keep a synchronous copy in this tab (typingMirror.ts); `openedUnsaved`: the record came from it. */
  local: { readonly mirror: boolean; readonly openedUnsaved: boolean } = { mirror: false, openedUnsaved: false },
) {
  const actor = WizardContext.useActorRef();
  const [status, setStatus] = useState<SaveStatus | null>(null);
  const autosaver = useMemo(
    () =>
      new Autosaver(
        repository,
        record,
        setStatus,
        (error) => error instanceof RevisionConflictError,
        local.mirror ? sessionTypingMirror(record.id) : undefined,
      ),
    // One autosaver per incident opened; later changes to `record` come from the autosaver itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `record` is only the first value, so it is left out on purpose
    [record.id, repository, local.mirror],
  );
  // Opened from this tab's copy of typing that had not reached the disk: save it now.
  const openedUnsaved = local.openedUnsaved;
  useEffect(() => {
    if (openedUnsaved) autosaver.markUnsaved();
  }, [autosaver, openedUnsaved]);

  const last = useRef<{ step: unknown; answers: unknown; visited: unknown } | null>(null);
  useEffect(() => {
    const sync = () => {
      const snapshot = actor.getSnapshot();
      const { context } = snapshot;
      const value = currentStep(snapshot);
      const seen = last.current;
      if (seen && seen.step === value && seen.answers === context.answers && seen.visited === context.visited) return;
      last.current = { step: value, answers: context.answers, visited: context.visited };
      if (seen === null) return; // the state just restored from this very record
      autosaver.change((r) =>
        withWizardPosition(
          r,
          { step: value, answers: context.answers, visited: context.visited, returnPath: context.returnPath },
          new Date(),
        ),
      );
    };
    sync();
    const subscription = actor.subscribe(sync);
    return () => subscription.unsubscribe();
  }, [actor, autosaver]);

  useEffect(() => {
    const flush = () => void autosaver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [autosaver]);

  const drafts: Drafts = useMemo(
    () => ({
      initial: (question: QuestionId) => autosaver.current().drafts[question] as FieldValue,
      report: (question: QuestionId, value: FieldValue) => autosaver.change((r) => withDraft(r, question, value), 'afterTyping'),
    }),
    [autosaver],
  );

  return { status, drafts, autosaver };
}
