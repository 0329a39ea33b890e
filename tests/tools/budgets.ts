/**
 * What a page may cost, by kind of page, and the aims the bench reports beside the figures.
 * The budgets hold the browser's figure (tests/tools/browser-weight.ts): JavaScript fetched
 * without interaction and CSS, gzip. Byte sizes are deterministic, so `npm test` enforces them
 * in tests/e2e/budgets.spec.ts; timings are only benchmarked, never asserted.
 */
export interface Budget {
  /** The kind of page, as the failure message and the bench name it. */
  kind: string;
  /** JavaScript fetched without interaction, gzip bytes. */
  jsGzip: number;
  /** Why this allowance, for the kinds the issue left to us. */
  reason?: string;
}

const KB = 1024;

/** CSS on any page, linked and inline, gzip bytes. */
export const cssBudgetGzip = 15 * KB;

/** Aims the bench reports against; not enforced. */
export const aims = {
  /** Stylesheets the first paint waits for. */
  blockingStylesheets: 2,
  /** A lesson's HTML, gzip bytes. */
  lessonHtmlGzip: 10 * KB,
  /** Everything the first search ("discount") fetches, gzip bytes. */
  firstSearchGzip: 80 * KB,
  /** A click to its painted answer: one frame at 60 Hz, in ms. */
  responseMs: 1000 / 60,
} as const;

const contentPage: Budget = { kind: 'content page', jsGzip: 3 * KB };

export function budgetFor(page: string): Budget {
  if (/^\/lessons\/[^/]+\/$/.test(page)) return { kind: 'lesson with its quiz', jsGzip: 12 * KB };
  if (/^\/scenarios\/[^/]+\/$/.test(page)) return { kind: 'scenario', jsGzip: 15 * KB };
  if (/^\/present\/[^/]+\/$/.test(page))
    return { kind: 'presenter audience view', jsGzip: 25 * KB };
  if (/^\/present\/[^/]+\/console\/$/.test(page))
    return {
      kind: 'presenter console',
      jsGzip: 25 * KB,
      reason: 'runs the audience view’s engine and stage; its controls fit in the same allowance',
    };
  if (/^\/present\/[^/]+\/script\/$/.test(page))
    return {
      kind: 'presenter script',
      jsGzip: 3 * KB,
      reason: 'a facilitator’s script to read or print: reading matter, like a content page',
    };
  if (page === '/present/')
    return { ...contentPage, reason: 'a list of scenarios to present, like the lesson list' };
  if (page === '/progress/') return { kind: 'progress dashboard', jsGzip: 20 * KB };
  if (page === '/search/')
    return {
      kind: 'search page',
      jsGzip: 20 * KB,
      reason:
        'the learner came to search, so Pagefind (13 KB) starts with the page and the first query only waits for results',
    };
  if (page === '/assessment/')
    return {
      kind: 'final assessment',
      jsGzip: 22 * KB,
      reason:
        'interactive from its first view: Preact, the question views and the store that keeps the attempt in progress',
    };
  if (page === '/lms/launch/')
    return {
      kind: 'LMS launch page',
      jsGzip: 20 * KB,
      reason:
        'opened only by an LMS, once a visit: the progress store, the suspend-data codec (fflate), the SCORM reporting and the assessment scoring that records each answer, with the home page opening in its frame',
    };
  return contentPage;
}
