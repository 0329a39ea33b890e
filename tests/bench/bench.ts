/**
 * `npm run bench`: builds the site and prints what each kind of page costs in the browser
 * (tests/tools/browser-weight.ts), what the first search fetches and how fast it answers, how
 * soon a click is painted on a slow CPU, Starlight beside Shinrai, the build time and
 * Lighthouse's mobile scores. Figures, not a test: it never fails on a slow number.
 * Writes the same figures to bench/results.json (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import messages from '../../src/i18n/en.json' with { type: 'json' };
import {
  measureFirstUse,
  measureInBrowser,
  type BrowserWeight,
  type FirstUse,
} from '../tools/browser-weight.ts';
import { budgetFor } from '../tools/budgets.ts';
import { distDir, fileFor, measurePage, type PageWeight } from '../tools/page-weight.ts';
import { launchChromium, startPreview, type Preview } from './browser.ts';
import { firstSearch, type SearchUi } from './first-search.ts';
import { runLighthouse } from './lighthouse.ts';
import { lessonId, pageTypes, scenarioId } from './page-types.ts';
import { presenterSyncMs } from './presenter-sync.ts';
import { report, type PageRow, type Results, type StarlightSide } from './report.ts';
import { checkAnswer, scenarioReply } from './responsiveness.ts';
import { buildStarlight, versions } from './starlight.ts';
import { lmsReport, measureLms } from './lms.ts';

const root = join(distDir, '..');
// Another bench or preview may hold the default; BENCH_PORT=4440 npm run bench avoids it.
const port = Number(process.env['BENCH_PORT'] ?? 4329);
const lessonPath = `/lessons/${lessonId}/`;

const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
const problem = (error: unknown) => (error instanceof Error ? error.message : String(error));

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

const shinraiSearch: SearchUi = {
  open: async (page) => {
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    const box = page.getByRole('dialog').getByRole('searchbox');
    await box.waitFor();
    return box;
  },
  result: `[aria-label="${messages['search.results']}"] > li`,
};

const starlightSearch: SearchUi = {
  open: async (page) => {
    await page.locator('button[data-open-modal]').click();
    const box = page.locator('dialog[open] input').first();
    await box.waitFor();
    return box;
  },
  result: '.pagefind-ui__result',
};

async function withPage<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

async function measurePageTypes(browser: Browser, origin: string): Promise<PageRow[]> {
  return withPage(browser, async (page) => {
    const rows: PageRow[] = [];
    for (const { type, page: path, firstUse } of pageTypes) {
      const staticWeight: PageWeight | undefined = existsSync(fileFor(distDir, path))
        ? measurePage(distDir, path)
        : undefined;
      say(`measuring ${path}`);
      let weight: BrowserWeight | string;
      let used: FirstUse | string;
      try {
        weight = await measureInBrowser(page, new URL(path, origin));
        used = await measureFirstUse(page, firstUse.action, firstUse.act).catch(
          (error: unknown) => `${firstUse.action}: ${problem(error)}`,
        );
      } catch (error) {
        weight = problem(error);
        used = 'not measured';
      }
      rows.push({
        type,
        page: path,
        budget: budgetFor(path),
        weight,
        firstUse: used,
        staticWeight,
      });
    }
    return rows;
  });
}

async function attempt<T>(what: string, run: () => Promise<T>): Promise<T | string> {
  say(what);
  try {
    return await run();
  } catch (error) {
    return `could not measure: ${problem(error)}`;
  }
}

async function measureStarlight(browser: Browser): Promise<StarlightSide> {
  say(`building Starlight ${versions.starlight} from Shinrai's lessons`);
  const built = buildStarlight();
  if ('skipped' in built) return built;
  let preview: Preview;
  try {
    preview = await startPreview(built.root, port + 1);
  } catch (error) {
    return { skipped: `its preview server did not start: ${problem(error)}` };
  }
  try {
    const lesson = await attempt('measuring a Starlight lesson', () =>
      withPage(browser, (page) => measureInBrowser(page, new URL(lessonPath, preview.origin))),
    );
    const search = await attempt('searching Starlight', () =>
      withPage(browser, (page) =>
        firstSearch(page, new URL(lessonPath, preview.origin).href, starlightSearch),
      ),
    );
    return { buildMs: built.buildMs, lesson, search };
  } finally {
    preview.stop();
  }
}

async function measureShinrai(browser: Browser): Promise<Omit<Results, 'build' | 'starlight'>> {
  const preview = await startPreview(root, port);
  const at = (path: string) => new URL(path, preview.origin);
  try {
    const pages = await measurePageTypes(browser, preview.origin);
    const search = await attempt('the first search', () =>
      withPage(browser, (page) => firstSearch(page, at(lessonPath).href, shinraiSearch)),
    );
    const responsiveness = [
      await attempt('timing a scenario reply on a 4× slower CPU', () =>
        withPage(browser, (page) => scenarioReply(page, at(`/scenarios/${scenarioId}/`))),
      ),
      await attempt('timing “Check answer” on a 4× slower CPU', () =>
        withPage(browser, (page) => checkAnswer(page, at(lessonPath))),
      ),
    ];
    say('timing presenter console → audience sync');
    const presenterSync = await presenterSyncMs(browser, preview.origin, scenarioId);
    say('running Lighthouse');
    const lighthouse = await runLighthouse(preview.origin, [
      '/',
      lessonPath,
      `/scenarios/${scenarioId}/`,
      '/search/',
    ]);
    return {
      pages,
      firstSearch: search,
      responsiveness,
      presenterSyncMs: presenterSync,
      lighthouse,
    };
  } finally {
    preview.stop();
  }
}

say('building');
const build = timeBuild();
const browser = await launchChromium();
let shinrai: Omit<Results, 'build' | 'starlight'>;
let starlight: StarlightSide;
try {
  shinrai = await measureShinrai(browser);
  starlight = await measureStarlight(browser);
} finally {
  await browser.close();
}

const results: Results = { build, ...shinrai, starlight };
process.stdout.write(report(results));
say('packaging for LMSs');
const lms = measureLms(root);
process.stdout.write(lmsReport(lms));
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results.json'),
  JSON.stringify({ date: new Date().toISOString(), ...results, lms }, null, 2),
);
// Lighthouse leaves sockets and timers open; the figures are written, so end here.
process.exit(0);
