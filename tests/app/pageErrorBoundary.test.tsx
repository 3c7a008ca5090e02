/**
 * A page that fails to draw is caught: the frame stays, the error page says what happened and
 * takes focus, its buttons work, and the incident on this computer is left exactly as it was.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageErrorBoundary } from '../../src/app/PageErrorBoundary';
import { PageFocusRoot } from '../../src/components/pageFocus';
import { PageHeading } from '../../src/components/PageHeading';
import type * as SettingsModule from '../../src/features/settings/SettingsPage';
import type * as WizardStepModule from '../../src/features/wizard/WizardStep';
import { errorPageWords } from '../../src/content/errorPage';
import { home } from '../../src/content/home';
import { stepContent } from '../../src/content/steps';
import { ui } from '../../src/content/ui';
import { memoryRepository } from '../../src/record/incidentStore';
import { memoryStorage, renderHome } from '../support/renderApp';

// Pages that throw while drawing, when a test asks them to.
const broken = vi.hoisted(() => ({ settings: false, wizard: false }));
vi.mock('../../src/features/settings/SettingsPage', async (original) => {
  const real = await original<typeof SettingsModule>();
  return {
    ...real,
    SettingsPage: (props: Parameters<typeof real.SettingsPage>[0]) => {
      if (broken.settings) throw new Error('The settings page broke');
      return <real.SettingsPage {...props} />;
    },
  };
});
vi.mock('../../src/features/wizard/WizardStep', async (original) => {
  const real = await original<typeof WizardStepModule>();
  return {
    ...real,
    WizardStep: (props: Parameters<typeof real.WizardStep>[0]) => {
      if (broken.wizard) throw new Error('A question screen broke');
      return <real.WizardStep {...props} />;
    },
  };
});

const errorHeading = () => screen.findByRole('heading', { level: 1, name: errorPageWords.title });

beforeEach(() => {
  // React reports every error it catches on the console; the test checks what the user sees.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  broken.settings = false;
  broken.wizard = false;
  vi.restoreAllMocks();
});

describe('a page that fails to draw', () => {
  it('keeps the frame, says the incident is saved, takes focus and leads back to the list', async () => {
    const storage = memoryStorage(memoryRepository());
    const saved = await storage.incidents.create({ kind: 'live', now: new Date('2026-03-02T10:00:00Z') });
    const { user } = await renderHome(storage);
    broken.settings = true;

    await user.click(screen.getByRole('button', { name: home.settings }));
    const heading = await errorHeading();
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(ui.appName)).toBeInTheDocument(); // the header stays
    expect(screen.getByText(errorPageWords.saved)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: errorPageWords.reload })).toBeInTheDocument();
    await user.click(screen.getByText(errorPageWords.details));
    expect(screen.getByText(/The settings page broke/)).toBeVisible();

    broken.settings = false;
    await user.click(screen.getByRole('button', { name: errorPageWords.backToList }));
    expect(await screen.findByRole('heading', { level: 1, name: home.title })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: `${home.open} ${saved.reference}` })).toBeInTheDocument();
    expect(await storage.incidents.load(saved.id)).toEqual({ ok: true, record: saved });
  });

  it('leaves an incident whose screen fails exactly as it was saved', async () => {
    const storage = memoryStorage(memoryRepository());
    const saved = await storage.incidents.create({ kind: 'live', now: new Date('2026-03-02T10:00:00Z') });
    const { user } = await renderHome(storage);
    broken.wizard = true;

    await user.click(await screen.findByRole('button', { name: `${home.open} ${saved.reference}` }));
    await errorHeading();
    expect(screen.queryByRole('heading', { level: 1, name: stepContent.start.title })).not.toBeInTheDocument();
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50))); // any save on the way would land now
    expect(await storage.incidents.load(saved.id)).toEqual({ ok: true, record: saved });

    // Going to another page draws it afresh: the boundary resets on a change of page.
    broken.wizard = false;
    await user.click(screen.getByRole('button', { name: errorPageWords.backToList }));
    expect(await screen.findByRole('heading', { level: 1, name: home.title })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: `${home.open} ${saved.reference}` }));
    expect(await screen.findByRole('heading', { level: 1, name: stepContent.start.title })).toBeInTheDocument();
  });
});

describe('PageErrorBoundary', () => {
  function Thrower({ fail }: { fail: boolean }) {
    if (fail) throw new Error('Drawing failed');
    return <PageHeading>Drawn fine</PageHeading>;
  }

  it('shows its children while they draw, and the error page with the error once one throws', async () => {
    const onBackToList = vi.fn();
    const onReload = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(
      <PageErrorBoundary resetKey={1} onBackToList={onBackToList} onReload={onReload}>
        <Thrower fail={false} />
      </PageErrorBoundary>,
      { wrapper: PageFocusRoot },
    );
    expect(screen.getByText('Drawn fine')).not.toHaveFocus(); // where the user arrived: focus stays put

    rerender(
      <PageErrorBoundary resetKey={1} onBackToList={onBackToList} onReload={onReload}>
        <Thrower fail />
      </PageErrorBoundary>,
    );
    expect(await errorHeading()).toHaveFocus();
    await user.click(screen.getByRole('button', { name: errorPageWords.backToList }));
    expect(onBackToList).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: errorPageWords.reload }));
    expect(onReload).toHaveBeenCalledTimes(1);

    // Same page: the error stays. A new page (new reset key): drawn afresh.
    rerender(
      <PageErrorBoundary resetKey={1} onBackToList={onBackToList} onReload={onReload}>
        <Thrower fail={false} />
      </PageErrorBoundary>,
    );
    expect(screen.queryByText('Drawn fine')).not.toBeInTheDocument();
    rerender(
      <PageErrorBoundary resetKey={2} onBackToList={onBackToList} onReload={onReload}>
        <Thrower fail={false} />
      </PageErrorBoundary>,
    );
    // Drawn afresh after the error page, its heading takes focus as a new page's would.
    expect(screen.getByRole('heading', { level: 1, name: 'Drawn fine' })).toHaveFocus();
  });

  it('in training, leads back to the scenarios and never mentions the incident list', async () => {
    render(
      <PageErrorBoundary training onBackToList={() => undefined}>
        <Thrower fail />
      </PageErrorBoundary>,
    );
    await errorHeading();
    expect(screen.getByRole('button', { name: errorPageWords.backToTraining })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: errorPageWords.backToList })).not.toBeInTheDocument();
    expect(screen.getByText(errorPageWords.training)).toBeInTheDocument();
  });
});
