import { useEffect, useId, useRef, useState } from 'react';
import { Choice } from '../../components/Choice';
import { quizQuestions, quizWords as words, type QuizQuestion } from '../../content/sessionKit';
import { KitView } from './KitView';
import { PrintedSheet } from './PrintedSheet';
import { scoreQuiz, type QuizOutcome } from './quizScore';
import { SourceList } from './SourceList';

const outcomeWords: Record<QuizOutcome, string> = { right: words.right, wrong: words.wrong, unanswered: words.notAnswered };

function labelOf(question: QuizQuestion, value: string | undefined): string | undefined {
  return question.options.find((option) => option.value === value)?.label;
}

/** One question as a group of radios; once marked, whether it was right, the answer and why. */
function QuizItem({
  question,
  number,
  given,
  outcome,
  onAnswer,
}: {
  readonly question: QuizQuestion;
  readonly number: number;
  readonly given: string | undefined;
  readonly outcome: QuizOutcome | null;
  readonly onAnswer: (value: string) => void;
}) {
  const name = useId();
  return (
    <li className="kit-quiz__item">
      <fieldset className="fieldset">
        <legend className="legend kit-quiz__legend">
          {number}. {question.question}
        </legend>
        {question.options.map((option) => (
          <Choice
            key={option.value}
            id={`${name}-${option.value}`}
            name={name}
            type="radio"
            value={option.value}
            checked={given === option.value}
            invalid={false}
            label={option.label}
            onChange={(checked) => {
              if (checked) onAnswer(option.value);
            }}
          />
        ))}
      </fieldset>
      {outcome ? (
        <div className={`kit-quiz__feedback kit-quiz__feedback--${outcome}`}>
          <p>
            <strong>{outcomeWords[outcome]}</strong>{' '}
            {outcome === 'right' ? null : `${words.answerLabel} ${labelOf(question, question.answer)}`}
          </p>
          <p>{question.explanation}</p>
          <SourceList label={words.sourcesLabel} ids={question.sources} />
        </div>
      ) : null}
    </li>
  );
}

/** The quiz, marked on screen. The answers live only in this component's state: nothing is saved. */
export function Quiz() {
  const [given, setGiven] = useState<Readonly<Record<string, string>>>({});
  const [marked, setMarked] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const score = marked ? scoreQuiz(quizQuestions, given) : null;

  // The score appears above the questions: take the reader there once it is drawn.
  useEffect(() => {
    if (marked) resultRef.current?.focus();
  }, [marked]);

  const controls = score ? (
    <div className="kit-quiz__result" role="region" aria-labelledby="kit-quiz-result">
      <h2 id="kit-quiz-result" className="heading-m" tabIndex={-1} ref={resultRef}>
        {words.resultHeading}
      </h2>
      <p className="kit-quiz__score">{words.score(score.right, score.total)}</p>
      {score.unanswered > 0 ? <p>{words.unanswered(score.unanswered)}</p> : null}
      <p>{words.notSaved}</p>
    </div>
  ) : null;

  return (
    <KitView item="quiz" controls={controls}>
      <PrintedSheet>
        {score ? <p className="kit-quiz__printed-score">{words.score(score.right, score.total)}</p> : null}
        <form
          className="kit-quiz"
          onSubmit={(event) => {
            event.preventDefault();
            setMarked(true);
          }}
        >
          <ol className="kit-quiz__list">
            {quizQuestions.map((question, index) => (
              <QuizItem
                key={question.id}
                question={question}
                number={index + 1}
                given={given[question.id]}
                outcome={score ? (score.outcomes[question.id] ?? null) : null}
                onAnswer={(value) => {
                  setGiven((before) => ({ ...before, [question.id]: value }));
                  setMarked(false);
                }}
              />
            ))}
          </ol>
          <div className="button-group no-print">
            <button type="submit" className="button">
              {words.check}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setGiven({});
                setMarked(false);
              }}
            >
              {words.again}
            </button>
          </div>
        </form>
      </PrintedSheet>
    </KitView>
  );
}
