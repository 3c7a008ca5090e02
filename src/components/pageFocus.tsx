import { createContext, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The one way focus moves to a new page's h1 (issue #15). Pages and wizard steps report what is on
 * show with `useMoveTo`; when that changes, a focus is owed, and the next `PageHeading` to appear
 * takes it. A page that loads lazily, at any depth, still gets it once it is drawn, and a heading
 * that appears later on the same page (a follow-up question) does not take focus from the user.
 * The very first page after loading owes nothing, so focus is not stolen on arrival.
 */
export interface FocusOwed {
  /** Something on show has changed: the next heading to appear takes focus. */
  readonly owe: () => void;
  /** True once per move: the caller should focus its heading now. */
  readonly claim: () => boolean;
}

function focusOwed(initially: boolean): FocusOwed {
  let owed = initially;
  return {
    owe: () => {
      owed = true;
    },
    claim: () => {
      const was = owed;
      owed = false;
      return was;
    },
  };
}

// Without a provider (a page drawn on its own), nothing is owed.
export const FocusOwedContext = createContext<FocusOwed>(focusOwed(false));

/** Holds the focus owed for the whole app; `moved` for a page shown as the result of a move (tests). */
export function PageFocusRoot({ children, moved = false }: { children: ReactNode; moved?: boolean }) {
  const [owed] = useState(() => focusOwed(moved));
  return <FocusOwedContext.Provider value={owed}>{children}</FocusOwedContext.Provider>;
}

/**
 * Reports the page or step on show by a key. A change of key (not the first page shown) owes focus to
 * the new page's heading. Runs as a layout effect, so it comes before the heading's own effect.
 */
export function useMoveTo(pageKey: string | null): void {
  const owed = useContext(FocusOwedContext);
  // null while nothing is on show yet: the first page shown is where the user arrived, not a move.
  const shown = useRef(pageKey);
  useLayoutEffect(() => {
    if (pageKey === null || shown.current === pageKey) return;
    const first = shown.current === null;
    shown.current = pageKey;
    if (!first) owed.owe();
  }, [owed, pageKey]);
}

/** For PageHeading: whether this heading, just drawn, should take focus. */
export function useFocusOwed(): FocusOwed {
  return useContext(FocusOwedContext);
}
