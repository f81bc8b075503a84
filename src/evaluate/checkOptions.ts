import { AwardRulesError } from "../errors/AwardRulesError.js";
import { isoDateProblem } from "../schema/checks.js";

/**
 * A value as a message may show it, whatever it is (a BigInt, a cyclic object, a symbol), cut
 * to 80 characters.
 *
 * @example
 * ```ts
 * describeValue(10n); // "10n"
 * ```
 */
export function describeValue(value: unknown): string {
  try {
    const text = typeof value === "bigint" ? `${value}n` : typeof value === "symbol" || typeof value === "function" ? String(typeof value) : JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}…` : text;
  } catch {
    return Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : typeof value;
  }
}

const fail = (path: string[], message: string): never => {
  throw new AwardRulesError([{ code: "invalid_option", path, message }]);
};

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
  if (problem !== undefined) fail(path, `${path.join(".")}: ${problem} (got ${describeValue(value)})`);
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
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail([name], `${name} must be an object`);
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
  if (value === null || typeof value !== "object" || typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") {
    fail([name], `${name} must be an iterable of records (an array, a generator, …)`);
  }
  return value as Iterable<unknown>;
}
