import type { ReactNode } from 'react';
import { sessionKitWords as words } from '../../content/sessionKit';

/**
 * One printed sheet of the kit. The TRAINING mark sits in the table's header row, which Chromium,
 * Edge and Firefox repeat at the top of every printed page the table runs onto, so a sheet that
 * runs to a second page is still marked, and the mark never covers the text as a fixed box can.
 * On screen the table is only a box (role="presentation"); the mark shows there too.
 */
export function PrintedSheet({ children, className }: { readonly children: ReactNode; readonly className?: string }) {
  return (
    <table role="presentation" className={className ? `kit-sheet ${className}` : 'kit-sheet'}>
      <thead>
        <tr>
          <td>
            <p className="kit-mark">
              <strong className="kit-mark__word">{words.trainingMark}</strong> {words.trainingMarkNote}
            </p>
          </td>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>{children}</td>
        </tr>
      </tbody>
    </table>
  );
}
