/**
 * Turns a site built under a marker base path into one whose addresses are relative, so an LMS
 * can serve its package from any folder. Pages and page data get the way back to the package
 * root ("../../"); scripts get an expression that finds the root from their own address at run
 * time, since one script serves pages at every depth.
 */

/** The way from a file (package-relative, "lessons/a/index.html") back to the package root. */
export function rootFrom(path: string): string {
  const depth = path.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** Every occurrence of the marker, as an absolute path, becomes the way back to the root. */
export function relativizeText(text: string, marker: string, consumerPath: string): string {
  return text.split(marker).join(rootFrom(consumerPath));
}

/**
 * In a script the marker can only be the base path as a whole string literal (Vite writes
 * import.meta.env.BASE_URL so); it becomes the root's absolute path in the browser, worked out
 * from the script's own address. A marker anywhere else means a path was glued together at
 * build time, which no replacement can make right: that stops the build.
 */
export function relativizeScript(script: string, marker: string, scriptPath: string): string {
  const root = `new URL(${JSON.stringify(rootFrom(scriptPath))},import.meta.url).pathname`;
  const replaced = script.replace(
    new RegExp(`(["'\`])${marker.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\1`, 'g'),
    `(${root})`,
  );
  if (replaced.includes(marker)) {
    throw new Error(
      `${scriptPath}: the base path appears inside a longer string, so it can't be made relative`,
    );
  }
  return replaced;
}

/** Inline scripts are covered by the page's CSP hashes and must not change: check they don't need to. */
export function inlineScriptsUsing(html: string, marker: string): number {
  const inline = html.match(/<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?<\/script>/g) ?? [];
  return inline.filter((script) => script.includes(marker)).length;
}
