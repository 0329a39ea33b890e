/**
 * Pagefind returns excerpts as HTML in which only <mark> is meaningful. We never insert that HTML;
 * this turns it into plain text segments, marked or not, for the page to build as text nodes.
 */

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return entities[code.toLowerCase()] ?? whole;
  });
}

export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: html.slice(last, match.index), marked: false });
    parts.push({ text: match[1] ?? '', marked: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: html.slice(last), marked: false });
  // Any other tag is dropped, never interpreted.
  return parts
    .map((part) => ({ ...part, text: decodeEntities(part.text.replace(/<[^>]*>/g, '')) }))
    .filter((part) => part.text.length > 0);
}

/** A query as typed, tidied: trimmed, single-spaced and at most 100 characters. */
export function normalizeQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, 100);
}
