/**
 * The diagram page, used the way a keyboard or screen-reader user would: through the list of
 * screens, which is its text alternative. elkjs is not run here; a stand-in layout is passed in
 * (the layout itself is tested in diagramData.test.ts).
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { StepId } from '../../machines/steps';
import { diagramWords } from '../../src/content/diagram';
import { stepContent } from '../../src/content/steps';
import { DiagramPage, type LayoutFlow } from '../../src/features/diagram/DiagramPage';
import type { FlowLayout } from '../../src/features/diagram/layout';
import { LazyDiagramPage } from '../../src/features/diagram/LazyDiagramPage';

const nodeBox = (id: StepId, y: number) => ({
  id,
  title: stepContent[id].title,
  mark: 'none' as const,
  isSide: false,
  x: 10,
  y,
  width: 300,
  height: 60,
  lines: [{ text: stepContent[id].title, x: 20, y: y + 30, size: 20, bold: false }],
});

const smallLayout: FlowLayout = {
  width: 320,
  height: 200,
  nodes: [nodeBox('start', 10), nodeBox('risks', 100)],
  notes: [],
  edges: [{ id: 'continue:start->risks', points: [{ x: 160, y: 70 }, { x: 160, y: 100 }], onPath: false, isLink: false }],
};

/** The page, once a layout that has already finished has been drawn (as a user would see it). */
async function renderPage(props: { current?: StepId; path?: StepId[]; layout?: LayoutFlow } = {}) {
  const user = userEvent.setup();
  const onBack = vi.fn();
  const layout = props.layout ?? vi.fn<LayoutFlow>(() => Promise.resolve(smallLayout));
  const view = await act(async () =>
    render(<DiagramPage onBack={onBack} current={props.current} path={props.path} layout={layout} />),
  );
  return { user, onBack, layout, ...view };
}

const list = () => screen.getByRole('list', { name: diagramWords.listHeading });
const stepButton = (id: StepId) => within(list()).getByRole('button', { name: stepContent[id].title });
const panel = () => screen.getByRole('complementary', { name: diagramWords.panelLabel });

describe('the whole-flow diagram page', () => {
  it('has the page heading and a Back button', async () => {
    const { user, onBack } = await renderPage();
    const heading = screen.getByRole('heading', { level: 1, name: diagramWords.title });
    expect(heading).toHaveAttribute('id', 'step-heading');
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(heading).toHaveFocus();
    const back = screen.getByRole('button', { name: 'Back' });
    expect(back).toHaveAttribute('type', 'button');
    back.focus();
    await user.keyboard('{Enter}');
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('says it is drawing while the layout runs, then shows the picture with a summary', async () => {
    let finish: (layout: FlowLayout) => void = () => {};
    const layout = vi.fn<LayoutFlow>(() => new Promise((resolve) => (finish = resolve)));
    await renderPage({ layout, current: 'what', path: ['start', 'risks'] });
    expect(screen.getByRole('status')).toHaveTextContent(diagramWords.loading);
    expect(screen.queryByRole('img')).toBeNull();
    expect(layout).toHaveBeenCalledWith(expect.objectContaining({ nodes: expect.any(Array) }), {
      highlight: { current: 'what', path: ['start', 'risks'] },
    });
    finish(smallLayout);
    const picture = await screen.findByRole('img');
    expect(picture.getAttribute('aria-label')).toContain(stepContent.what.title);
    expect(picture.getAttribute('aria-label')).toContain(stepContent.start.title);
    expect(screen.getByRole('status')).not.toHaveTextContent(diagramWords.loading);
    // One <title> per screen drawn, for a pointer's tooltip.
    expect([...picture.querySelectorAll('title')].map((t) => t.textContent)).toEqual([stepContent.start.title, stepContent.risks.title]);
  });

  it('does not lay out again when given the same path in a new array', async () => {
    const { layout, rerender, onBack } = await renderPage({ current: 'what', path: ['start'] });
    rerender(<DiagramPage onBack={onBack} current="what" path={['start']} layout={layout} />);
    await screen.findByRole('img');
    expect(layout).toHaveBeenCalledTimes(1);
  });

  it('keeps the list of screens when the picture cannot be drawn', async () => {
    await renderPage({ layout: () => Promise.reject(new Error('no layout')) });
    expect(await screen.findByText(diagramWords.failed)).toBeInTheDocument();
    expect(within(list()).getAllByRole('button')).toHaveLength(13);
  });

  it('lists every screen in order, with where each can lead in plain words', async () => {
    await renderPage();
    const items = [...list().querySelectorAll<HTMLElement>(':scope > li')];
    expect(items).toHaveLength(13);
    const firstSteps = items[2]!;
    expect(within(firstSteps).getByRole('button')).toHaveAccessibleName(stepContent.firstSteps.title);
    expect(firstSteps).toHaveTextContent(
      `${diagramWords.leadsTo} ${stepContent.plan.title} — Only if: you chose to stop after the first steps for now`,
    );
    expect(firstSteps).toHaveTextContent(`${diagramWords.leadsTo} ${stepContent.post.title} — ${diagramWords.arrows.otherwise}`);
    const plan = stepButton('plan').closest('li')!;
    expect(plan).toHaveTextContent(diagramWords.notes.change);
    expect(plan).toHaveTextContent(`${stepContent.sources.title} — ${diagramWords.arrows.viewSources}`);
    expect(screen.getByText(diagramWords.notes.startAgain)).toBeInTheDocument();
    expect(screen.getByText(diagramWords.notes.back)).toBeInTheDocument();
  });

  it('marks the current screen and the screens seen in words', async () => {
    await renderPage({ current: 'what', path: ['start', 'risks', 'firstSteps'] });
    const current = stepButton('what').closest('li')!;
    expect(current).toHaveAttribute('aria-current', 'step');
    expect(current).toHaveTextContent(diagramWords.youAreHere);
    expect(stepButton('risks').closest('li')).toHaveTextContent(`(${diagramWords.seen})`);
    expect(stepButton('who').closest('li')).not.toHaveTextContent(`(${diagramWords.seen})`);
    expect(screen.getAllByText(new RegExp(diagramWords.youAreHere))).toHaveLength(1);
  });

  it('lets a keyboard user pick a screen in the list and read its guidance beside it', async () => {
    const { user } = await renderPage({ current: 'what' });
    expect(panel()).toHaveTextContent(diagramWords.panelEmpty);
    const target = stepButton('who');
    for (let presses = 0; document.activeElement !== target && presses < 60; presses++) await user.tab();
    expect(target).toHaveFocus();
    expect(target).toHaveAttribute('aria-pressed', 'false');

    await user.keyboard('{Enter}');
    expect(target).toHaveAttribute('aria-pressed', 'true');
    expect(within(panel()).getByRole('heading', { level: 2, name: stepContent.who.title })).toBeInTheDocument();
    expect(panel()).toHaveTextContent(stepContent.who.why);
    expect(panel()).toHaveTextContent(diagramWords.panelShowing(stepContent.who.title));

    // The next screen, with Space: the selection moves and the panel follows.
    await user.tab();
    const next = stepButton('what');
    expect(next).toHaveFocus();
    await user.keyboard(' ');
    expect(next).toHaveAttribute('aria-pressed', 'true');
    expect(target).toHaveAttribute('aria-pressed', 'false');
    expect(within(panel()).getByRole('heading', { level: 2, name: stepContent.what.title })).toBeInTheDocument();

    // Pressing it again puts it back, like any toggle button.
    await user.keyboard('{Enter}');
    expect(next).toHaveAttribute('aria-pressed', 'false');
    expect(panel()).toHaveTextContent(diagramWords.panelEmpty);
  });

  it("shows a screen's body text and the questions it asks", async () => {
    const { user } = await renderPage();
    await user.click(stepButton('start'));
    expect(within(panel()).getByRole('heading', { name: /Don't reply yet/ })).toBeInTheDocument();
    await user.click(stepButton('post'));
    expect(panel()).toHaveTextContent('When did you find it?');
  });

  it('selects a screen clicked in the picture', async () => {
    const { user, container } = await renderPage();
    await user.click(container.querySelector('[data-step="risks"]')!);
    expect(stepButton('risks')).toHaveAttribute('aria-pressed', 'true');
    expect(within(panel()).getByRole('heading', { level: 2, name: stepContent.risks.title })).toBeInTheDocument();
  });

  it('loads lazily through LazyDiagramPage', async () => {
    render(<LazyDiagramPage onBack={() => {}} layout={() => Promise.resolve(smallLayout)} />);
    expect(await screen.findByRole('heading', { level: 1, name: diagramWords.title })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('img')).toBeInTheDocument());
  });
});
