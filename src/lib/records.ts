/**
 * Reading a record keyed by outside data (ids from a stored or imported document, or from another
 * window) as own properties only. `record[id]` would return Object.prototype's `constructor` or
 * `toString` for those ids, and the course would treat a built-in function as a learner's record.
 */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
