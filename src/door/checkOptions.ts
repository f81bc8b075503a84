import type { ParamsOf } from "../messages/catalog.js";
import { raise } from "../messages/issueOf.js";
import { isoDateProblem } from "../schema/checks.js";
import { describeValue } from "../text/describeValue.js";

/**
 * What is wrong with a date option, as the params of `option.badDate` (the option's name, the
 * problem and, for text, the text given), or undefined for a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * badDateParams("2025-02-30", "asOf"); // { path: "asOf", problem: "notReal", text: "2025-02-30" }
 * ```
 */
export function badDateParams(value: unknown, path: string): ParamsOf<"option.badDate"> | undefined {
  const problem = isoDateProblem(value);
  if (problem === undefined) return undefined;
  return {
    path,
    problem: problem.kind,
    ...(problem.kind === "notText" ? { received: problem.received } : {}),
    ...(typeof value === "string" ? { text: value.slice(0, 80) } : {}),
  };
}

/**
 * Checks an as-of date given to a public function: a real `YYYY-MM-DD` date, else an
 * `invalid_option` error naming it.
 *
 * @example
 * ```ts
 * checkAsOf(options?.asOf); // "2026-11-26", or throws AwardRulesError at ["asOf"]
 * ```
 */
export function checkAsOf(value: unknown, path: string[] = ["asOf"]): string {
  const problem = badDateParams(value, path.join("."));
  if (problem !== undefined) raise("invalid_option", path, "option.badDate", { ...problem, got: describeValue(value) });
  return value as string;
}

/**
 * Checks that a value is an object (options, inputs), else an `invalid_option` error naming it.
 *
 * @example
 * ```ts
 * checkObject(options, "options");
 * ```
 */
export function checkObject(value: unknown, name: string): Record<string, unknown> {
  if (value === null || typeof value !== "object") raise("invalid_option", [name], "option.notObject", { path: name, got: describeValue(value) });
  let isList = false;
  try {
    isList = Array.isArray(value);
  } catch {
    raise("invalid_option", [name], "option.unreadable", { path: name, cause: "proxy" });
  }
  if (isList) raise("invalid_option", [name], "option.listNotObject", { path: name });
  return value as Record<string, unknown>;
}

/**
 * Checks that records are given as an iterable (an array, a generator…).
 *
 * @example
 * ```ts
 * checkIterable(records, "records");
 * ```
 */
export function checkIterable(value: unknown, name: string): Iterable<unknown> {
  let iterator: unknown;
  try {
    iterator = value === null || typeof value !== "object" ? undefined : (value as { [Symbol.iterator]?: unknown })[Symbol.iterator];
  } catch {
    raise("invalid_option", [name], "option.unreadable", { path: name, cause: "proxyOrGetter" });
  }
  if (typeof iterator !== "function") raise("invalid_option", [name], "option.notIterable", { path: name, got: describeValue(value) });
  return value as Iterable<unknown>;
}
