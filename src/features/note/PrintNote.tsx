import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { Note } from '../../note/types';
import { NotePrintView } from './NotePrintView';

/** The body class note.css prints by: only the note, none of the app. */
export const printingNoteClass = 'printing-note';

/**
 * Screenshots that never report loading (a damaged file, an odd browser) must not stop the print:
 * after this long the note is printed with whatever has been drawn.
 */
const longestWaitMs = 5000;

interface Props {
  readonly note: Note;
  /** The browser has finished printing (or the dialog was closed): the print view can go. */
  readonly onDone: () => void;
}

/**
 * Puts the print view straight into <body>, marks the body so only the note prints, and opens the
 * browser's print dialog once the screenshots have loaded. The mark stays until the browser's
 * `afterprint`, because in some browsers `window.print()` returns before the page is printed.
 */
export function PrintNote({ note, onDone }: Props) {
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  }, [onDone]);

  const printed = useRef(false);
  const print = useCallback(() => {
    if (printed.current) return;
    printed.current = true;
    window.print();
  }, []);

  // Layout effects run before the print view's own effects, which may ask to print at once: the
  // body must be marked, and `afterprint` listened for, before that happens.
  useLayoutEffect(() => {
    const finished = () => onDoneRef.current();
    document.body.classList.add(printingNoteClass);
    window.addEventListener('afterprint', finished);
    return () => {
      window.removeEventListener('afterprint', finished);
      document.body.classList.remove(printingNoteClass);
    };
  }, []);

  useEffect(() => {
    const timer = window.setTimeout(print, longestWaitMs);
    return () => window.clearTimeout(timer);
  }, [print]);

  return createPortal(<NotePrintView note={note} onReady={print} />, document.body);
}
