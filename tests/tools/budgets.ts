/**
 * JavaScript budgets on first view (gzip bytes), by kind of page. Byte sizes are deterministic,
 * so `npm test` enforces them; timings are only benchmarked.
 */
export interface Budget {
  kind: string;
  jsGzip: number;
}

const KB = 1024;

export const cssBudgetGzip = 15 * KB;

export function budgetFor(page: string): Budget {
  if (page.startsWith('/present/')) return { kind: 'presenter view', jsGzip: 30 * KB };
  if (/^\/scenarios\/[^/]+\/$/.test(page)) return { kind: 'scenario page', jsGzip: 25 * KB };
  if (/^\/lessons\/[^/]+\/$/.test(page))
    return { kind: 'lesson page with its quiz', jsGzip: 20 * KB };
  // The progress page is a tool, opened rarely: it carries the store and the validator that
  // checks imported files, so it gets the presenter's allowance.
  if (page === '/progress/') return { kind: 'progress dashboard', jsGzip: 30 * KB };
  // Pages that are tools rather than reading: same allowance as a lesson with its quiz.
  if (/^\/(search|assessment)\//.test(page)) return { kind: 'interactive page', jsGzip: 20 * KB };
  return { kind: 'content-only page', jsGzip: 3 * KB };
}
