/**
 * Practice feedback that teaches (issue #16): the lesson and each difference with its reason come
 * before the side-by-side table, and a drafted reply is shown through the reply checks.
 */
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { questions } from '../../src/content/questions';
import { scenarioById } from '../../src/content/scenarios';
import { differenceWords, practiceLessonWords } from '../../src/content/training';
import { practiceResultsWords as words } from '../../src/content/trainingUi';
import { actions } from '../../src/content/actions';
import { PracticeResults } from '../../src/features/training/PracticeResults';

const review = scenarioById('one-star-appointments')!;
const threat = scenarioById('car-park-threat')!;

function follows(first: HTMLElement, second: HTMLElement): boolean {
  return (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

describe('practice results', () => {
  it('puts the lesson and the differences before the table', () => {
    render(<PracticeResults scenario={review} answers={{ ...review.answers, evidenceSaved: 'notYet' }} />);
    const lesson = screen.getByRole('heading', { name: words.lessonsHeading });
    const differences = screen.getByRole('heading', { name: words.differencesHeading });
    const table = screen.getByRole('table');
    expect(follows(lesson, differences)).toBe(true);
    expect(follows(differences, table)).toBe(true);
    expect(screen.getByText(`${practiceLessonWords.evidenceSkipped.title}.`)).toBeInTheDocument();
  });

  it('says for each difference what was answered and why the guidance differs', () => {
    render(<PracticeResults scenario={threat} answers={{ ...threat.answers, danger: 'no' }} />);
    const list = screen.getByRole('heading', { name: words.differencesHeading }).nextElementSibling as HTMLElement;
    const item = within(list)
      .getByText(questions.danger.summaryLabel + '.')
      .closest('li')!;
    expect(item).toHaveTextContent(differenceWords.teaches([actions.call999.title]));
    expect(screen.queryByRole('heading', { name: words.lessonsHeading })).toBeNull();
  });

  it('says so when nothing differs', () => {
    render(<PracticeResults scenario={review} answers={review.answers} />);
    expect(screen.getByText(words.noDifferences)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: words.replyHeading })).toBeNull();
  });

  it('runs a drafted reply through the checks and names a confidentiality breach as the lesson', () => {
    render(
      <PracticeResults
        scenario={review}
        answers={review.answers}
        reply={{ text: 'We are sorry about your recent appointment. Please contact us.', staffNames: [] }}
      />,
    );
    expect(screen.getByRole('heading', { name: words.replyHeading })).toBeInTheDocument();
    expect(screen.getByText(`${practiceLessonWords.replyBreach.title}.`)).toBeInTheDocument();
    expect(screen.getByText(/your recent appointment/, { selector: 'li' })).toBeInTheDocument();
  });
});
