/**
 * Freezes an object and every object reachable from it through its own enumerable properties,
 * array items and the keys and values of maps and sets (functions are left as they are: what they
 * close over was frozen where it was made). A frozen map or set can still be added to (JavaScript has no
 * frozen collections); what the library keeps in one is never written into generated code.
 * Values already frozen are not walked again, so shared parts cost nothing twice.
 *
 * @example
 * ```ts
 * const table = deepFreeze({ levels: [{ quota: 3 }] });
 * Object.isFrozen(table.levels[0]); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) deepFreeze(item);
  } else if (value instanceof Map) {
    for (const [key, item] of value as Map<unknown, unknown>) {
      deepFreeze(key);
      deepFreeze(item);
    }
  } else if (value instanceof Set) {
    for (const item of value as Set<unknown>) deepFreeze(item);
  } else {
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
