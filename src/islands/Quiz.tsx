/**
 * A lesson's knowledge check: answer, check, read why, try again. Results go to the progress
 * store, and a finished quiz shows its result on the next visit instead of starting blank.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Quiz as QuizData } from '../schemas/quiz';
import {
  decodeAnswer,
  encodeAnswer,
  isAnswered,
  scoreQuestion,
  scoreQuiz,
  type Answer,
} from '../lib/quiz/scoring';
import { own } from '../lib/records';
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

export default function Quiz({ quiz, messages }: Props) {
  registerMessages(messages);
  const [answers, setAnswers] = useState<Answers>(() =>
    Object.fromEntries(quiz.questions.map((question) => [question.id, initialAnswer(question)])),
  );
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [restored, setRestored] = useState(false);
  const [nudge, setNudge] = useState<string | undefined>(undefined);
  const focusNext = useRef<string | undefined>(undefined);
  const recorded = useRef(false);

  useEffect(() => {
    // A quiz finished on an earlier visit comes back as it was left.
    void import('../stores/progress').then(({ $progress }) => {
      const saved = quizProgress($progress.get(), quiz.id);
      if (!saved) return;
      const known = quiz.questions.filter((question) => own(saved.lastAnswers, question.id));
      if (known.length !== quiz.questions.length) return;
      recorded.current = true;
      setAnswers(
        Object.fromEntries(
          quiz.questions.map((question) => [
            question.id,
            decodeAnswer(question, own(saved.lastAnswers, question.id) ?? []),
          ]),
        ),
      );
      setChecked(Object.fromEntries(quiz.questions.map((question) => [question.id, true])));
      setRestored(true);
    });
  }, [quiz]);

  // In the same frame as the render, so focus is never moved after the learner has moved on.
  useLayoutEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  });

  const allChecked = quiz.questions.every((question) => checked[question.id]);
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
    void import('../stores/progress').then(({ recordQuizAttempt, markCompleted }) => {
      recordQuizAttempt(quiz.id, {
        answers: stored,
        correct: score.correct,
        questions: quiz.questions.length,
      });
      markCompleted(quiz.lesson);
    });
  }, [allChecked, answers, quiz, score.correct]);

  const check = (questionId: string) => {
    const question = quiz.questions.find((candidate) => candidate.id === questionId);
    if (!question || !isAnswered(question, answers[questionId])) {
      setNudge(questionId);
      return;
    }
    setNudge(undefined);
    focusNext.current = `${quiz.id}-${questionId}-feedback`;
    setChecked((previous) => ({ ...previous, [questionId]: true }));
  };

  const retry = (questionId: string) => {
    const question = quiz.questions.find((candidate) => candidate.id === questionId);
    if (!question) return;
    recorded.current = false;
    setRestored(false);
    focusNext.current = `${quiz.id}-${questionId}-legend`;
    setAnswers((previous) => ({ ...previous, [questionId]: initialAnswer(question) }));
    setChecked((previous) => ({ ...previous, [questionId]: false }));
  };

  const missed = quiz.questions.filter(
    (question) => !scoreQuestion(question, answers[question.id]).correct,
  );

  return (
    <div class="quiz">
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
                locked={done}
                onChange={(next) => {
                  setAnswers((previous) => ({ ...previous, [question.id]: next }));
                }}
              />
              <div class="question-actions">
                {done ? (
                  <button
                    type="button"
                    class="button button-secondary"
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
