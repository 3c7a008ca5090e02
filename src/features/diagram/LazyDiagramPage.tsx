import { lazy, Suspense } from 'react';
import { ui } from '../../content/ui';
import type { DiagramPageProps } from './DiagramPage';

// The diagram is for trainers and the curious, not for staff mid-incident, so none of it (nor the
// layout library it fetches in turn) is in the chunks the wizard needs.
const DiagramPage = lazy(() => import('./DiagramPage').then((m) => ({ default: m.DiagramPage })));

/** The diagram page, fetched the first time it is shown. */
export function LazyDiagramPage(props: DiagramPageProps) {
  return (
    <Suspense fallback={<p role="status">{ui.loading}</p>}>
      <DiagramPage {...props} />
    </Suspense>
  );
}
