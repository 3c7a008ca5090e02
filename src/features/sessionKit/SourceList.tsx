import { sources, type SourceId } from '../../content/sources';

interface Props {
  readonly label: string;
  readonly ids: readonly SourceId[];
  /** Publishers only, where a one-page handout has no room for titles. */
  readonly brief?: boolean;
}

/** The sources behind a point, as the rest of the app cites them. */
export function SourceList({ label, ids, brief = false }: Props) {
  const names = brief
    ? [...new Set(ids.map((id) => sources[id].publisher))]
    : ids.map((id) => `${sources[id].title} (${sources[id].publisher})`);
  return (
    <p className="kit-sources">
      {label}: {names.join('; ')}.
    </p>
  );
}
