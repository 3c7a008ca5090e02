import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replyBuilderContent as words } from '../../src/content/replyBuilder';
import { replyPartLabels } from '../../src/content/replyParts';
import { WizardContext } from '../../src/components/wizardContext';
import { ReplyBuilder, type ReplyBuilderSettings } from '../../src/features/reply/ReplyBuilder';
import { ReplyStep } from '../../src/features/reply/ReplyStep';
import { PracticeSettingsContext } from '../../src/record/settingsContext';
import { defaultSettings } from '../../src/record/settingsSchema';
import { IncidentContext, type IncidentHandle } from '../../src/record/incidentContext';
import type { IncidentRecord } from '../../src/record/schema';

const settings: ReplyBuilderSettings = {
  raiseConcern: { phone: '01632 960123', complaintsPage: 'www.riversidesurgery.nhs.uk/complaints' },
  staffNames: ['Sarah Patel'],
};

const postedAt = new Date('2026-11-25T09:30:00Z');

function draftBox(): HTMLTextAreaElement {
  return screen.getByRole('textbox', { name: words.draftLabel }) as HTMLTextAreaElement;
}

function checksCard(): HTMLElement {
  return screen.getByRole('region', { name: words.checksHeading });
}

function record(overrides: Partial<IncidentRecord> = {}): IncidentRecord {
  return {
    schemaVersion: 3,
    id: 'incident-1',
    reference: 'SM-2026-0001',
    kind: 'live',
    createdAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
    foundAt: null,
    machineVersion: 1,
    revision: 1,
    status: 'open',
    keep: false,
    answers: {},
    drafts: {},
    visited: [],
    currentStep: 'reply',
    actions: {},
    timeline: [],
    evidence: [],
    reply: null,
    references: [],
    ...overrides,
  };
}

/** A stand-in for the incident's autosave: applies each change and remembers how it was asked to save. */
function fakeIncident(initial: IncidentRecord) {
  let current = initial;
  const listeners = new Set<() => void>();
  const saves: ('now' | 'afterTyping' | undefined)[] = [];
  const handle: IncidentHandle = {
    current: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (change, when) => {
      current = change(current);
      saves.push(when);
      for (const listener of listeners) listener();
    },
  };
  return { handle, saves, record: () => current };
}

function renderInIncident(initial: IncidentRecord = record()) {
  const incident = fakeIncident(initial);
  const user = userEvent.setup();
  render(
    <IncidentContext.Provider value={incident.handle}>
      <ReplyBuilder variant="access" settings={settings} now={() => postedAt} />
    </IncidentContext.Provider>,
  );
  return { user, ...incident };
}

function renderOutside() {
  const user = userEvent.setup();
  render(<ReplyBuilder variant="access" settings={settings} now={() => postedAt} />);
  return { user };
}

/** Must come after userEvent.setup(), which puts a clipboard of its own on navigator. */
function mockClipboard(value: Partial<Clipboard> | undefined) {
  Object.defineProperty(window.navigator, 'clipboard', { value, configurable: true, writable: true });
}

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(window.navigator, 'clipboard');
});

describe('building a reply', () => {
  it('starts from the standard parts with the practice route, and follows a part switched off', async () => {
    const { user } = renderOutside();
    expect(draftBox().value).toContain('We have seen your review.');
    expect(draftBox().value).toContain('Thank you for telling us about this.');
    expect(draftBox().value).toContain('01632 960123');
    expect(within(checksCard()).getByText(words.noChecks)).toBeInTheDocument();

    const parts = screen.getByRole('group', { name: words.partsLegend });
    await user.click(within(parts).getByRole('checkbox', { name: replyPartLabels.thank.label }));
    expect(draftBox().value).not.toContain('Thank you');
    expect(within(parts).queryByRole('textbox', { name: `${words.wordingLabel}: ${replyPartLabels.thank.label}` })).toBeNull();

    await user.click(within(parts).getByRole('checkbox', { name: replyPartLabels.approach.label }));
    expect(draftBox().value).toContain('We know it can be hard to get through at busy times.');
  });

  it("uses a part's own wording as it is typed", async () => {
    const { user } = renderOutside();
    const wording = screen.getByRole('textbox', { name: `${words.wordingLabel}: ${replyPartLabels.acknowledge.label}` });
    await user.clear(wording);
    await user.type(wording, 'We have read your comments.');
    expect(draftBox().value.startsWith('We have read your comments. Thank you')).toBe(true);
  });

  it('changes the standard wording with the kind of post', async () => {
    const { user } = renderOutside();
    await user.click(screen.getByRole('radio', { name: 'Someone describing their own care' }));
    expect(draftBox().value).toContain('Thank you for sharing this.');
  });

  it('shows a check as soon as a risky phrase is typed, and keeps hand edits when parts change', async () => {
    const { user } = renderOutside();
    await user.type(draftBox(), ' We have checked your results.');
    const card = checksCard();
    expect(within(card).getByText(words.checkTitles.patientDetail, { exact: false })).toBeInTheDocument();
    expect(within(card).getByText(/"checked your results"/)).toBeInTheDocument();

    // The draft is the user's now: a tick box no longer rewrites it, until they ask.
    await user.click(screen.getByRole('checkbox', { name: replyPartLabels.thank.label }));
    expect(draftBox().value).toContain('Thank you');
    expect(screen.getByText(words.ownWording)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: words.rebuild }));
    expect(draftBox().value).not.toContain('your results');
    expect(draftBox().value).not.toContain('Thank you');
    expect(within(checksCard()).getByText(words.noChecks)).toBeInTheDocument();
  });

  it('flags a colleague named from the staff list', async () => {
    const { user } = renderOutside();
    await user.type(draftBox(), ' Sarah Patel is sorry.');
    expect(within(checksCard()).getByText(/"Sarah Patel"/)).toBeInTheDocument();
  });

  it('finds colleagues as people say them, from the names in settings', async () => {
    const user = userEvent.setup();
    render(<ReplyBuilder variant="colleague" settings={{ ...settings, staffNames: ['Dr Sarah Whitfield', 'Kerry Dunmore'] }} />);
    await user.type(draftBox(), ' Dr Whitfield and Kerry are sorry.');
    const card = checksCard();
    expect(within(card).getByText(words.checkTitles.namesColleague, { exact: false })).toBeInTheDocument();
    expect(within(card).getByText(/"Dr Sarah Whitfield", "Kerry Dunmore"/)).toBeInTheDocument();
  });

  it('names each new kind of check in words, not colour alone', async () => {
    const { user } = renderOutside();
    await user.type(draftBox(), ' Please DM us your date of birth. You are not one of our patients. Our solicitors will be in touch.');
    const items = within(checksCard())
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    expect(items.some((text) => text.startsWith(`${words.checkTitles.asksForDetails}:`) && text.includes('"DM us"'))).toBe(true);
    expect(items.some((text) => text.startsWith(`${words.checkTitles.confirmsPatient}:`))).toBe(true);
    expect(items.some((text) => text.startsWith(`${words.checkTitles.threatens}:`) && text.includes('"solicitors"'))).toBe(true);
  });

  it('suggests a second reader when the reply touches on care or a colleague, and only then', async () => {
    const { user } = renderOutside();
    expect(within(checksCard()).queryByText(words.secondReaderNow)).toBeNull();
    await user.type(draftBox(), ' Sorry your fit note was late.');
    expect(within(checksCard()).getByText(words.secondReaderNow)).toBeInTheDocument();
  });

  it('shows a "before you copy" checklist as a list, and says the checks can miss things', () => {
    renderOutside();
    const card = screen.getByRole('region', { name: words.beforeCopyHeading });
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(words.beforeCopy);
    expect(within(card).getByText(words.secondReader)).toBeInTheDocument();
    expect(within(card).getByText(words.checksCanMiss)).toBeInTheDocument();
    // Even a clean reply is not promised to be safe.
    expect(within(checksCard()).getByText(words.noChecks)).toHaveTextContent(/can miss things/);
  });

  it('announces the number of checks once typing pauses, not with every key', async () => {
    const { user } = renderOutside();
    const status = within(checksCard()).getByRole('status');
    expect(status).toHaveTextContent('');
    await user.type(draftBox(), ' Actually!');
    expect(status).toHaveTextContent('');
    await waitFor(() => expect(status).toHaveTextContent(words.checksSummary(1)), { timeout: 3000 });
  });
});

describe('staff names from the practice settings', () => {
  it("reach the checks on the wizard's reply screen, as the practice entered them", async () => {
    const user = userEvent.setup();
    render(
      <WizardContext.Provider>
        <PracticeSettingsContext.Provider
          value={{ ...structuredClone(defaultSettings), staffNames: ['Dr Sarah Whitfield', 'Kerry Dunmore'] }}
        >
          <ReplyStep />
        </PracticeSettingsContext.Provider>
      </WizardContext.Provider>,
    );
    await user.type(draftBox(), ' Ms Dunmore and Sarah are sorry.');
    // Neither is a titled name the checks could find without the list ("Ms" and a first name).
    expect(within(checksCard()).getByText(/"Dr Sarah Whitfield", "Kerry Dunmore"/)).toBeInTheDocument();
  });
});

describe('copying the reply', () => {
  it('copies the draft and says so', async () => {
    const { user } = renderOutside();
    const writeText = vi.fn().mockResolvedValue(undefined);
    mockClipboard({ writeText });
    await user.click(screen.getByRole('button', { name: words.copy }));
    expect(writeText).toHaveBeenCalledWith(draftBox().value);
    expect(await screen.findByText(words.copied)).toBeInTheDocument();
  });

  it('when the browser refuses, selects the text and says to press Ctrl+C', async () => {
    const { user } = renderOutside();
    mockClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError')) });
    await user.click(screen.getByRole('button', { name: words.copy }));
    expect(await screen.findByText(words.copyFallback)).toBeInTheDocument();
    const box = draftBox();
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it('when the browser has no clipboard at all, falls back the same way', async () => {
    const { user } = renderOutside();
    mockClipboard(undefined);
    await user.click(screen.getByRole('button', { name: words.copy }));
    expect(await screen.findByText(words.copyFallback)).toBeInTheDocument();
  });

  it('says there is nothing to copy when the reply is empty', async () => {
    const { user } = renderOutside();
    const writeText = vi.fn().mockResolvedValue(undefined);
    mockClipboard({ writeText });
    await user.clear(draftBox());
    await user.click(screen.getByRole('button', { name: words.copy }));
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByText(words.nothingToCopy)).toBeInTheDocument();
  });
});

describe('keeping the reply with the incident', () => {
  it('saves the draft after typing, through the incident', async () => {
    const { user, saves, record: current } = renderInIncident();
    await user.type(draftBox(), ' Kind regards.');
    expect(current().reply?.draft).toBe(draftBox().value);
    expect(current().reply?.draft.endsWith('Kind regards.')).toBe(true);
    expect(new Set(saves)).toEqual(new Set(['afterTyping']));
  });

  it('records the posted text and time, with a timeline entry, and shows when it was posted', async () => {
    const { user, saves, record: current } = renderInIncident();
    const text = draftBox().value;
    await user.click(screen.getByRole('button', { name: words.markPosted }));
    expect(current().reply).toEqual({ draft: text, posted: { text, at: postedAt.toISOString() } });
    expect(current().timeline).toEqual([{ at: postedAt.toISOString(), kind: 'reply', summary: words.timelineSummary }]);
    expect(saves.at(-1)).toBe('now');
    expect(screen.getByRole('heading', { name: 'Posted at 09:30 on 25 November 2026' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: words.markPosted })).toBeNull();
  });

  it('comes back to a saved draft as it was left, and to a reply already posted', () => {
    const saved = 'We have seen your post. Please contact our practice manager.';
    renderInIncident(record({ reply: { draft: saved, posted: { text: saved, at: postedAt.toISOString() } } }));
    expect(draftBox().value).toBe(saved);
    expect(screen.getByText(words.ownWording)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Posted at 09:30/ })).toBeInTheDocument();
  });

  it('outside an incident, still records the posting on the page', async () => {
    const { user } = renderOutside();
    await user.click(screen.getByRole('button', { name: words.markPosted }));
    expect(screen.getByRole('heading', { name: /^Posted at 09:30/ })).toBeInTheDocument();
  });
});
