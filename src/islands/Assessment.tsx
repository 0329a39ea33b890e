/**
 * The final assessment: questions drawn from the bank and put in order by a seed (the seed is in
 * the address, so an attempt can be reloaded and a retake is a new test), no feedback until
 * everything is submitted, then the score, the drivers behind the
 * missed points, and a review of every question. Pass mark 80%; the best attempt counts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question, Quiz } from '../schemas/quiz';
import { driverIds } from '../schemas/driver-ids';
import { isAnswered, scoreQuestion, scoreQuiz, type Answer } from '../lib/quiz/scoring';
import { shuffled } from '../lib/quiz/shuffle';
import { drawQuestions } from '../lib/quiz/draw';
import { t, registerMessages } from '../i18n/client';
import type { Messages } from '../i18n';
import QuestionView, { initialAnswer } from './QuestionView';
import QuestionFeedback from './QuestionFeedback';
import './quiz.css';

export const PASS_PERCENT = 80;

interface Props {
  quiz: Quiz;
  /** The UI strings this island uses (messagesFor). */
  messages: Messages;
}

function seedFromAddress(): number {
  const value = new URLSearchParams(window.location.search).get('seed') ?? '';
  if (/^\d{1,10}$/.test(value)) return Number(value) >>> 0;
  const seed = Math.floor(Math.random() * 1_000_000);
  const url = new URL(window.location.href);
  url.searchParams.set('seed', String(seed));
  window.history.replaceState(null, '', url);
  return seed;
}

function blankAnswers(questions: readonly Question[]): Record<string, Answer> {
  return Object.fromEntries(questions.map((question) => [question.id, initialAnswer(question)]));
}

export default function Assessment({ quiz, messages }: Props) {
  registerMessages(messages);
  const [seed, setSeed] = useState(seedFromAddress);
  const questions = shuffled(drawQuestions(quiz.questions, quiz.draw, seed), seed);
  const [answers, setAnswers] = useState(() => blankAnswers(quiz.questions));
  const [submitted, setSubmitted] = useState(false);
  const [warning, setWarning] = useState('');
  const [best, setBest] = useState<{ best: number; attempts: number } | undefined>(undefined);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void import('../stores/progress').then(({ $progress }) =>
      $progress.subscribe((progress) => {
        setBest(progress.assessment);
      }),
    );
  }, []);

  useEffect(() => {
    if (submitted) resultHeading.current?.focus();
  }, [submitted]);

  const score = scoreQuiz(questions, answers);
  const passed = score.percent >= PASS_PERCENT;

  const submit = () => {
    const missing = questions.filter(
      (question) => !isAnswered(question, answers[question.id]),
    ).length;
    if (missing > 0) {
      setWarning(t('assessment.unanswered', { n: missing }));
      return;
    }
    setWarning('');
    setSubmitted(true);
    void import('../stores/progress').then(({ recordAssessmentAttempt }) => {
      recordAssessmentAttempt({ percent: score.percent, passed });
    });
  };

  const again = () => {
    const next = Math.floor(Math.random() * 1_000_000);
    const url = new URL(window.location.href);
    url.searchParams.set('seed', String(next));
    window.history.replaceState(null, '', url);
    setSeed(next);
    setAnswers(blankAnswers(quiz.questions));
    setSubmitted(false);
    window.scrollTo(0, 0);
  };

  const byDriver = driverIds
    .map((driver) => {
      const tagged = questions.filter((question) => question.drivers.includes(driver));
      const missed = tagged.filter(
        (question) => !scoreQuestion(question, answers[question.id]).correct,
      );
      return { driver, total: tagged.length, missed: missed.length };
    })
    .filter((row) => row.total > 0);

  if (submitted) {
    return (
      <div class="quiz assessment">
        <section class="quiz-summary" aria-labelledby="result-title">
          <p class={`mark ${passed ? 'mark-correct' : 'mark-incorrect'}`}>
            <span aria-hidden="true">{passed ? '✓ ' : '✕ '}</span>
            {passed ? t('assessment.passed') : t('assessment.failed')}
          </p>
          <h2 id="result-title" ref={resultHeading} tabIndex={-1}>
            {t('assessment.score', {
              percent: score.percent,
              points: score.points,
              n: score.questions,
            })}
          </h2>
          <p>{t('assessment.passMark', { pass: PASS_PERCENT })}</p>
          {best && <p>{t('assessment.best', { best: best.best, n: best.attempts })}</p>}
          <button type="button" class="button button-primary" onClick={again}>
            {t('assessment.again')}
          </button>
        </section>
        <section aria-labelledby="drivers-title">
          <h2 id="drivers-title">{t('assessment.drivers.heading')}</h2>
          <ul>
            {byDriver.map((row) => (
              <li key={row.driver}>
                {t('assessment.drivers.row', {
                  driver: t(`driver.${row.driver}`),
                  missed: row.missed,
                  n: row.total,
                })}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="review-title">
          <h2 id="review-title">{t('assessment.review.heading')}</h2>
          <ol class="questions">
            {questions.map((question, index) => (
              <li key={question.id} class="question-block">
                <p class="question-number">
                  {t('quiz.question', { n: index + 1, total: questions.length })}
                </p>
                <p class="question-prompt">{question.prompt}</p>
                <div class="feedback">
                  <QuestionFeedback
                    question={question}
                    answer={answers[question.id] ?? initialAnswer(question)}
                  />
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>
    );
  }

  return (
    <form
      class="quiz assessment"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p class="hint">{t('assessment.attempt', { seed })}</p>
      <ol class="questions">
        {questions.map((question, index) => (
          <li key={`${seed}-${question.id}`} class="question-block">
            <QuestionView
              question={question}
              idPrefix={`assessment-${question.id}`}
              number={index + 1}
              total={questions.length}
              answer={answers[question.id] ?? initialAnswer(question)}
              locked={false}
              onChange={(next) => {
                setAnswers((previous) => ({ ...previous, [question.id]: next }));
              }}
            />
          </li>
        ))}
      </ol>
      <p role="alert" class="nudge">
        {warning}
      </p>
      <button type="submit" class="button button-primary">
        {t('assessment.submit')}
      </button>
    </form>
  );
}
