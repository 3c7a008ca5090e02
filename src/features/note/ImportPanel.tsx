import { useId, useRef, useState } from 'react';
import { useStrayDropGuard } from '../../components/useStrayDropGuard';
import { useStorage } from '../../record/storageContext';
import { importWords } from '../../content/note';
import { importPanelWords } from '../../content/importPanel';
import { defaultImportLimitBytes } from '../../note/importJson';
import { decryptHandover, isHandoverText } from '../../note/handover';
import { HandoverUnlock } from './HandoverUnlock';
import { ImportProblems } from './ImportProblems';
import { importIntoStorage } from './importIntoStorage';
import { megabytes } from '../../record/byteSizes';
import { readText } from '../../components/readText';
import './note.css';

const words = importPanelWords;

/**
 * On the home screen: a backup made with "Download a backup (.json)" brought back in as a new
 * incident, from the file picker (the keyboard route) or dropped on the box. A handover file (a
 * backup locked with a passphrase, src/note/handover.ts) is known by its first characters; the
 * panel asks for its passphrase, then brings the unlocked backup in the same way. Nothing is stored
 * unless the whole file passes; on success the app opens the new incident where it was left.
 */
/**
 * `notice`, when given, is something the person must read before anything else (an old closed
 * incident given a fresh 12 months): the app shows it rather than opening the incident.
 */
export function ImportPanel({ onImported }: { readonly onImported: (recordId: string, notice?: string) => void }) {
  const storage = useStorage();
  const headingId = useId();
  const inputId = useId();
  const limitId = useId();
  const dropHeadingId = useId();
  const dropHintId = useId();
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [checking, setChecking] = useState(false);
  const [over, setOver] = useState(false);
  // A handover file waiting for its passphrase: its text, held in this panel only until it is unlocked or dropped.
  const [handover, setHandover] = useState<string | null>(null);
  // A second file while the first is being checked is ignored rather than imported alongside it.
  const busy = useRef(false);

  useStrayDropGuard();

  const bringIn = async (file: File) => {
    if (busy.current) return;
    // Checked before reading: a 2 GB file picked by mistake is never loaded into memory. A handover
    // file has the same limit (maxHandoverBytes).
    if (file.size > defaultImportLimitBytes) {
      setProblems([importWords.tooLarge(megabytes(file.size), megabytes(defaultImportLimitBytes))]);
      return;
    }
    busy.current = true;
    setChecking(true);
    setProblems([]);
    setHandover(null);
    try {
      let text: string;
      try {
        text = await readText(file);
      } catch {
        setProblems([importWords.notText]);
        return;
      }
      if (isHandoverText(text)) return setHandover(text);
      await bringInBackup(text);
    } finally {
      busy.current = false;
      setChecking(false);
    }
  };

  /** The ordinary import, for a backup file or the backup unlocked from a handover file. */
  const bringInBackup = async (text: string): Promise<void> => {
    const outcome = await importIntoStorage(storage, text, new Date(), defaultImportLimitBytes);
    if (outcome.ok)
      onImported(
        outcome.record.id,
        outcome.notice === undefined ? undefined : `${words.imported(outcome.record.reference)} ${outcome.notice}`,
      );
    else setProblems(outcome.problems);
  };

  /** The passphrase's problem stays on the passphrase form; the backup's own problems go to the file picker. */
  const unlock = async (text: string, passphrase: string): Promise<string | null> => {
    if (busy.current) return null;
    busy.current = true;
    try {
      const unlocked = await decryptHandover(text, passphrase);
      if (!unlocked.ok) return unlocked.problem;
      setProblems([]);
      await bringInBackup(unlocked.backupText);
      setHandover(null);
      return null;
    } finally {
      busy.current = false;
    }
  };

  const bringInFirst = (files: readonly File[]) => {
    const [file] = files;
    if (file === undefined) return;
    if (files.length > 1) return setProblems([words.oneFileOnly]);
    void bringIn(file);
  };

  return (
    <section className="note-import" aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        {words.heading}
      </h2>
      <ImportProblems problems={problems} inputId={inputId} />
      <p>{words.intro}</p>
      <div className="form-group">
        <label className="label" htmlFor={inputId}>
          {words.fileLabel}
        </label>
        <p className="hint" id={limitId}>
          {words.limit(megabytes(defaultImportLimitBytes))}
        </p>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={limitId}
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            // Cleared so that choosing the same file again, after fixing it, is seen as a change.
            event.currentTarget.value = '';
            bringInFirst(files);
          }}
        />
      </div>
      {handover === null ? null : (
        <HandoverUnlock onUnlock={(passphrase) => unlock(handover, passphrase)} onCancel={() => setHandover(null)} />
      )}
      <div
        className={`note-import__drop${over ? ' note-import__drop--over' : ''}`}
        role="group"
        aria-labelledby={dropHeadingId}
        aria-describedby={dropHintId}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          bringInFirst(Array.from(event.dataTransfer.files));
        }}
      >
        <p className="heading-s" id={dropHeadingId}>
          {words.dropHeading}
        </p>
        <p className="hint" id={dropHintId}>
          {words.dropHint} {words.limit(megabytes(defaultImportLimitBytes))}
        </p>
      </div>
      <p role="status">{checking ? words.checking : ''}</p>
    </section>
  );
}
