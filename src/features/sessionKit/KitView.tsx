import type { ReactNode } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { sessionKitWords as words, type SessionKitItem } from '../../content/sessionKit';

interface Props {
  readonly item: SessionKitItem;
  /** Choices made before printing (which scenarios, which session): on screen only. */
  readonly controls?: ReactNode;
  /** What prints. */
  readonly children: ReactNode;
}

/** One item of the kit: its h1, what it is for and Print, none of which print; then the sheet itself. */
export function KitView({ item, controls, children }: Props) {
  const { title, intro } = words.items[item];
  return (
    <>
      <div className="no-print">
        <PageHeading>{title}</PageHeading>
        <p>{intro}</p>
        {controls}
        <div className="button-group">
          <button type="button" className="button" onClick={() => window.print()}>
            {words.print}
          </button>
        </div>
      </div>
      {children}
    </>
  );
}
