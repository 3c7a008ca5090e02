import { useId, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { incidentMachine } from '../../../machines/incidentMachine';
import type { StepId } from '../../../machines/steps';
import { PageHeading } from '../../components/PageHeading';
import { diagramWords } from '../../content/diagram';
import { ui } from '../../content/ui';
import { flowGraph } from './flowGraph';
import { flowLayout } from './flowLayout.generated';
import { FlowList } from './FlowList';
import { FlowPicture } from './FlowPicture';
import type { Highlight } from './highlight';
import { StageOverview } from './StageOverview';
import { stagesOf, type OverviewStage } from './stageOverview';
import { StepGuidance } from './StepGuidance';
import { fitScale, fitWidthScale, zoomedIn, zoomedOut } from './zoom';
import { ZoomControls } from './ZoomControls';

export interface DiagramPageProps {
  readonly onBack: () => void;
  /** The screen the open incident is on, marked "You are here". */
  readonly current?: StepId | undefined;
  /** Screens seen on the way there, oldest first (the machine's `visited`), marked with a check. */
  readonly path?: readonly StepId[] | undefined;
}

const graph = flowGraph(incidentMachine);
const stages = stagesOf(graph);

// Beside the picture and still in view when a node far down the flow is picked.
// (Set through the DOM's style object, which the Content Security Policy allows.)
const panelStyle: CSSProperties = {
  flex: '1 1 20rem',
  position: 'sticky',
  top: '1rem',
  alignSelf: 'flex-start',
  maxHeight: 'calc(100vh - 2rem)',
  overflowY: 'auto',
  background: '#fff',
  padding: '1rem',
  fontSize: '1.1875rem',
};

// Once zoomed: never taller than the window, so the zoom buttons stay in view above it while it
// scrolls. Before that the picture fits the column and is part of the page, as in print.
const zoomedFrame: CSSProperties = { overflow: 'auto', maxHeight: 'calc(100vh - 5rem)', outlineOffset: '2px' };

/**
 * The picture's scale and the buttons' actions. It opens as wide as the column (CSS shrinks it,
 * never above full size, so the words stay readable); the buttons start from the size it is
 * drawn at. "Fit to screen" shrinks it until the whole flow and the buttons share one window,
 * and scrolls them to the top of it.
 */
function useZoom(toolbar: RefObject<HTMLElement | null>, frame: RefObject<HTMLElement | null>) {
  const [scale, setScale] = useState<number | 'column'>('column');
  const shown = (was: number | 'column') => (was === 'column' ? fitWidthScale(flowLayout, frame.current?.clientWidth ?? 0) : was);
  const fit = () => {
    const room = { width: frame.current?.clientWidth ?? 0, height: window.innerHeight - (toolbar.current?.offsetHeight ?? 0) - 16 };
    setScale(fitScale(flowLayout, room));
    // Not in every browser engine (nor in jsdom); the page still works without the scroll.
    toolbar.current?.scrollIntoView?.({ block: 'start' });
  };
  // A stage from the overview: its part of the drawing at full size, the frame scrolled to it.
  const showStage = (stage: OverviewStage['id']) => {
    flushSync(() => setScale(1));
    const band = flowLayout.stages.find((each) => each.id === `stage:${stage}`);
    const box = frame.current;
    if (!box || !band) return;
    // Not in jsdom; the stage is still drawn at full size without the scroll.
    box.scrollTo?.({ top: band.y, left: 0 });
    box.focus();
    toolbar.current?.scrollIntoView?.({ block: 'start' });
  };
  return {
    scale,
    fit,
    showStage,
    zoomIn: () => setScale((was) => zoomedIn(shown(was))),
    zoomOut: () => setScale((was) => zoomedOut(shown(was))),
  };
}

function summaryOf(current: StepId | undefined): string {
  const route = graph.nodes.filter((node) => !node.isSide);
  const title = (id: StepId | undefined) => graph.nodes.find((node) => node.id === id)?.label;
  return diagramWords.summary(graph.nodes.length, route[0]?.label ?? '', route.at(-1)?.label ?? '', title(current));
}

/**
 * The whole flow of the wizard, drawn from the machine, with the open incident's place in it.
 * The list of screens under the picture is the keyboard and screen-reader way in; the panel
 * beside shows the guidance for whichever screen is picked in either.
 */
export function DiagramPage({ onBack, current, path = [] }: DiagramPageProps) {
  const [selected, setSelected] = useState<StepId | undefined>(undefined);
  // Keyed on the words of the path, so a caller passing a fresh array each render does not relayout.
  const pathKey = path.join(' ');
  const highlight = useMemo<Highlight>(
    () => ({ current, path: pathKey === '' ? [] : (pathKey.split(' ') as StepId[]) }),
    [current, pathKey],
  );
  const seen = useMemo(() => new Set(highlight.path), [highlight]);
  const listHeadingId = useId();
  const selectedNode = graph.nodes.find((node) => node.id === selected);
  const select = (step: StepId) => setSelected((was) => (was === step ? undefined : step));
  const toolbar = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const zoom = useZoom(toolbar, frame);

  return (
    <>
      <button type="button" className="back-link" onClick={onBack}>
        {ui.back}
      </button>
      <PageHeading>{diagramWords.title}</PageHeading>
      <div className="layout">
        <div className="layout__main">
          <StageOverview stages={stages} highlight={highlight} selected={selected} onSelect={select} onShowStage={zoom.showStage} />
          <h2 className="heading-m">{diagramWords.detailHeading}</h2>
          <p>{diagramWords.intro}</p>
          <div ref={toolbar}>
            <ZoomControls scale={zoom.scale} onZoomIn={zoom.zoomIn} onZoomOut={zoom.zoomOut} onFit={zoom.fit} />
          </div>
          <div
            ref={frame}
            role="region"
            aria-label={diagramWords.pictureFrame}
            // Focusable when it scrolls, so a keyboard can scroll it; it never holds a control.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={zoom.scale === 'column' ? undefined : 0}
            style={zoom.scale === 'column' ? undefined : zoomedFrame}
          >
            <FlowPicture
              layout={flowLayout}
              highlight={highlight}
              scale={zoom.scale}
              summary={summaryOf(current)}
              selected={selected}
              onSelect={select}
            />
          </div>
          <p className="hint">{diagramWords.pictureKey}</p>
          <FlowList graph={graph} current={current} seen={seen} selected={selected} onSelect={select} headingId={listHeadingId} />
        </div>
        {/* In presenter view an open panel stands over the right of the screen, where the room can read it. */}
        <aside
          className={`layout__side diagram-panel${selectedNode ? ' diagram-panel--open' : ''}`}
          aria-label={diagramWords.panelLabel}
          style={panelStyle}
        >
          <p aria-live="polite" className="visually-hidden">
            {selectedNode ? diagramWords.panelShowing(selectedNode.label) : ''}
          </p>
          {selectedNode ? (
            <>
              <button type="button" className="link-button diagram-panel__close" onClick={() => setSelected(undefined)}>
                {diagramWords.panelClose}
              </button>
              <StepGuidance node={selectedNode} />
            </>
          ) : (
            <p className="hint">{diagramWords.panelEmpty}</p>
          )}
        </aside>
      </div>
    </>
  );
}
