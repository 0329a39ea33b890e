/** What a checked answer earned and why: a mark with icon and word, the feedback, the explanation. */
import type { Question } from '../schemas/quiz';
import { scoreQuestion, type Answer } from '../lib/quiz/scoring';
import { t } from '../i18n/client';

export function Mark({ credit }: { credit: number }) {
  if (credit === 1)
    return (
      <p class="mark mark-correct">
        <span aria-hidden="true">✓ </span>
        {t('quiz.correct')}
      </p>
    );
  if (credit > 0)
    return (
      <p class="mark mark-partial">
        <span aria-hidden="true">◐ </span>
        {t('quiz.partial', { percent: Math.round(credit * 100) })}
      </p>
    );
  return (
    <p class="mark mark-incorrect">
      <span aria-hidden="true">✕ </span>
      {t('quiz.incorrect')}
    </p>
  );
}

export default function QuestionFeedback({
  question,
  answer,
  passage,
}: {
  question: Question;
  answer: Answer;
  /** Where the passage behind the question is: the lesson section to reread. */
  passage: string;
}) {
  const { credit } = scoreQuestion(question, answer);
  const details = (() => {
    switch (question.type) {
      case 'single':
      case 'multiple': {
        const chosen =
          answer.type === 'multiple'
            ? answer.choices
            : answer.type === 'single' && answer.choice
              ? [answer.choice]
              : [];
        const picked = question.options.filter((option) => chosen.includes(option.id));
        const missed = question.options.filter(
          (option) => option.correct && !chosen.includes(option.id),
        );
        return (
          <ul class="feedback-list">
            {picked.map((option) => (
              <li key={option.id}>
                <strong>{t('quiz.youChose', { option: option.text })}</strong> {option.feedback}
              </li>
            ))}
            {missed.map((option) => (
              <li key={option.id}>
                <strong>
                  {question.type === 'single'
                    ? t('quiz.rightAnswer', { option: option.text })
                    : t('quiz.missed', { option: option.text })}
                </strong>{' '}
                {option.feedback}
              </li>
            ))}
          </ul>
        );
      }
      case 'order':
        return credit === 1 ? null : (
          <>
            <p>{t('quiz.correctOrder')}</p>
            <ol class="feedback-list">
              {question.items.map((item) => (
                <li key={item.id}>
                  <strong>{item.text}.</strong> {item.feedback}
                </li>
              ))}
            </ol>
          </>
        );
      case 'match': {
        const matches = answer.type === 'match' ? answer.matches : {};
        return (
          <ul class="feedback-list">
            {question.pairs.map((pair) => {
              const right = matches[pair.id] === pair.driver;
              return (
                <li key={pair.id}>
                  <span aria-hidden="true">{right ? '✓ ' : '✕ '}</span>
                  <strong>
                    {t('quiz.matchResult', {
                      behavior: pair.text,
                      driver: t(`driver.${pair.driver}`),
                    })}
                  </strong>
                  {right ? '' : ` (${t('quiz.incorrect').toLowerCase()})`} {pair.feedback}
                </li>
              );
            })}
          </ul>
        );
      }
    }
  })();
  return (
    <>
      <Mark credit={credit} />
      {details}
      <p class="explanation">
        {question.explanation} <a href={passage}>{t('quiz.reread')}</a>
      </p>
    </>
  );
}
