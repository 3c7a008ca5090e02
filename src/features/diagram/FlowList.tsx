import type { StepId } from '../../../machines/steps';
import { diagramWords } from '../../content/diagram';
import type { FlowGraph } from './flowGraph';

interface Props {
  readonly graph: FlowGraph;
  readonly current: StepId | undefined;
  readonly seen: ReadonlySet<StepId>;
  readonly selected: StepId | undefined;
  readonly onSelect: (step: StepId) => void;
  readonly headingId: string;
}

/**
 * The text alternative to the picture, and the way to use the diagram from a keyboard or with a
 * screen reader: every screen in route order, where each can lead and on what condition. Unlike
 * the picture it lists every Continue arrow, including those that pass over optional screens.
 */
export function FlowList({ graph, current, seen, selected, onSelect, headingId }: Props) {
  const titles = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const everyScreenNotes = graph.notes.filter((note) => note.from.length > 1);
  return (
    <>
      <h2 id={headingId} className="heading-m">
        {diagramWords.listHeading}
      </h2>
      <ol className="list list--spaced" aria-labelledby={headingId}>
        {graph.nodes.map((node) => {
          const leads = [
            ...graph.edges
              .filter((edge) => edge.from === node.id)
              .map((edge) => ({ id: edge.id, text: `${titles.get(edge.to) ?? edge.to} — ${edge.label}` })),
            // A note that leaves only this screen (Change, from the plan) belongs with it.
            ...graph.notes
              .filter((note) => note.from.length === 1 && note.from[0] === node.id)
              .map((note) => ({ id: note.id, text: note.label })),
          ];
          const isCurrent = node.id === current;
          const isSelected = node.id === selected;
          return (
            <li key={node.id} aria-current={isCurrent ? 'step' : undefined}>
              {/* Shown beside: marked by shape and weight as well as by aria-pressed. */}
              {isSelected ? <span aria-hidden="true">▶ </span> : null}
              <button
                type="button"
                className="link-button"
                aria-pressed={isSelected}
                onClick={() => onSelect(node.id)}
                style={isSelected ? { fontWeight: 'bold' } : undefined}
              >
                {node.label}
              </button>
              {isCurrent ? <strong> ({diagramWords.youAreHere})</strong> : null}
              {!isCurrent && seen.has(node.id) ? (
                <span className="hint">
                  {' '}
                  <span aria-hidden="true">{diagramWords.seenMark} </span>({diagramWords.seen})
                </span>
              ) : null}
              {leads.length === 0 ? (
                <p className="hint">
                  {diagramWords.leadsTo} {diagramWords.leadsNowhere}
                </p>
              ) : (
                <ul className="list">
                  {leads.map((lead) => (
                    <li key={lead.id}>
                      {diagramWords.leadsTo} {lead.text}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {everyScreenNotes.length > 0 ? (
        <>
          <h2 className="heading-m">{diagramWords.everyScreenHeading}</h2>
          <ul className="list">
            {everyScreenNotes.map((note) => (
              <li key={note.id}>{note.label}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
