/**
 * A version 4 UUID from 16 random bytes, for statement and session ids. crypto.randomUUID only
 * exists on https pages, and an LMS may serve the course over plain http; getRandomValues works
 * on both, so the runtime draws the bytes and this writes them out.
 */
export function uuidV4(random: Uint8Array): string {
  if (random.length < 16) throw new RangeError('a UUID needs 16 random bytes');
  const bytes = Array.from(random.subarray(0, 16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
