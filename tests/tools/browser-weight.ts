/**
 * What a page costs in a real browser, the figure the budgets hold: every script and stylesheet
 * Chromium fetches from navigation until the network is quiet, with the HTTP cache off, storage
 * empty (a first visit) and no interaction at all, not even a scroll, plus the scripts and styles
 * inline in the HTML; each body gzipped
 * on its own at level 9, as tests/tools/page-weight.ts does. Also what a named action (opening
 * search, the first choice in a scenario) fetches on top: code "on first use".
 * Shared by tests/e2e/budgets.spec.ts and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page, Request } from '@playwright/test';

/** One file or inline block: a path on the site, a full URL elsewhere, or `inline <script> 1`. */
export interface Part {
  url: string;
  raw: number;
  gzip: number;
}

export interface Weighed {
  files: number;
  raw: number;
  gzip: number;
  /** What was counted, heaviest first. */
  parts: Part[];
}

export interface BrowserWeight {
  /** The path measured, such as /lessons/ */
  page: string;
  js: Weighed;
  css: Weighed;
  /** Stylesheets Chromium held the first paint for (Resource Timing's renderBlockingStatus). */
  blockingStylesheets: string[];
  html: { raw: number; gzip: number };
}

export interface FirstUse {
  /** The action in the learner's words: "opening search", "checking the first answer". */
  action: string;
  js: Weighed;
  css: Weighed;
  /** Everything else the action fetched: search index chunks, WebAssembly, JSON. */
  other: Weighed;
}

/** How long the network must stay silent before a page counts as loaded; Playwright's networkidle. */
const quietMs = 500;
const quietTimeoutMs = 20_000;

const gzipSize = (body: string | Buffer) => gzipSync(body, { level: 9 }).length;

interface Body extends Part {
  resourceType: string;
}

function weigh(bodies: readonly Part[]): Weighed {
  return {
    files: bodies.length,
    raw: bodies.reduce((sum, body) => sum + body.raw, 0),
    gzip: bodies.reduce((sum, body) => sum + body.gzip, 0),
    parts: bodies
      .map(({ url, raw, gzip }) => ({ url, raw, gzip }))
      .sort((a, b) => b.gzip - a.gzip || a.url.localeCompare(b.url)),
  };
}

/** A URL as the reports show it: a path on the site measured, in full elsewhere. */
function named(url: string, origin: string): string {
  const address = new URL(url);
  return address.origin === origin ? address.pathname + address.search : url;
}

/**
 * Records what a page fetches between start and stop, and knows when its network has been quiet
 * for `quietMs`. Only successful responses carry a body worth counting.
 */
function watchNetwork(page: Page, origin: string) {
  const inFlight = new Set<Request>();
  const bodies: Promise<Body | undefined>[] = [];
  let lastActivity = Date.now();

  const onRequest = (request: Request) => {
    inFlight.add(request);
    lastActivity = Date.now();
  };
  const onFinished = (request: Request) => {
    inFlight.delete(request);
    lastActivity = Date.now();
    bodies.push(
      (async () => {
        const response = await request.response();
        if (!response || response.status() < 200 || response.status() >= 300) return undefined;
        const body = await response.body();
        return {
          url: named(request.url(), origin),
          resourceType: request.resourceType(),
          raw: body.length,
          gzip: gzipSize(body),
        };
      })().catch(() => undefined),
    );
  };
  const onFailed = (request: Request) => {
    inFlight.delete(request);
    lastActivity = Date.now();
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);

  return {
    async quiet(what: string): Promise<void> {
      const started = Date.now();
      while (inFlight.size > 0 || Date.now() - lastActivity < quietMs) {
        if (Date.now() - started > quietTimeoutMs) {
          const pending = [...inFlight].map((request) => request.url()).join(', ');
          throw new Error(
            `${what}: the network was never quiet for ${quietMs} ms within ${quietTimeoutMs / 1000} s` +
              (pending ? `; still fetching ${pending}` : ''),
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop(): Promise<Body[]> {
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      page.off('requestfailed', onFailed);
      return (await Promise.all(bodies)).filter((body) => body !== undefined);
    },
  };
}

const devtools = new WeakMap<Page, CDPSession>();

/** One DevTools session per page, kept open: the cache stays off only while it is attached. */
async function devtoolsFor(page: Page): Promise<CDPSession> {
  let session = devtools.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    await session.send('Network.enable');
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    devtools.set(page, session);
  }
  return session;
}

/**
 * Forgets everything the site stored, so each page is measured as a first visit. Session
 * storage belongs to the tab rather than the origin, so it is cleared from the page itself.
 */
async function forgetSite(page: Page, origin: string): Promise<void> {
  const session = await devtoolsFor(page);
  if (page.url().startsWith(origin))
    await page.evaluate(() => {
      sessionStorage.clear();
    });
  // Leave the site first, so nothing it saves on the way out survives the clearing.
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
}

/**
 * Scrolls to the end a screen at a time, two frames apiece, as a reader would: the action that
 * wakes `client:visible` islands such as a lesson's knowledge check, measured as first use.
 */
export async function readThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frames = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const end = () => document.documentElement.scrollHeight - innerHeight;
    for (let y = 0; y < end(); y += Math.max(innerHeight * 0.9, 200)) {
      scrollTo(0, y);
      await frames();
    }
    scrollTo(0, end());
    await frames();
  });
}

const executableTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Inline code in the served HTML; data blocks (JSON and the like) and external scripts are not. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/(?:^|\s)src\s*=/i.test(attributes))
    .filter(([, attributes = '']) => {
      const type = /(?:^|\s)type\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? '';
      return executableTypes.has(type.toLowerCase());
    })
    .map(([, , code = '']) => code)
    .filter((code) => code.trim() !== '');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)]
    .map(([, css = '']) => css)
    .filter((css) => css.trim() !== '');
  return { scripts, styles };
}

const inline = (kind: string, code: readonly string[]) =>
  code.map((text, index) => ({
    url: `inline <${kind}> ${index + 1}`,
    raw: Buffer.byteLength(text),
    gzip: gzipSize(text),
  }));

/**
 * Opens `url` as a first-time visitor would and weighs what the page fetched without
 * interaction. Call on a page whose previous measurement is finished; the page stays open on
 * `url`, ready for `measureFirstUse`.
 */
export async function measureInBrowser(page: Page, url: string | URL): Promise<BrowserWeight> {
  const address = new URL(url);
  await forgetSite(page, address.origin);
  const network = watchNetwork(page, address.origin);
  let fetched: Body[];
  let html: Buffer;
  try {
    const response = await page.goto(address.href, { waitUntil: 'load' });
    if (!response) throw new Error(`${address.pathname}: no response`);
    html = await response.body();
    await network.quiet(address.pathname);
  } finally {
    fetched = await network.stop();
  }

  const { scripts, styles } = inlineCode(html.toString('utf8'));
  const stylesheets = fetched.filter((body) => body.resourceType === 'stylesheet');
  const blocking = await page.evaluate(() => {
    // renderBlockingStatus is in Chromium since 107 but not yet in TypeScript's DOM types.
    const entries = performance.getEntriesByType('resource') as (PerformanceResourceTiming & {
      renderBlockingStatus?: string;
    })[];
    return entries
      .filter((entry) => entry.renderBlockingStatus === 'blocking')
      .map((entry) => entry.name);
  });
  const blocked = new Set(blocking.map((url) => named(url, address.origin)));

  return {
    page: address.pathname,
    js: weigh([
      ...fetched.filter((body) => body.resourceType === 'script'),
      ...inline('script', scripts),
    ]),
    css: weigh([...stylesheets, ...inline('style', styles)]),
    blockingStylesheets: stylesheets.map((body) => body.url).filter((url) => blocked.has(url)),
    html: { raw: html.length, gzip: gzipSize(html) },
  };
}

/**
 * What `act` makes the page fetch on top of what it loaded: run it after `measureInBrowser` on
 * the same page. `act` performs the action and may wait for its visible result; the network
 * must then be quiet before the bytes are counted.
 */
export async function measureFirstUse(
  page: Page,
  action: string,
  act: (page: Page) => Promise<void>,
): Promise<FirstUse> {
  const network = watchNetwork(page, new URL(page.url()).origin);
  let fetched: Body[];
  try {
    await act(page);
    await network.quiet(`${new URL(page.url()).pathname}, ${action}`);
  } finally {
    fetched = await network.stop();
  }
  return {
    action,
    js: weigh(fetched.filter((body) => body.resourceType === 'script')),
    css: weigh(fetched.filter((body) => body.resourceType === 'stylesheet')),
    other: weigh(
      fetched.filter(
        (body) => body.resourceType !== 'script' && body.resourceType !== 'stylesheet',
      ),
    ),
  };
}
