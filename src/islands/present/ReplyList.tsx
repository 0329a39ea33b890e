/**
 * The replies at one decision, lettered A–D. While voting, each has its show-of-hands count as
 * a number field, − and + buttons, and a thick bar; when confirming, the room's reply is marked.
 */
import type { ScenarioNode } from '../../schemas/scenario';
import { letterOf } from '../../lib/present/keys';
import { tally, type Votes } from '../../lib/present/votes';
import { dispatch } from '../../stores/classroom';
import { t } from '../../i18n/client';
import './ReplyList.css';

interface Props {
  node: ScenarioNode;
  mode: 'options' | 'vote' | 'confirm';
  votes: Votes | undefined;
  selected: string | undefined;
}

export function votesText(count: number): string {
  return t('present.vote.votes', { n: count });
}

export function ReplyList({ node, mode, votes, selected }: Props) {
  const ids = node.choices.map((choice) => choice.id);
  const { counts, total } = tally(votes, ids);
  const most = Math.max(1, ...counts);
  const counting = mode !== 'options';
  return (
    <div class={`replies mode-${mode}`}>
      <ol class="reply-list" aria-label={t('present.replies')}>
        {node.choices.map((choice, index) => {
          const letter = letterOf(index);
          const count = counts[index] ?? 0;
          const isSelected = selected === choice.id;
          return (
            <li key={choice.id} class={`reply ${isSelected ? 'selected' : ''}`}>
              <button
                type="button"
                class="reply-pick"
                aria-pressed={isSelected}
                aria-keyshortcuts={String(index + 1)}
                onClick={() => {
                  dispatch({ type: 'select', choiceId: choice.id });
                }}
              >
                <span class="letter" aria-hidden="true">
                  {letter}
                </span>
                <span class="visually-hidden">{t('present.option.select', { letter })}: </span>
                <span class="reply-label">{choice.label}</span>
              </button>
              {counting && (
                <div class="reply-votes">
                  <span class="vote-track" aria-hidden="true">
                    <span class="vote-fill" style={{ width: `${(count / most) * 100}%` }} />
                  </span>
                  {mode === 'vote' ? (
                    <span class="vote-entry">
                      <button
                        type="button"
                        class="control vote-step"
                        aria-label={t('present.vote.less', { letter })}
                        disabled={count === 0}
                        onClick={() => {
                          dispatch({ type: 'bumpVotes', by: -1, choiceId: choice.id });
                        }}
                      >
                        −
                      </button>
                      <input
                        type="number"
                        class="vote-input"
                        min={0}
                        max={999}
                        inputMode="numeric"
                        aria-label={t('present.vote.count', { letter })}
                        value={count}
                        onInput={(event) => {
                          const value = Number.parseInt(event.currentTarget.value, 10);
                          dispatch({
                            type: 'setVotes',
                            choiceId: choice.id,
                            count: Number.isNaN(value) ? 0 : value,
                          });
                        }}
                      />
                      <button
                        type="button"
                        class="control vote-step"
                        aria-label={t('present.vote.more', { letter })}
                        onClick={() => {
                          dispatch({ type: 'bumpVotes', by: 1, choiceId: choice.id });
                        }}
                      >
                        +
                      </button>
                    </span>
                  ) : (
                    <span class="vote-count">{votesText(count)}</span>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {counting && <p class="vote-total">{t('present.vote.total', { n: total })}</p>}
    </div>
  );
}
