/**
 * A lesson's knowledge check: answer, check, read why, try again. Each checked answer is saved at
 * once, so a half-done quiz comes back as it was left; finishing every question records an
 * attempt and completes the lesson.
 *
 * The lesson page carries only a placeholder: the island wakes a screen before the quiz is
 * reached, fetches the questions and the progress store together, and shows "Loading…" with no
 * controls until both are here, so no tap is ever silently lost. If the questions can't be
 * fetched, it says so and offers to try again. Its styles (./quiz.css) come with the lesson page,
 * so nothing waits for them when the quiz wakes.
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
import { quizAttempt } from '../lib/quiz/finish';
import { quizProgress } from '../lib/progress/summary';
import { t, registerMessages } from '../i18n/client';
import type { Messages } from '../i18n';
import QuestionView, { initialAnswer } from './QuestionView';
import QuestionFeedback from './QuestionFeedback';
import { own } from '../lib/records';

interface Props {
  /** Where the quiz's questions and strings are: /quizzes/<id>.json */
  src: string;
  /** The strings shown before the questions arrive (messagesFor). */
  messages: Messages;
}

/** What /quizzes/<id>.json holds. */
interface QuizFile {
  quiz: QuizData;
  messages: Messages;
  /** Each question's passage to reread, by its lessonAnchor. */
  passages: Record<string, string>;
}

type Answers = Record<string, Answer>;
type Store = typeof import('../stores/progress');

type Loading =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; quiz: QuizData; passages: Record<string, string>; store: Store | undefined };

async function load(
  src: string,
): Promise<{ quiz: QuizData; passages: Record<string, string>; store: Store | undefined }> {
  const [file, store] = await Promise.all([
    fetch(src).then((response) => {
      if (!response.ok) throw new Error(`${src}: ${String(response.status)}`);
      return response.json() as Promise<QuizFile>;
    }),
    // Without the store the quiz still works; it just isn't saved.
    import('../stores/progress').catch(() => undefined),
  ]);
  registerMessages(file.messages);
  return { quiz: file.quiz, passages: file.passages, store };
}

export default function Quiz({ src, messages }: Props) {
  registerMessages(messages);
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });
  const [tries, setTries] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading({ state: 'loading' });
    load(src)
      .then((loaded) => {
        if (live) setLoading({ state: 'ready', ...loaded });
      })
      .catch(() => {
        if (live) setLoading({ state: 'failed' });
      });
    return () => {
      live = false;
    };
  }, [src, tries]);

  if (loading.state === 'ready')
    return <QuizView quiz={loading.quiz} passages={loading.passages} store={loading.store} />;
  return (
    <div class="quiz quiz-waiting" aria-busy={loading.state === 'loading'}>
      <p class="quiz-state" role="status">
        {loading.state === 'loading' ? t('quiz.loading') : t('quiz.unavailable')}
      </p>
      {loading.state === 'failed' && (
        <button
          type="button"
          class="button button-secondary"
          onClick={() => {
            setTries((count) => count + 1);
          }}
        >
          {t('quiz.retry')}
        </button>
      )}
    </div>
  );
}

function QuizView({
  quiz,
  passages,
  store,
}: {
  quiz: QuizData;
  passages: Record<string, string>;
  store: Store | undefined;
}) {
  const passageOf = (anchor: string) => own(passages, anchor) ?? '';
  // Every question answered on an earlier visit comes back as it was left.
  const [saved] = useState(() =>
    store
      ? restoredAnswers(quiz.questions, quizProgress(store.$progress.get(), quiz.id)?.lastAnswers)
      : {},
  );
  const [answers, setAnswers] = useState<Answers>(() => ({
    ...Object.fromEntries(quiz.questions.map((question) => [question.id, initialAnswer(question)])),
    ...saved,
  }));
  const [checked, setChecked] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(Object.keys(saved).map((id) => [id, true])),
  );
  const [restored, setRestored] = useState(Object.keys(saved).length > 0);
  const [nudge, setNudge] = useState<string | undefined>(undefined);
  const focusNext = useRef<string | undefined>(undefined);
  // A quiz finished on an earlier visit is not recorded again just for being shown.
  const recorded = useRef(isQuizFinished(quiz.questions, checked));

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
    store?.finishQuiz(quiz, quizAttempt(quiz.questions, answers));
  }, [allChecked, answers, quiz]);

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
    store?.recordQuizAnswer(quiz.id, {
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
    store?.forgetQuizAnswer(quiz.id, { questionId, questions: quiz.questions.length });
  };

  const missed = quiz.questions.filter(
    (question) => !scoreQuestion(question, answers[question.id]).correct,
  );

  return (
    <div class="quiz">
      <p class="quiz-state" role="status">
        {restored && !allChecked ? t('quiz.restoredPartial') : ''}
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
                {done && (
                  <QuestionFeedback
                    question={question}
                    answer={answer}
                    passage={passageOf(question.lessonAnchor)}
                  />
                )}
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
                    <a href={passageOf(question.lessonAnchor)}>{question.prompt}</a>
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
