/**
 * Freezes a value and everything reachable from it through own properties, array items and the
 * keys and values of maps and sets. A frozen map or set can still be added to (JavaScript has no
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
  if (value === null || (typeof value !== "object" && typeof value !== "function") || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (value instanceof Map) {
    for (const [key, item] of value as Map<unknown, unknown>) {
      deepFreeze(key);
      deepFreeze(item);
    }
  } else if (value instanceof Set) {
    for (const item of value as Set<unknown>) deepFreeze(item);
  }
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && "value" in descriptor) deepFreeze(descriptor.value as unknown);
  }
  return value;
}
