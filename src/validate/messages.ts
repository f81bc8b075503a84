/**
 * The wording of schema issues, the same as zod's (the schemas' source of truth), so a record or a
 * rule file refused by the compiled validators reads exactly as one refused by zod: a test sends
 * both the same inputs and compares every issue.
 */

/** An issue as a validator finds it, before it becomes an `AwardRulesError` issue. */
export interface SchemaIssue {
  /** zod's issue code (invalid_type, too_small, unrecognized_keys, custom…). */
  kind: string;
  path: (string | number)[];
  message: string;
  /** Whether checks of enclosing values still run (zod's `continue`): true for format and size checks and refinements, false for a wrong type. */
  continue: boolean;
}

/**
 * The type zod names for a value it did not expect: `undefined`, `null`, `array`, `NaN`,
 * `Infinity`, or `typeof`.
 *
 * @example
 * ```ts
 * receivedType([]); // "array"
 * ```
 */
export function receivedType(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (!Number.isFinite(value)) return "Infinity";
  }
  return typeof value;
}

/**
 * zod's message for a value of the wrong type.
 *
 * @example
 * ```ts
 * invalidType("string", 5); // "Invalid input: expected string, received number"
 * ```
 */
export function invalidType(expected: string, value: unknown): string {
  return `Invalid input: expected ${expected}, received ${receivedType(value)}`;
}

/**
 * zod's message for a value outside an enum or unequal to a literal.
 *
 * @example
 * ```ts
 * invalidOption(["a", "b"]); // 'Invalid option: expected one of "a"|"b"'
 * ```
 */
export function invalidOption(values: readonly unknown[]): string {
  return values.length === 1 ? `Invalid input: expected ${JSON.stringify(values[0])}` : `Invalid option: expected one of ${values.map((value) => JSON.stringify(value)).join("|")}`;
}

/**
 * zod's message for a size or bound: `Too small: expected string to have >=1 characters`,
 * `Too big: expected number to be <=100`.
 *
 * @example
 * ```ts
 * sizeMessage("small", "array", ">=", 1); // "Too small: expected array to have >=1 items"
 * ```
 */
export function sizeMessage(direction: "small" | "big", origin: "string" | "array" | "number" | "int" | "unknown", relation: string, bound: number): string {
  const head = direction === "small" ? "Too small" : "Too big";
  if (origin === "string") return `${head}: expected string to have ${relation}${bound} characters`;
  if (origin === "array") return `${head}: expected array to have ${relation}${bound} items`;
  return `${head}: expected ${origin} to be ${relation}${bound}`;
}

/**
 * zod's message for unknown keys of a strict object.
 *
 * @example
 * ```ts
 * unrecognizedKeys(["b", "c"]); // 'Unrecognized keys: "b", "c"'
 * ```
 */
export function unrecognizedKeys(keys: readonly string[]): string {
  return `Unrecognized key${keys.length > 1 ? "s" : ""}: ${keys.map((key) => JSON.stringify(key)).join(", ")}`;
}
