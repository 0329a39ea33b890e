/**
 * Wakes a lesson's knowledge check a screen before the learner reaches it: only then are Preact,
 * the quiz and its questions fetched. The page itself carries a placeholder and this loader, not
 * Astro's island runtime, which would add 2 KB of inline script to every lesson.
 */
export function wakeQuizzes(): void {
  for (const slot of document.querySelectorAll<HTMLElement>('[data-quiz-src]')) {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void import('./mount-quiz').then(({ mountQuiz }) => {
          mountQuiz(slot);
        });
      },
      { rootMargin: '600px' },
    );
    observer.observe(slot);
  }
}
