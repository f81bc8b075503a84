/**
 * Checks the schemas run beyond field types, written without zod so that the same functions serve
 * the zod schemas (the source of truth) and the validators compiled from their JSON Schemas.
 * Each returns the problems found as `{ path, messageId, params }` (see `checkMessages.ts`); none throws.
 */
import type { CheckProblem } from "./checkMessages.js";

/**
 * True when a `YYYY-MM-DD` string names a day that exists (month 1–12, day within the month).
 *
 * @example
 * ```ts
 * isRealDate("2024-02-29"); // true
 * isRealDate("2025-02-29"); // false
 * ```
 */
export function isRealDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}

/** `Array.isArray` that answers false for a revoked proxy instead of throwing. */
function isList(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * What is wrong with a value given as a `YYYY-MM-DD` date, as `IsoDateSchema`'s first issue says
 * it: not text (with the type zod names), not written `YYYY-MM-DD`, or not a real day; undefined
 * when it is a real date.
 *
 * @example
 * ```ts
 * isoDateProblem("2025-02-30"); // { kind: "notReal" }
 * isoDateProblem(5); // { kind: "notText", received: "number" }
 * ```
 */
export function isoDateProblem(value: unknown): { kind: "notText"; received: string } | { kind: "notWritten" | "notReal" } | undefined {
  if (typeof value !== "string") {
    const received = value === null ? "null" : isList(value) ? "array" : typeof value === "number" && Number.isNaN(value) ? "NaN" : typeof value;
    return { kind: "notText", received };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { kind: "notWritten" };
  return isRealDate(value) ? undefined : { kind: "notReal" };
}

/**
 * True when an `MM-DD` string names a day that exists in a leap year (so `02-29` is allowed,
 * `02-30` is not).
 *
 * @example
 * ```ts
 * isRealMonthDay("02-29"); // true
 * isRealMonthDay("04-31"); // false
 * ```
 */
export function isRealMonthDay(text: string): boolean {
  return isRealDate(`2000-${text}`);
}

/**
 * A record's `knownAbsent` against the rest of it: a year said to have had nothing must not also
 * have an entry (a rating, a target) or a dated item in that year.
 *
 * @example
 * ```ts
 * knownAbsentProblems({ economicTargets: { "2025": { target: 1, actual: 2 } }, knownAbsent: { economicTargets: ["2025"] } });
 * // [{ path: ["knownAbsent", "economicTargets", 0], messageId: "check.knownAbsentClash", params: { field: "economicTargets", year: "2025", dated: false } }]
 * ```
 */
export function knownAbsentProblems(record: Record<string, unknown>): CheckProblem[] {
  const absent = record.knownAbsent;
  if (absent === null || typeof absent !== "object") return [];
  const problems: CheckProblem[] = [];
  for (const [field, years] of Object.entries(absent as Record<string, unknown>)) {
    if (!Array.isArray(years)) continue;
    const given = record[field];
    years.forEach((year, index) => {
      if (typeof year !== "string") return;
      if (years.indexOf(year) !== index) {
        problems.push({ path: ["knownAbsent", field, index], messageId: "check.yearListedTwice", params: { year } });
        return;
      }
      const clash = Array.isArray(given)
        ? given.some((item) => item !== null && typeof item === "object" && String((item as { date?: unknown }).date).slice(0, 4) === year)
        : given !== null && typeof given === "object" && Object.hasOwn(given, year);
      if (clash) {
        problems.push({ path: ["knownAbsent", field, index], messageId: "check.knownAbsentClash", params: { field, year, dated: Array.isArray(given) } });
      }
    });
  }
  return problems;
}

/**
 * The shape of a condition node beyond its fields: exactly one of `all`, `any`, `not`,
 * `atLeast` + `of`, or a leaf (`fact` + `operator` + `value`); `atLeast` no more than the
 * conditions in `of`.
 *
 * @example
 * ```ts
 * conditionShapeProblems({ id: "x", all: [], fact: "role" }); // [{ path: [], messageId: "check.conditionShape", params: {} }]
 * ```
 */
export function conditionShapeProblems(node: Record<string, unknown>): CheckProblem[] {
  const has = (key: string): boolean => node[key] !== undefined;
  const shapes = [has("all"), has("any"), has("not"), has("atLeast") || has("of"), has("fact") || has("operator")].filter(Boolean).length;
  if (shapes !== 1) return [{ path: [], messageId: "check.conditionShape", params: {} }];
  const problems: CheckProblem[] = [];
  if (has("atLeast") !== has("of")) problems.push({ path: [], messageId: "check.atLeastWithOf", params: {} });
  const of = node.of;
  if (typeof node.atLeast === "number" && Array.isArray(of) && node.atLeast > of.length) {
    problems.push({ path: ["atLeast"], messageId: "check.atLeastExceeds", params: { atLeast: node.atLeast, count: of.length } });
  }
  if (has("fact") || has("operator")) {
    for (const part of ["fact", "operator", "value"] as const) if (!has(part)) problems.push({ path: [part], messageId: "check.leafNeeds", params: { part } });
  }
  return problems;
}

/**
 * A rulebook holds at least one award, scored award or pay rule, a declared measure's range is
 * not empty, and a `fixedDates` window does not end before it starts.
 *
 * @example
 * ```ts
 * rulebookProblems({ awards: [], scoredAwards: [], payRules: [] }); // [{ path: [], messageId: "check.rulebookEmpty", params: {} }]
 * ```
 */
export function rulebookProblems(rulebook: Record<string, unknown>): CheckProblem[] {
  const count = (key: string): number => (Array.isArray(rulebook[key]) ? (rulebook[key] as unknown[]).length : 0);
  const problems: CheckProblem[] = count("awards") + count("scoredAwards") + count("payRules") > 0 ? [] : [{ path: [], messageId: "check.rulebookEmpty", params: {} }];
  const measures = rulebook.measures;
  if (measures !== null && typeof measures === "object") {
    for (const [name, measure] of Object.entries(measures as Record<string, { min?: number; max?: number }>)) {
      if (measure?.min !== undefined && measure.max !== undefined && measure.min > measure.max) {
        problems.push({ path: ["measures", name, "max"], messageId: "check.measureRange", params: { name, min: measure.min, max: measure.max } });
      }
    }
  }
  const { effectiveFrom, effectiveTo } = rulebook;
  if (typeof effectiveFrom === "string" && typeof effectiveTo === "string" && effectiveFrom > effectiveTo) {
    problems.push({ path: ["effectiveTo"], messageId: "check.effectiveOrder", params: { from: effectiveFrom, to: effectiveTo } });
  }
  const windows = rulebook.windows;
  if (windows !== null && typeof windows === "object") {
    for (const [name, window] of Object.entries(windows as Record<string, { kind?: unknown; from?: unknown; to?: unknown }>)) {
      if (window?.kind === "fixedDates" && typeof window.from === "string" && typeof window.to === "string" && window.from > window.to) {
        problems.push({ path: ["windows", name, "to"], messageId: "check.windowOrder", params: { name, from: window.from, to: window.to } });
      }
    }
  }
  return problems;
}

/**
 * A policy test's parts against each other: exactly one of input, records, recordsFile or pay;
 * round and afterRound only for a round; expectations that fit what the test gives.
 *
 * @example
 * ```ts
 * policyTestProblems({ expected: {} }); // [{ path: [], messageId: "check.testGivesOne", params: {} }, { path: ["expected"], … }]
 * ```
 */
export function policyTestProblems(test: Record<string, unknown>): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const given = [test.input, test.records, test.recordsFile, test.pay].filter((entry) => entry !== undefined).length;
  if (given !== 1) problems.push({ path: [], messageId: "check.testGivesOne", params: {} });
  if (test.input !== undefined && (test.round !== undefined || test.afterRound !== undefined)) {
    problems.push({ path: ["round"], messageId: "check.roundPartsOfRound", params: {} });
  }
  const keys = Object.keys(test.expected ?? {});
  const ROUND = ["roundStatus", "placements", "placedCount", "proposedCount", "applicants", "quotas", "outstanding", "awardees", "ties"];
  const roundOnly = keys.filter((key) => ROUND.includes(key));
  const recordOnly = keys.filter((key) => ![...ROUND, "error", "errors", "values"].includes(key));
  if (test.pay !== undefined && keys.some((key) => key !== "values" && key !== "error" && key !== "errors")) {
    problems.push({ path: ["expected"], messageId: "check.payExpects", params: {} });
  }
  if (test.pay === undefined && keys.includes("values")) problems.push({ path: ["expected", "values"], messageId: "check.valuesOfPay", params: {} });
  if (test.input !== undefined && roundOnly.length > 0) {
    problems.push({ path: ["expected", roundOnly[0] as string], messageId: "check.roundExpected", params: { keys: roundOnly } });
  }
  if (test.input === undefined && test.pay === undefined && recordOnly.length > 0) {
    problems.push({ path: ["expected", recordOnly[0] as string], messageId: "check.recordExpected", params: { keys: recordOnly } });
  }
  if (keys.length === 0) problems.push({ path: ["expected"], messageId: "check.expectedNothing", params: {} });
  return problems;
}
