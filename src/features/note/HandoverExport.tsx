import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { downloadFile, fileTypes } from '../../components/downloadFile';
import { FieldFrame, fieldDescriptionIds } from '../../components/FieldFrame';
import { FormProblems, type FormProblem } from '../../components/FormProblems';
import { handoverWords } from '../../content/handover';
import { exportPanelWords } from '../../content/noteUi';
import { ui } from '../../content/ui';
import { exportFileName, exportIncidentBackup } from '../../note/exportJson';
import { encryptHandover, handoverFileName, normalisedPassphrase, passphraseProblem } from '../../note/handover';
import { megabytes } from '../../record/byteSizes';
import type { EvidenceFileStore } from '../../record/evidenceFiles';
import type { IncidentRecord } from '../../record/schema';
import { SaveCancelButtons } from '../../components/SaveCancelButtons';

const words = handoverWords;

interface Props {
  readonly record: IncidentRecord;
  readonly files: Pick<EvidenceFileStore, 'listFor'>;
  /** Opens the confirmation to delete this incident; absent where deleting is not offered (training). */
  readonly onDeleteFromDevice?: (() => void) | undefined;
  /** Says what is happening in the export panel's one status line. */
  readonly onStatus: (text: string) => void;
}

interface FieldErrors {
  readonly passphrase?: string;
  readonly confirm?: string;
}

function checkFields(passphrase: string, confirm: string): FieldErrors {
  const problem = passphraseProblem(passphrase);
  if (problem !== null) return { passphrase: problem };
  if (normalisedPassphrase(confirm).length === 0) return { confirm: words.confirmMissing };
  if (normalisedPassphrase(confirm) !== normalisedPassphrase(passphrase)) return { confirm: words.confirmDifferent };
  return {};
}

/**
 * "Hand over to the practice", in Keep a record: the full backup locked with a passphrase
 * (src/note/handover.ts), for an incident begun on a phone or a home computer. The passphrase lives
 * only in this form's state and is cleared once the file is made. After the download the panel
 * offers to delete the incident from this device, through the app's usual confirmation.
 */
export function HandoverExport({ record, files, onDeleteFromDevice, onStatus }: Props) {
  const formId = useId();
  const passphraseId = `${formId}-passphrase`;
  const confirmId = `${formId}-confirm`;
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [downloaded, setDownloaded] = useState<string | null>(null);

  const openButton = useRef<HTMLButtonElement>(null);
  const passphraseInput = useRef<HTMLInputElement>(null);
  // Where focus goes when the form opens or closes: the button or field that replaced the one pressed.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (open ? passphraseInput : openButton).current?.focus();
  }, [open]);

  // Made only when the errors change: the summary takes focus each time it gets a new list.
  const problems = useMemo<FormProblem[]>(
    () => [
      ...(errors.passphrase === undefined ? [] : [{ message: errors.passphrase, fieldId: passphraseId }]),
      ...(errors.confirm === undefined ? [] : [{ message: errors.confirm, fieldId: confirmId }]),
      ...(formProblem === null ? [] : [{ message: formProblem }]),
    ],
    [errors, formProblem, passphraseId, confirmId],
  );

  const close = () => {
    moved.current = true;
    setOpen(false);
    setPassphrase('');
    setConfirm('');
    setErrors({});
    setFormProblem(null);
  };

  const fail = (problem: string) => {
    setFormProblem(problem);
    onStatus('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = checkFields(passphrase, confirm);
    setErrors(found);
    setFormProblem(null);
    if (found.passphrase !== undefined || found.confirm !== undefined) return;
    setBusy(true);
    onStatus(words.protecting);
    try {
      const now = new Date();
      const built = exportIncidentBackup(record, await files.listFor(record.id), now);
      if (!built.ok) return fail(exportPanelWords.backupTooLarge(megabytes(built.bytes), megabytes(built.limit)));
      const sealed = await encryptHandover(built.text, passphrase);
      if (!sealed.ok) return fail(sealed.problem);
      const fileName = handoverFileName(exportFileName(record, now));
      downloadFile(fileName, sealed.text, fileTypes.json);
      setDownloaded(fileName);
      onStatus(words.downloading(fileName));
      close();
    } catch {
      fail(words.failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="note-export__group">
      <h3 className="heading-s">{words.heading}</h3>
      <p>{words.intro}</p>
      {open ? (
        <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${formId}-heading`}>
          <FormProblems title={words.problemsTitle} problems={problems} />
          <p className="heading-s" id={`${formId}-heading`}>
            {words.formHeading}
          </p>
          <div className="card card--warning">
            <p>
              <strong>{words.warningTitle}</strong>
            </p>
            {words.warning.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          <FieldFrame
            id={passphraseId}
            label={words.passphraseLabel}
            hint={words.passphraseHint}
            error={errors.passphrase}
            errorPrefix={ui.errorPrefix}
          >
            <input
              ref={passphraseInput}
              id={passphraseId}
              className={`input${errors.passphrase ? ' input--error' : ''}`}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={passphrase}
              aria-invalid={errors.passphrase !== undefined}
              aria-describedby={fieldDescriptionIds(passphraseId, words.passphraseHint, errors.passphrase)}
              onChange={(event) => setPassphrase(event.currentTarget.value)}
            />
          </FieldFrame>
          <FieldFrame id={confirmId} label={words.confirmLabel} error={errors.confirm} errorPrefix={ui.errorPrefix}>
            <input
              id={confirmId}
              className={`input${errors.confirm ? ' input--error' : ''}`}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={confirm}
              aria-invalid={errors.confirm !== undefined}
              aria-describedby={fieldDescriptionIds(confirmId, undefined, errors.confirm)}
              onChange={(event) => setConfirm(event.currentTarget.value)}
            />
          </FieldFrame>
          <SaveCancelButtons saveLabel={words.submit} cancelLabel={words.cancel} busy={busy} onCancel={close} />
        </form>
      ) : (
        <button
          ref={openButton}
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDownloaded(null);
            moved.current = true;
            setOpen(true);
          }}
        >
          {words.open}
        </button>
      )}
      {downloaded === null ? null : (
        <>
          <p>{words.afterDownload}</p>
          {onDeleteFromDevice === undefined ? null : (
            <button type="button" className="button button--warning" onClick={onDeleteFromDevice}>
              {words.deleteHere}
            </button>
          )}
        </>
      )}
    </div>
  );
}
