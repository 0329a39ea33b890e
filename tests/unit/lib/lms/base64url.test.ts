import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../../../src/lib/lms/base64url';

describe('base64url', () => {
  it('writes what Node writes, and reads it back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it('reads the RFC 4648 test vectors', () => {
    const vectors = { '': '', f: 'Zg', fo: 'Zm8', foo: 'Zm9v', foob: 'Zm9vYg', fooba: 'Zm9vYmE' };
    for (const [plain, encoded] of Object.entries(vectors)) {
      expect(toBase64url(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(fromBase64url(encoded))).toBe(plain);
    }
    expect(toBase64url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
  });

  it('refuses padding, the other alphabet, impossible lengths and stray bits', () => {
    // Each is refused for one reason only: every length but 'Zm9vY' is possible.
    for (const text of ['Zg==', 'Zm9v+g', 'Zm9v/g', 'Zm9vY', 'Zh', 'Zm9 ', 'Zm9vYé', 'Zm9vYg\n']) {
      expect(fromBase64url(text), text).toBeUndefined();
    }
  });
});
