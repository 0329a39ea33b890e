/**
 * The base path the site under test is served from: "/" normally, "/training/shinrai/" when the
 * suite runs against a build for an LMS (BASE_PATH, as astro.config.mjs reads it). It ends the
 * tests' baseURL, and Playwright puts the paths tests write ("/lessons/x/") under it; `onSite`
 * does the same where a test compares an address the page holds.
 */
import { normalizeBase } from '../../src/lib/routes';

export const basePath = normalizeBase(process.env['BASE_PATH'] ?? '/');

export function onSite(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${basePath}${path.slice(1)}` : path;
}
