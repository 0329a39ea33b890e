/**
 * A seeded, reproducible shuffle: the same seed always gives the same order, so an assessment
 * attempt can be reloaded or shared by its seed, and server and browser agree on a quiz's order.
 */

/** mulberry32: a tiny, well-distributed 32-bit generator. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from any text, such as a question id. */
export function seedFrom(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = generator(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** Shuffled, but never left in the original order, so an ordering task is never solved at the start. */
export function scrambled<T>(items: readonly T[], seed: number): T[] {
  const result = shuffled(items, seed);
  const unchanged = result.every((item, index) => item === items[index]);
  return unchanged && result.length > 1 ? [...result.slice(1), result[0] as T] : result;
}
