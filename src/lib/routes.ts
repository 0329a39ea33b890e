/**
 * Every internal address, built in one place from a route's name, its parameters, the locale and
 * the base path the site is served under: an LMS serves the course from a folder deep inside its
 * own site, and the Japanese edition lives under /ja/. Nothing else writes an internal path
 * (tests/unit/routes.test.ts looks for any that does).
 */

import { normalizeBase, siteBase, siteIndexFiles, withIndexFile } from './site';

export {
  courseAddress,
  courseAddressIn,
  normalizeBase,
  pageAddress,
  siteAddress,
  siteAddressIn,
  siteBase,
  siteIndexFiles,
} from './site';

export const locales = ['en', 'ja'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The route names and the parameters each takes. */
export interface Routes {
  home: undefined;
  lessons: undefined;
  lesson: { id: string; heading?: string | undefined };
  scenarios: undefined;
  scenario: { id: string };
  presentList: undefined;
  present: { id: string };
  presentConsole: { id: string };
  presentScript: { id: string };
  progress: undefined;
  assessment: undefined;
  glossary: undefined;
  term: { id: string };
  search: { query?: string | undefined };
  about: undefined;
  /** A lesson's knowledge check as data, fetched when the quiz wakes. */
  quizData: { id: string };
  /** Where an LMS launches the course: it holds the LMS session (src/pages/lms/launch.astro). */
  lmsLaunch: undefined;
}
export type RouteName = keyof Routes;

/** Where a route lives, below the base path and the locale, without a leading slash. */
function pathOf<N extends RouteName>(name: N, params: Routes[N]): string {
  const p = (params ?? {}) as Record<string, string | undefined>;
  const id = encodeURIComponent(p['id'] ?? '');
  switch (name) {
    case 'home':
      return '';
    case 'lessons':
      return 'lessons/';
    case 'lesson':
      return `lessons/${id}/${p['heading'] ? `#${p['heading']}` : ''}`;
    case 'scenarios':
      return 'scenarios/';
    case 'scenario':
      return `scenarios/${id}/`;
    case 'presentList':
      return 'present/';
    case 'present':
      return `present/${id}/`;
    case 'presentConsole':
      return `present/${id}/console/`;
    case 'presentScript':
      return `present/${id}/script/`;
    case 'progress':
      return 'progress/';
    case 'assessment':
      return 'assessment/';
    case 'glossary':
      return 'glossary/';
    case 'term':
      return `glossary/#${id}`;
    case 'search':
      return p['query'] ? `search/?q=${encodeURIComponent(p['query'])}` : 'search/';
    case 'about':
      return 'about/';
    case 'quizData':
      return `quizzes/${id}.json`;
    case 'lmsLaunch':
      return 'lms/launch/';
  }
}

export interface Where {
  base: string;
  locale: Locale;
  /**
   * Name each page's index.html in its address ("lessons/x/index.html"): an LMS serves a
   * package's files as they are, and may not serve a folder's index for the folder.
   */
  indexFiles?: boolean | undefined;
}

/** An address for an explicit base path and locale. */
export function routeIn<N extends RouteName>(where: Where, name: N, params: Routes[N]): string {
  const prefix = where.locale === defaultLocale ? '' : `${where.locale}/`;
  const path = `${prefix}${pathOf(name, params)}`;
  return `${normalizeBase(where.base)}${where.indexFiles ? withIndexFile(path) : path}`;
}

/** A file the build writes beside the pages (the search index, icons), under the base path. */
export function assetIn(base: string, path: string): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

type Params<N extends RouteName> = Routes[N] extends undefined ? [] : [params: Routes[N]];

/** An address on this site, in English unless a locale is given. */
export function href<N extends RouteName>(name: N, ...params: Params<N>): string {
  return routeIn(
    { base: siteBase, locale: defaultLocale, indexFiles: siteIndexFiles },
    name,
    params[0] as Routes[N],
  );
}

/** An address on this site in a locale. */
export function hrefIn<N extends RouteName>(locale: Locale, name: N, ...params: Params<N>): string {
  return routeIn(
    { base: siteBase, locale, indexFiles: siteIndexFiles },
    name,
    params[0] as Routes[N],
  );
}

export function asset(path: string): string {
  return assetIn(siteBase, path);
}

/** The passage a quiz or scenario points to: "lesson-id#heading-id". */
export function anchorHref(lessonAnchor: string): string {
  const [id = '', heading] = lessonAnchor.split('#');
  return href('lesson', { id, heading });
}

/**
 * The addresses of the passages a quiz or scenario points to, by anchor: built with the page and
 * handed to its island, which then needs none of this module's code.
 */
export function passagesFor(anchors: Iterable<string | undefined>): Record<string, string> {
  const passages: Record<string, string> = {};
  for (const anchor of anchors) if (anchor) passages[anchor] = anchorHref(anchor);
  return passages;
}
