/**
 * Lookups keyed by the user's text (a care form's id, a sensitivity key, a field name from a file).
 * An ordinary object answers `volumes["constructor"]` with a built-in function, and a case with a
 * care form called `constructor` once summed that function into its volumes (EUR NaN). These
 * answer only what the object itself holds.
 */

/** The value an object holds under `key` itself, never one it inherits. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return record !== undefined && record !== null && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Whether an object holds `key` itself (`key in object` is also true for what it inherits). */
export function hasOwn(record: object | undefined | null, key: PropertyKey): boolean {
  return record !== undefined && record !== null && Object.prototype.hasOwnProperty.call(record, key);
}
