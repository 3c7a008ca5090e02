import { useId } from 'react';
import { useStrayDropGuard } from '../../components/useStrayDropGuard';
import { evidenceContent } from '../../content/evidence';

const words = evidenceContent.form;

/**
 * Where a screenshot can be pasted or dropped. It can take focus, so that Ctrl+V has somewhere to
 * land after Win+Shift+S; the paste itself is handled by the form around it.
 */
export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const headingId = useId();
  const hintId = useId();

  useStrayDropGuard();

  return (
    <div
      className="notice form-group"
      role="group"
      // Focusable on purpose: the place a keyboard user lands to paste (Ctrl+V) after Win+Shift+S.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a paste target has no interactive role to give it
      tabIndex={0}
      aria-labelledby={headingId}
      aria-describedby={hintId}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={(event) => {
        event.preventDefault();
        onFiles(Array.from(event.dataTransfer.files));
      }}
    >
      <p className="heading-s" id={headingId}>
        {words.dropZoneHeading}
      </p>
      <div id={hintId}>
        <p>{words.pasteHint}</p>
        <p className="hint">{words.dropHint}</p>
      </div>
    </div>
  );
}
