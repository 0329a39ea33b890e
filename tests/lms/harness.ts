/**
 * An LMS in a test: a page that hosts a package's launch file in a frame, with scorm-again as the
 * SCORM runtime (window.API for 1.2, window.API_1484_11 for 2004), and reads back what the course
 * recorded. For cmi5 the page frames the AU's launch address, and the LRS is ./lrs.ts. Everything is served from the package zip through Playwright's routing, on an origin
 * of its own, from a folder an LMS might choose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { BrowserContext, Frame, Page } from '@playwright/test';

export type Version = '1.2' | '2004';
type Kind = Version | 'cmi5';

const root = join(import.meta.dirname, '..', '..');
export const ORIGIN = 'http://lms.test';
/** Where this LMS serves the package: deep, and nothing like the site's own paths. */
export const CONTENT = '/pluginfile.php/42/mod_scorm/content/7/';

const zips: Partial<Record<Kind, Record<string, Uint8Array>>> = {};
const zipNames = {
  '1.2': 'shinrai-scorm12.zip',
  '2004': 'shinrai-scorm2004.zip',
  cmi5: 'shinrai-cmi5.zip',
} as const;

export function packageFiles(kind: Kind): Record<string, Uint8Array> {
  zips[kind] ??= unzipSync(readFileSync(join(root, 'packages', zipNames[kind])));
  return zips[kind];
}

const html = 'text/html; charset=utf-8';
const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  xml: 'application/xml',
  wasm: 'application/wasm',
  webmanifest: 'application/manifest+json',
};

function harnessPage(version: Version): string {
  const api = version === '1.2' ? 'API = new Scorm12API' : 'API_1484_11 = new Scorm2004API';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/harness/scorm-again.js"></script>
<script>
  window.${api}({ autocommit: false, logLevel: 5 });
  const api = window.API || window.API_1484_11;
  if (window.__lmsSeed) api.loadFromJSON(window.__lmsSeed);
  if (window.__lmsRefuses) {
    for (const name of ['LMSSetValue', 'SetValue', 'LMSCommit', 'Commit']) {
      if (api[name]) api[name] = () => 'false';
    }
  }
</script></head>
<body><iframe id="sco" title="Course" src="${CONTENT}lms/launch/index.html" style="width:100%;height:95vh;border:0"></iframe></body></html>`;
}

/** A cmi5 LMS's player: it frames the AU at the launch address in its own `au` parameter. */
const cmi5HarnessPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title></head>
<body><iframe id="sco" title="Course" style="width:100%;height:95vh;border:0"></iframe>
<script>document.getElementById('sco').src = new URLSearchParams(location.search).get('au');</script>
</body></html>`;

/** Serves the LMS and the package on ORIGIN for every page of the context. */
export async function serveLms(context: BrowserContext, version: Kind): Promise<void> {
  const files = packageFiles(version);
  const runtime =
    version === 'cmi5'
      ? ''
      : readFileSync(
          join(
            root,
            'node_modules',
            'scorm-again',
            'dist',
            version === '1.2' ? 'scorm12.min.js' : 'scorm2004.min.js',
          ),
        );
  await context.route(`${ORIGIN}/**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    if (path === '/harness/') {
      const body = version === 'cmi5' ? cmi5HarnessPage : harnessPage(version);
      return route.fulfill({ contentType: html, body });
    }
    if (path === '/harness/scorm-again.js') {
      return route.fulfill({ contentType: 'text/javascript', body: runtime });
    }
    if (path.startsWith(CONTENT)) {
      const file = files[path.slice(CONTENT.length)];
      // An LMS serves files as they are: a folder's address finds nothing.
      if (!file) return route.fulfill({ status: 404, body: 'not found' });
      const extension = path.split('.').pop() ?? '';
      return route.fulfill({
        contentType: types[extension] ?? 'application/octet-stream',
        body: Buffer.from(file),
      });
    }
    return route.fulfill({ status: 404, body: 'not found' });
  });
}

export interface Launch {
  /** What the LMS held before this launch (as scorm-again's loadFromJSON takes it). */
  seed?: object;
  /** The LMS refuses every SetValue and Commit. */
  refuses?: boolean;
}

/** Opens the harness, which launches the package; resolves once the course's page is in the frame. */
export async function launch(page: Page, { seed, refuses }: Launch = {}): Promise<Frame> {
  await page.addInitScript(
    ({ seed, refuses }) => {
      Object.assign(window, { __lmsSeed: seed, __lmsRefuses: refuses });
    },
    { seed, refuses },
  );
  await page.goto(`${ORIGIN}/harness/`);
  return course(page);
}

/** Opens the cmi5 LMS's player on an AU launch address; resolves once the course's page is in. */
export async function launchCmi5(page: Page, auAddress: string): Promise<Frame> {
  await page.goto(`${ORIGIN}/harness/?au=${encodeURIComponent(auAddress)}`);
  return course(page);
}

/** The course's page inside the launch page's frame. */
export async function course(page: Page): Promise<Frame> {
  const launchFrame = page.frame({ url: /\/lms\/launch\/index\.html/ });
  if (!launchFrame) throw new Error('the launch page did not open');
  const handle = await launchFrame.waitForSelector('#lms-course');
  // The cmi5 launch page opens its session before it sets the course's address.
  await page.waitForFunction((frame) => {
    const view = (frame as HTMLIFrameElement).contentWindow;
    return view?.location.href !== 'about:blank' && view?.document.readyState === 'complete';
  }, handle);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the course frame is empty');
  return frame;
}

/** Everything the LMS has recorded, as scorm-again holds it. */
export async function recorded(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const api = window as unknown as Record<string, { renderCMIToJSONObject(): unknown }>;
    return JSON.parse(
      JSON.stringify((api['API'] ?? api['API_1484_11'])?.renderCMIToJSONObject()),
    ) as Record<string, unknown>;
  });
}
