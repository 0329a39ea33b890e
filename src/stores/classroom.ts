/**
 * $session: the classroom session shown by the audience window and the presenter console.
 * It is kept apart from the learner's progress (its own key per scenario), saved on every change
 * so a reload resumes where the room was, and shared between the two windows through a
 * BroadcastChannel. Change it only through `dispatch` and `endSession`.
 */
import { atom } from 'nanostores';
import type { Scenario } from '../schemas/scenario';
import { MAX_REV } from '../schemas/session-limits';
import { newSession, update, type Action, type SessionState } from '../lib/present/session';
import { received, restoreSessionText } from '../lib/present/restore';
import { createSafeStorage } from './storage';

export const CLASSROOM_PREFIX = 'shinrai:classroom:';

export const $session = atom<SessionState | undefined>(undefined);

/** How the session began in this window: resumed, fresh, or fresh because the saved one was unreadable. */
export const $sessionOrigin = atom<'fresh' | 'resumed' | 'unreadable'>('fresh');

type Message = { kind: 'hello' } | { kind: 'state'; state: SessionState };

let scenario: Scenario | undefined;
let storage: Record<string, string> | undefined;
let channel: BroadcastChannel | undefined;
let windowId = 'window';

const keyFor = (id: string) => `${CLASSROOM_PREFIX}${id}`;

function save(state: SessionState): void {
  if (storage) storage[keyFor(state.scenarioId)] = JSON.stringify(state);
}

function post(message: Message): void {
  try {
    channel?.postMessage(message);
  } catch {
    // A closed channel: the other window has gone, and this one carries on alone.
  }
}

function receive(data: unknown): void {
  if (!scenario || typeof data !== 'object' || data === null) return;
  const message = data as Partial<Message> & { state?: unknown };
  const current = $session.get();
  if (message.kind === 'hello' && current) post({ kind: 'state', state: current });
  if (message.kind === 'state' && current) {
    const shown = received(scenario, current, message.state, Date.now());
    if (shown !== current) $session.set(shown);
  }
}

/** Opens the session for this scenario in this window; returns a function that closes it. */
export function openSession(opened: Scenario, role: 'audience' | 'console'): () => void {
  scenario = opened;
  windowId = `${role}-${Math.random().toString(36).slice(2, 10)}`;
  storage = createSafeStorage();
  const restored = restoreSessionText(opened, storage[keyFor(opened.id)], Date.now());
  $session.set(restored.ok ? restored.state : newSession(opened, windowId));
  $sessionOrigin.set(
    restored.ok && restored.state.rev > 0
      ? 'resumed'
      : restored.ok || restored.reason === 'empty'
        ? 'fresh'
        : 'unreadable',
  );
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(`shinrai-classroom-${opened.id}`);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      receive(event.data);
    };
    // Another window already open may be further on than what was saved: ask it.
    post({ kind: 'hello' });
  }
  return () => {
    channel?.close();
    channel = undefined;
  };
}

export function dispatch(action: Action): void {
  const current = $session.get();
  if (!scenario || !current) return;
  const changed = update(scenario, current, action, windowId);
  if (changed === current) return;
  $session.set(changed);
  save(changed);
  post({ kind: 'state', state: changed });
}

/** Ends the class: the saved session is removed and both windows return to the start. */
export function endSession(): void {
  const current = $session.get();
  if (!scenario || !current) return;
  if (storage) Reflect.deleteProperty(storage, keyFor(scenario.id));
  const fresh = { ...newSession(scenario, windowId), rev: Math.min(MAX_REV, current.rev + 1) };
  $session.set(fresh);
  post({ kind: 'state', state: fresh });
}
