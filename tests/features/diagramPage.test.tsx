/**
 * The diagram page, used the way a keyboard or screen-reader user would: through the list of
 * screens, which is its text alternative, and the picture drawn from the layout shipped with the
 * app (checked against elkjs in diagram/shippedLayout.test.ts).
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { StepId } from '../../machines/steps';
import { diagramWords } from '../../src/content/diagram';
import { sections } from '../../src/content/sections';
import { stepContent } from '../../src/content/steps';
import { PageFocusRoot } from '../../src/components/pageFocus';
import { DiagramPage } from '../../src/features/diagram/DiagramPage';
import { flowLayout } from '../../src/features/diagram/flowLayout.generated';
import { LazyDiagramPage } from '../../src/features/diagram/LazyDiagramPage';

function OpenedByAMove({ children }: { children: ReactNode }) {
  return <PageFocusRoot moved>{children}</PageFocusRoot>;
}

async function renderPage(props: { current?: StepId; path?: StepId[] } = {}) {
  const user = userEvent.setup();
  const onBack = vi.fn();
  const view = await act(async () =>
    // Opened by a move, as from the incident bar: its heading takes focus.
    render(<DiagramPage onBack={onBack} current={props.current} path={props.path} />, { wrapper: OpenedByAMove }),
  );
  return { user, onBack, ...view };
}

/** Where each screen's box is drawn: the outside edge of its border, which is what the eye sees. */
function boxesDrawn(container: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...container.querySelectorAll<SVGGElement>('[data-step]')].map((g) => {
      const rect = g.querySelector(':scope > rect:not([fill="#ffeb3b"])')!;
      const half = Number(rect.getAttribute('stroke-width')) / 2;
      const n = (name: string) => Number(rect.getAttribute(name));
      return [g.dataset.step!, [n('x') - half, n('y') - half, n('width') + 2 * half, n('height') + 2 * half].join(',')];
    }),
  );
}

const pictureWidth = () => Number(screen.getByRole('img').getAttribute('width'));

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

  it('draws the picture at once, with a summary, and marks the path over the shipped layout', async () => {
    const { container } = await renderPage({ current: 'what', path: ['start', 'risks', 'firstSteps', 'post', 'who'] });
    const picture = screen.getByRole('img');
    expect(picture.getAttribute('aria-label')).toContain(stepContent.what.title);
    expect(picture.getAttribute('aria-label')).toContain(stepContent.start.title);
    // One <title> per screen drawn, for a pointer's tooltip.
    expect([...picture.querySelectorAll('title')].map((t) => t.textContent)).toEqual(flowLayout.nodes.map((n) => n.title));
    const marks = Object.fromEntries(
      [...container.querySelectorAll<SVGGElement>('[data-step]')].map((g) => [g.dataset.step, g.dataset.mark]),
    );
    expect(marks).toMatchObject({ what: 'current', start: 'seen', who: 'seen', also: 'none', plan: 'none' });
    expect([...picture.querySelectorAll('text')].filter((t) => t.textContent === diagramWords.youAreHere)).toHaveLength(1);
    expect(container.querySelector('[data-step="what"]')).toHaveTextContent(diagramWords.youAreHere);
    expect(container.querySelector('[data-step="risks"] text')?.textContent).toMatch(/^✓ /);
    expect(container.querySelector('[data-step="also"] text')?.textContent).not.toMatch(/^✓/);
    // Named by stage, so a room can follow the flow before reading any one screen.
    expect(within(picture).getByText(sections.safety.label)).toBeInTheDocument();
    // The five arrows taken, start → risks → first steps → post → who → what, are the thick ones.
    expect(picture.querySelectorAll('polyline[stroke-width="6"]')).toHaveLength(5);
  });

  it('moves nothing in the picture when the incident moves on', async () => {
    const { container, rerender, onBack } = await renderPage({ current: 'start' });
    const before = boxesDrawn(container);
    expect(Object.keys(before)).toHaveLength(13);
    rerender(<DiagramPage onBack={onBack} current="decision" path={['start', 'risks', 'firstSteps', 'post', 'who', 'what', 'also']} />);
    expect(container.querySelector('[data-step="decision"]')).toHaveAttribute('data-mark', 'current');
    expect(container.querySelector('[data-step="start"]')).toHaveAttribute('data-mark', 'seen');
    expect(boxesDrawn(container)).toEqual(before);
  });

  it('zooms in, out and to fit the screen with real buttons, from the keyboard', async () => {
    // jsdom lays nothing out, so the column is given a width (the window is 1024 × 768).
    const column = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(500);
    try {
      const { user } = await renderPage({ current: 'what' });
      const zoom = screen.getByRole('group', { name: diagramWords.zoomLabel });
      // It opens at full size, shrunk by CSS to the column's width.
      expect(pictureWidth()).toBe(flowLayout.width);
      expect(screen.getByRole('img')).toHaveStyle({ maxWidth: '100%' });
      // Zooming starts from the size it is drawn at: the column's 500 px.
      const opened = 500;
      within(zoom).getByRole('button', { name: diagramWords.zoomIn }).focus();
      await user.keyboard('{Enter}');
      expect(pictureWidth()).toBeGreaterThan(opened * 1.2);
      expect(pictureWidth()).toBeLessThan(opened * 1.3);
      expect(screen.getByRole('img')).not.toHaveStyle({ maxWidth: '100%' });
      expect(zoom).toHaveTextContent(diagramWords.zoomLevel(Math.round((pictureWidth() / flowLayout.width) * 100)));
      await user.tab({ shift: true });
      expect(within(zoom).getByRole('button', { name: diagramWords.zoomOut })).toHaveFocus();
      await user.keyboard('{Enter}{Enter}');
      expect(pictureWidth()).toBeLessThan(opened);
      await user.click(within(zoom).getByRole('button', { name: diagramWords.fitToScreen }));
      // The whole height fits the window under the buttons, and is not needlessly small.
      const height = Number(screen.getByRole('img').getAttribute('height'));
      expect(height).toBeLessThanOrEqual(window.innerHeight);
      expect(height).toBeGreaterThan(window.innerHeight * 0.8);
      // The path highlight survives a zoom.
      expect(screen.getByRole('img').querySelector('[data-step="what"]')).toHaveAttribute('data-mark', 'current');
    } finally {
      column.mockRestore();
    }
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
    // Once in the list and once in the picture, never on a second screen.
    expect(within(list()).getAllByText(new RegExp(diagramWords.youAreHere))).toHaveLength(1);
    expect(within(screen.getByRole('img')).getAllByText(diagramWords.youAreHere)).toHaveLength(1);
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
    render(<LazyDiagramPage onBack={() => {}} />);
    expect(await screen.findByRole('heading', { level: 1, name: diagramWords.title })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('img')).toBeInTheDocument());
  });
});

describe('the overview by stage', () => {
  const overview = () => screen.getByRole('region', { name: diagramWords.overviewHeading });

  it('lists every stage in order with its screens, and marks where the incident is in words', async () => {
    await renderPage({ current: 'who', path: ['start', 'risks', 'firstSteps', 'post'] });
    const titles = within(overview())
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual([
      `1. ${sections.calm.label}`,
      `2. ${sections.safety.label}`,
      `3. ${sections.decide.label}`,
      `4. ${sections.act.label}`,
      `5. ${sections.plan.label}`,
      diagramWords.sideSection,
    ]);
    const here = within(overview())
      .getAllByRole('button')
      .filter((button) => button.getAttribute('aria-current') === 'step');
    expect(here.map((button) => button.textContent)).toEqual([stepContent.who.title]);
    expect(here[0]?.closest('li')).toHaveTextContent(`${diagramWords.youAreHere}${stepContent.who.title}`);
    // jsdom joins the hidden words and the title without the space a browser keeps between them.
    const seenPost = new RegExp(`^${diagramWords.seen}:\\s*${stepContent.post.title.replace(/[?,]/g, '.')}$`);
    expect(within(overview()).getByRole('button', { name: seenPost })).toBeInTheDocument();
    expect(within(overview()).getByRole('button', { name: stepContent.what.title })).toBeInTheDocument();
  });

  it('opens a screen in the panel, and a stage at full size in the drawing', async () => {
    const { user } = await renderPage({ current: 'who' });
    await user.click(within(overview()).getByRole('button', { name: stepContent.also.title }));
    expect(within(panel()).getByRole('heading', { name: stepContent.also.title })).toBeInTheDocument();
    await user.click(
      within(overview()).getByRole('button', { name: new RegExp(`^${diagramWords.showStage}\\s*\\(${sections.decide.label}\\)$`) }),
    );
    expect(screen.getByText(diagramWords.zoomLevel(100))).toBeInTheDocument();
    expect(pictureWidth()).toBe(Math.round(flowLayout.width));
    expect(screen.getByRole('region', { name: diagramWords.pictureFrame })).toHaveFocus();
  });
});
