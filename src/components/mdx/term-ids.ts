/** Unique ids for term tooltips: one counter for the whole build, so a term used twice on a page gets two ids. */
let count = 0;

export function nextTip(): number {
  count += 1;
  return count;
}
