import { useEffect, useId, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { evidenceContent } from '../../content/evidence';
import { questions } from '../../content/questions';
import { ui } from '../../content/ui';
import { evidenceFileAccept, type EvidenceFileProblem } from '../../record/evidenceRules';
import { StorageFullError } from '../../record/incidentStore';
import type { EvidenceItem } from '../../record/schema';
import { AttachedFiles } from './AttachedFiles';
import { DropZone } from './DropZone';
import { evidenceFieldsFrom, fieldsOf, hasAnyDetail, type EvidenceFields } from './evidenceFields';
import { FormProblems, type FormProblem } from '../../components/FormProblems';
import { FreeTextField } from '../../components/FreeTextField';
import { SaveCancelButtons } from '../../components/SaveCancelButtons';
import { SelectField } from '../../components/SelectField';
import { filesFromClipboard, namePasted, readEvidenceFiles, type PendingFile } from './readEvidenceFiles';
import { storeEvidenceFiles, type EvidenceFileRef } from './storeEvidenceFiles';
import { useEvidenceFiles } from '../../record/evidenceFilesContext';
import { useFormDraft } from '../../components/useFormDraft';

const words = evidenceContent.form;

export interface EvidenceFormResult {
  readonly fields: EvidenceFields;
  /** Every file the post now has: the ones kept and the ones just stored. */
  readonly files: readonly EvidenceFileRef[];
  /** Files the user took off the post; the caller deletes them once the record no longer points at them. */
  readonly removedFileIds: readonly string[];
}

interface Props {
  readonly incidentId: string;
  /** The post being changed; none when adding one. */
  readonly item?: EvidenceItem;
  /** Its place in the log, for the heading when changing it. */
  readonly number: number;
  readonly onSave: (result: EvidenceFormResult) => void;
  readonly onCancel: () => void;
}

/**
 * Adds or changes one post. New files are read and checked as they arrive but only stored when
 * the post is saved, so cancelling leaves nothing behind; a refused file adds nothing at all.
 */
export function EvidenceForm({ incidentId, item, number, onSave, onCancel }: Props) {
  const store = useEvidenceFiles();
  const id = useId();
  const fieldId = (name: string) => `${id}-${name}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [kept, setKept] = useState<readonly EvidenceFileRef[]>(item?.files ?? []);
  const [pending, setPending] = useState<readonly PendingFile[]>([]);
  // Typed text survives a reload; files attached and not saved are named, and leaving warns first.
  const draft = useFormDraft(
    'evidence',
    item?.id ?? null,
    () => fieldsOf(item),
    evidenceFieldsFrom,
    pending.map((f) => f.name),
  );
  const { fields, setFields } = draft;
  const [fileProblems, setFileProblems] = useState<readonly EvidenceFileProblem[]>([]);
  const [formProblems, setFormProblems] = useState<readonly FormProblem[]>([]);
  const [reading, setReading] = useState(0);
  const [saving, setSaving] = useState(false);

  // Focus starts inside the form, so a screenshot pasted straight away lands here.
  useEffect(() => headingRef.current?.focus(), []);

  const set = (name: keyof EvidenceFields) => (value: string) => setFields((f) => ({ ...f, [name]: value }));

  const addFiles = async (files: readonly File[], pasted: boolean) => {
    if (files.length === 0) return;
    setReading((n) => n + 1);
    const outcome = await readEvidenceFiles(files);
    setReading((n) => n - 1);
    if (!outcome.ok) {
      setFileProblems(outcome.problems);
      return;
    }
    const now = new Date();
    setFileProblems([]);
    setPending((current) => [...current, ...outcome.files.map((f) => (pasted ? namePasted(f, now) : f))]);
  };

  const onPaste = (event: ClipboardEvent<HTMLFormElement>) => {
    const files = filesFromClipboard(event.clipboardData);
    // Plain text pastes into whichever box has focus as usual; only files are taken here.
    if (files.length === 0) return;
    event.preventDefault();
    void addFiles(files, true);
  };

  const removeAttached = (key: string) => {
    setKept((files) => files.filter((f) => f.fileId !== key));
    setPending((files) => files.filter((f) => f.key !== key));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reading > 0 || saving) return;
    if (!hasAnyDetail(fields) && kept.length === 0 && pending.length === 0) {
      setFormProblems([{ message: words.nothingToSave, fieldId: fieldId('url') }]);
      return;
    }
    setSaving(true);
    let stored: EvidenceFileRef[];
    try {
      stored = await storeEvidenceFiles(store, incidentId, pending, new Date().toISOString());
    } catch (error) {
      setSaving(false);
      setFormProblems([{ message: error instanceof StorageFullError ? words.storageFull : words.storeFailed }]);
      return;
    }
    const keptIds = new Set(kept.map((f) => f.fileId));
    draft.discard();
    onSave({
      fields,
      files: [...kept, ...stored],
      removedFileIds: (item?.files ?? []).filter((f) => !keptIds.has(f.fileId)).map((f) => f.fileId),
    });
  };

  const attached = [
    ...kept.map((f) => ({ key: f.fileId, name: f.name, size: f.size })),
    ...pending.map((f) => ({ key: f.key, name: f.name, size: f.size })),
  ];

  return (
    <form className="card card--info" onSubmit={(event) => void submit(event)} onPaste={onPaste} noValidate>
      <h3 className="card__heading" ref={headingRef} tabIndex={-1}>
        {item ? words.changeHeading(number) : words.addHeading}
      </h3>
      <FormProblems title={words.problemsTitle} problems={formProblems} />

      <fieldset className="fieldset form-group">
        <legend className="legend">{words.filesLegend}</legend>
        <p className="hint" id={fieldId('files-hint')}>
          {words.filesHint}
        </p>
        <DropZone onFiles={(files) => void addFiles(files, false)} />
        <div className="form-group">
          <label className="label" htmlFor={fieldId('files')}>
            {words.chooseFiles}
          </label>
          <input
            id={fieldId('files')}
            type="file"
            multiple
            accept={evidenceFileAccept}
            aria-describedby={fieldId('files-hint')}
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              // Cleared so that choosing the same file again, after a problem, still counts.
              event.target.value = '';
              void addFiles(files, false);
            }}
          />
        </div>
        <div role="alert">
          {fileProblems.length > 0 ? (
            <div className="form-group form-group--error">
              {fileProblems.map((problem) => (
                <p className="error-message" key={`${problem.kind}-${problem.name}`}>
                  <span className="visually-hidden">{ui.errorPrefix} </span>
                  {evidenceContent.fileProblems[problem.kind](problem.name)}
                </p>
              ))}
              <p>{words.nothingAdded}</p>
            </div>
          ) : null}
        </div>
        <p role="status">{reading > 0 ? words.reading : ''}</p>
        {draft.lostFiles.length > 0 ? <p className="error-message">{words.lostFiles(draft.lostFiles)}</p> : null}
        <AttachedFiles files={attached} onRemove={removeAttached} />
      </fieldset>

      <fieldset className="fieldset form-group">
        <legend className="legend">{words.detailsLegend}</legend>
        <SelectField
          id={fieldId('platform')}
          label={words.platform}
          optionalText={words.optional}
          placeholder={words.platformNotGiven}
          options={questions.platform.options}
          value={fields.platform}
          onChange={set('platform')}
        />
        <FreeTextField
          id={fieldId('url')}
          label={words.url}
          hint={words.urlHint}
          optionalText={words.optional}
          spellCheck={false}
          value={fields.url}
          onChange={set('url')}
        />
        <FreeTextField
          id={fieldId('account')}
          label={words.account}
          hint={words.accountHint}
          optionalText={words.optional}
          spellCheck={false}
          value={fields.account}
          onChange={set('account')}
        />
        <FreeTextField
          id={fieldId('text')}
          label={words.text}
          hint={words.textHint}
          optionalText={words.optional}
          multiline
          value={fields.text}
          onChange={set('text')}
        />
        <FreeTextField
          id={fieldId('postedAsShown')}
          label={words.postedAsShown}
          hint={words.postedAsShownHint}
          optionalText={words.optional}
          value={fields.postedAsShown}
          onChange={set('postedAsShown')}
        />
        <FreeTextField
          id={fieldId('notes')}
          label={words.notes}
          hint={words.notesHint}
          optionalText={words.optional}
          multiline
          value={fields.notes}
          onChange={set('notes')}
        />
      </fieldset>

      <SaveCancelButtons
        saveLabel={words.save}
        cancelLabel={words.cancel}
        busy={reading > 0 || saving}
        onCancel={() => {
          draft.discard();
          onCancel();
        }}
      />
    </form>
  );
}
