/**
 * Text and addresses made safe for an XML manifest: escaping for element text and attribute
 * values, and package paths written as URI references.
 */

/** Characters XML 1.0 cannot carry at all, escaped or not (controls, lone surrogates, U+FFFE/F). */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The first character XML cannot carry, as "U+0007", or undefined when there is none. */
export function illegalXmlChar(text: string): string | undefined {
  const found = notXmlChar.exec(text)?.[0];
  return found === undefined
    ? undefined
    : `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Element text. A carriage return is written as a reference, or a parser would drop it. */
export function xmlText(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

/**
 * An attribute value for either quote. Tabs and line ends are written as references, because a
 * parser turns literal ones into spaces.
 */
export function xmlAttr(text: string): string {
  return xmlText(text)
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;');
}

/**
 * The characters a path segment needs escaped: all but RFC 3986's pchar, and ':' too so no
 * segment reads as a scheme. With the u flag, one match is a whole character, astral ones too.
 */
const notSegmentChar = /[^A-Za-z0-9\-._~!$&'()*+,;=@]/gu;

/**
 * A package-relative file path as a relative URI reference: each segment's other characters (a
 * space, '%', '#', '?', Japanese) percent-encoded as UTF-8, so 'a b/%.html' is 'a%20b/%25.html'.
 */
export function pathToHref(path: string): string {
  return path
    .split('/')
    .map((segment) => segment.replace(notSegmentChar, (char) => encodeURIComponent(char)))
    .join('/');
}
