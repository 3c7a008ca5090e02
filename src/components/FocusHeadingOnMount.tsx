import { useEffect } from 'react';
import { stepHeadingId } from './pageHeading';

/**
 * Placed after a page that was opened by the user (and may have loaded lazily): once that page is
 * on screen, its h1 takes focus so a screen reader announces where the user now is.
 */
export function FocusHeadingOnMount() {
  useEffect(() => {
    document.getElementById(stepHeadingId)?.focus();
  }, []);
  return null;
}
