/**
 * The schema issues of the compiled validators as zod words them, as data: the structured fields
 * of zod's issues (`expected`, `values`, `origin`, `minimum`…) under the catalog's ids, so a
 * record or a rule file refused by the compiled validators reads exactly as one refused by zod (a
 * test sends both the same inputs and compares every issue).
 */
import type { MessageRef } from "../messages/catalog.js";
import { receivedType } from "../text/describeValue.js";

/** An issue as a validator finds it, before it becomes an `AwardRulesError` issue. */
export type SchemaIssue = MessageRef & {
  /** zod's issue code (invalid_type, too_small, unrecognized_keys, custom…). */
  kind: string;
  path: (string | number)[];
  /** Whether checks of enclosing values still run (zod's `continue`): true for format and size checks and refinements, false for a wrong type. */
  continue: boolean;
};

/**
 * zod's issue for a value of the wrong type.
 *
 * @example
 * ```ts
 * invalidType("string", 5); // { messageId: "schema.invalidType", params: { expected: "string", received: "number" } }
 * ```
 */
export function invalidType(expected: string, value: unknown): MessageRef {
  return { messageId: "schema.invalidType", params: { expected, received: receivedType(value) } };
}

/**
 * zod's issue for a value outside an enum or unequal to a literal.
 *
 * @example
 * ```ts
 * invalidOption(["a", "b"]); // { messageId: "schema.invalidValue", params: { values: ["a", "b"] } }
 * ```
 */
export function invalidOption(values: readonly unknown[]): MessageRef {
  return { messageId: "schema.invalidValue", params: { values: values as string[] } };
}

/**
 * zod's issue for a size or bound: at least (`small`) or at most (`big`), inclusive or not.
 *
 * @example
 * ```ts
 * sizeIssue("small", "array", true, 1); // { messageId: "schema.tooSmall", params: { origin: "array", inclusive: true, minimum: 1 } }
 * ```
 */
export function sizeIssue(direction: "small" | "big", origin: "string" | "array" | "number" | "int" | "unknown", inclusive: boolean, bound: number): MessageRef {
  return direction === "small"
    ? { messageId: "schema.tooSmall", params: { origin, inclusive, minimum: bound } }
    : { messageId: "schema.tooBig", params: { origin, inclusive, maximum: bound } };
}
