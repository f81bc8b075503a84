import type { IssueCode } from "../errors/AwardRulesError.js";
import { refuse, type DoorPath } from "./door.js";
import { FORBIDDEN_KEYS } from "../util/forbiddenKeys.js";

/** Bounds on a value read into plain data (engineering bounds, not policy values). */
const MAX_DEPTH = 64;
/**
 * A result holds about 2.4 values for each value of the rule file it was made from (measured: a
 * rule file of 1,026,738 values gives a result of 2,396,190); the largest rule file the loader
 * takes holds 2,000,000, so a result read back through a door may hold up to 6,000,000.
 */
const MAX_NODES = 6_000_000;
const MAX_STRING = 1_000_000;

/** A value that is not an object, as plain data: text (bounded), a number, yes/no, `null` or `undefined`; anything else refused. */
function readScalar(current: unknown, at: DoorPath, code: IssueCode): unknown {
  if (current === null || current === undefined || typeof current === "number" || typeof current === "boolean") return current;
  if (typeof current === "string") return current.length > MAX_STRING ? refuse(at, "plain.textTooLong", { path: at.join("."), max: MAX_STRING }, code) : current;
  return refuse(at, "plain.notPlainData", { path: at.join("."), type: typeof current }, code);
}

/**
 * Reads a value once into plain data: text, numbers, yes/no, `null`, `undefined` (as a field's
 * value), lists and plain objects, each property read exactly once, so a getter or proxy cannot
 * answer differently later. A BigInt, a symbol, a function, an object that is not plain, a cycle
 * or anything nested past 64 levels, a throwing getter or a revoked proxy is a typed error (code
 * `invalid_option` unless told) at its path. What was frozen is frozen in the copy too.
 *
 * @example
 * ```ts
 * const copy = readPlainData(result, ["result"]); // a plain copy, or throws AwardRulesError
 * ```
 */
export function readPlainData(value: unknown, path: DoorPath, code: IssueCode = "invalid_option"): unknown {
  let nodes = 0;
  const unreadable = (at: DoorPath): never => refuse(at, "option.unreadable", { path: at.join("."), cause: "proxyOrGetter" }, code);
  const read = (current: unknown, at: DoorPath, depth: number): unknown => {
    nodes += 1;
    if (nodes > MAX_NODES) return refuse(path, "plain.tooManyValues", { path: path.join("."), max: MAX_NODES }, code);
    if (depth > MAX_DEPTH) return refuse(at, "plain.tooDeep", { path: at.join("."), max: MAX_DEPTH }, code);
    if (current === null || typeof current !== "object") return readScalar(current, at, code);
    let isList = false;
    let keys: string[] = [];
    let frozen = false;
    try {
      isList = Array.isArray(current);
      frozen = Object.isFrozen(current);
      if (!isList) {
        const prototype = Object.getPrototypeOf(current) as unknown;
        if (prototype !== Object.prototype && prototype !== null) return refuse(at, "plain.notPlainObject", { path: at.join(".") }, code);
        keys = Object.keys(current);
      }
    } catch (error) {
      if (error instanceof Error && error.name === "AwardRulesError") throw error;
      return unreadable(at);
    }
    const property = (key: string | number): unknown => {
      try {
        return (current as Record<string | number, unknown>)[key];
      } catch {
        return unreadable([...at, key]);
      }
    };
    if (isList) {
      const length = property("length");
      if (typeof length !== "number" || !Number.isInteger(length) || length < 0) return unreadable(at);
      // a list longer than the values left is refused before anything is allocated (a sparse array of length 2³² − 1)
      if (length > MAX_NODES - nodes) return refuse(path, "plain.tooManyValues", { path: path.join("."), max: MAX_NODES }, code);
      const copy = new Array<unknown>(length);
      for (let index = 0; index < length; index += 1) copy[index] = read(property(index), [...at, index], depth + 1);
      return frozen ? Object.freeze(copy) : copy;
    }
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return refuse([...at, key], "input.forbiddenKey", { key }, code);
      copy[key] = read(property(key), [...at, key], depth + 1);
    }
    return frozen ? Object.freeze(copy) : copy;
  };
  return read(value, path, 0);
}

/**
 * Reads the given fields of an options copy (from `readOptions`) into plain data in place: the
 * nested options (a previous round, populations, a deployment, limits) are then read once.
 *
 * @example
 * ```ts
 * readPlainFields(options, ["previousRound", "departmentLimits"]);
 * ```
 */
export function readPlainFields(options: object, keys: readonly string[]): void {
  const fields = options as Record<string, unknown>;
  for (const key of keys) if (fields[key] !== undefined) fields[key] = readPlainData(fields[key], [key]);
}
