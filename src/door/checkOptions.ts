import { AwardRulesError } from "../errors/AwardRulesError.js";
import { isoDateProblem } from "../schema/checks.js";
import { describeValue } from "../text/describeValue.js";
import { schemaMessageInChinese } from "../messages/zhMessages.js";

const fail = (path: string[], message: string, zh?: string): never => {
  throw new AwardRulesError([{ code: "invalid_option", path, message, ...(zh === undefined ? {} : { zh }) }]);
};

/**
 * An as-of date's problem in Chinese, with the text given when it is text.
 *
 * @example
 * ```ts
 * asOfProblemZh("not a real calendar date", "2025-02-30"); // "不是日历上存在的日期（实为“2025-02-30”）"
 * ```
 */
export function asOfProblemZh(problem: string, value: unknown): string {
  return `${schemaMessageInChinese(problem) ?? "日期有误"}${typeof value === "string" ? `（实为“${value.slice(0, 80)}”）` : ""}`;
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
  const problem = isoDateProblem(value);
  if (problem !== undefined) fail(path, `${path.join(".")}: ${problem} (got ${describeValue(value)})`, asOfProblemZh(problem, value));
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
  if (value === null || typeof value !== "object") fail([name], `${name} must be an object (got ${describeValue(value)})`);
  let isList = false;
  try {
    isList = Array.isArray(value);
  } catch {
    fail([name], `${name} could not be read (a revoked proxy)`);
  }
  if (isList) fail([name], `${name} must be an object, not a list`);
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
    fail([name], `${name} could not be read (a revoked proxy or a throwing getter)`);
  }
  if (typeof iterator !== "function") fail([name], `${name} must be an iterable of records (an array, a generator, …), got ${describeValue(value)}`);
  return value as Iterable<unknown>;
}
