import { useEffect, useId, useRef } from 'react';
import { exportPanelWords, type NoteFormat } from '../../content/noteUi';

const words = exportPanelWords;

/**
 * The note in a read-only box when the browser will not copy for us (locked-down PCs often
 * refuse clipboard access): focused and selected, so Ctrl+C is all that is left to do.
 */
export function CopyFallback({ text, format }: { readonly text: string; readonly format: NoteFormat }) {
  const id = useId();
  const hintId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, [text]);
  return (
    <div className="form-group note-export__fallback">
      <label className="label" htmlFor={id}>
        {words.fallbackLabel[format]}
      </label>
      <p className="hint" id={hintId}>
        {words.fallbackHint}
      </p>
      <textarea
        ref={box}
        id={id}
        className="textarea"
        rows={12}
        readOnly
        value={text}
        aria-describedby={hintId}
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}
