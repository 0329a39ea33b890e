/** The bench's figures as the Markdown tables it prints. */
import type { BrowserWeight, FirstUse } from '../tools/browser-weight.ts';
import { aims, cssBudgetGzip, type Budget } from '../tools/budgets.ts';
import type { PageWeight } from '../tools/page-weight.ts';
import type { FirstSearch } from './first-search.ts';
import type { LighthouseRow } from './lighthouse.ts';
import type { PresenterSync } from './presenter-sync.ts';
import type { Responsiveness } from './responsiveness.ts';
import { versions } from './starlight.ts';

export interface PageRow {
  type: string;
  page: string;
  budget: Budget;
  /** The browser's figure, or why it could not be had. */
  weight: BrowserWeight | string;
  firstUse: FirstUse | string;
  /** The static reading of dist/, a cross-check. */
  staticWeight: PageWeight | undefined;
}

export type StarlightSide =
  | { skipped: string }
  | { buildMs: number; lesson: BrowserWeight | string; search: FirstSearch | string };

export interface Results {
  build: { buildMs: number; pagefindMs: number | undefined };
  pages: PageRow[];
  firstSearch: FirstSearch | string;
  responsiveness: (Responsiveness | string)[];
  presenterSyncMs: PresenterSync;
  starlight: StarlightSide;
  lighthouse: LighthouseRow[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (time: number) => `${time.toFixed(1)} ms`;
const files = (count: number) => (count === 1 ? '1 file' : `${count} files`);
const within = (figure: number, limit: number) => (figure <= limit ? '✓' : '✗');

function table(head: string[], align: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${align.join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function firstUseCell(used: FirstUse | string): string {
  if (typeof used === 'string') return used;
  const css = used.css.files > 0 ? ` + ${kb(used.css.gzip)} CSS` : '';
  const data = used.other.files > 0 ? ` + ${kb(used.other.gzip)} data` : '';
  return `${kb(used.js.gzip)}${css}${data} (${used.action})`;
}

function pageTable(rows: PageRow[]): string {
  return table(
    [
      'Page type',
      'Page',
      'JS without interaction',
      'JS budget',
      'JS on first use (action)',
      'CSS',
      'Blocking stylesheets',
      'HTML',
      'Static JS (dist/) + deferred',
    ],
    ['---', '---', '--:', '--:', '---', '--:', '--:', '--:', '--:'],
    rows.map(({ type, page, budget, weight, firstUse, staticWeight }) => {
      const staticCell = staticWeight
        ? `${kb(staticWeight.js.gzip)} + ${kb(staticWeight.deferredJs.gzip)}`
        : 'not built';
      if (typeof weight === 'string') return [type, page, weight, '', '', '', '', '', staticCell];
      return [
        type,
        page,
        `${kb(weight.js.gzip)} (${files(weight.js.files)})`,
        `${kb(budget.jsGzip)} ${within(weight.js.gzip, budget.jsGzip)}`,
        firstUseCell(firstUse),
        `${kb(weight.css.gzip)} ${within(weight.css.gzip, cssBudgetGzip)}`,
        `${weight.blockingStylesheets.length} ${within(weight.blockingStylesheets.length, aims.blockingStylesheets)}`,
        type === 'lesson with its quiz'
          ? `${kb(weight.html.gzip)} ${within(weight.html.gzip, aims.lessonHtmlGzip)}`
          : kb(weight.html.gzip),
        staticCell,
      ];
    }),
  );
}

function searchBytes(search: FirstSearch): string {
  const { js, css, other } = search.fetched;
  return `${kb(search.totalGzip)} (JS ${kb(js.gzip)}, CSS ${kb(css.gzip)}, index and rest ${kb(other.gzip)}; ${files(js.files + css.files + other.files)})`;
}

function searchTime(search: FirstSearch): string {
  const runs = search.samples.map((time) => time.toFixed(0)).join(', ');
  const early = search.early > 0 ? `; ${search.early} not counted, results showed early` : '';
  return search.samples.length === 0
    ? `no run counted${early}`
    : `${ms(search.medianMs)} (runs: ${runs} ms${early})`;
}

function searchSection(search: FirstSearch | string): string {
  if (typeof search === 'string') return search;
  return table(
    ['First search, “discount”, from a lesson', 'Figure', 'Aim'],
    ['---', '--:', '--:'],
    [
      [
        'Bytes fetched from opening search to results, gzip',
        searchBytes(search),
        `≤ ${kb(aims.firstSearchGzip)} ${within(search.totalGzip, aims.firstSearchGzip)}`,
      ],
      ['Last key → first result painted, median of 3', searchTime(search), ''],
    ],
  );
}

function responsivenessSection(rows: (Responsiveness | string)[]): string {
  return table(
    [
      'Interaction, CPU 4× slower',
      'Click → painted, median of 10',
      'Slowest',
      'Event Timing, median',
      'Aim',
    ],
    ['---', '--:', '--:', '--:', '--:'],
    rows.map((row) => {
      if (typeof row === 'string') return [row, '', '', '', ''];
      const eventTiming =
        row.eventTimingMedianMs === 0 ? 'under 16 ms' : ms(row.eventTimingMedianMs);
      return [
        `${row.interaction} (${row.page})`,
        ms(row.medianMs),
        ms(row.slowestMs),
        eventTiming,
        `≤ ${ms(aims.responseMs)} ${within(row.medianMs, aims.responseMs)}`,
      ];
    }),
  );
}

const lessonCell = (
  weight: BrowserWeight | string | undefined,
  figure: (weight: BrowserWeight) => string,
) => (weight === undefined ? 'not measured' : typeof weight === 'string' ? weight : figure(weight));

const searchCell = (search: FirstSearch | string, figure: (search: FirstSearch) => string) =>
  typeof search === 'string' ? search : figure(search);

function starlightSection(shinrai: Results, side: StarlightSide): string {
  if ('skipped' in side) return `Skipped: ${side.skipped}`;
  const lesson = shinrai.pages.find((row) => row.type === 'lesson with its quiz')?.weight;
  const lessonRow = (label: string, figure: (weight: BrowserWeight) => string) => [
    label,
    lessonCell(lesson, figure),
    lessonCell(side.lesson, figure),
  ];
  const searchRow = (label: string, figure: (search: FirstSearch) => string) => [
    label,
    searchCell(shinrai.firstSearch, figure),
    searchCell(side.search, figure),
  ];
  return [
    table(
      ['Same lessons, measured the same way', 'Shinrai', `Starlight ${versions.starlight}`],
      ['---', '--:', '--:'],
      [
        lessonRow(
          'JS on a lesson without interaction, gzip',
          (weight) => `${kb(weight.js.gzip)} (${files(weight.js.files)})`,
        ),
        searchRow('First search “discount”: bytes fetched, gzip', (search) => kb(search.totalGzip)),
        searchRow('Last key → first result, median of 3', searchTime),
        lessonRow('Render-blocking stylesheets on a lesson', (weight) =>
          String(weight.blockingStylesheets.length),
        ),
        lessonRow('Lesson HTML, gzip', (weight) => kb(weight.html.gzip)),
        lessonRow(
          'CSS on a lesson, gzip',
          (weight) => `${kb(weight.css.gzip)} (${files(weight.css.files)})`,
        ),
        [
          'astro build',
          `${(shinrai.build.buildMs / 1000).toFixed(1)} s`,
          `${(side.buildMs / 1000).toFixed(1)} s`,
        ],
      ],
    ),
    '',
    'Shinrai’s lesson carries its knowledge check; the Starlight pages have the prose only, with',
    'Shinrai’s components stubbed to their children.',
  ].join('\n');
}

function lighthouseTable(rows: LighthouseRow[]): string {
  return table(
    ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
    ['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:'],
    rows.map((row) => {
      if (row.error || !row.scores)
        return [row.page, row.error ?? 'no scores', '', '', '', '', '', ''];
      const s = row.scores;
      return [
        row.page,
        String(s['performance']),
        String(s['accessibility']),
        String(s['best-practices']),
        String(s['seo']),
        `${Math.round(row.lcpMs ?? 0)} ms`,
        `${Math.round(row.tbtMs ?? 0)} ms`,
        (row.cls ?? 0).toFixed(3),
      ];
    }),
  );
}

export function report(results: Results): string {
  const sync = results.presenterSyncMs;
  return [
    '## Page weight in the browser (first visit, cache off, gzip)',
    '',
    'Without interaction: from navigation until the network is quiet, not even scrolling.',
    'On first use: what the named action fetches on top. ✓/✗ against the budget, and for',
    `blocking stylesheets the aim of at most ${aims.blockingStylesheets}, for a lesson's HTML ${kb(aims.lessonHtmlGzip)}.`,
    '',
    pageTable(results.pages),
    '',
    '## First search',
    '',
    searchSection(results.firstSearch),
    '',
    '## Responsiveness',
    '',
    responsivenessSection(results.responsiveness),
    '',
    '## Starlight side by side',
    '',
    starlightSection(results, results.starlight),
    '',
    '## Build',
    '',
    table(
      ['Step', 'Time'],
      ['---', '--:'],
      [
        ['astro build (whole production build)', `${(results.build.buildMs / 1000).toFixed(1)} s`],
        [
          'Pagefind indexing',
          results.build.pagefindMs === undefined
            ? 'no search index yet'
            : `${results.build.pagefindMs} ms`,
        ],
      ],
    ),
    '',
    `Presenter console → audience view: ${
      typeof sync === 'string'
        ? sync
        : `median ${ms(sync.median)}, slowest ${ms(sync.max)} over ${sync.samples} actions`
    }`,
    '',
    '## Lighthouse (mobile preset)',
    '',
    lighthouseTable(results.lighthouse),
    '',
  ].join('\n');
}
