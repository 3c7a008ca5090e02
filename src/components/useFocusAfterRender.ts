import { useCallback, useEffect, useState } from 'react';

/**
 * Moves focus to an element by id once the render that creates it has happened: after a form
 * closes, focus goes to what the user was working on rather than falling back to the page.
 */
export function useFocusAfterRender(): (id: string) => void {
  // A new object per request, so asking for the same element twice focuses it twice.
  const [target, setTarget] = useState<{ readonly id: string } | null>(null);
  useEffect(() => {
    if (target !== null) document.getElementById(target.id)?.focus();
  }, [target]);
  return useCallback((id: string) => setTarget({ id }), []);
}
