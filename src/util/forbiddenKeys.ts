/**
 * The keys refused anywhere in a record, a rule file, an option, a filter's field or a path step:
 * each can reach an object's prototype. One list for every door that reads keys.
 *
 * @example
 * ```ts
 * FORBIDDEN_KEYS.has("__proto__"); // true
 * ```
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
