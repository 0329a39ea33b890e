/** One question's controls, for every type: native radios, checkboxes, up/down buttons and selects. */
import type { Question } from '../schemas/quiz';
import { driverIds } from '../schemas/driver-ids';
import type { Answer } from '../lib/quiz/scoring';
import { scrambled, seedFrom } from '../lib/quiz/shuffle';
import { t } from '../i18n/client';

interface Props {
  question: Question;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  number: number;
  total: number;
  answer: Answer;
  locked: boolean;
  onChange: (answer: Answer) => void;
}

/** The answer a question starts with: nothing chosen, or the items in a fixed scrambled order. */
export function initialAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: undefined };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'order':
      return {
        type: 'order',
        order: scrambled(question.items, seedFrom(question.id)).map((item) => item.id),
      };
    case 'match':
      return { type: 'match', matches: {} };
  }
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

export default function QuestionView({
  question,
  idPrefix,
  number,
  total,
  answer,
  locked,
  onChange,
}: Props) {
  const legendId = `${idPrefix}-legend`;
  const hintId = `${idPrefix}-hint`;
  const heading = (
    <legend id={legendId} tabIndex={-1}>
      <span class="label-caps question-number">{t('quiz.question', { n: number, total })}</span>
      <span class="question-prompt">{question.prompt}</span>
    </legend>
  );

  if (question.type === 'single' || question.type === 'multiple') {
    const many = question.type === 'multiple';
    const chosen =
      answer.type === 'multiple'
        ? answer.choices
        : answer.type === 'single' && answer.choice
          ? [answer.choice]
          : [];
    const count = question.options.filter((option) => option.correct).length;
    return (
      <fieldset class="question" aria-describedby={hintId}>
        {heading}
        <p class="hint" id={hintId}>
          {many ? t('quiz.chooseMany', { n: count }) : t('quiz.chooseOne')}
        </p>
        {question.options.map((option) => (
          <label key={option.id} class="option">
            <input
              type={many ? 'checkbox' : 'radio'}
              name={`${idPrefix}-answer`}
              value={option.id}
              checked={chosen.includes(option.id)}
              disabled={locked}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                onChange(
                  many
                    ? {
                        type: 'multiple',
                        choices: on
                          ? [...chosen, option.id]
                          : chosen.filter((id) => id !== option.id),
                      }
                    : { type: 'single', choice: option.id },
                );
              }}
            />
            <span>{option.text}</span>
          </label>
        ))}
      </fieldset>
    );
  }

  if (question.type === 'order') {
    const order = answer.type === 'order' ? answer.order : question.items.map((item) => item.id);
    return (
      <fieldset class="question" aria-describedby={hintId}>
        {heading}
        <p class="hint" id={hintId}>
          {t('quiz.orderHint')}
        </p>
        <ol class="order-list">
          {order.map((itemId, index) => {
            const item = question.items.find((candidate) => candidate.id === itemId);
            if (!item) return null;
            return (
              <li key={item.id} class="order-item">
                <span class="order-text">{item.text}</span>
                <span class="order-buttons">
                  <button
                    type="button"
                    class="icon-button"
                    aria-label={t('quiz.moveUp', { item: item.text })}
                    disabled={locked || index === 0}
                    onClick={() => {
                      onChange({ type: 'order', order: move(order, index, index - 1) });
                    }}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="icon-button"
                    aria-label={t('quiz.moveDown', { item: item.text })}
                    disabled={locked || index === order.length - 1}
                    onClick={() => {
                      onChange({ type: 'order', order: move(order, index, index + 1) });
                    }}
                  >
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      </fieldset>
    );
  }

  const matches = answer.type === 'match' ? answer.matches : {};
  return (
    <fieldset class="question" aria-describedby={hintId}>
      {heading}
      <p class="hint" id={hintId}>
        {t('quiz.matchHint')}
      </p>
      {question.pairs.map((pair) => {
        const selectId = `${idPrefix}-${pair.id}`;
        return (
          <div key={pair.id} class="match-row">
            <label for={selectId}>{pair.text}</label>
            <select
              id={selectId}
              value={matches[pair.id] ?? ''}
              disabled={locked}
              onChange={(event) => {
                const value = driverIds.find((driver) => driver === event.currentTarget.value);
                onChange({
                  type: 'match',
                  matches: { ...matches, [pair.id]: value },
                });
              }}
            >
              <option value="">{t('quiz.matchPlaceholder')}</option>
              {driverIds.map((driver) => (
                <option key={driver} value={driver}>
                  {t(`driver.${driver}`)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
