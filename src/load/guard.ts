import type { Issue, IssueCode } from "../errors/AwardRulesError.js";

/** Keys that could reach an object's prototype: refused wherever they appear. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Engineering bounds on input (not policy values): past them an input is refused, not processed. */
export interface GuardLimits {
  maxDepth: number;
  maxNodes: number;
  maxStringLength: number;
  maxArrayLength: number;
}

/** Bounds for a candidate record. */
export const RECORD_LIMITS: GuardLimits = { maxDepth: 12, maxNodes: 200_000, maxStringLength: 10_000, maxArrayLength: 10_000 };
/** Bounds for a rule file. */
export const RULEBOOK_LIMITS: GuardLimits = { maxDepth: 64, maxNodes: 1_000_000, maxStringLength: 20_000, maxArrayLength: 10_000 };

/**
 * Walks a raw input once, without recursion, before any schema sees it: refuses prototype keys
 * (`__proto__`, `constructor`, `prototype`), nesting deeper than `maxDepth`, more than `maxNodes`
 * values, lists longer than `maxArrayLength`, over-long strings, and values JSON cannot hold (functions, symbols, bigints, undefined
 * inside arrays, objects that are not plain). Returns the issues found (at most 20).
 *
 * @example
 * ```ts
 * guardInput(JSON.parse('{"attestations":{"__proto__":{}}}'), RECORD_LIMITS, "invalid_record");
 * // [{ code: "invalid_record", path: ["attestations", "__proto__"], message: "key __proto__ is not allowed" }]
 * ```
 */
export function guardInput(input: unknown, limits: GuardLimits, code: IssueCode): Issue[] {
  const issues: Issue[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  let nodes = 0;
  while (stack.length > 0 && issues.length < 20) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    nodes += 1;
    if (nodes > limits.maxNodes) {
      issues.push({ code, path: [], message: `more than ${limits.maxNodes} values: input too large` });
      break;
    }
    if (path.length > limits.maxDepth) {
      issues.push({ code, path, message: `nested deeper than ${limits.maxDepth} levels` });
      continue;
    }
    if (typeof value === "string") {
      if (value.length > limits.maxStringLength) issues.push({ code, path, message: `a string longer than ${limits.maxStringLength} characters` });
      continue;
    }
    if (value === null || typeof value === "number" || typeof value === "boolean") continue;
    if (typeof value !== "object") {
      issues.push({ code, path, message: `a ${typeof value} is not a JSON value` });
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength) {
        issues.push({ code, path, message: `a list of ${value.length} items, more than ${limits.maxArrayLength}` });
        continue;
      }
      for (let index = value.length - 1; index >= 0; index -= 1) stack.push({ value: value[index], path: [...path, index] });
      continue;
    }
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      issues.push({ code, path, message: "not a plain object" });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) issues.push({ code, path: [...path, key], message: `key ${key} is not allowed` });
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}

/**
 * Runs a schema check, turning a stack overflow inside it (an input too large or too nested for
 * the checker, past what the guard already bounds) into a typed issue instead of a crash.
 *
 * @example
 * ```ts
 * const result = checkSafely(() => CandidateRecordSchema.safeParse(input), "invalid_record");
 * ```
 */
export function checkSafely<T>(run: () => T, code: IssueCode): T | Issue {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) return { code, path: [], message: "input too large or too deeply nested to check" };
    throw error;
  }
}
