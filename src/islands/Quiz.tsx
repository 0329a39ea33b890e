/**
 * A lesson's knowledge check: answer, check, read why, try again. Each checked answer is saved at
 * once, so a half-done quiz comes back as it was left; finishing every question records an
 * attempt and completes the lesson. The controls stay disabled, with a quiet "Loading…", until
 * the island is live and the saved answers are back, so no tap is ever silently lost.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Quiz as QuizData } from '../schemas/quiz';
import {
  encodeAnswer,
  isAnswered,
  scoreQuestion,
  scoreQuiz,
  type Answer,
} from '../lib/quiz/scoring';
import { isQuizFinished, restoredAnswers } from '../lib/quiz/restore';
import { quizProgress } from '../lib/progress/summary';
import { t, registerMessages } from '../i18n/client';
import type { Messages } from '../i18n';
import QuestionView, { initialAnswer } from './QuestionView';
import QuestionFeedback, { anchorHref } from './QuestionFeedback';
import './quiz.css';

interface Props {
  quiz: QuizData;
  /** The UI strings this island uses (messagesFor). */
  messages: Messages;
}

type Answers = Record<string, Answer>;
type Store = typeof import('../stores/progress');

export default function Quiz({ quiz, messages }: Props) {
  registerMessages(messages);
  const [answers, setAnswers] = useState<Answers>(() =>
    Object.fromEntries(quiz.questions.map((question) => [question.id, initialAnswer(question)])),
  );
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const [nudge, setNudge] = useState<string | undefined>(undefined);
  const focusNext = useRef<string | undefined>(undefined);
  const recorded = useRef(false);
  const store = useRef<Store | undefined>(undefined);

  useEffect(() => {
    let live = true;
    import('../stores/progress')
      .then((loaded) => {
        if (!live) return;
        store.current = loaded;
        // Every question answered on an earlier visit comes back as it was left.
        const saved = restoredAnswers(
          quiz.questions,
          quizProgress(loaded.$progress.get(), quiz.id)?.lastAnswers,
        );
        const done = Object.fromEntries(Object.keys(saved).map((id) => [id, true]));
        recorded.current = isQuizFinished(quiz.questions, done);
        setAnswers((previous) => ({ ...previous, ...saved }));
        setChecked(done);
        setRestored(Object.keys(saved).length > 0);
      })
      .catch(() => {
        // Without the store the quiz still works; it just isn't saved.
      })
      .finally(() => {
        if (live) setReady(true);
      });
    return () => {
      live = false;
    };
  }, [quiz]);

  // In the same frame as the render, so focus is never moved after the learner has moved on.
  useLayoutEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  });

  const allChecked = isQuizFinished(quiz.questions, checked);
  const score = scoreQuiz(quiz.questions, answers);

  useEffect(() => {
    if (!allChecked || recorded.current) return;
    recorded.current = true;
    const stored = Object.fromEntries(
      quiz.questions.map((question) => [
        question.id,
        encodeAnswer(answers[question.id] ?? initialAnswer(question)),
      ]),
    );
    store.current?.recordQuizAttempt(quiz.id, {
      answers: stored,
      correct: score.correct,
      questions: quiz.questions.length,
    });
    // Finishing a lesson's knowledge check completes the lesson.
    store.current?.markCompleted(quiz.lesson);
  }, [allChecked, answers, quiz, score.correct]);

  const check = (questionId: string) => {
    const question = quiz.questions.find((candidate) => candidate.id === questionId);
    const answer = answers[questionId];
    if (!question || !answer || !isAnswered(question, answer)) {
      setNudge(questionId);
      return;
    }
    setNudge(undefined);
    focusNext.current = `${quiz.id}-${questionId}-feedback`;
    setChecked((previous) => ({ ...previous, [questionId]: true }));
    store.current?.recordQuizAnswer(quiz.id, {
      questionId,
      chosen: encodeAnswer(answer),
      questions: quiz.questions.length,
    });
  };

  const retry = (questionId: string) => {
    const question = quiz.questions.find((candidate) => candidate.id === questionId);
    if (!question) return;
    recorded.current = false;
    setRestored(false);
    focusNext.current = `${quiz.id}-${questionId}-legend`;
    setAnswers((previous) => ({ ...previous, [questionId]: initialAnswer(question) }));
    setChecked((previous) => ({ ...previous, [questionId]: false }));
    store.current?.forgetQuizAnswer(quiz.id, { questionId, questions: quiz.questions.length });
  };

  const missed = quiz.questions.filter(
    (question) => !scoreQuestion(question, answers[question.id]).correct,
  );

  return (
    <div class="quiz" aria-busy={!ready}>
      <p class="quiz-state" role="status">
        {!ready ? t('quiz.loading') : restored && !allChecked ? t('quiz.restoredPartial') : ''}
      </p>
      <ol class="questions">
        {quiz.questions.map((question, index) => {
          const idPrefix = `${quiz.id}-${question.id}`;
          const answer = answers[question.id] ?? initialAnswer(question);
          const done = checked[question.id] === true;
          return (
            <li key={question.id} class="question-block">
              <QuestionView
                question={question}
                idPrefix={idPrefix}
                number={index + 1}
                total={quiz.questions.length}
                answer={answer}
                locked={done || !ready}
                onChange={(next) => {
                  setAnswers((previous) => ({ ...previous, [question.id]: next }));
                }}
              />
              <div class="question-actions">
                {done ? (
                  <button
                    type="button"
                    class="button button-secondary"
                    disabled={!ready}
                    onClick={() => {
                      retry(question.id);
                    }}
                  >
                    {t('quiz.tryAgain')}
                  </button>
                ) : (
                  <button
                    type="button"
                    class="button button-primary"
                    disabled={!ready}
                    onClick={() => {
                      check(question.id);
                    }}
                  >
                    {t('quiz.check')}
                  </button>
                )}
                {nudge === question.id && <p class="nudge">{t('quiz.needAnswer')}</p>}
              </div>
              <div id={`${idPrefix}-feedback`} class="feedback" role="status" tabIndex={-1}>
                {done && <QuestionFeedback question={question} answer={answer} />}
              </div>
            </li>
          );
        })}
      </ol>
      {allChecked && (
        <section class="quiz-summary" aria-labelledby={`${quiz.id}-summary`}>
          <h3 id={`${quiz.id}-summary`}>{t('quiz.summary.heading')}</h3>
          <p class="summary-score">
            {t('quiz.summary.score', { points: score.points, total: score.questions })}
          </p>
          <p>{t('quiz.summary.text', { points: score.points, total: score.questions })}</p>
          {restored && <p>{t('quiz.summary.restored')}</p>}
          {missed.length === 0 ? (
            <p>{t('quiz.summary.perfect')}</p>
          ) : (
            <>
              <p>{t('quiz.summary.review')}</p>
              <ul>
                {missed.map((question) => (
                  <li key={question.id}>
                    <a href={anchorHref(question.lessonAnchor)}>{question.prompt}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
