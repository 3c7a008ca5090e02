import { useEffect, useState } from 'react';
import { ui } from '../../content/ui';
import type * as DiagramPageModule from './DiagramPage';
import type { DiagramPageProps } from './DiagramPage';

// The diagram is for trainers and the curious, not for staff mid-incident, so it is not in the
// chunks the wizard needs to start. It is small (its layout is computed ahead of time, see
// layout.ts), so it is fetched once the browser is idle after an incident opens: the click then
// finds it loaded and draws the page at once.
let loaded: typeof DiagramPageModule | undefined;
const load = () =>
  import('./DiagramPage').then((module) => {
    loaded = module;
    return module;
  });

const whenIdle: (task: () => void) => void =
  typeof requestIdleCallback === 'function' ? (task) => requestIdleCallback(task, { timeout: 5000 }) : (task) => setTimeout(task, 2000);
whenIdle(() => {
  // Only a head start: a failure here is retried when the page is opened.
  load().catch(() => {});
});

/**
 * The diagram page: drawn at once when prefetched, else fetched first. Not React.lazy with
 * Suspense: once a Suspense fallback shows, React holds the content back for its reveal throttle
 * (about 300 ms), which a click just after an incident opens would otherwise always pay.
 */
export function LazyDiagramPage(props: DiagramPageProps) {
  const [page, setPage] = useState(() => loaded);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (page) return;
    let live = true;
    load().then(
      (module) => live && setPage(module),
      (error: unknown) => live && setFailure(error ?? new Error('The diagram could not be loaded')),
    );
    return () => {
      live = false;
    };
  }, [page]);
  // To the app's error boundary, as a failed lazy load always went.
  if (failure) throw failure;
  if (!page) return <p role="status">{ui.loading}</p>;
  return <page.DiagramPage {...props} />;
}
