/**
 * Checks the schemas run beyond field types, written without zod so that the same functions serve
 * the zod schemas (the source of truth) and the validators compiled from their JSON Schemas.
 * Each returns the problems found as `{ path, message }`; none throws.
 */

/** A problem a check found: where (relative to the value checked) and what. */
export interface CheckProblem {
  path: (string | number)[];
  message: string;
}

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
 * // [{ path: ["knownAbsent", "economicTargets", 0], message: "…" }]
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
        problems.push({ path: ["knownAbsent", field, index], message: `year ${year} is listed twice` });
        return;
      }
      const clash = Array.isArray(given)
        ? given.some((item) => item !== null && typeof item === "object" && String((item as { date?: unknown }).date).slice(0, 4) === year)
        : given !== null && typeof given === "object" && Object.hasOwn(given, year);
      if (clash) {
        problems.push({
          path: ["knownAbsent", field, index],
          message: `${field} is said to have had nothing in ${year}, but the record gives ${Array.isArray(given) ? "an item dated" : "an entry for"} ${year}`,
        });
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
 * conditionShapeProblems({ id: "x", all: [], fact: "role" }); // [{ path: [], message: "a condition is exactly one of: …" }]
 * ```
 */
export function conditionShapeProblems(node: Record<string, unknown>): CheckProblem[] {
  const has = (key: string): boolean => node[key] !== undefined;
  const shapes = [has("all"), has("any"), has("not"), has("atLeast") || has("of"), has("fact") || has("operator")].filter(Boolean).length;
  if (shapes !== 1) return [{ path: [], message: "a condition is exactly one of: all, any, not, atLeast+of, or a leaf fact+operator+value" }];
  const problems: CheckProblem[] = [];
  if (has("atLeast") !== has("of")) problems.push({ path: [], message: "atLeast and of go together" });
  const of = node.of;
  if (typeof node.atLeast === "number" && Array.isArray(of) && node.atLeast > of.length) {
    problems.push({ path: ["atLeast"], message: `atLeast ${node.atLeast} exceeds the ${of.length} conditions in of` });
  }
  if (has("fact") || has("operator")) {
    if (!has("fact")) problems.push({ path: ["fact"], message: "a leaf needs a fact" });
    if (!has("operator")) problems.push({ path: ["operator"], message: "a leaf needs an operator" });
    if (!has("value")) problems.push({ path: ["value"], message: "a leaf needs a value" });
  }
  return problems;
}

/**
 * A rulebook holds at least one award, scored award or pay rule, and a declared measure's range
 * is not empty.
 *
 * @example
 * ```ts
 * rulebookProblems({ awards: [], scoredAwards: [], payRules: [] }); // [{ path: [], message: "…" }]
 * ```
 */
export function rulebookProblems(rulebook: Record<string, unknown>): CheckProblem[] {
  const count = (key: string): number => (Array.isArray(rulebook[key]) ? (rulebook[key] as unknown[]).length : 0);
  const problems: CheckProblem[] =
    count("awards") + count("scoredAwards") + count("payRules") > 0 ? [] : [{ path: [], message: "a rulebook holds at least one award, scored award or pay rule" }];
  const measures = rulebook.measures;
  if (measures !== null && typeof measures === "object") {
    for (const [name, measure] of Object.entries(measures as Record<string, { min?: number; max?: number }>)) {
      if (measure?.min !== undefined && measure.max !== undefined && measure.min > measure.max) {
        problems.push({ path: ["measures", name, "max"], message: `measure ${name}: max ${measure.max} is below min ${measure.min}` });
      }
    }
  }
  return problems;
}
