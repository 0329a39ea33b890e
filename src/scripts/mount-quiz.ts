/** Renders the knowledge check into its placeholder, once the loader has woken it. */
import { h, render } from 'preact';
import Quiz from '../islands/Quiz';
import type { Messages } from '../i18n';

export function mountQuiz(slot: HTMLElement): void {
  const src = slot.dataset['quizSrc'] ?? '';
  let messages: Messages = { locale: document.documentElement.lang, strings: {} };
  try {
    messages = JSON.parse(slot.dataset['messages'] ?? '') as Messages;
  } catch {
    // The quiz names its strings by key until its own arrive with the questions.
  }
  slot.replaceChildren();
  render(h(Quiz, { src, messages }), slot);
}
