/**
 * The 000 rulebook translated to JsonLogic for json-logic-engine, the benchmark's compiled peer.
 * Three-valued in Kleene's order (0 false, 1 unknown, 2 true), so "all" is `min`, "any" is `max`
 * and "not" is `2 − x`. Windows are resolved for one as-of date at translation time, scales are
 * expanded into value lists; every leaf reads the record itself (no call back into award-rules).
 * Covers what the 000 rulebook uses; a record's `knownAbsent` is not translated, and every node is
 * written twice (certainly true, certainly false), so the benchmark shows it for reference only:
 * its compiled peer is the fair translation (jsonLogicFair.ts). A test checks agreement with
 * `evaluateVerdicts` on records without `knownAbsent`.
 */
import { resolveWindow } from "../../src/compile/windows.js";
import type { Condition, Rulebook } from "../../src/index.js";

type Logic = unknown;
const F = 0;
const U = 1;
const T = 2;

const val = (...path: string[]): Logic => ({ val: path.length === 1 ? path[0] : path });
const isNull = (logic: Logic): Logic => ({ "===": [logic, null] });

interface Scope {
  rulebook: Rulebook;
  asOf: string;
}

/** The values of a scale at or above (or at or below) a bound. */
function scaleValues(scope: Scope, scale: string, bound: string, direction: "atLeast" | "atMost"): string[] {
  const values = scope.rulebook.scales[scale]?.values ?? [];
  const rank = values.find((entry) => entry.value === bound)?.rank ?? 0;
  return values.filter((entry) => (direction === "atLeast" ? entry.rank >= rank : entry.rank <= rank)).map((entry) => entry.value);
}

/** A `where` filter on one item: [the test, the fields it needs]. */
function whereTest(scope: Scope, where: Record<string, unknown> | undefined): [Logic, string[]] {
  if (where === undefined) return [true, []];
  const tests: Logic[] = [];
  for (const [field, test] of Object.entries(where)) {
    if (test === null || typeof test !== "object") tests.push({ "==": [val(field), test] });
    else {
      const spec = test as { in?: unknown[]; atLeast?: unknown; atMost?: unknown; scale?: string };
      if (spec.in !== undefined) tests.push({ in: [val(field), spec.in] });
      else if (spec.scale !== undefined) {
        const bound = (spec.atLeast ?? spec.atMost) as string;
        tests.push({ in: [val(field), scaleValues(scope, spec.scale, bound, spec.atLeast !== undefined ? "atLeast" : "atMost")] });
      } else if (spec.atLeast !== undefined) tests.push({ ">=": [val(field), spec.atLeast] });
      else tests.push({ "<=": [val(field), spec.atMost] });
    }
  }
  return [{ and: tests }, Object.keys(where)];
}

function windowOf(scope: Scope, name: string | undefined): { from: string | null; to: string; years: number[] | null } {
  if (name === undefined) return { from: null, to: scope.asOf, years: null };
  const window = scope.rulebook.windows[name];
  if (window === undefined) throw new Error(`no window ${name}`);
  return resolveWindow(window, scope.asOf);
}

function leaf(scope: Scope, node: Condition): Logic {
  const params = (node.params ?? {}) as { window?: string; where?: Record<string, unknown>; item?: string };
  const value = node.value;
  const field = node.fact as string;
  switch (field) {
    case "attestation": {
      const given = val("attestations", params.item as string);
      return { if: [isNull(given), U, { "==": [given, "notGiven"] }, U, { "==": [given, value] }, T, F] };
    }
    case "partyMember":
    case "role":
    case "professionalTitle":
    case "revokedInPreviousRound": {
      const given = val(field);
      const test = node.operator === "in" ? { in: [given, value] } : node.operator === "notIn" ? { "!": { in: [given, value] } } : { "===": [given, value] };
      return { if: [isNull(given), U, test, T, F] };
    }
    case "logisticsServiceYears": {
      // full years from the start to the as-of date: at least `value` when the start is on or before as-of minus that many years
      const bound = `${Number(scope.asOf.slice(0, 4)) - (value as number)}${scope.asOf.slice(4)}`;
      return { if: [isNull(val("logisticsStartDate")), U, { "<=": [val("logisticsStartDate"), bound] }, T, F] };
    }
    case "applicationDate": {
      const window = scope.rulebook.awards[0]?.calendar?.applicationWindow as { from: string; to: string } | undefined;
      const year = scope.asOf.slice(0, 4);
      return { if: [isNull(val("application", "date")), U, { "<=": [`${year}-${window?.from}`, val("application", "date"), `${year}-${window?.to}`] }, T, F] };
    }
    case "economicTargetExcess": {
      const year = String(windowOf(scope, params.window).years?.[0]);
      const target = val("economicTargets", year, "target");
      const actual = val("economicTargets", year, "actual");
      return { if: [isNull(target), U, { ">=": [{ "/": [{ "-": [actual, target] }, target] }, value] }, T, F] };
    }
    case "annualAppraisals":
      return appraisal(scope, params.window as string, value as { scale: string; rating: string; minTimes: number; includingLatestYear?: boolean; othersAtLeast: string });
    default:
      return datedCount(scope, node, params);
  }
}

/** A dated list's count in the window, through the filter: unknown when the list is not given or an item in the window lacks a filtered field. */
function datedCount(scope: Scope, node: Condition, params: { window?: string; where?: Record<string, unknown> }): Logic {
  const list = val(node.fact as string);
  const window = windowOf(scope, params.window);
  const inWindow: Logic = window.from === null ? { "<=": [val("date"), window.to] } : { "<=": [window.from, val("date"), window.to] };
  const [test, fields] = whereTest(scope, params.where);
  const matching = { length: { filter: [list, { and: [inWindow, test] }] } };
  const open: Logic = fields.length === 0 ? false : { some: [{ filter: [list, inWindow] }, { or: fields.map((name) => isNull(val(name))) }] };
  const bound = node.value as number;
  const decided = node.operator === "countAtLeast" ? { ">=": [matching, bound] } : { "<=": [matching, bound] };
  return { if: [isNull(list), U, open, U, decided, T, F] };
}

/** The appraisal pattern over the window's years, written out year by year. */
function appraisal(scope: Scope, windowName: string, spec: { scale: string; rating: string; minTimes: number; includingLatestYear?: boolean; othersAtLeast: string }): Logic {
  const years = (windowOf(scope, windowName).years ?? []).map(String);
  const hit = scaleValues(scope, spec.scale, spec.rating, "atLeast");
  const floor = scaleValues(scope, spec.scale, spec.othersAtLeast, "atLeast");
  const rating = (year: string): Logic => val("annualAppraisals", year);
  // a year with no rating counts as unknown when the person served that year (or the start is not given)
  const served = (year: string): Logic => ({ or: [isNull(val("logisticsStartDate")), { "<=": [{ substr: [val("logisticsStartDate"), 0, 4] }, year] }] });
  const hits: Logic = { "+": years.map((year) => ({ if: [{ in: [rating(year), hit] }, 1, 0] })) };
  const unknown: Logic = { "+": years.map((year) => ({ if: [{ and: [isNull(rating(year)), served(year)] }, 1, 0] })) };
  const low: Logic = { or: years.map((year) => ({ and: [{ "!": isNull(rating(year)) }, { "!": { in: [rating(year), hit] } }, { "!": { in: [rating(year), floor] } }] })) };
  const latest = years.at(-1) as string;
  const latestFails: Logic = spec.includingLatestYear
    ? { or: [{ and: [isNull(rating(latest)), { "!": served(latest) }] }, { and: [{ "!": isNull(rating(latest)) }, { "!": { in: [rating(latest), hit] } }] }] }
    : false;
  return {
    if: [low, F, latestFails, F, { "<": [{ "+": [hits, unknown] }, spec.minTimes] }, F, { ">": [unknown, 0] }, U, { ">=": [hits, spec.minTimes] }, T, F],
  };
}

/** A node as two boolean expressions JsonLogic short-circuits natively: certainly true, certainly false. */
interface Pair {
  t: Logic;
  f: Logic;
}

/** A leaf's pair: attestations and plain fields written directly, other leaves through their Kleene value. */
function leafPair(scope: Scope, condition: Condition): Pair {
  if (condition.fact === "attestation" && condition.operator === "equal") {
    const given = val("attestations", (condition.params as { item: string }).item);
    return { t: { "===": [given, condition.value] }, f: { and: [{ "!==": [given, null] }, { "!==": [given, "notGiven"] }, { "!==": [given, condition.value] }] } };
  }
  const kleeneValue = leaf(scope, condition);
  return { t: { "===": [kleeneValue, T] }, f: { "===": [kleeneValue, F] } };
}

function pair(scope: Scope, condition: Condition): Pair {
  if (condition.all) {
    const children = condition.all.map((child) => pair(scope, child));
    return { t: { and: children.map((child) => child.t) }, f: { or: children.map((child) => child.f) } };
  }
  if (condition.any) {
    const children = condition.any.map((child) => pair(scope, child));
    return { t: { or: children.map((child) => child.t) }, f: { and: children.map((child) => child.f) } };
  }
  if (condition.not) {
    const child = pair(scope, condition.not);
    return { t: child.f, f: child.t };
  }
  if (condition.of && condition.atLeast !== undefined) {
    const children = condition.of.map((child) => pair(scope, child));
    const passed = { "+": children.map((child) => ({ if: [child.t, 1, 0] })) };
    const possible = { "+": children.map((child) => ({ if: [child.f, 0, 1] })) };
    return { t: { ">=": [passed, condition.atLeast] }, f: { "<": [possible, condition.atLeast] } };
  }
  return leafPair(scope, condition);
}

const kleeneOf = (value: Pair): Logic => ({ if: [value.t, T, value.f, F, U] });

/**
 * The 000 award as one JsonLogic expression giving `[admission, requirements, then per category
 * its audience and each level's status]`, each level already gated by the requirements and its
 * audience (Kleene order: 0 false, 1 unknown, 2 true). Each node is written as two boolean
 * expressions (certainly true, certainly false), so JsonLogic's own "and" and "or" short-circuit.
 *
 * @example
 * ```ts
 * const logic = toJsonLogic(bundledRulebook().rulebook, "2026-11-26");
 * new LogicEngine().build(logic)(record); // [2, 2, 0, 0, 0, 0, 2, 0, 1, 2, …]
 * ```
 */
export function toJsonLogic(rulebook: Rulebook, asOf: string): Logic {
  const scope: Scope = { rulebook, asOf };
  const award = rulebook.awards[0]!;
  const always: Pair = { t: true, f: false };
  const requirements = award.requirements ? pair(scope, award.requirements) : always;
  const out: Logic[] = [award.admission ? { if: [isNull(val("application")), T, kleeneOf(pair(scope, award.admission))] } : T, kleeneOf(requirements)];
  for (const category of award.categories) {
    const audience = category.audience ? pair(scope, category.audience) : always;
    out.push(kleeneOf(audience));
    for (const level of [...category.levels].sort((a, b) => a.level - b.level)) {
      const conditions = pair(scope, level.conditions);
      out.push(kleeneOf({ t: { and: [requirements.t, audience.t, conditions.t] }, f: { or: [requirements.f, audience.f, conditions.f] } }));
    }
  }
  return out;
}

const FROM_KLEENE = [0, 2, 1] as const;

/**
 * The peer's answer in `evaluateVerdicts`' shape: the same decision over its verdicts.
 *
 * @example
 * ```ts
 * decideKleene(run(record), ["party", "staff", "management"], record.application?.category);
 * ```
 */
export function decideKleene(
  values: number[],
  categories: string[],
  applied: string | undefined,
): {
  status: string;
  category: string | null;
  level: number | null;
  levels: Record<string, string[]>;
  ifApplied?: { status: string; category: string | null; level: number | null };
} {
  const decision = decideApplied(values, categories, applied);
  if (applied !== undefined) return decision;
  // 000 §五(一): without an application the record does not compete (the decision is what it would come to)
  const { levels, ...ifApplied } = decision;
  return { status: "notApplied", category: null, level: null, levels, ifApplied };
}

function decideApplied(
  values: number[],
  categories: string[],
  applied: string | undefined,
): { status: string; category: string | null; level: number | null; levels: Record<string, string[]> } {
  const words = ["fail", "pass", "unknown"];
  const tri = values.map((value) => FROM_KLEENE[value] as number);
  const admission = tri[0] as number;
  const levels: Record<string, string[]> = {};
  let refused = applied !== undefined && admission === 0;
  let best = 0;
  let bestCategory: string | null = null;
  let open = false;
  let at = 2;
  for (const category of categories) {
    const audience = tri[at] as number;
    at += 1;
    const judged = applied === undefined ? audience !== 0 : category === applied;
    if (judged && applied !== undefined && audience === 0) refused = true;
    levels[category] = [];
    for (let level = 1; level <= 3; level += 1) {
      const status = tri[at] as number;
      at += 1;
      levels[category].push(words[status] as string);
      if (!judged) continue;
      if (status === 1 && (best === 0 || level < best)) {
        best = level;
        bestCategory = category;
      }
      if (status === 2) open = true;
    }
  }
  if (refused) return { status: "refused", category: null, level: null, levels };
  const status = best > 0 ? "qualified" : open ? "pendingReview" : "notQualified";
  if (applied !== undefined && admission === 2 && status !== "notQualified") return { status: "pendingReview", category: null, level: null, levels };
  return status === "qualified" ? { status, category: bestCategory, level: best, levels } : { status, category: null, level: null, levels };
}
