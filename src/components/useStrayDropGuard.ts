import { useEffect } from 'react';

function carriesFiles(event: { dataTransfer: DataTransfer | null }): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * While a drop zone is on screen, a file dropped just outside it would otherwise be opened by the
 * browser in place of the app, taking the user away from the incident mid-task.
 */
export function useStrayDropGuard(): void {
  useEffect(() => {
    const guard = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    window.addEventListener('dragover', guard);
    window.addEventListener('drop', guard);
    return () => {
      window.removeEventListener('dragover', guard);
      window.removeEventListener('drop', guard);
    };
  }, []);
}
