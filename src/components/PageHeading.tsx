import { useEffect, useRef, type ReactNode } from 'react';
import { stepHeadingId } from './pageHeading';
import { useFocusOwed } from './pageFocus';

interface Props {
  readonly children: ReactNode;
  /** Take focus when drawn even without a move: a page that replaces what was there (the error page). */
  readonly takeFocus?: boolean;
}

/**
 * Every page's and screen's h1. After a move (src/components/pageFocus.tsx) it takes focus once it
 * is drawn, so a screen reader announces the new page; no extra live region, which would announce
 * it twice.
 */
export function PageHeading({ children, takeFocus = false }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const owed = useFocusOwed();
  const force = useRef(takeFocus);
  useEffect(() => {
    if (owed.claim() || force.current) ref.current?.focus();
  }, [owed]);
  return (
    <h1 ref={ref} id={stepHeadingId} tabIndex={-1} className="heading-l">
      {children}
    </h1>
  );
}
