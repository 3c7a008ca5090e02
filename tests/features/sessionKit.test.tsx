import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { PageFocusRoot } from '../../src/components/pageFocus';
import { scenarioById, scenarios } from '../../src/content/scenarios';
import { participantCardWords, quizQuestions, quizWords, sessionKitWords, sessionPlans } from '../../src/content/sessionKit';
import { sources } from '../../src/content/sources';
import { ParticipantCard } from '../../src/features/sessionKit/ParticipantCards';
import { Quiz } from '../../src/features/sessionKit/Quiz';
import { scoreQuiz } from '../../src/features/sessionKit/quizScore';
import { ReflectionSheet } from '../../src/features/sessionKit/ReflectionSheet';
import { SessionKitPage } from '../../src/features/sessionKit/SessionKitPage';
import { sessionScenarioIds } from '../../src/features/sessionKit/sessionTimetable';

function Moved({ children }: { children: ReactNode }) {
  return <PageFocusRoot moved>{children}</PageFocusRoot>;
}

function labelOf(id: string, value: string): string {
  const question = quizQuestions.find((each) => each.id === id)!;
  return question.options.find((option) => option.value === value)!.label;
}

describe('the quiz', () => {
  it('scores right, wrong and unanswered questions', () => {
    const [first, second, third] = quizQuestions;
    const wrong = second!.options.find((option) => option.value !== second!.answer)!.value;
    const score = scoreQuiz(quizQuestions, { [first!.id]: first!.answer, [second!.id]: wrong, [third!.id]: third!.answer });
    expect(score).toMatchObject({ right: 2, unanswered: quizQuestions.length - 3, total: quizQuestions.length });
    expect(score.outcomes[second!.id]).toBe('wrong');
  });

  it('marks the answers on screen, with the right answer, the explanation and the sources', async () => {
    const user = userEvent.setup();
    render(<Quiz />);
    const [first, second] = quizQuestions;
    // Every question is a fieldset with its question as the legend.
    for (const question of quizQuestions)
      expect(screen.getByRole('group', { name: new RegExp(escape(question.question)) })).toBeInTheDocument();

    const firstGroup = screen.getByRole('group', { name: new RegExp(escape(first!.question)) });
    await user.click(within(firstGroup).getByLabelText(labelOf(first!.id, first!.answer)));
    const wrong = second!.options.find((option) => option.value !== second!.answer)!;
    const secondGroup = screen.getByRole('group', { name: new RegExp(escape(second!.question)) });
    await user.click(within(secondGroup).getByLabelText(wrong.label));
    expect(screen.queryByText(first!.explanation)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: quizWords.check }));
    const result = screen.getByRole('region', { name: quizWords.resultHeading });
    expect(result).toHaveTextContent(quizWords.score(1, quizQuestions.length));
    expect(result).toHaveTextContent(quizWords.unanswered(quizQuestions.length - 2));
    expect(screen.getByRole('heading', { name: quizWords.resultHeading })).toHaveFocus();

    const explanations = quizQuestions.map((question) => screen.getByText(question.explanation));
    expect(explanations).toHaveLength(quizQuestions.length);
    expect(screen.getByText(`${quizWords.answerLabel} ${labelOf(second!.id, second!.answer)}`)).toBeInTheDocument();
    expect(screen.getAllByText(quizWords.right)).toHaveLength(1);
    expect(screen.getAllByText(quizWords.wrong)).toHaveLength(1);
    const firstSource = sources[first!.sources[0]!];
    expect(screen.getAllByText(new RegExp(escape(firstSource.title))).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: quizWords.again }));
    expect(screen.queryByText(first!.explanation)).not.toBeInTheDocument();
    expect(within(firstGroup).getByLabelText(labelOf(first!.id, first!.answer))).not.toBeChecked();
  });

  it('scores every answer right as full marks', async () => {
    const user = userEvent.setup();
    render(<Quiz />);
    for (const question of quizQuestions) {
      const group = screen.getByRole('group', { name: new RegExp(escape(question.question)) });
      await user.click(within(group).getByLabelText(labelOf(question.id, question.answer)));
    }
    await user.click(screen.getByRole('button', { name: quizWords.check }));
    expect(screen.getByRole('region', { name: quizWords.resultHeading })).toHaveTextContent(
      quizWords.score(quizQuestions.length, quizQuestions.length),
    );
    expect(screen.queryByText(/questions? (was|were) not answered/)).not.toBeInTheDocument();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the reflection sheet', () => {
  const calls: string[] = [];
  beforeEach(() => {
    calls.length = 0;
    for (const method of ['setItem', 'getItem', 'removeItem', 'clear', 'key'] as const) {
      vi.spyOn(Storage.prototype, method).mockImplementation(() => {
        calls.push(`Storage.${method}`);
        return null;
      });
    }
    vi.stubGlobal('indexedDB', {
      open: vi.fn(() => {
        calls.push('indexedDB.open');
        throw new Error('no IndexedDB in this test');
      }),
      deleteDatabase: vi.fn(() => calls.push('indexedDB.deleteDatabase')),
      databases: vi.fn(() => calls.push('indexedDB.databases')),
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('prints the name and answers typed, and writes nothing to any storage', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { unmount } = render(<ReflectionSheet />);
    await user.type(screen.getByLabelText('Your name'), 'Sam Patel');
    await user.type(screen.getByLabelText('Your role'), 'Receptionist');
    await user.type(screen.getByLabelText('What did you learn that you did not know before?'), 'Save the post before reporting it.');
    await user.click(within(screen.getByRole('group', { name: 'How long was the session?' })).getByLabelText('60 minutes'));
    await user.click(screen.getByRole('button', { name: sessionKitWords.print }));
    expect(print).toHaveBeenCalledTimes(1);

    // The printed copy carries what was typed (it is hidden on screen by the print stylesheet).
    const printed = document.querySelector('.kit-print-only');
    expect(printed).toHaveTextContent('Sam Patel');
    expect(printed).toHaveTextContent('Save the post before reporting it.');
    expect(printed).toHaveTextContent(sessionKitWords.trainingMark);
    unmount();
    expect(calls).toEqual([]);
  });

  it('the spies would catch a write (the check can fail)', () => {
    window.localStorage.setItem('x', 'y');
    expect(calls).toEqual(['Storage.setItem']);
  });

  it('labels every field', () => {
    render(<ReflectionSheet />);
    for (const field of document.querySelectorAll('input, textarea')) expect(field).toHaveAccessibleName();
  });
});

describe('participant cards', () => {
  it('show the scene and the posts but nothing from the answers, reveal or facilitator notes', () => {
    for (const scenario of scenarios) {
      const { container, unmount } = render(<ParticipantCard scenario={scenario} practiceName="Test Surgery" />);
      const text = container.textContent ?? '';
      expect(text).toContain(scenario.title);
      expect(text).toContain(sessionKitWords.trainingMark);
      const hidden = [
        ...scenario.teachingPoints,
        ...(scenario.alternatives ?? []).map((alternative) => alternative.why),
        ...(scenario.facilitatorNotes ?? []).map((note) => note.note),
        typeof scenario.answers.description === 'string' ? scenario.answers.description : '',
      ].filter((line) => line !== '');
      expect(
        hidden.filter((line) => text.includes(line)),
        scenario.id,
      ).toEqual([]);
      unmount();
    }
  });

  it('prints one card per ticked scenario, starting with the 60-minute session’s', async () => {
    const user = userEvent.setup();
    render(<SessionKitPage practiceName={null} onBack={() => undefined} initialItem="cards" />);
    const sixty = sessionScenarioIds(sessionPlans[0]!);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(
      sixty.map((id) => scenarioById(id)!.title),
    );
    expect(screen.getByRole('status')).toHaveTextContent(participantCardWords.pageCount(sixty.length));

    await user.click(screen.getByRole('button', { name: participantCardWords.clear }));
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent(participantCardWords.noneChosen);
    await user.click(screen.getByLabelText(scenarios[3]!.title));
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([scenarios[3]!.title]);
  });
});

describe('the session kit page', () => {
  it('moves between the five items from its menu, focusing each new h1', async () => {
    const user = userEvent.setup();
    const onBack = vi.fn();
    render(<SessionKitPage practiceName="Hill Surgery" onBack={onBack} />, { wrapper: Moved });
    const menu = screen.getByRole('navigation', { name: sessionKitWords.menuLabel });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(sessionKitWords.items.guide.title);
    for (const item of ['cards', 'flowchart', 'quiz', 'reflection', 'guide'] as const) {
      await user.click(within(menu).getByRole('button', { name: sessionKitWords.items[item].menu }));
      const heading = screen.getByRole('heading', { level: 1 });
      expect(heading).toHaveTextContent(sessionKitWords.items[item].title);
      expect(heading).toHaveFocus();
      expect(within(menu).getByRole('button', { name: sessionKitWords.items[item].menu })).toHaveAttribute('aria-current', 'page');
      expect(screen.getByRole('button', { name: sessionKitWords.print })).toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: sessionKitWords.back }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('shows the 20-minute guide with its timings when chosen', async () => {
    const user = userEvent.setup();
    render(<SessionKitPage practiceName={null} onBack={() => undefined} />);
    const twenty = sessionPlans[1]!;
    await user.click(screen.getByLabelText(`${twenty.title} (20 minutes)`));
    const table = screen.getByRole('table', { name: new RegExp(twenty.title) });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['0 to 4 min', '4 to 14 min', '14 to 18 min', '18 to 20 min']);
  });

  it('draws the flowchart with the six stages in order', async () => {
    render(<SessionKitPage practiceName={null} onBack={() => undefined} initialItem="flowchart" />);
    const stages = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent?.replace(/^\d+\s*/, ''));
    expect(stages).toEqual([
      'Stay calm',
      'Safety first',
      'Decide whether to respond',
      'Act quickly and go offline',
      'Escalate: evidence, report, block, police',
      'Be prepared',
    ]);
    expect(screen.getByText(/ring 999 now/)).toBeInTheDocument();
  });
});
