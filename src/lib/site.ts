/**
 * The site's own root: the folder it is served from and whether its addresses name index.html,
 * and the conversion between an address on this site and one kept from its root (the place to
 * resume). Apart from ./routes.ts, which builds every page's address on top of it, so that a page
 * that only shows "Continue" loads this and not every route.
 */

/** The base path in the form "/" or "/training/shinrai/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** "lessons/x/#h" → "lessons/x/index.html#h"; a file's address ("quizzes/a.json") is left as is. */
export function withIndexFile(path: string): string {
  const end = path.search(/[?#]/);
  const [page, rest] = end === -1 ? [path, ''] : [path.slice(0, end), path.slice(end)];
  return page === '' || page.endsWith('/') ? `${page}index.html${rest}` : path;
}

/**
 * The base path this build serves the site under, and whether its addresses name index.html (the
 * LMS packages set PUBLIC_INDEX_FILES=true). Vite writes each value in place of its name; outside
 * Vite (a Node script that only wants normalizeBase) there is no env, and the root stands in.
 * Each name is written out in full so that Vite replaces it with its value alone, not with the
 * whole env object.
 */
const inVite = typeof import.meta.env === 'object';
export const siteBase: string = normalizeBase(inVite ? import.meta.env.BASE_URL : '/');
export const siteIndexFiles: boolean = inVite && import.meta.env.PUBLIC_INDEX_FILES === 'true';

/**
 * A page's address as the progress document keeps it: from the site's root ("/lessons/a/"),
 * without the folder the site is served from or an index.html, so "Continue" still leads there
 * when an LMS serves the course from another folder or on another computer.
 */
export function courseAddressIn(base: string, pathname: string): string {
  const root = normalizeBase(base);
  const inside = pathname.startsWith(root)
    ? pathname.slice(root.length)
    : pathname.replace(/^\/+/, '');
  return `/${inside.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A kept course address as an address on a site served from `base`. */
export function siteAddressIn(base: string, indexFiles: boolean, address: string): string {
  const path = address.replace(/^\/+/, '');
  return `${normalizeBase(base)}${indexFiles ? withIndexFile(path) : path}`;
}

export const courseAddress = (pathname: string) => courseAddressIn(siteBase, pathname);
export const siteAddress = (address: string) => siteAddressIn(siteBase, siteIndexFiles, address);

/** A page's address written by another tool (the search index), in this build's form. */
export function pageAddress(address: string): string {
  return siteIndexFiles ? withIndexFile(address) : address;
}
