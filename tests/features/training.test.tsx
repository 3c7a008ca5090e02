import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StepId } from '../../machines/steps';
import { StepAddons, StepAddonsContext, StepFooterAddons, StepFooterAddonsContext } from '../../src/components/stepAddons';
import { actions } from '../../src/content/actions';
import { questions, type Answers, type QuestionId } from '../../src/content/questions';
import { defaultPracticeName, scenarioById, scenarios, withPracticeName } from '../../src/content/scenarios';
import type { Scenario } from '../../src/content/scenarioTypes';
import { sources } from '../../src/content/sources';
import { stepContent } from '../../src/content/steps';
import {
  bannerWords,
  practiceResultsWords,
  revealWords,
  scenarioCardWords,
  trainingHomeWords,
  verdictMarkers,
} from '../../src/content/trainingUi';
import { formatAnswer } from '../../src/note/formatAnswer';
import { PracticeResults } from '../../src/features/training/PracticeResults';
import { ScenarioCard, ScenarioCardPage } from '../../src/features/training/ScenarioCard';
import { TrainingBanner } from '../../src/features/training/TrainingBanner';
import { TrainingHome } from '../../src/features/training/TrainingHome';
import { revealAddonFor, TrainingReveal } from '../../src/features/training/TrainingReveal';

function scenario(id: string): Scenario {
  const found = scenarioById(id);
  if (found === undefined) throw new Error(`No scenario "${id}"`);
  return found;
}

function alternativeWhy(s: Scenario, question: QuestionId): string {
  const why = s.alternatives?.find((a) => a.question === question)?.why;
  if (why === undefined) throw new Error(`${s.id} has no alternative for ${question}`);
  return why;
}

const review = scenario('one-star-appointments');
const threat = scenario('car-park-threat');

/** The home page as the shell would hold it: the practice name lives in the parent. */
function HomeHarness(props: {
  onStart?: () => void;
  onPrintCard?: () => void;
  onSessionKit?: () => void;
  onBack?: () => void;
  onName?: (name: string) => void;
}) {
  const [name, setName] = useState<string | null>(null);
  return (
    <TrainingHome
      practiceName={name}
      onPracticeNameChange={(next) => {
        props.onName?.(next);
        setName(next);
      }}
      onStart={props.onStart ?? vi.fn()}
      onPrintCard={props.onPrintCard ?? vi.fn()}
      onSessionKit={props.onSessionKit ?? vi.fn()}
      onBack={props.onBack ?? vi.fn()}
    />
  );
}

function entryFor(s: Scenario): HTMLElement {
  const item = screen.getByRole('heading', { level: 3, name: s.title }).closest('li');
  if (item === null) throw new Error(`No list entry for ${s.id}`);
  return item;
}

describe('the training start page', () => {
  it('has the page heading that navigation moves focus to, and says this is training', () => {
    render(<HomeHarness />);
    const heading = screen.getByRole('heading', { level: 1, name: trainingHomeWords.title });
    expect(heading).toHaveAttribute('id', 'step-heading');
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('heading', { name: `Warning: ${trainingHomeWords.warningHeading}` })).toBeInTheDocument();
    for (const line of trainingHomeWords.warningText) expect(screen.getByText(line)).toBeInTheDocument();
    // Nothing from the real incident list: no table of incidents on this page.
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists every scenario in the library, at least 14, with its brief', () => {
    render(<HomeHarness />);
    expect(scenarios.length).toBeGreaterThanOrEqual(14);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(scenarios.length);
    expect(screen.getAllByRole('button', { name: /^Walk through/ })).toHaveLength(scenarios.length);
    for (const s of scenarios) {
      expect(within(entryFor(s)).getByText(withPracticeName(s.brief, defaultPracticeName))).toBeInTheDocument();
    }
  });

  it('puts the edited practice name into every brief', async () => {
    const user = userEvent.setup();
    const onName = vi.fn();
    render(<HomeHarness onName={onName} />);
    const name = screen.getByRole('textbox', { name: trainingHomeWords.practiceNameLabel });
    expect(name).toHaveValue(defaultPracticeName);
    await user.clear(name);
    // A cleared field never leaves a brief reading "at ." in front of a room.
    expect(name).toHaveValue('');
    expect(within(entryFor(review)).getByText(withPracticeName(review.brief, defaultPracticeName))).toBeInTheDocument();
    await user.type(name, 'Elm Tree Medical Centre');
    expect(onName).toHaveBeenLastCalledWith('Elm Tree Medical Centre');
    expect(within(entryFor(review)).getByText(withPracticeName(review.brief, 'Elm Tree Medical Centre'))).toBeInTheDocument();
    const library = screen.getByRole('heading', { level: 2, name: trainingHomeWords.libraryHeading }).nextElementSibling as HTMLElement;
    expect(within(library).queryByText(new RegExp(defaultPracticeName))).not.toBeInTheDocument();
  });

  it('shows the content note first and keeps the post out of sight until asked for', async () => {
    const user = userEvent.setup();
    render(<HomeHarness />);
    const entry = within(entryFor(threat));
    const contentNote = threat.contentNote ?? '';
    expect(contentNote).not.toBe('');
    expect(entry.getByText(contentNote)).toBeVisible();
    const postText = withPracticeName(threat.posts[0]?.text ?? '', defaultPracticeName);
    expect(entry.queryByText(postText)).not.toBeInTheDocument();

    const show = entry.getByRole('button', { name: `${trainingHomeWords.showPost(1)}: ${threat.title}` });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(show).toHaveAttribute('aria-expanded', 'true');
    expect(entry.getByText(postText)).toBeVisible();
    // The note comes before the post in reading order.
    expect(entry.getByText(contentNote).compareDocumentPosition(entry.getByText(postText)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('starts a walk-through or a practice, prints a card, and goes back', async () => {
    const user = userEvent.setup();
    const onStart = vi.fn();
    const onPrintCard = vi.fn();
    const onBack = vi.fn();
    render(<HomeHarness onStart={onStart} onPrintCard={onPrintCard} onBack={onBack} />);
    const entry = within(entryFor(threat));

    await user.click(entry.getByRole('button', { name: `${trainingHomeWords.walkThrough}: ${threat.title}` }));
    expect(onStart).toHaveBeenLastCalledWith(threat.id, 'walkthrough');
    await user.click(entry.getByRole('button', { name: `${trainingHomeWords.practise}: ${threat.title}` }));
    expect(onStart).toHaveBeenLastCalledWith(threat.id, 'practice');
    await user.click(entry.getByRole('button', { name: `${trainingHomeWords.printCard}: ${threat.title}` }));
    expect(onPrintCard).toHaveBeenCalledWith(threat.id);

    const back = screen.getByRole('button', { name: 'Back' });
    expect(back).toHaveAttribute('type', 'button');
    await user.click(back);
    expect(onBack).toHaveBeenCalledTimes(1);
  });
});

describe('revealing what the guidance says (walk-through)', () => {
  const toggle = () => screen.getByRole('button', { name: revealWords.toggle });

  it('is hidden until the trainer asks', () => {
    render(<TrainingReveal scenario={review} step="decision" />);
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(revealWords.answerHeading)).not.toBeInTheDocument();
    expect(screen.queryByText(alternativeWhy(review, 'decision'), { exact: false })).not.toBeInTheDocument();
  });

  it("shows the scenario's answer, the accepted alternatives with why, and the screen's reasons and sources", async () => {
    const user = userEvent.setup();
    render(<TrainingReveal scenario={review} step="decision" />);
    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');

    const panel = within(screen.getByRole('region', { name: revealWords.heading }));
    const answer = formatAnswer('decision', review.answers) ?? '';
    expect(answer).toBe(questions.decision.options[0].label);
    // In the answer list: the suggestion below it names the same choice (it waits for the reveal in a walk-through).
    expect(panel.getByRole('definition')).toHaveTextContent(answer);
    // The alternative's own line names the other choice, beside its reason.
    expect(panel.getByText(alternativeWhy(review, 'decision'), { exact: false }).closest('li')).toHaveTextContent(
      questions.decision.options[1].label,
    );
    expect(panel.getByText(stepContent.decision.why)).toBeInTheDocument();
    for (const id of stepContent.decision.sources) expect(panel.getByText(sources[id].title, { exact: false })).toBeInTheDocument();
  });

  it('opens and closes from the keyboard with Enter and Space', async () => {
    const user = userEvent.setup();
    render(<TrainingReveal scenario={review} step="decision" />);
    await user.tab();
    expect(toggle()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(alternativeWhy(review, 'decision'), { exact: false })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(alternativeWhy(review, 'decision'), { exact: false })).not.toBeInTheDocument();
  });

  it('says so on a screen with no question, and on a question this scenario never reaches', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<TrainingReveal scenario={review} step="plan" />);
    await user.click(toggle());
    expect(screen.getByText(revealWords.noQuestion)).toBeInTheDocument();
    unmount();

    // Stopping after the first steps never reaches "Does any of this apply?": both its questions.
    const stopsEarly = scenario('saturday-night');
    render(<TrainingReveal scenario={stopsEarly} step="also" />);
    await user.click(toggle());
    expect(screen.getAllByText(revealWords.notOnRoute)).toHaveLength(2);
  });

  it("lists only the questions the scenario's route asks on a screen", async () => {
    const user = userEvent.setup();
    // The review is about the practice and written by a patient: no colleague's role, no whistleblowing.
    render(<TrainingReveal scenario={review} step="what" />);
    await user.click(toggle());
    const panel = within(screen.getByRole('region', { name: revealWords.heading }));
    expect(panel.getByText(questions.ownCare.summaryLabel)).toBeInTheDocument();
    expect(panel.queryByText(questions.targetRole.summaryLabel)).not.toBeInTheDocument();
    expect(panel.queryByText(questions.staffConcern.summaryLabel)).not.toBeInTheDocument();
    expect(panel.queryByText(revealWords.notOnRoute)).not.toBeInTheDocument();
  });

  it('appears after a wizard screen’s answers only when the training shell provides it', () => {
    const step: StepId = 'decision';
    const { unmount } = render(<StepFooterAddons step={step} />);
    expect(screen.queryByRole('button', { name: revealWords.toggle })).not.toBeInTheDocument();
    unmount();

    // The same component each time, so a re-render never closes an open reveal.
    expect(revealAddonFor(review)).toBe(revealAddonFor(review));
    const Live = ({ step: shown }: { step: StepId }) => <p>Live addon on {shown}</p>;
    render(
      <StepAddonsContext.Provider value={Live}>
        <StepFooterAddonsContext.Provider value={revealAddonFor(review)}>
          <StepAddons step={step} />
          <StepFooterAddons step={step} />
        </StepFooterAddonsContext.Provider>
      </StepAddonsContext.Provider>,
    );
    // The two slots are independent: training's reveal does not displace the live addons.
    expect(screen.getByText('Live addon on decision')).toBeInTheDocument();
    expect(toggle()).toBeInTheDocument();
  });
});

describe('practice results', () => {
  function rowFor(question: QuestionId): HTMLElement {
    const row = screen.getByRole('rowheader', { name: questions[question].summaryLabel }).closest('tr');
    if (row === null) throw new Error(`No row for ${question}`);
    return row;
  }

  function renderResults(s: Scenario, answers: Answers) {
    render(<PracticeResults scenario={s} answers={answers} />);
    return screen.getByRole('table', { name: practiceResultsWords.caption });
  }

  it('shows an accepted alternative as one, with its reason, and everything else as the same', () => {
    const table = renderResults(review, { ...review.answers, decision: 'monitor' });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(header).toEqual(Object.values(practiceResultsWords.columns));

    const decision = within(rowFor('decision'));
    expect(decision.getByText(verdictMarkers.alternative)).toBeInTheDocument();
    expect(decision.getByText(alternativeWhy(review, 'decision'))).toBeInTheDocument();
    expect(decision.getByText(questions.decision.options[0].label)).toBeInTheDocument();
    expect(decision.getByText(questions.decision.options[1].label)).toBeInTheDocument();
    expect(within(rowFor('platform')).getByText(verdictMarkers.same)).toBeInTheDocument();
    expect(screen.getAllByText(verdictMarkers.same).length).toBe(within(table).getAllByRole('row').length - 2);

    // Still shows what the choice changes in the plan.
    expect(screen.getByRole('heading', { name: practiceResultsWords.missingHeading })).toBeInTheDocument();
    expect(screen.getByText(actions.replyBriefly.title)).toBeInTheDocument();
    expect(screen.getByText(actions.keepWatching.title)).toBeInTheDocument();
    expect(screen.getByText(practiceResultsWords.notSaved)).toBeInTheDocument();
  });

  it('shows a different answer as different, and the actions missing from the plan', () => {
    renderResults(threat, { ...threat.answers, danger: 'no' });
    const danger = within(rowFor('danger'));
    expect(danger.getByText(verdictMarkers.different)).toBeInTheDocument();
    expect(danger.getByText('Yes, or I am not sure')).toBeInTheDocument();
    expect(danger.getByText('No')).toBeInTheDocument();

    const missing = screen.getByRole('heading', { name: practiceResultsWords.missingHeading });
    const list = missing.nextElementSibling;
    expect(list).not.toBeNull();
    expect(within(list as HTMLElement).getByText(actions.call999.title)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: practiceResultsWords.extraHeading })).not.toBeInTheDocument();
  });

  it('marks screens the trainee never reached as not asked', () => {
    renderResults(review, {
      danger: 'no',
      risks: ['none'],
      patientInfo: 'no',
      evidenceSaved: 'saved',
      awayChoice: 'continue',
      platform: 'googleReviews',
      foundAt: review.answers.foundAt,
    });
    expect(within(rowFor('about')).getAllByText(verdictMarkers.notAsked).length).toBeGreaterThan(0);
  });

  it('says when the plans match', () => {
    renderResults(review, review.answers);
    expect(screen.getByText(practiceResultsWords.planSame)).toBeInTheDocument();
    expect(screen.queryByText(verdictMarkers.different)).not.toBeInTheDocument();
  });
});

describe('scenario cards', () => {
  it('carries the TRAINING mark, the posts, facilitator notes with timings and teaching points', () => {
    render(<ScenarioCard scenario={review} practiceName="Elm Tree Medical Centre" />);
    const card = within(screen.getByRole('article', { name: review.title }));
    expect(card.getByText(scenarioCardWords.trainingMark)).toBeInTheDocument();
    expect(card.getByText(withPracticeName(review.brief, 'Elm Tree Medical Centre'))).toBeInTheDocument();
    expect(card.getByText(withPracticeName(review.posts[0]?.text ?? '', 'Elm Tree Medical Centre'))).toBeInTheDocument();
    expect(card.getByRole('heading', { name: scenarioCardWords.facilitatorHeading })).toBeInTheDocument();
    for (const note of review.facilitatorNotes ?? []) {
      expect(card.getByText(note.note)).toBeInTheDocument();
      expect(card.getByText(scenarioCardWords.atMinute(note.minutes))).toBeInTheDocument();
    }
    for (const point of review.teachingPoints) expect(card.getByText(point)).toBeInTheDocument();
  });

  it('shows the content note before the posts', () => {
    render(<ScenarioCard scenario={threat} practiceName={defaultPracticeName} />);
    const note = screen.getByText(threat.contentNote ?? '');
    const post = screen.getByText(withPracticeName(threat.posts[0]?.text ?? '', defaultPracticeName));
    expect(note.compareDocumentPosition(post) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('prints from its own page, which has a heading and Back', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const onBack = vi.fn();
    render(<ScenarioCardPage scenarioId={review.id} practiceName={null} onBack={onBack} />);
    expect(screen.getByRole('article', { name: review.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: scenarioCardWords.pageTitle })).toHaveAttribute('id', 'step-heading');
    await user.click(screen.getByRole('button', { name: scenarioCardWords.print }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('says so, without a Print button, for a scenario no longer in the library', () => {
    render(<ScenarioCardPage scenarioId="no-such-scenario" practiceName={null} onBack={vi.fn()} />);
    expect(screen.getByText(scenarioCardWords.notFound)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: scenarioCardWords.print })).not.toBeInTheDocument();
  });
});

describe('the training banner', () => {
  it('says in words that this is not a real incident, names the scenario, and ends training', async () => {
    const user = userEvent.setup();
    const onEnd = vi.fn();
    render(<TrainingBanner scenarioTitle={review.title} mode="practice" onEnd={onEnd} />);
    const banner = within(screen.getByRole('region', { name: bannerWords.title }));
    expect(banner.getByText(review.title, { exact: false })).toBeInTheDocument();
    await user.click(banner.getByRole('button', { name: bannerWords.end }));
    expect(onEnd).toHaveBeenCalledTimes(1);
  });
});
