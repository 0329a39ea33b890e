/**
 * Each lesson's knowledge check as data, with the strings it shows: fetched when the quiz wakes,
 * so the lesson page carries only a placeholder (its HTML stays light for a phone).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ASSESSMENT_ID, getQuizzes, type QuizEntry } from '../../content';
import { driverNameKeys, messagesFor } from '../../i18n';
import { passagesFor } from '../../lib/routes';

export const getStaticPaths = (async () => {
  const quizzes = await getQuizzes();
  return quizzes
    .filter((quiz) => quiz.id !== ASSESSMENT_ID)
    .map((quiz) => ({ params: { id: quiz.id }, props: { quiz } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ quiz: QuizEntry }> = ({ props }) =>
  new Response(
    JSON.stringify({
      quiz: props.quiz.data,
      messages: messagesFor('quiz.', ...driverNameKeys),
      passages: passagesFor(props.quiz.data.questions.map((question) => question.lessonAnchor)),
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );
