import { useCallback, useEffect, useRef } from 'react';
import { printWords } from '../../content/noteUi';
import type { Note, Section } from '../../note/types';
import { useEvidenceFiles } from '../../record/evidenceFilesContext';
import { NoteAttachments } from './NoteAttachments';
import { HeadedBlocks, NoteBlocks } from './NoteBlocks';
import { useAttachmentUrls } from './useAttachmentUrls';
import './note.css';

interface Props {
  readonly note: Note;
  /** Called once, when everything (screenshots included) is drawn and the page can be printed. */
  readonly onReady?: () => void;
}

/** Consecutive sections of the same part: each part starts on a new sheet. */
function parts(sections: readonly Section[]): Section[][] {
  const grouped: Section[][] = [];
  for (const section of sections) {
    const last = grouped[grouped.length - 1];
    if (last !== undefined && last[0]?.part === section.part) last.push(section);
    else grouped.push([section]);
  }
  return grouped;
}

/**
 * The note laid out for A4, built from the note's structure as React elements: nothing in it is
 * HTML from a string, so typed text stays text. Hidden on screen; note.css shows it, and only it,
 * when the body carries `printing-note` (see PrintNote).
 *
 * Each part is a table whose header and footer rows are empty spacers: browsers repeat those on
 * every printed page, which keeps room under the fixed TRAINING marker and above the fixed footer
 * on every sheet, not only the first.
 */
export function NotePrintView({ note, onReady }: Props) {
  const store = useEvidenceFiles();
  // Never shown when redacted: buildNote already leaves them out, and this is the second lock.
  const attachments = note.redacted ? [] : note.attachments;
  const images = useAttachmentUrls(store, attachments);
  const readyReported = useRef(false);
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onReadyRef.current = onReady;
  }, [onReady]);
  const ready = useCallback(() => {
    if (readyReported.current) return;
    readyReported.current = true;
    onReadyRef.current?.();
  }, []);
  const hasEvidenceSection = note.sections.some((section) => section.id === 'evidence');
  useEffect(() => {
    // With no evidence appendix to draw screenshots under, there is nothing to wait for.
    if (!hasEvidenceSection || attachments.length === 0) ready();
  }, [hasEvidenceSection, attachments.length, ready]);

  return (
    <div className={`note-print${note.training ? ' note-print--training' : ''}`} aria-label={printWords.label} role="document">
      {note.training ? (
        <p className="note-print__marker" aria-hidden="true">
          {printWords.trainingMarker}
        </p>
      ) : null}
      <p className="note-print__footer" aria-hidden="true">
        {note.footer}
      </p>
      {parts(note.sections).map((group, index) => (
        <table
          className={`note-print__part note-print__part--${group[0]?.part ?? 'appendix'}`}
          role="presentation"
          key={group[0]?.id ?? index}
        >
          <thead>
            <tr>
              <td>
                <div className="note-print__space-top" />
              </td>
            </tr>
          </thead>
          <tfoot>
            <tr>
              <td>
                <div className="note-print__space-bottom" />
              </td>
            </tr>
          </tfoot>
          <tbody>
            <tr>
              <td>
                {index === 0 ? (
                  <>
                    <h1 className="note-print__title">{note.title}</h1>
                    <NoteBlocks blocks={note.preamble} level={2} />
                  </>
                ) : null}
                {group.map((section) => (
                  <HeadedBlocks key={section.id} heading={section.heading} level={2} blocks={section.blocks}>
                    {section.id === 'evidence' ? <NoteAttachments attachments={attachments} images={images} onLoaded={ready} /> : null}
                  </HeadedBlocks>
                ))}
              </td>
            </tr>
          </tbody>
        </table>
      ))}
    </div>
  );
}
