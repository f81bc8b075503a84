import type { MessageRef } from "./catalog.js";

/** A schema issue before it becomes an `Issue`: its message and where it is. */
type Placed = MessageRef & { path: (string | number)[] };

/**
 * A schema's unknown-keys issue (zod's `unrecognized_keys`, at the object, naming every unknown
 * key) as one issue per key, each at the key itself and naming that key alone, so that every door
 * (records, rule files, options) says an unknown key alike: `path` ends with the key and `keys` is
 * `[key]`. Any other issue is given back as it is (and `keys` is undefined).
 *
 * @example
 * ```ts
 * perUnknownKey({ messageId: "schema.unrecognizedKeys", params: { keys: ["a", "b"] }, path: ["awards", 0] });
 * // [{ …, params: { keys: ["a"] }, path: ["awards", 0, "a"], keys: ["a"] }, { …, path: ["awards", 0, "b"], keys: ["b"] }]
 * ```
 */
export function perUnknownKey<T extends Placed>(found: T): (T & { keys?: string[] })[] {
  if (found.messageId !== "schema.unrecognizedKeys") return [found];
  return found.params.keys.map((key) => ({ ...found, params: { keys: [key] }, path: [...found.path, key], keys: [key] }));
}
