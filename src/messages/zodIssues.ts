import { PATTERN_MESSAGES } from "../schema/checkMessages.js";
import type { JsonParam } from "../text/defineMessage.js";
import { isMessageId, type MessageRef } from "./catalog.js";

/**
 * A zod issue as plain data (read once by the door, see `fromZod`): zod's code and English
 * message, its structured fields, and, for a wrong type, the type of the input received.
 */
export type PlainZodIssue = { code: string; message: string; received?: string } & Record<string, unknown>;

/** The sizes the catalog words as zod does (a text's characters, a list's items, a number). */
const ORIGINS = new Set(["string", "array", "number", "int", "unknown"]);

/** The patterns the schemas word themselves, by zod's `String(regex)`. */
const PATTERNS = new Map(Object.entries(PATTERN_MESSAGES).map(([source, entry]) => [String(new RegExp(source)), entry.messageId]));

const isNumber = (value: unknown): value is number | bigint => typeof value === "number" || typeof value === "bigint";
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((entry) => typeof entry === "string");

/** A size issue (`too_small`, `too_big`) by its structured fields. */
function sizeRef(issue: PlainZodIssue): MessageRef | undefined {
  const origin = issue.origin as "string" | "array" | "number" | "int" | "unknown";
  const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
  if (!ORIGINS.has(origin) || !isNumber(bound)) return undefined;
  const inclusive = issue.inclusive === true;
  return issue.code === "too_small"
    ? { messageId: "schema.tooSmall", params: { origin, inclusive, minimum: Number(bound) } }
    : { messageId: "schema.tooBig", params: { origin, inclusive, maximum: Number(bound) } };
}

/** A format issue: a pattern the schemas word, or zod's own words for a pattern. */
function formatRef(issue: PlainZodIssue): MessageRef | undefined {
  if (issue.format !== "regex" || typeof issue.pattern !== "string") return undefined;
  const own = PATTERNS.get(issue.pattern);
  return own !== undefined ? { messageId: own, params: {} } : { messageId: "schema.pattern", params: { pattern: issue.pattern } };
}

/** A refinement of the schemas: its id and params as the schemas gave them to zod (see `customIssue`). */
function customRef(issue: PlainZodIssue): MessageRef | undefined {
  const given = issue.params as { messageId?: unknown; params?: unknown } | undefined;
  if (given === null || typeof given !== "object" || !isMessageId(given.messageId)) return undefined;
  const params = given.params === null || typeof given.params !== "object" ? {} : given.params;
  return { messageId: given.messageId, params } as MessageRef;
}

/** What each zod code becomes, from the issue's fields (undefined: fields the catalog cannot word). */
const BY_CODE: Readonly<Record<string, (issue: PlainZodIssue) => MessageRef | undefined>> = {
  invalid_type: (issue) =>
    typeof issue.expected === "string" && issue.received !== undefined
      ? { messageId: "schema.invalidType", params: { expected: issue.expected, received: issue.received } }
      : undefined,
  invalid_value: (issue) => (Array.isArray(issue.values) ? { messageId: "schema.invalidValue", params: { values: issue.values as JsonParam[] } } : undefined),
  too_small: sizeRef,
  too_big: sizeRef,
  unrecognized_keys: (issue) => (isTextList(issue.keys) ? { messageId: "schema.unrecognizedKeys", params: { keys: issue.keys } } : undefined),
  invalid_format: formatRef,
  not_multiple_of: (issue) => (isNumber(issue.divisor) ? { messageId: "schema.multipleOf", params: { divisor: Number(issue.divisor) } } : undefined),
  invalid_key: () => ({ messageId: "schema.invalidKey", params: {} }),
  invalid_union: (issue): MessageRef =>
    Array.isArray(issue.options)
      ? { messageId: "schema.invalidDiscriminator", params: { options: issue.options as JsonParam[] } }
      : { messageId: "schema.invalidUnion", params: {} },
  custom: customRef,
};

/**
 * One zod issue as a message of the catalog, from its structured fields (`expected`, `values`,
 * `origin`, `minimum`, `keys`, `pattern`, a refinement's params); an issue the catalog cannot word
 * keeps zod's English (`schema.other`).
 *
 * @example
 * ```ts
 * zodIssueMessage({ code: "invalid_value", values: ["a", "b"], message: "…" });
 * // { messageId: "schema.invalidValue", params: { values: ["a", "b"] } }
 * ```
 */
export function zodIssueMessage(issue: PlainZodIssue): MessageRef {
  const read = Object.hasOwn(BY_CODE, issue.code) ? BY_CODE[issue.code] : undefined;
  return read?.(issue) ?? { messageId: "schema.other", params: { text: issue.message } };
}
