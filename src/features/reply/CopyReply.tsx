import { useState, type RefObject } from 'react';
import { replyBuilderContent } from '../../content/replyBuilder';

const words = replyBuilderContent;

type CopyState = 'idle' | 'copied' | 'selectToCopy' | 'empty';

interface Props {
  readonly text: string;
  /** The draft's text box: selected for Ctrl+C when the browser will not copy for us. */
  readonly draftRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * Copies the reply for pasting into the site. Some browsers and locked-down practice PCs refuse
 * clipboard access, so a refusal never fails silently: the text is selected and the user is told
 * to press Ctrl+C.
 */
export function CopyReply({ text, draftRef }: Props) {
  // Kept with the text it was about: "Copied" would mislead once the reply has changed.
  const [result, setResult] = useState<{ readonly state: CopyState; readonly text: string }>({ state: 'idle', text });
  const state = result.text === text ? result.state : 'idle';
  const setState = (next: CopyState) => setResult({ state: next, text });

  const selectForManualCopy = () => {
    const box = draftRef.current;
    if (box) {
      box.focus();
      box.select();
    }
    setState('selectToCopy');
  };

  const copy = async () => {
    if (text.trim() === '') return setState('empty');
    // Reached through a variable so a browser without the Clipboard API is handled, not thrown on.
    const clipboard: Clipboard | undefined = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard?.writeText) return selectForManualCopy();
    try {
      await clipboard.writeText(text);
      setState('copied');
    } catch {
      selectForManualCopy();
    }
  };

  const message =
    state === 'copied' ? words.copied : state === 'selectToCopy' ? words.copyFallback : state === 'empty' ? words.nothingToCopy : '';
  return (
    <div className="form-group">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {words.copy}
      </button>
      <p role="status" className={state === 'empty' ? 'error-message' : undefined}>
        {message}
      </p>
    </div>
  );
}
