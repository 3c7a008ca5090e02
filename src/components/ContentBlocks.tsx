import type { Block } from '../content/types';

/** Guidance text from `src/content/`, rendered as plain React text (never as HTML). */
export function ContentBlocks({ blocks }: { blocks: readonly Block[] | undefined }) {
  if (!blocks || blocks.length === 0) return null;
  return (
    <>
      {blocks.map((block, index) => (
        <ContentBlock key={index} block={block} />
      ))}
    </>
  );
}

function ContentBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'p':
      return <p>{block.text}</p>;
    case 'list':
      return (
        <ul className="list">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'card':
      return (
        <div className={`card card--${block.tone}`}>
          <h2 className="card__heading">
            {block.tone === 'urgent' ? <span className="visually-hidden">Urgent: </span> : null}
            {block.title}
          </h2>
          <ContentBlocks blocks={block.blocks} />
        </div>
      );
  }
}
