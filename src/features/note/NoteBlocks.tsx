import type { ReactNode } from 'react';
import { printWords } from '../../content/noteUi';
import type { Block, ChecklistGroup, Field, ListItem, Prompt } from '../../note/types';
import { NoteText } from './NoteText';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export function NoteHeading({ level, children }: { readonly level: HeadingLevel; readonly children: ReactNode }) {
  const Tag = `h${level}` as const;
  return <Tag className={`note-print__heading note-print__heading--${level}`}>{children}</Tag>;
}

function deeper(level: HeadingLevel): HeadingLevel {
  return level >= 6 ? 6 : ((level + 1) as HeadingLevel);
}

function Fields({ fields, compact = false }: { readonly fields: readonly Field[]; readonly compact?: boolean }) {
  return (
    <dl className={`note-print__fields${compact ? ' note-print__fields--compact' : ''}`}>
      {fields.map((field, index) => (
        <div className="note-print__field" key={index}>
          <dt>{field.label}</dt>
          <dd>
            <NoteText text={field.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Item({ item }: { readonly item: ListItem }) {
  const inline = item.fieldsInline === true ? (item.fields ?? []) : [];
  return (
    <li className="note-print__item">
      {item.title === undefined ? null : <strong className="note-print__item-title">{item.title}</strong>}
      {item.text === undefined ? null : (
        <div>
          <NoteText text={item.text} />
        </div>
      )}
      {inline.length > 0 ? (
        <div className="note-print__inline-fields">
          {inline.map((field, index) => (
            <span key={index}>
              {index > 0 ? '; ' : null}
              {field.label}: <NoteText text={field.value} />
            </span>
          ))}
        </div>
      ) : null}
      {item.details !== undefined && item.details.length > 0 ? (
        <ul className="note-print__details">
          {item.details.map((detail, index) => (
            <li key={index}>
              <NoteText text={detail} />
            </li>
          ))}
        </ul>
      ) : null}
      {inline.length === 0 && item.fields !== undefined && item.fields.length > 0 ? <Fields fields={item.fields} /> : null}
    </li>
  );
}

type Columns = Extract<Block, { type: 'checklist' }>['columns'];

/**
 * The action checklist as a table: one row per action, grouped by how soon it matters, so the
 * status, who and by when line up down the page and a meeting can work through it in order.
 */
function Checklist({ columns, groups }: { readonly columns: Columns; readonly groups: readonly ChecklistGroup[] }) {
  return (
    <table className="note-print__checklist">
      <thead>
        <tr>
          <th scope="col">{columns.action}</th>
          <th scope="col">{columns.status}</th>
          <th scope="col">{columns.owner}</th>
          <th scope="col">{columns.due}</th>
        </tr>
      </thead>
      {groups.map((group, groupIndex) => (
        <tbody key={groupIndex}>
          <tr className="note-print__checklist-group">
            <th scope="colgroup" colSpan={4}>
              {group.heading}
            </th>
          </tr>
          {group.items.map((item, index) => (
            <tr key={index}>
              <th scope="row">
                {item.title}
                {item.note === undefined ? null : (
                  <span className="note-print__checklist-note">
                    <NoteText text={item.note} />
                  </span>
                )}
              </th>
              <td>
                <NoteText text={item.status} />
              </td>
              <td>
                <NoteText text={item.owner} />
              </td>
              <td>
                <NoteText text={item.due} />
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

/** A question with room to answer it in pen at the review meeting. */
function PromptView({ prompt }: { readonly prompt: Prompt }) {
  if (prompt.size === 'line') {
    return (
      <div className="note-print__line-prompt">
        <span className="note-print__line-label">{prompt.prompt}:</span>
        <span className="note-print__write-line" />
      </div>
    );
  }
  return (
    <div className="note-print__prompt">
      <p className="note-print__prompt-question">
        <strong>{prompt.prompt}</strong>
      </p>
      {prompt.hint === undefined ? null : <p className="note-print__prompt-hint">{prompt.hint}</p>}
      <div className="note-print__answer-box">
        <span className="note-print__answer-label">{printWords.writeHere}</span>
      </div>
    </div>
  );
}

export function NoteBlock({ block, level }: { readonly block: Block; readonly level: HeadingLevel }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <NoteText text={block.text} />
        </p>
      );
    case 'notice':
      return (
        <div className={`note-print__notice note-print__notice--${block.tone}`}>
          <p>
            <NoteText text={block.text} />
          </p>
        </div>
      );
    case 'fields':
      return <Fields fields={block.fields} compact={block.compact === true} />;
    case 'checklist':
      return <Checklist columns={block.columns} groups={block.groups} />;
    case 'list':
      return (
        <ul className="note-print__list">
          {block.items.map((item, index) => (
            <Item item={item} key={index} />
          ))}
        </ul>
      );
    case 'prompts':
      return (
        <div className="note-print__prompts">
          {block.prompts.map((prompt, index) => (
            <PromptView prompt={prompt} key={index} />
          ))}
        </div>
      );
    case 'subsection':
      return <HeadedBlocks heading={block.heading} level={level} blocks={block.blocks} />;
  }
}

export function NoteBlocks({ blocks, level }: { readonly blocks: readonly Block[]; readonly level: HeadingLevel }) {
  return (
    <>
      {blocks.map((block, index) => (
        <NoteBlock block={block} level={level} key={index} />
      ))}
    </>
  );
}

/** Short enough to move to the next page with its heading without leaving half a page blank. */
function isShort(block: Block | undefined): block is Block {
  return block !== undefined && (block.type === 'paragraph' || block.type === 'notice' || block.type === 'fields');
}

/**
 * A heading and what it heads. The heading and a short first block below it are wrapped together
 * and kept on one page: `break-after: avoid` alone is only a hint that some browsers ignore.
 */
export function HeadedBlocks({
  heading,
  level,
  blocks,
  children,
}: {
  readonly heading: string;
  readonly level: HeadingLevel;
  readonly blocks: readonly Block[];
  readonly children?: ReactNode;
}) {
  const [first, ...others] = blocks;
  const kept = isShort(first) ? first : undefined;
  const rest = kept === undefined ? blocks : others;
  return (
    <section className="note-print__section">
      <div className="note-print__keep">
        <NoteHeading level={level}>{heading}</NoteHeading>
        {kept === undefined ? null : <NoteBlock block={kept} level={deeper(level)} />}
      </div>
      <NoteBlocks blocks={rest} level={deeper(level)} />
      {children}
    </section>
  );
}
