/**
 * The one way focus moves to a new page's heading: not on arrival, on every change of page once
 * its heading is drawn (however late), and never to a heading that appears later on the same page.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { PageFocusRoot, useMoveTo } from '../../src/components/pageFocus';
import { PageHeading } from '../../src/components/PageHeading';

function Pages({ page, children }: { page: string; children: ReactNode }) {
  useMoveTo(page);
  return <>{children}</>;
}

const heading = () => screen.getByRole('heading', { level: 1 });

describe('moving focus to the new heading', () => {
  it('leaves focus alone on arrival, then focuses the heading of each page moved to', () => {
    const { rerender } = render(
      <PageFocusRoot>
        <Pages page="one">
          <PageHeading key="one">Page one</PageHeading>
        </Pages>
      </PageFocusRoot>,
    );
    expect(heading()).not.toHaveFocus();
    rerender(
      <PageFocusRoot>
        <Pages page="two">
          <PageHeading key="two">Page two</PageHeading>
        </Pages>
      </PageFocusRoot>,
    );
    expect(heading()).toHaveTextContent('Page two');
    expect(heading()).toHaveFocus();
  });

  it('waits for a page that loads later, and gives a heading drawn later on the same page nothing', async () => {
    let arrive: () => void = () => undefined;
    const loading = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    // A page in a chunk of its own, as the plan and the evidence log are.
    const Late = lazy(() => loading.then(() => ({ default: () => <PageHeading>The late page</PageHeading> })));
    // As when a follow-up question appears and its legend becomes the screen's heading.
    function FollowUp() {
      const [shown, setShown] = useState(false);
      return shown ? (
        <PageHeading>Follow-up</PageHeading>
      ) : (
        <button type="button" onClick={() => setShown(true)}>
          Answer
        </button>
      );
    }
    const page = (name: string, content: ReactNode) => (
      <PageFocusRoot>
        <Pages page={name}>{content}</Pages>
      </PageFocusRoot>
    );
    const { rerender } = render(page('list', <p>The list</p>));
    rerender(
      page(
        'late',
        <>
          <Suspense fallback={<p>Loading</p>}>
            <Late />
          </Suspense>
          <button type="button">Somewhere</button>
          <FollowUp />
        </>,
      ),
    );
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    await act(async () => arrive());
    const late = await screen.findByRole('heading', { level: 1, name: 'The late page' });
    expect(late).toHaveFocus();

    // The user moves on; a heading drawn later on the same page does not take focus back.
    screen.getByRole('button', { name: 'Somewhere' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Answer' })); // a click that leaves focus where it is
    expect(screen.getByRole('heading', { level: 1, name: 'Follow-up' })).not.toHaveFocus();
    expect(screen.getByRole('button', { name: 'Somewhere' })).toHaveFocus();
  });
});
