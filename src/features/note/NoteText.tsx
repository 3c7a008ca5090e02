import { Fragment } from 'react';
import { textLines } from '../../note/escape';
import type { Text } from '../../note/types';

/**
 * A note text as React text nodes, never as markup: the same inert lines the Markdown and plain
 * text get (no bidirectional overrides or control characters), with typed line breaks as <br>.
 * Typed runs sit in <bdi> so a name in a right-to-left script cannot reorder the words around it.
 */
export function NoteText({ text }: { readonly text: Text }) {
  return (
    <>
      {textLines(text).map((line, lineIndex) => (
        <Fragment key={lineIndex}>
          {lineIndex > 0 ? <br /> : null}
          {line.map((run, runIndex) => (run.typed ? <bdi key={runIndex}>{run.text}</bdi> : <Fragment key={runIndex}>{run.text}</Fragment>))}
        </Fragment>
      ))}
    </>
  );
}
