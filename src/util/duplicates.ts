/**
 * The values that occur more than once in a list, each once, in order of their second
 * occurrence; linear in the list's length.
 *
 * @example
 * ```ts
 * duplicatesOf([1, 2, 1, 3, 2, 1]); // [1, 2]
 * ```
 */
export function duplicatesOf<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    else seen.add(value);
  }
  return [...repeated];
}
