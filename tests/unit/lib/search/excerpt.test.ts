import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, normalizeQuery } from '../../../../src/lib/search/excerpt';

describe('excerptParts', () => {
  it('splits a Pagefind excerpt into plain and marked text', () => {
    expect(excerptParts('A <mark>discount</mark> wins a deal')).toEqual([
      { text: 'A ', marked: false },
      { text: 'discount', marked: true },
      { text: ' wins a deal', marked: false },
    ]);
  });

  it('decodes entities and drops any other markup instead of interpreting it', () => {
    expect(excerptParts('Trust &amp; <img src=x onerror=alert(1)>loyalty &lt;3')).toEqual([
      { text: 'Trust & loyalty <3', marked: false },
    ]);
  });

  it('decodes numeric entities', () => {
    expect(decodeEntities('buyer&#39;s &#x2014; kōbai')).toBe("buyer's — kōbai");
  });
});

describe('normalizeQuery', () => {
  it('trims, collapses spaces and caps the length', () => {
    expect(normalizeQuery('  five   drivers ')).toBe('five drivers');
    expect(normalizeQuery('x'.repeat(300))).toHaveLength(100);
  });
});
