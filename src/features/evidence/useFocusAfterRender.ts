import { useEffect, useState } from 'react';

/**
 * Moves focus to an element by id once the render that creates it has happened: after a form
 * closes, focus goes to what the user was working on rather than falling back to the page.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target === null) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
