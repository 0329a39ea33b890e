import { describe, expect, it } from 'vitest';
import {
  blocker,
  decisionIndex,
  isDecisionPhase,
  isOpenPhase,
  isUnderway,
  newSession,
  newer,
  nodeInFocus,
  pendingPick,
  revealedChoice,
  runOf,
  update,
  type Action,
  type SessionState,
} from '../../../../src/lib/present/session';
import { phases } from '../../../../src/schemas/session';
import { trustOf } from '../../../../src/lib/scenario/engine';
import type { Scenario } from '../../../../src/schemas/scenario';
import { fakeChoice, fakeNode, fakeScenario } from '../../fakes';

/** The fake scenario with a facilitator prompt on the first decision's win-lose reply. */
function scenario(): Scenario {
  const base = fakeScenario();
  const [ask, followUp] = base.nodes;
  if (!ask || !followUp) throw new Error('fake scenario changed');
  return {
    ...base,
    nodes: [
      {
        ...ask,
        choices: ask.choices.map((choice) =>
          choice.id === 'discount'
            ? { ...choice, facilitator: 'Who has been asked for a discount this month?' }
            : choice,
        ),
      },
      followUp,
    ],
  };
}

function run(state: SessionState, ...actions: Action[]): SessionState {
  return actions.reduce((current, action) => update(scenario(), current, action), state);
}

const next: Action = { type: 'next' };
const back: Action = { type: 'back' };

/** From the intro to the vote phase of the first decision. */
function atFirstVote(): SessionState {
  return run(newSession(scenario()), next, next, next, next);
}

describe('the phases of one decision', () => {
  it('go intro → situation → options → discuss → vote → confirm → reveal', () => {
    const phases: string[] = [];
    let state = newSession(scenario());
    for (let i = 0; i < 5; i += 1) {
      phases.push(state.phase);
      state = run(state, next);
    }
    phases.push(state.phase);
    expect(phases).toEqual(['intro', 'situation', 'options', 'discuss', 'vote', 'confirm']);
  });

  it('confirm defaults to the majority, and next reveals it and moves trust', () => {
    const voted = run(
      atFirstVote(),
      { type: 'setVotes', choiceId: 'listen', count: 4 },
      { type: 'setVotes', choiceId: 'discount', count: 11 },
    );
    const confirming = run(voted, next);
    expect(confirming.phase).toBe('confirm');
    expect(confirming.selected).toBe('discount');
    const revealed = run(confirming, next);
    expect(revealed.phase).toBe('reveal');
    expect(revealed.path).toEqual(['discount']);
    expect(revealedChoice(scenario(), revealed)?.id).toBe('discount');
    expect(trustOf(runOf(scenario(), revealed))).toBe(48);
    expect(decisionIndex(revealed)).toBe(0);
  });

  it('the trainer can take another reply than the majority', () => {
    const state = run(
      atFirstVote(),
      { type: 'setVotes', choiceId: 'discount', count: 11 },
      next,
      { type: 'select', choiceId: 'listen' },
      next,
    );
    expect(state.path).toEqual(['listen']);
  });

  it('a tie or no votes asks the trainer to pick instead of guessing', () => {
    const tied = run(
      atFirstVote(),
      { type: 'setVotes', choiceId: 'listen', count: 5 },
      { type: 'setVotes', choiceId: 'discount', count: 5 },
      next,
    );
    expect(tied.phase).toBe('confirm');
    expect(blocker(scenario(), tied)).toBe('pick');
    expect(run(tied, next)).toBe(tied);
    const picked = run(tied, { type: 'select', choiceId: 'listen' });
    expect(blocker(scenario(), picked)).toBeUndefined();
    const none = run(atFirstVote(), { type: 'reveal' });
    expect(none.phase).toBe('confirm');
    expect(none.path).toEqual([]);
  });

  it('R reveals the majority straight from the vote', () => {
    const state = run(
      atFirstVote(),
      { type: 'setVotes', choiceId: 'listen', count: 9 },
      { type: 'reveal' },
    );
    expect(state.phase).toBe('reveal');
    expect(state.path).toEqual(['listen']);
  });

  it('shows the facilitator prompt only when the reply has one', () => {
    const withPrompt = run(
      atFirstVote(),
      { type: 'setVotes', choiceId: 'discount', count: 3 },
      { type: 'reveal' },
      next,
    );
    expect(withPrompt.phase).toBe('prompt');
    expect(run(withPrompt, next).phase).toBe('situation');
    const without = run(
      atFirstVote(),
      { type: 'setVotes', choiceId: 'listen', count: 3 },
      { type: 'reveal' },
      next,
    );
    expect(without.phase).toBe('situation');
    expect(nodeInFocus(scenario(), without)?.id).toBe('follow-up');
    expect(without.selected).toBeUndefined();
  });

  it('the last reveal leads to the outcome, then the class debrief', () => {
    let state = run(
      atFirstVote(),
      { type: 'setVotes', choiceId: 'listen', count: 3 },
      { type: 'reveal' },
      next,
    );
    state = run(state, next, next, next, { type: 'setVotes', choiceId: 'options', count: 2 });
    state = run(state, { type: 'reveal' }, next);
    expect(state.phase).toBe('ending');
    expect(state.firstRun?.path).toEqual(['listen', 'options']);
    state = run(state, next);
    expect(state.phase).toBe('debrief');
    expect(run(state, next)).toBe(state);
  });
});

describe('going back', () => {
  it('undoes a reveal: the reply comes off the path and the votes stay', () => {
    const revealed = run(
      atFirstVote(),
      { type: 'setVotes', choiceId: 'listen', count: 7 },
      { type: 'reveal' },
    );
    const undone = run(revealed, back);
    expect(undone.phase).toBe('confirm');
    expect(undone.path).toEqual([]);
    expect(undone.votes[0]).toEqual({ listen: 7 });
    expect(undone.selected).toBe('listen');
  });

  it('from a new decision returns to the last phase of the one before', () => {
    const prompted = run(
      atFirstVote(),
      { type: 'setVotes', choiceId: 'discount', count: 2 },
      { type: 'reveal' },
      next,
      next,
    );
    expect(prompted.phase).toBe('situation');
    expect(run(prompted, back).phase).toBe('prompt');
    expect(run(newSession(scenario()), next, back).phase).toBe('intro');
    expect(run(newSession(scenario()), back)).toEqual(newSession(scenario()));
  });

  it('walks every phase back to the intro', () => {
    let state = run(atFirstVote(), { type: 'setVotes', choiceId: 'discount', count: 2 }, next);
    state = run(state, next, next, next); // reveal, prompt, situation of decision 2
    const seen: string[] = [];
    while (state.phase !== 'intro') {
      state = run(state, back);
      seen.push(state.phase);
    }
    expect(seen).toEqual([
      'prompt',
      'reveal',
      'confirm',
      'vote',
      'discuss',
      'options',
      'situation',
      'intro',
    ]);
    expect(state.path).toEqual([]);
    // The intro has no reply on offer, so nothing stays highlighted that the other window refuses.
    expect(state.selected).toBeUndefined();
  });
});

describe('votes', () => {
  it('+ and − adjust the highlighted option, never below zero', () => {
    let state = run(atFirstVote(), { type: 'select', choiceId: 'discount' });
    state = run(state, { type: 'bumpVotes', by: 1 }, { type: 'bumpVotes', by: 1 });
    expect(state.votes[0]).toEqual({ discount: 2 });
    state = run(state, { type: 'bumpVotes', by: -1 }, { type: 'bumpVotes', by: -1 });
    state = run(state, { type: 'bumpVotes', by: -1 });
    expect(state.votes[0]).toEqual({ discount: 0 });
  });

  it('the first option is highlighted when the vote opens', () => {
    expect(atFirstVote().selected).toBe('listen');
  });

  it('are kept per decision and ignored outside the vote', () => {
    const before = run(newSession(scenario()), next);
    expect(run(before, { type: 'setVotes', choiceId: 'listen', count: 3 })).toBe(before);
    const stray = run(atFirstVote(), { type: 'setVotes', choiceId: 'nonsense', count: 3 });
    expect(stray.votes).toEqual([]);
    const typo = run(atFirstVote(), { type: 'setVotes', choiceId: 'listen', count: 100_000 });
    expect(typo.votes[0]?.listen).toBe(999);
  });

  it('pendingPick is the majority while voting', () => {
    const state = run(
      atFirstVote(),
      { type: 'setVotes', choiceId: 'listen', count: 1 },
      { type: 'setVotes', choiceId: 'discount', count: 2 },
    );
    expect(pendingPick(scenario(), state)).toBe('discount');
  });
});

describe('the trust meter, blanking and the timer', () => {
  it('a meter hidden until the first reveal comes back at that reveal', () => {
    let state = run(newSession(scenario()), { type: 'hideUntilReveal', hide: true });
    expect(state.meterHidden).toBe(true);
    state = run(state, next, next, next, next, { type: 'setVotes', choiceId: 'listen', count: 1 });
    expect(state.meterHidden).toBe(true);
    state = run(state, { type: 'reveal' });
    expect(state.meterHidden).toBe(false);
    expect(run(state, { type: 'toggleMeter' }).meterHidden).toBe(true);
    // Once the room has seen a reveal, the setting no longer applies.
    expect(run(state, { type: 'hideUntilReveal', hide: true })).toBe(state);
  });

  it('blank toggles, and unblank always shows the screen', () => {
    const blank = run(newSession(scenario()), { type: 'toggleBlank' });
    expect(blank.blank).toBe(true);
    expect(run(blank, { type: 'toggleBlank' }).blank).toBe(false);
    expect(run(blank, { type: 'unblank' }).blank).toBe(false);
  });

  it('a running timer stops when the decision is revealed', () => {
    let state = run(atFirstVote(), { type: 'timerLength', seconds: 60 });
    state = run(state, { type: 'timerStart', now: 1_000 });
    expect(state.timer).toEqual({ length: 60, endsAt: 61_000 });
    state = run(state, { type: 'setVotes', choiceId: 'listen', count: 1 }, { type: 'reveal' });
    expect(state.timer).toEqual({ length: 60 });
  });
});

describe('replaying from a decision', () => {
  function finished(): SessionState {
    return run(
      atFirstVote(),
      { type: 'setVotes', choiceId: 'discount', count: 3 },
      { type: 'reveal' },
      next,
      next,
      next,
      next,
      next,
      { type: 'setVotes', choiceId: 'push', count: 4 },
      { type: 'reveal' },
      next,
      next,
    );
  }

  it('goes back to that decision, keeps the earlier votes and remembers the first run', () => {
    const done = finished();
    expect(done.phase).toBe('debrief');
    const again = run(done, { type: 'replayFrom', decision: 1 });
    expect(again.phase).toBe('situation');
    expect(again.path).toEqual(['discount']);
    expect(again.votes).toEqual([{ discount: 3 }]);
    expect(again.firstRun).toEqual({ path: ['discount', 'push'], votes: done.votes });
    expect(nodeInFocus(scenario(), again)?.id).toBe('follow-up');
  });

  it('only from the end of a session', () => {
    const midway = atFirstVote();
    expect(run(midway, { type: 'replayFrom', decision: 0 })).toBe(midway);
  });

  it('restart keeps the trainer settings and nothing else', () => {
    const done = run(finished(), { type: 'timerLength', seconds: 180 });
    const fresh = run(done, { type: 'restart' });
    expect(fresh.phase).toBe('intro');
    expect(fresh.path).toEqual([]);
    expect(fresh.timer.length).toBe(180);
    expect(fresh.rev).toBe(done.rev + 1);
  });
});

describe('two windows', () => {
  it('every change moves the revision on and records which window made it', () => {
    const state = update(scenario(), newSession(scenario(), 'audience'), next, 'console');
    expect(state.rev).toBe(1);
    expect(state.by).toBe('console');
  });

  it('newer picks the higher revision, and the same one in both windows on a tie', () => {
    const base = newSession(scenario());
    const a = update(scenario(), base, next, 'a');
    const b = update(scenario(), base, { type: 'toggleBlank' }, 'b');
    expect(newer(a, b)).toBe(b);
    expect(newer(b, a)).toBe(b);
    const later = update(scenario(), a, next, 'a');
    expect(newer(later, b)).toBe(later);
  });
});

describe('a node that offers four replies', () => {
  it('can be voted on and revealed like any other', () => {
    const wide: Scenario = {
      ...fakeScenario(),
      nodes: [
        fakeNode({
          id: 'ask',
          next: 'reorder',
          choices: ['w', 'x', 'y', 'z'].map((id) =>
            fakeChoice({ id, next: 'reorder', stance: id === 'z' ? 'win-lose' : 'win-win' }),
          ),
        }),
      ],
    };
    let state = newSession(wide);
    for (const action of [next, next, next, next] as Action[]) state = update(wide, state, action);
    state = update(wide, state, { type: 'setVotes', choiceId: 'z', count: 12 });
    state = update(wide, state, { type: 'reveal' });
    expect(state.path).toEqual(['z']);
    state = update(wide, state, next);
    expect(state.phase).toBe('ending');
  });
});

describe('isUnderway', () => {
  it('is false for a fresh session and true once the class has moved or voted', () => {
    const fresh = newSession(scenario());
    expect(isUnderway(fresh)).toBe(false);
    expect(isUnderway(run(fresh, { type: 'hideUntilReveal', hide: true }))).toBe(false);
    expect(isUnderway(run(fresh, next))).toBe(true);
    const voted = run(atFirstVote(), { type: 'setVotes', choiceId: 'listen', count: 2 });
    expect(isUnderway({ ...voted, phase: 'intro' })).toBe(true);
  });
});

describe('kinds of phase', () => {
  it('open phases are before a reveal; decision phases are all but the opening and the close', () => {
    expect(phases.filter(isOpenPhase)).toEqual([
      'situation',
      'options',
      'discuss',
      'vote',
      'confirm',
    ]);
    expect(phases.filter((phase) => !isDecisionPhase(phase))).toEqual([
      'intro',
      'ending',
      'debrief',
    ]);
  });
});
