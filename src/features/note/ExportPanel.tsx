import { useId, useState } from 'react';
import { downloadFile, fileTypes } from '../../components/downloadFile';
import { noteWords } from '../../content/note';
import { exportPanelWords, type NoteAudience, type NoteFormat } from '../../content/noteUi';
import { buildNote } from '../../note/buildNote';
import { exportFileName, exportIncidentBackup } from '../../note/exportJson';
import { noteToMarkdown } from '../../note/toMarkdown';
import { noteToPlainText } from '../../note/toPlainText';
import type { Note } from '../../note/types';
import { useIncident } from '../../record/incidentContext';
import type { IncidentRecord } from '../../record/schema';
import { usePracticeSettings } from '../../record/settingsContext';
import { usePolicyInForce } from '../../record/policyInForceContext';
import { useEvidenceFiles } from '../../record/evidenceFilesContext';
import { AudienceChoice } from './AudienceChoice';
import { megabytes } from '../../record/byteSizes';
import { CopyFallback } from './CopyFallback';
import { HandoverExport } from './HandoverExport';
import { noteFileName } from './noteFileName';
import { PrintNote } from './PrintNote';
import './note.css';

const words = exportPanelWords;

const render: Record<NoteFormat, (note: Note) => string> = { markdown: noteToMarkdown, plainText: noteToPlainText };

/**
 * "Keep a record", at the end of the plan: the note for the incident log or for sharing, copied,
 * downloaded or printed, a full backup, and the same backup locked for handing over (HandoverExport). Everything is made from the record at the moment the
 * button is pressed, so the note's "Note made" time and the progress in it are never stale.
 */
export function ExportPanel({ onDeleteFromDevice }: { readonly onDeleteFromDevice?: (() => void) | undefined } = {}) {
  const incident = useIncident();
  const settings = usePracticeSettings();
  const policy = usePolicyInForce();
  const files = useEvidenceFiles();
  const headingId = useId();
  const [audience, setAudience] = useState<NoteAudience>('log');
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<{ readonly format: NoteFormat; readonly text: string } | null>(null);
  const [printing, setPrinting] = useState<{ readonly note: Note; readonly request: number } | null>(null);
  if (incident === null) return null;

  const { record } = incident;
  const redact = audience === 'sharing';
  const makeNote = (now: Date) => buildNote(record, { redact, now, settings, policy });

  const chooseAudience = (next: NoteAudience) => {
    setAudience(next);
    // A copy shown for the other audience must not linger: it may hold the names just hidden.
    setFallback(null);
    setStatus('');
  };

  const copy = async (format: NoteFormat) => {
    const text = render[format](makeNote(new Date()));
    setFallback(null);
    // Reached through a variable so a browser without the Clipboard API is handled, not thrown on.
    const clipboard: Clipboard | undefined = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (clipboard?.writeText !== undefined) {
      try {
        await clipboard.writeText(text);
        setStatus(words.copied[format]);
        return;
      } catch {
        // Refused (no permission, page not focused, policy): fall through to Ctrl+C.
      }
    }
    setFallback({ format, text });
    setStatus(words.fallbackStatus);
  };

  const download = (format: NoteFormat) => {
    const now = new Date();
    const fileName = noteFileName(record, now, format === 'markdown' ? 'md' : 'txt', redact);
    downloadFile(fileName, render[format](makeNote(now)), format === 'markdown' ? fileTypes.markdown : fileTypes.plainText);
    setStatus(words.downloading(fileName));
  };

  const backup = async (current: IncidentRecord) => {
    const now = new Date();
    try {
      const stored = await files.listFor(current.id);
      const fileName = exportFileName(current, now);
      // Never a backup this app could not bring back in: one too large is refused in words.
      const built = exportIncidentBackup(current, stored, now);
      if (!built.ok) {
        setStatus(words.backupTooLarge(megabytes(built.bytes), megabytes(built.limit)));
        return;
      }
      downloadFile(fileName, built.text, fileTypes.json);
      setStatus(words.downloading(fileName));
    } catch {
      setStatus(words.backupFailed);
    }
  };

  const print = () => {
    setStatus(words.preparingPrint);
    // A new request each time, so pressing the button again opens the dialog again.
    setPrinting((before) => ({ note: makeNote(new Date()), request: (before?.request ?? 0) + 1 }));
  };

  return (
    <section className="note-export no-print" aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      <div className="note-export__body">
        <div className="note-export__actions">
          <AudienceChoice value={audience} onChange={chooseAudience} />

          <div className="note-export__group">
            <h3 className="heading-s">{words.copyHeading}</h3>
            <p className="hint">{words.copyHint}</p>
            <div className="button-group">
              <button type="button" className="button button--secondary" onClick={() => void copy('markdown')}>
                {words.copyMarkdown}
              </button>
              <button type="button" className="button button--secondary" onClick={() => void copy('plainText')}>
                {words.copyPlainText}
              </button>
            </div>
          </div>

          <div className="note-export__group">
            <h3 className="heading-s">{words.downloadHeading}</h3>
            <div className="button-group">
              <button type="button" className="button button--secondary" onClick={() => download('markdown')}>
                {words.downloadMarkdown}
              </button>
              <button type="button" className="button button--secondary" onClick={() => download('plainText')}>
                {words.downloadPlainText}
              </button>
              <button type="button" className="button button--secondary" onClick={print}>
                {words.print}
              </button>
            </div>
            <p className="hint">{words.printHint}</p>
            <p>{words.downloadsBlocked}</p>
          </div>

          <div className="note-export__group">
            <h3 className="heading-s">{words.backupHeading}</h3>
            <p>{words.backupText}</p>
            <button type="button" className="button button--secondary" onClick={() => void backup(record)}>
              {words.backup}
            </button>
          </div>

          <HandoverExport record={record} files={files} onDeleteFromDevice={onDeleteFromDevice} onStatus={setStatus} />

          <p role="status" className="note-export__status">
            {status}
          </p>
          {fallback === null ? null : <CopyFallback text={fallback.text} format={fallback.format} />}
        </div>
        <p className="notice note-export__where">{noteWords.whereItBelongs}</p>
      </div>
      {printing === null ? null : (
        <PrintNote
          key={printing.request}
          note={printing.note}
          onDone={() => {
            setPrinting(null);
            setStatus('');
          }}
        />
      )}
    </section>
  );
}
