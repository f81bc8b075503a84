import { AwardRulesError, type IssueCode } from "../errors/AwardRulesError.js";
import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { issueOf, raise } from "../messages/issueOf.js";
import { describeValue } from "../text/describeValue.js";
import { nearest } from "../text/nearest.js";

/** Where an argument is: its name, then the keys down to the value. */
export type DoorPath = (string | number)[];

/**
 * Throws the one typed error of a door: the code (`invalid_option` unless told), the path and
 * the message (an id of the catalog and its params).
 *
 * @example
 * ```ts
 * refuse(["options", "full"], "option.notBoolean", { path: "options.full", got: "1" });
 * ```
 */
export function refuse<I extends MessageId>(path: DoorPath, messageId: I, params: ParamsOf<I>, code: IssueCode = "invalid_option"): never {
  return raise(code, path, messageId, params);
}

/** Reads `container[key]` once; a throwing getter or proxy trap is a typed error at `path`. */
export function readOnce(container: object, key: string | number, path: DoorPath): unknown {
  try {
    return (container as Record<string | number, unknown>)[key];
  } catch {
    return refuse(path, "option.unreadable", { path: path.join("."), cause: "getter" });
  }
}

/**
 * Checks that an argument is an object, without reading it (the hot path then reads each field
 * it needs once with `readOnce`, with no copy made).
 *
 * @example
 * ```ts
 * const given = checkArgumentObject(options, "options");
 * const asOf = readOnce(given, "asOf", ["asOf"]);
 * ```
 */
export function checkArgumentObject(value: unknown, name: string): object {
  if (value === null || typeof value !== "object") return refuse([name], "option.notObject", { path: name, got: describeValue(value) });
  return value;
}

/**
 * Reads an options object once into a plain copy of its own keys: each getter runs once, a
 * revoked proxy or throwing getter is a typed error, and `undefined` is `{}` unless `required`.
 * Anything but an object (`null`, a list, a number, a function) is refused.
 *
 * @example
 * ```ts
 * const { asOf, award } = readOptions(options, "options", { required: true });
 * ```
 */
export function readOptions(value: unknown, name: string | DoorPath = "options", { required = false } = {}): Record<string, unknown> {
  const path = typeof name === "string" ? [name] : name;
  const where = path.join(".");
  if (value === undefined && !required) return {};
  if (value === null || typeof value !== "object") return refuse(path, "option.notObject", { path: where, got: describeValue(value) });
  let keys: string[];
  try {
    if (Array.isArray(value)) return refuse(path, "option.listNotObject", { path: where });
    keys = Object.keys(value);
  } catch (error) {
    if (error instanceof AwardRulesError) throw error;
    return refuse(path, "option.unreadable", { path: where, cause: "trap" });
  }
  const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys) copy[key] = readOnce(value, key, [...path, key]);
  return copy;
}

/**
 * Checks a text argument or option; with `allowed`, it must be one of them. `undefined` passes
 * when `optional`.
 *
 * @example
 * ```ts
 * checkText(options.language, ["options", "language"], { optional: true, allowed: ["zh", "en"] });
 * ```
 */
export function checkText<T extends string = string>(
  value: unknown,
  path: DoorPath,
  { optional = false, allowed }: { optional?: boolean; allowed?: readonly T[] } = {},
): T | undefined {
  if (value === undefined && optional) return undefined;
  const where = path.join(".");
  if (typeof value !== "string") return refuse(path, "option.notText", { path: where, got: describeValue(value) });
  if (allowed !== undefined && !allowed.includes(value as T)) return refuse(path, "option.notOneOf", { path: where, allowed: [...allowed], got: describeValue(value) });
  return value as T;
}

/**
 * Checks a yes/no option; `undefined` passes (the default applies).
 *
 * @example
 * ```ts
 * checkFlag(options.full, ["options", "full"]);
 * ```
 */
export function checkFlag(value: unknown, path: DoorPath): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  return refuse(path, "option.notBoolean", { path: path.join("."), got: describeValue(value) });
}

/**
 * Checks a function argument (a lookup, a callback).
 *
 * @example
 * ```ts
 * checkFunction(lookup, ["lookup"]);
 * ```
 */
export function checkFunction<T extends (...args: never[]) => unknown>(value: unknown, path: DoorPath): T {
  if (typeof value === "function") return value as T;
  return refuse(path, "option.notFunction", { path: path.join("."), got: describeValue(value) });
}

/**
 * The most items a list argument may hold (an engineering bound, not a policy value): a longer
 * one — a sparse array of length 2³² − 1, say — is refused before anything is allocated.
 */
export const MAX_LIST_ITEMS = 10_000_000;

/**
 * Reads a list argument once into a plain array (its length and each item read once); anything
 * but an array, or an array of more than `max` items (default `MAX_LIST_ITEMS`), is refused before
 * any item is read.
 *
 * @example
 * ```ts
 * const list = readList(files, ["files"]);
 * ```
 */
export function readList(value: unknown, path: DoorPath, max = MAX_LIST_ITEMS): unknown[] {
  let length: number;
  try {
    if (!Array.isArray(value)) return refuse(path, "option.notList", { path: path.join("."), got: describeValue(value) });
    length = value.length;
    if (!Number.isInteger(length) || length < 0) return refuse(path, "option.unreadable", { path: path.join("."), cause: "length" });
    if (length > max) return refuse(path, "input.listTooLong", { length, max });
  } catch (error) {
    if (error instanceof AwardRulesError) throw error;
    return refuse(path, "option.unreadable", { path: path.join("."), cause: "trap" });
  }
  const copy = new Array<unknown>(length);
  for (let index = 0; index < length; index += 1) copy[index] = readOnce(value as object, index, [...path, index]);
  return copy;
}

/**
 * Refuses every key of an options object that the function does not read, naming the nearest
 * valid one (`awrd` → `award`), in both languages: a misspelt option is never silently ignored.
 *
 * @example
 * ```ts
 * checkKnownKeys({ asOf: "2026-11-26", awrd: "model-post" }, ["asOf", "award"], []);
 * // throws invalid_option at ["awrd"]: unknown option "awrd" (did you mean award?)
 * ```
 */
export function checkKnownKeys(given: object, allowed: readonly string[], path: DoorPath): void {
  let keys: string[];
  try {
    keys = Object.keys(given);
  } catch (error) {
    if (error instanceof AwardRulesError) throw error;
    return refuse(path, "option.unreadable", { path: path.join(".") || "options", cause: "trap" });
  }
  const unknown = keys.filter((key) => !allowed.includes(key));
  if (unknown.length === 0) return;
  throw new AwardRulesError(
    unknown
      .slice(0, 20)
      .map((key) =>
        issueOf("invalid_option", [...path, key], "option.unknown", { key: key.slice(0, 80), near: nearest(key, allowed, 1)[0], allowed: [...allowed] }, { keys: [key] }),
      ),
  );
}
