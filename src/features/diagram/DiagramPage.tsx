import { useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { incidentMachine } from '../../../machines/incidentMachine';
import type { StepId } from '../../../machines/steps';
import { stepHeadingId } from '../../components/pageHeading';
import { diagramWords } from '../../content/diagram';
import { ui } from '../../content/ui';
import type { FlowGraph } from './flowGraph';
import { flowGraph } from './flowGraph';
import { FlowList } from './FlowList';
import { FlowPicture } from './FlowPicture';
import type { FlowLayout, Highlight, LayoutOptions } from './layout';
import { StepGuidance } from './StepGuidance';

export type LayoutFlow = (graph: FlowGraph, options: LayoutOptions) => Promise<FlowLayout>;

export interface DiagramPageProps {
  readonly onBack: () => void;
  /** The screen the open incident is on, marked "You are here". */
  readonly current?: StepId | undefined;
  /** Screens seen on the way there, oldest first (the machine's `visited`), marked with a check. */
  readonly path?: readonly StepId[] | undefined;
  /** Lays the picture out: elkjs by default. Tests pass a stand-in so they need not run it. */
  readonly layout?: LayoutFlow;
}

// Only a type is imported from ./layout above; the module (and elkjs with it) is fetched here, the
// first time a diagram is drawn, so it stays out of the chunks every visit downloads.
const layoutWithElk: LayoutFlow = (graph, options) => import('./layout').then((m) => m.layoutFlow(graph, options));

const graph = flowGraph(incidentMachine);

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

type Drawn = { readonly for: Highlight; readonly result: FlowLayout | 'failed' };

/** The laid-out picture for this highlight, or 'loading' until elkjs has placed it. */
function usePicture(layout: LayoutFlow, highlight: Highlight): FlowLayout | 'loading' | 'failed' {
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  useEffect(() => {
    let live = true;
    layout(graph, { highlight }).then(
      (result) => live && setDrawn({ for: highlight, result }),
      () => live && setDrawn({ for: highlight, result: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [layout, highlight]);
  return drawn?.for === highlight ? drawn.result : 'loading';
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
export function DiagramPage({ onBack, current, path = [], layout = layoutWithElk }: DiagramPageProps) {
  const [selected, setSelected] = useState<StepId | undefined>(undefined);
  // Keyed on the words of the path, so a caller passing a fresh array each render does not relayout.
  const pathKey = path.join(' ');
  const highlight = useMemo(
    () => ({ current, path: pathKey === '' ? [] : (pathKey.split(' ') as StepId[]) }),
    [current, pathKey],
  );
  const picture = usePicture(layout, highlight);
  const seen = useMemo(() => new Set(highlight.path), [highlight]);
  const listHeadingId = useId();
  const selectedNode = graph.nodes.find((node) => node.id === selected);
  const select = (step: StepId) => setSelected((was) => (was === step ? undefined : step));
  // The page only ever opens because someone asked for it, and it arrives after a lazy load, so it
  // takes focus itself (screen readers announce the heading) rather than rely on the caller's timing.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <>
      <button type="button" className="back-link" onClick={onBack}>
        {ui.back}
      </button>
      <h1 ref={heading} id={stepHeadingId} tabIndex={-1} className="heading-l">
        {diagramWords.title}
      </h1>
      <p>{diagramWords.intro}</p>
      <div className="layout">
        <div className="layout__main">
          <p role="status" className={picture === 'loading' ? undefined : 'visually-hidden'}>
            {picture === 'loading' ? diagramWords.loading : ''}
          </p>
          {picture === 'failed' ? <p className="notice">{diagramWords.failed}</p> : null}
          {picture !== 'loading' && picture !== 'failed' ? (
            <FlowPicture layout={picture} summary={summaryOf(current)} selected={selected} onSelect={select} />
          ) : null}
          <p className="hint">{diagramWords.pictureKey}</p>
          <FlowList graph={graph} current={current} seen={seen} selected={selected} onSelect={select} headingId={listHeadingId} />
        </div>
        <aside className="layout__side" aria-label={diagramWords.panelLabel} style={panelStyle}>
          <p aria-live="polite" className="visually-hidden">
            {selectedNode ? diagramWords.panelShowing(selectedNode.label) : ''}
          </p>
          {selectedNode ? <StepGuidance node={selectedNode} /> : <p className="hint">{diagramWords.panelEmpty}</p>}
        </aside>
      </div>
    </>
  );
}
