/**
 * Bytes as base64url text without padding (RFC 4648 §5), and back. Suspend data must pass
 * through any LMS text field unchanged, and these 64 characters need no escaping anywhere.
 * Written here because Uint8Array#toBase64 is newer than the browsers many LMSs still run in.
 * Reading is strict: any other character, an impossible length or stray bits refuse the text,
 * so only what toBase64url wrote reads back.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Each ASCII character's 6-bit value, or -1 for a character outside the alphabet. */
const VALUES = new Int8Array(128).fill(-1);
for (let value = 0; value < ALPHABET.length; value++) VALUES[ALPHABET.charCodeAt(value)] = value;

const letter = (value: number) => ALPHABET.charAt(value & 63);

export function toBase64url(bytes: Uint8Array): string {
  const letters: string[] = [];
  for (let at = 0; at < bytes.length; at += 3) {
    const left = bytes.length - at;
    const group = ((bytes[at] ?? 0) << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0);
    letters.push(letter(group >> 18), letter(group >> 12));
    if (left > 1) letters.push(letter(group >> 6));
    if (left > 2) letters.push(letter(group));
  }
  return letters.join('');
}

/** The bytes, or undefined when the text is not base64url as toBase64url writes it. */
export function fromBase64url(text: string): Uint8Array | undefined {
  // Four letters make three bytes; a lone letter left over cannot hold a whole byte.
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let pending = 0;
  let bits = 0;
  let at = 0;
  for (let index = 0; index < text.length; index++) {
    const value = VALUES[text.charCodeAt(index)] ?? -1;
    if (value < 0) return undefined;
    pending = (pending << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = pending >> bits;
      pending &= (1 << bits) - 1;
    }
  }
  // The bits after the last whole byte are zero in anything toBase64url wrote.
  return pending === 0 ? bytes : undefined;
}
