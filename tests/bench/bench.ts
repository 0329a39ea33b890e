/**
 * `npm run bench`: builds the site and prints what each kind of page costs, how long the build
 * takes, and Lighthouse's mobile scores. Figures, not a test: it never fails on a slow number.
 * Writes the same figures to bench/results.json (git-ignored).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { budgetFor } from '../tools/budgets.ts';
import { distDir, fileFor, measurePage, type PageWeight } from '../tools/page-weight.ts';

const root = join(distDir, '..');
const port = 4329;
const origin = `http://localhost:${port}`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function firstId(collectionDir: string): string | undefined {
  const dir = join(root, 'content', collectionDir);
  if (!existsSync(dir)) return undefined;
  const files = spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  return files[0]?.replace(/\.(ya?ml|mdx?)$/, '');
}

const scenario = firstId('scenarios');
const pageTypes: { type: string; page: string }[] = [
  { type: 'home', page: '/' },
  { type: 'lesson list', page: '/lessons/' },
  { type: 'lesson with its quiz', page: '/lessons/trust-outweighs-price/' },
  { type: 'scenario', page: scenario ? `/scenarios/${scenario}/` : '/scenarios/' },
  { type: 'search page', page: '/search/' },
  { type: 'presenter view', page: scenario ? `/present/${scenario}/` : '/present/' },
  { type: 'presenter console', page: scenario ? `/present/${scenario}/console/` : '/present/' },
  { type: 'progress', page: '/progress/' },
  { type: 'final assessment', page: '/assessment/' },
  { type: 'glossary', page: '/glossary/' },
];

function timeBuild(): { buildMs: number; pagefindMs: number | undefined } {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], { cwd: root, encoding: 'utf8' });
  const buildMs = performance.now() - started;
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('astro build failed');
  }
  // The search integration reports its own step as "pagefind: indexed … in N ms".
  const match = /pagefind: .* in (\d+) ?ms/.exec(result.stdout);
  return { buildMs, pagefindMs: match?.[1] ? Number(match[1]) : undefined };
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

function chromiumArgs(): string[] {
  return ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
}

function executablePath(): { executablePath?: string } {
  return existsSync(chromium.executablePath()) ? {} : { executablePath: '/usr/bin/chromium' };
}

async function firstSearchBytes(): Promise<number | string> {
  if (!existsSync(join(distDir, 'pagefind'))) return 'no search index yet';
  const browser = await chromium.launch({ ...executablePath(), args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/`);
    let bytes = 0;
    page.on('response', (response) => {
      if (response.url().includes('/pagefind/')) {
        void response.body().then((body) => (bytes += body.length), () => undefined);
      }
    });
    await page.getByRole('searchbox').fill('trust');
    await page.waitForTimeout(1500);
    return bytes;
  } finally {
    await browser.close();
  }
}

/**
 * How long an action in the presenter console takes to show in the audience window (the issue
 * asks for under 200 ms). Both pages stamp times on the same clock (timeOrigin + now).
 */
async function presenterSyncMs(): Promise<{ median: number; max: number; samples: number } | string> {
  if (!scenario) return 'no scenario yet';
  const browser = await chromium.launch({ ...executablePath(), args: chromiumArgs() });
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const audience = await context.newPage();
    await audience.goto(`${origin}/present/${scenario}/`);
    await audience.locator('.present-phase').waitFor();
    const trainer = await context.newPage();
    await trainer.goto(`${origin}/present/${scenario}/console/`);
    await trainer.locator('.console-phase').waitFor();
    await audience.evaluate(() => {
      const changes: number[] = [];
      Object.assign(window, { changes });
      new MutationObserver(() => changes.push(performance.timeOrigin + performance.now())).observe(
        document.body,
        { subtree: true, characterData: true, childList: true },
      );
    });
    const latencies: number[] = [];
    // Forward through the first decision's phases and back again, one action at a time.
    const keys = [...Array<string>(5).fill('ArrowRight'), ...Array<string>(5).fill('ArrowLeft')];
    for (const key of [...keys, ...keys]) {
      await audience.evaluate(() => ((window as unknown as { changes: number[] }).changes.length = 0));
      const sent = await trainer.evaluate((pressed) => {
        const at = performance.timeOrigin + performance.now();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: pressed, bubbles: true }));
        return at;
      }, key);
      const shown = await audience.waitForFunction(
        () => (window as unknown as { changes: number[] }).changes[0],
        undefined,
        { timeout: 5000 },
      );
      latencies.push(Number(await shown.jsonValue()) - sent);
    }
    latencies.sort((a, b) => a - b);
    return {
      median: latencies[Math.floor(latencies.length / 2)] ?? 0,
      max: latencies.at(-1) ?? 0,
      samples: latencies.length,
    };
  } catch (error) {
    return `could not measure: ${String(error)}`;
  } finally {
    await browser.close();
  }
}

interface LighthouseRow {
  page: string;
  scores?: Record<string, number>;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
  error?: string;
}

async function runLighthouse(pages: string[]): Promise<LighthouseRow[]> {
  let lighthouse: typeof import('lighthouse').default;
  try {
    lighthouse = (await import('lighthouse')).default;
  } catch (error) {
    return pages.map((page) => ({ page, error: `lighthouse could not load: ${String(error)}` }));
  }
  const debuggingPort = 9333;
  let browser;
  try {
    browser = await chromium.launch({
      ...executablePath(),
      args: [...chromiumArgs(), `--remote-debugging-port=${debuggingPort}`],
    });
  } catch (error) {
    return pages.map((page) => ({ page, error: `Chromium could not start: ${String(error)}` }));
  }
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      if (!existsSync(fileFor(distDir, page))) {
        rows.push({ page, error: 'page not built yet' });
        continue;
      }
      try {
        const result = await lighthouse(`${origin}${page}`, {
          port: debuggingPort,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error('no report');
        const scores = Object.fromEntries(
          Object.entries(lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
        );
        rows.push({
          page,
          scores,
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        });
      } catch (error) {
        rows.push({ page, error: String(error) });
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

function weightTable(weights: { type: string; page: string; weight: PageWeight | undefined }[]): string {
  const lines = [
    '| Page type | Page | JS files | JS raw | JS gzip | JS budget | Deferred JS gzip | CSS gzip | HTML gzip | Total gzip |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const { type, page, weight } of weights) {
    if (!weight) {
      lines.push(`| ${type} | ${page} | not built yet | | | | | | | |`);
      continue;
    }
    const budget = budgetFor(page);
    lines.push(
      `| ${type} | ${page} | ${weight.js.files} | ${kb(weight.js.raw)} | ${kb(weight.js.gzip)} | ${kb(budget.jsGzip)} | ${kb(weight.deferredJs.gzip)} | ${kb(weight.css.gzip)} | ${kb(weight.html.gzip)} | ${kb(weight.total.gzip)} |`,
    );
  }
  return lines.join('\n');
}

function lighthouseTable(rows: LighthouseRow[]): string {
  const lines = [
    '| Page | Performance | Accessibility | Best practices | SEO | LCP | TBT | CLS |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of rows) {
    if (row.error || !row.scores) {
      lines.push(`| ${row.page} | ${row.error ?? 'no scores'} | | | | | | |`);
      continue;
    }
    const s = row.scores;
    lines.push(
      `| ${row.page} | ${s['performance']} | ${s['accessibility']} | ${s['best-practices']} | ${s['seo']} | ${Math.round(row.lcpMs ?? 0)} ms | ${Math.round(row.tbtMs ?? 0)} ms | ${(row.cls ?? 0).toFixed(3)} |`,
    );
  }
  return lines.join('\n');
}

const build = timeBuild();
const weights = pageTypes.map(({ type, page }) => ({
  type,
  page,
  weight: existsSync(fileFor(distDir, page)) ? measurePage(distDir, page) : undefined,
}));

const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
// Its own process group, so stopping it stops everything it started.
const server = spawn(process.execPath, [astroBin, 'preview', '--port', String(port), '--ignore-lock'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});
let searchBytes: number | string;
let syncMs: Awaited<ReturnType<typeof presenterSyncMs>>;
let lighthouseRows: LighthouseRow[];
try {
  await waitForServer(`${origin}/`);
  process.stderr.write('bench: measuring the first search\n');
  searchBytes = await firstSearchBytes();
  process.stderr.write('bench: timing presenter console → audience sync\n');
  syncMs = await presenterSyncMs();
  process.stderr.write('bench: running Lighthouse\n');
  lighthouseRows = await runLighthouse([
    '/',
    '/lessons/trust-outweighs-price/',
    scenario ? `/scenarios/${scenario}/` : '/scenarios/',
    '/search/',
  ]);
} finally {
  try {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

const report = [
  '## Page weight on first view',
  '',
  weightTable(weights),
  '',
  '## Build',
  '',
  `| Step | Time |`,
  `|---|--:|`,
  `| astro build (whole production build) | ${(build.buildMs / 1000).toFixed(1)} s |`,
  `| Pagefind indexing | ${build.pagefindMs === undefined ? 'no search index yet' : `${build.pagefindMs} ms`} |`,
  '',
  `First search fetches: ${typeof searchBytes === 'number' ? kb(searchBytes) : searchBytes}`,
  '',
  `Presenter console → audience view: ${
    typeof syncMs === 'string'
      ? syncMs
      : `median ${syncMs.median.toFixed(1)} ms, slowest ${syncMs.max.toFixed(1)} ms over ${syncMs.samples} actions`
  }`,
  '',
  '## Lighthouse (mobile preset)',
  '',
  lighthouseTable(lighthouseRows),
  '',
].join('\n');

process.stdout.write(report);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results.json'),
  JSON.stringify({ date: new Date().toISOString(), build, weights, searchBytes, presenterSyncMs: syncMs, lighthouse: lighthouseRows }, null, 2),
);
// Lighthouse leaves sockets and timers open; the figures are written, so end here.
process.exit(0);
