import { describe, expect, it } from 'vitest';
import { uuidV4 } from '../../../../src/lib/lms/uuid';

describe('uuidV4', () => {
  it('writes 16 bytes as a version 4, RFC 4122 variant UUID', () => {
    expect(uuidV4(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidV4(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('refuses too few bytes', () => {
    expect(() => uuidV4(new Uint8Array(15))).toThrow(/16 random bytes/);
  });
});
