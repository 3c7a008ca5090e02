import type { ReactNode } from 'react';

/** The skip link's target. */
export const mainContentId = 'main-content';

/**
 * The main landmark of every page. Focusable from script only, so the skip link can move focus to
 * it. `wide` drops the reading-width column, for the diagram.
 */
export function Page({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <main id={mainContentId} className={wide ? undefined : 'layout__main'} tabIndex={-1}>
      {children}
    </main>
  );
}
