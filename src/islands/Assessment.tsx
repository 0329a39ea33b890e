/**
 * The final assessment: questions drawn from the bank and put in order by a seed (the seed is in
 * the address, so an attempt can be reloaded and a retake is a new test), no feedback until
 * everything is submitted, then the score, the drivers behind the
 * missed points, and a review of every question. The pass mark is in src/lib/quiz/assessment.ts;
 * the best attempt counts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question, Quiz } from '../schemas/quiz';
import { isAnswered, scoreQuiz, type Answer } from '../lib/quiz/scoring';
import { PASS_PERCENT, isPassed, missedByDriver } from '../lib/quiz/assessment';
import { shuffled } from '../lib/quiz/shuffle';
import { drawQuestions } from '../lib/quiz/draw';
import { answersToStore, restoredAnswers } from '../lib/quiz/restore';
import type { AssessmentProgress } from '../schemas/progress';
import { t, registerMessages } from '../i18n/client';
import type { Messages } from '../i18n';
import QuestionView, { initialAnswer } from './QuestionView';
import QuestionFeedback from './QuestionFeedback';
import { own } from '../lib/records';

interface Props {
  quiz: Quiz;
  /** Each question's passage to reread, by its lessonAnchor (passagesFor). */
  passages: Record<string, string>;
  /** The UI strings this island uses (messagesFor). */
  messages: Messages;
}

type Store = typeof import('../stores/progress');

function seedInAddress(): number | undefined {
  const value = new URLSearchParams(window.location.search).get('seed') ?? '';
  return /^\d{1,10}$/.test(value) ? Number(value) >>> 0 : undefined;
}

function showSeed(seed: number): void {
  const url = new URL(window.location.href);
  url.searchParams.set('seed', String(seed));
  window.history.replaceState(null, '', url);
}

const randomSeed = () => Math.floor(Math.random() * 1_000_000);

function blankAnswers(questions: readonly Question[]): Record<string, Answer> {
  return Object.fromEntries(questions.map((question) => [question.id, initialAnswer(question)]));
}

/** The attempt a seed draws: its questions, in its order. */
function attemptOf(quiz: Quiz, seed: number): Question[] {
  return shuffled(drawQuestions(quiz.questions, quiz.draw, seed), seed);
}

export default function Assessment({ quiz, passages, messages }: Props) {
  registerMessages(messages);
  // undefined while the saved attempt is read; null when progress can't be loaded at all.
  const [store, setStore] = useState<Store | null | undefined>(undefined);
  const [seed, setSeed] = useState(() => seedInAddress() ?? randomSeed());
  const questions = attemptOf(quiz, seed);
  const [answers, setAnswers] = useState(() => blankAnswers(quiz.questions));
  const [resumed, setResumed] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [warning, setWarning] = useState('');
  const [best, setBest] = useState<AssessmentProgress | undefined>(undefined);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    import('../stores/progress')
      .then((loaded) => {
        if (!live) return;
        // An attempt started earlier comes back, unless the address names another one.
        const draft = loaded.$progress.get().assessmentDraft;
        const chosen = seedInAddress() ?? draft?.seed ?? seed;
        if (draft?.seed === chosen) {
          const saved = restoredAnswers(attemptOf(quiz, chosen), draft.answers);
          setAnswers((previous) => ({ ...previous, ...saved }));
          setResumed(Object.keys(saved).length > 0);
        }
        setSeed(chosen);
        showSeed(chosen);
        stop = loaded.$progress.subscribe((progress) => {
          setBest(progress.assessment);
        });
        setStore(loaded);
      })
      .catch(() => {
        if (!live) return;
        showSeed(seed);
        setStore(null);
      });
    return () => {
      live = false;
      stop?.();
    };
    // Read once, on opening: later changes come from this attempt itself.
  }, []);

  useEffect(() => {
    if (submitted) resultHeading.current?.focus();
  }, [submitted]);

  const answer = (questionId: string, next: Answer) => {
    const updated = { ...answers, [questionId]: next };
    setAnswers(updated);
    store?.saveAssessmentDraft({ seed, answers: answersToStore(questions, updated) });
  };

  const score = scoreQuiz(questions, answers);
  const passed = isPassed(score);

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
    store?.recordAssessmentAttempt({ percent: score.percent, passed });
  };

  const again = () => {
    const next = randomSeed();
    showSeed(next);
    setSeed(next);
    setAnswers(blankAnswers(quiz.questions));
    setResumed(false);
    setSubmitted(false);
    window.scrollTo(0, 0);
  };

  const byDriver = missedByDriver(questions, answers);

  if (store === undefined) {
    return (
      <p class="quiz-state" role="status">
        {t('assessment.loading')}
      </p>
    );
  }

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
                <p class="label-caps question-number">
                  {t('quiz.question', { n: index + 1, total: questions.length })}
                </p>
                <p class="question-prompt">{question.prompt}</p>
                <div class="feedback">
                  <QuestionFeedback
                    question={question}
                    answer={answers[question.id] ?? initialAnswer(question)}
                    passage={own(passages, question.lessonAnchor) ?? ''}
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
      {resumed && (
        <p class="quiz-state" role="status">
          {t('assessment.resumed')}
        </p>
      )}
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
                answer(question.id, next);
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
