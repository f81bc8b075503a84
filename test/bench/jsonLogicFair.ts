/**
 * The 000 rulebook in JsonLogic for json-logic-engine, written the straightforward way: the
 * benchmark's compiled peer. Three-valued in Kleene's order (0 false, 1 unknown, 2 true); the
 * engine gets custom methods (`engine.addMethod`) for what JsonLogic lacks:
 *
 * - `k.all`, `k.any` (short-circuiting, each with a compile hook as json-logic-engine's own `and`
 *   and `or` have), `k.not`, `k.atLeast`;
 * - `k.attest`, `k.eq`, `k.in`: a value read from the record (`val`) against the rule's value,
 *   unknown when it is not given (an attestation `notGiven` too): one read and one call, where
 *   JsonLogic's own `if` / `===` / `in` would read the value three times (measured slower);
 * - `k.count`: how many items of a dated list fall in a window and pass a filter, compared with a
 *   bound: the list read once; unknown when it is not given (unless the record's `knownAbsent`
 *   covers every year of the window) or an item in the window lacks a filtered field;
 * - `k.appraisal`: the appraisal pattern over the window's years (years the record says had no
 *   appraisal, and years before the start in logistics, not counted);
 * - `k.excess`: the economic target's excess (a year without a target: nothing exceeded);
 * - `k.award`: the award's shape, `[admission, requirements, then per category its audience and
 *   each level's status]`, the requirements and each audience evaluated once and the levels gated
 *   by them (a failed gate skips its levels).
 *
 * Windows are resolved for one as-of date at translation time and scales expanded into value
 * lists; every leaf reads the record itself (no call back into award-rules). Filters and patterns
 * are plain data (wrapped in `preserve`), so the translation stays JSON.
 */
import { Compiler, LogicEngine } from "json-logic-engine";
import { resolveWindow } from "../../src/compile/windows.js";
import type { Condition, Rulebook } from "../../src/index.js";

type Logic = unknown;
type K = 0 | 1 | 2;
const F = 0;
const U = 1;
const T = 2;

const val = (...path: string[]): Logic => ({ val: path.length === 1 ? path[0] : path });
const isNull = (logic: Logic): Logic => ({ "===": [logic, null] });
const preserve = (data: unknown): Logic => ({ preserve: data });

/** One test of a dated item's field: its allowed values, or a numeric bound. */
interface FieldTest {
  field: string;
  values?: unknown[];
  atLeast?: number;
  atMost?: number;
}

/** A dated count as data: the window, the years `knownAbsent` must cover to make a missing list empty, the filter and the bound. */
interface CountSpec {
  from: string | null;
  to: string;
  years: string[] | null;
  where: FieldTest[];
  atLeast: boolean;
  bound: number;
}

/** An appraisal pattern as data: the window's years, the ranks, and the pattern. */
interface PatternSpec {
  years: string[];
  ranks: Record<string, number>;
  ratingRank: number;
  othersRank: number;
  minTimes: number;
  latest: boolean;
}

// ---- the custom methods ---------------------------------------------------------------------

type Item = Record<string, unknown>;

/** A filter made from its data once (keyed by the preserved object, which a built function passes each time). */
const filters = new WeakMap<FieldTest[], (item: Item) => K>();
function filterOf(where: FieldTest[]): (item: Item) => K {
  let filter = filters.get(where);
  if (filter !== undefined) return filter;
  const tests = where.map((test): ((item: Item) => K) => {
    const { field } = test;
    if (test.values !== undefined) {
      const allowed = new Set(test.values);
      return (item) => {
        const value = Object.hasOwn(item, field) ? item[field] : undefined;
        return value === undefined ? U : allowed.has(value) ? T : F;
      };
    }
    const lower = test.atLeast !== undefined;
    const bound = (test.atLeast ?? test.atMost) as number;
    return (item) => {
      const value = Object.hasOwn(item, field) ? item[field] : undefined;
      if (value === undefined) return U;
      return typeof value === "number" && (lower ? value >= bound : value <= bound) ? T : F;
    };
  });
  filter = (item) => {
    let result: K = T;
    for (let index = 0; index < tests.length; index += 1) {
      const outcome = (tests[index] as (item: Item) => K)(item);
      if (outcome === F) return F;
      if (outcome === U) result = U;
    }
    return result;
  };
  filters.set(where, filter);
  return filter;
}

function count([list, absent, spec]: [Item[] | null, string[] | null, CountSpec]): K {
  let found = 0;
  if (list === null) {
    // not given: empty only when the record says every year the window touches had nothing
    if (absent === null || spec.years === null) return U;
    for (const year of spec.years) if (!absent.includes(year)) return U;
  } else {
    const filter = spec.where.length === 0 ? undefined : filterOf(spec.where);
    const { from, to } = spec;
    for (let index = 0; index < list.length; index += 1) {
      const item = list[index] as Item;
      const date = item.date as string;
      if (date > to || (from !== null && date < from)) continue;
      const verdict = filter === undefined ? T : filter(item);
      if (verdict === U) return U;
      if (verdict === T) found += 1;
    }
  }
  return (spec.atLeast ? found >= spec.bound : found <= spec.bound) ? T : F;
}

function appraisal([ratings, start, absent, spec]: [Record<string, string> | null, string | null, string[] | null, PatternSpec]): K {
  const startYear = start === null ? null : Number(start.slice(0, 4));
  let hits = 0;
  let unknown = 0;
  let latestCounted = false;
  let latestRank: number | null = null;
  const last = spec.years.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const key = spec.years[index] as string;
    const rating = ratings !== null && Object.hasOwn(ratings, key) ? ratings[key] : undefined;
    let rank: number | null;
    if (rating !== undefined) rank = spec.ranks[rating] ?? Number.NEGATIVE_INFINITY;
    else if (absent !== null && absent.includes(key)) continue;
    else if (startYear === null || Number(key) >= startYear) rank = null;
    else continue;
    if (rank === null) unknown += 1;
    else if (rank >= spec.ratingRank) hits += 1;
    else if (rank < spec.othersRank) return F;
    if (index === last) {
      latestCounted = true;
      latestRank = rank;
    }
  }
  if (spec.latest && (!latestCounted || (latestRank !== null && latestRank < spec.ratingRank))) return F;
  if (hits + unknown < spec.minTimes) return F;
  if (unknown > 0) return U;
  return hits >= spec.minTimes ? T : F;
}

function excess([entry, absent, year, bound]: [{ target: number; actual: number } | null, string[] | null, string, number]): K {
  if (entry === null) return absent !== null && absent.includes(year) ? F : U;
  return Math.round(((entry.actual - entry.target) / entry.target) * 1e10) / 1e10 >= bound ? T : F;
}

type Engine = LogicEngine;
const run = (engine: Engine, logic: Logic, context: unknown, above: unknown): K => engine.run(logic, context, { above }) as K;
/** A child built to JavaScript by json-logic-engine's compiler (as its own `and` builds its children). */
const built = (logic: Logic, buildState: unknown): string => Compiler.buildString(logic, buildState as never) as string;

/**
 * A json-logic-engine with the three-valued methods. With `compileHooks` (the default), the
 * short-circuiting methods carry compile hooks as json-logic-engine's own `and`/`or`/`if` do, so
 * `build` inlines them; without, `build` calls their interpreted form.
 *
 * @example
 * ```ts
 * const run = fairLogicEngine().build(toFairJsonLogic(bundledRulebook().rulebook, "2026-11-26"));
 * ```
 */
export function fairLogicEngine(compileHooks = true): LogicEngine {
  const engine = new LogicEngine();
  const all = {
    lazy: true,
    method: (children: Logic[], context: unknown, above: unknown, self: Engine): K => {
      let result: K = T;
      for (const child of children) {
        const value = run(self, child, context, above);
        if (value === F) return F;
        if (value === U) result = U;
      }
      return result;
    },
    // min, stopping at the first false: (prev = a) === 0 ? 0 : Math.min(prev, (prev = b) === 0 ? 0 : …)
    ...(compileHooks
      ? {
          compile: (children: Logic[], buildState: unknown): string =>
            children.reduceRight<string>((rest, child) => `((prev = ${built(child, buildState)}) === 0 ? 0 : Math.min(prev, ${rest}))`, "2"),
        }
      : {}),
  };
  const any = {
    lazy: true,
    method: (children: Logic[], context: unknown, above: unknown, self: Engine): K => {
      let result: K = F;
      for (const child of children) {
        const value = run(self, child, context, above);
        if (value === T) return T;
        if (value === U) result = U;
      }
      return result;
    },
    ...(compileHooks
      ? {
          compile: (children: Logic[], buildState: unknown): string =>
            children.reduceRight<string>((rest, child) => `((prev = ${built(child, buildState)}) === 2 ? 2 : Math.max(prev, ${rest}))`, "0"),
        }
      : {}),
  };
  engine.addMethod("k.all", all);
  engine.addMethod("k.any", any);
  engine.addMethod("k.not", ([value]: [K]) => (2 - value) as K);
  engine.addMethod("k.atLeast", ([needed, ...values]: [number, ...K[]]) => {
    let passed = 0;
    let open = 0;
    for (const value of values) {
      if (value === T) passed += 1;
      else if (value === U) open += 1;
    }
    return passed >= needed ? T : passed + open >= needed ? U : F;
  });
  engine.addMethod("k.attest", ([given, expected]: [unknown, unknown]) => (given === null || given === "notGiven" ? U : given === expected ? T : F));
  engine.addMethod("k.eq", ([given, expected]: [unknown, unknown]) => (given === null ? U : given === expected ? T : F));
  engine.addMethod("k.in", ([given, allowed]: [unknown, unknown[]]) => (given === null ? U : allowed.includes(given) ? T : F));
  engine.addMethod("k.count", count);
  engine.addMethod("k.appraisal", appraisal);
  engine.addMethod("k.excess", excess);
  // [admission, requirements, [audience, levels[]][]] → the flat Kleene array, each level gated by the requirements and its audience
  engine.addMethod("k.award", {
    lazy: true,
    method: ([admission, requirements, categories]: [Logic, Logic, [Logic, Logic[]][]], context: unknown, above: unknown, self: Engine): K[] => {
      const shared = run(self, requirements, context, above);
      const out: K[] = [run(self, admission, context, above), shared];
      for (const [audience, levels] of categories) {
        const open = run(self, audience, context, above);
        const gate = Math.min(shared, open) as K;
        out.push(open);
        for (const level of levels) out.push(gate === F ? F : (Math.min(gate, run(self, level, context, above)) as K));
      }
      return out;
    },
    ...(compileHooks
      ? {
          compile: ([admission, requirements, categories]: [Logic, Logic, [Logic, Logic[]][]], buildState: unknown): string => {
            const blocks = categories.map(([audience, levels]) => {
              const gated = levels.map((level) => `Math.min(g, ${built(level, buildState)})`).join(", ");
              return `a = ${built(audience, buildState)}; g = a < r ? a : r; if (g === 0) out.push(a${", 0".repeat(levels.length)}); else out.push(a, ${gated});`;
            });
            return `((r) => { const out = [${built(admission, buildState)}, r]; let a, g; ${blocks.join(" ")} return out; })(${built(requirements, buildState)})`;
          },
        }
      : {}),
  });
  return engine;
}

// ---- the translation ------------------------------------------------------------------------

interface Scope {
  rulebook: Rulebook;
  asOf: string;
}

function windowOf(scope: Scope, name: string | undefined): { from: string | null; to: string; years: number[] | null } {
  if (name === undefined) return { from: null, to: scope.asOf, years: null };
  const window = scope.rulebook.windows[name];
  if (window === undefined) throw new Error(`no window ${name}`);
  return resolveWindow(window, scope.asOf);
}

/** The calendar years a window touches, as record keys (what `knownAbsent` must list); null for a window without a start. */
function touchedYears(window: { from: string | null; to: string }): string[] | null {
  if (window.from === null) return null;
  const years: string[] = [];
  for (let year = Number(window.from.slice(0, 4)); year <= Number(window.to.slice(0, 4)); year += 1) years.push(String(year));
  return years;
}

function ranksOf(scope: Scope, scale: string): Record<string, number> {
  return Object.fromEntries((scope.rulebook.scales[scale]?.values ?? []).map((entry) => [entry.value, entry.rank]));
}

function whereOf(scope: Scope, where: Record<string, unknown> | undefined): FieldTest[] {
  return Object.entries(where ?? {}).map(([field, test]): FieldTest => {
    if (test === null || typeof test !== "object") return { field, values: [test] };
    const spec = test as { in?: unknown[]; atLeast?: string | number; atMost?: string | number; scale?: string };
    if (spec.in !== undefined) return { field, values: spec.in };
    if (spec.scale !== undefined) {
      const ranks = ranksOf(scope, spec.scale);
      const bound = ranks[(spec.atLeast ?? spec.atMost) as string] as number;
      return { field, values: Object.keys(ranks).filter((value) => (spec.atLeast !== undefined ? (ranks[value] as number) >= bound : (ranks[value] as number) <= bound)) };
    }
    return spec.atLeast !== undefined ? { field, atLeast: spec.atLeast as number } : { field, atMost: spec.atMost as number };
  });
}

function leaf(scope: Scope, node: Condition): Logic {
  const params = (node.params ?? {}) as { window?: string; where?: Record<string, unknown>; item?: string };
  const value = node.value;
  const field = node.fact as string;
  switch (field) {
    case "attestation":
      return { "k.attest": [val("attestations", params.item as string), value] };
    case "partyMember":
    case "role":
    case "professionalTitle":
    case "revokedInPreviousRound":
      if (node.operator === "in" || node.operator === "notIn") {
        const test = { "k.in": [val(field), preserve(value)] };
        return node.operator === "in" ? test : { "k.not": [test] };
      }
      if (node.operator !== "equal") throw new Error(`no translation for ${field} ${node.operator}`);
      return { "k.eq": [val(field), value] };
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
      return { "k.excess": [val("economicTargets", year), val("knownAbsent", "economicTargets"), year, value] };
    }
    case "annualAppraisals": {
      const pattern = value as { scale: string; rating: string; minTimes: number; includingLatestYear?: boolean; othersAtLeast: string };
      const ranks = ranksOf(scope, pattern.scale);
      const spec: PatternSpec = {
        years: (windowOf(scope, params.window).years ?? []).map(String),
        ranks,
        ratingRank: ranks[pattern.rating] as number,
        othersRank: ranks[pattern.othersAtLeast] as number,
        minTimes: pattern.minTimes,
        latest: pattern.includingLatestYear === true,
      };
      return { "k.appraisal": [val("annualAppraisals"), val("logisticsStartDate"), val("knownAbsent", "annualAppraisals"), preserve(spec)] };
    }
    default: {
      if (node.operator !== "countAtLeast" && node.operator !== "countAtMost") throw new Error(`no translation for ${field} ${node.operator}`);
      const window = windowOf(scope, params.window);
      const spec: CountSpec = {
        from: window.from,
        to: window.to,
        years: touchedYears(window),
        where: whereOf(scope, params.where),
        atLeast: node.operator === "countAtLeast",
        bound: value as number,
      };
      return { "k.count": [val(field), val("knownAbsent", field), preserve(spec)] };
    }
  }
}

function node(scope: Scope, condition: Condition): Logic {
  if (condition.all) return { "k.all": condition.all.map((child) => node(scope, child)) };
  if (condition.any) return { "k.any": condition.any.map((child) => node(scope, child)) };
  if (condition.not) return { "k.not": [node(scope, condition.not)] };
  if (condition.of && condition.atLeast !== undefined) return { "k.atLeast": [condition.atLeast, ...condition.of.map((child) => node(scope, child))] };
  return leaf(scope, condition);
}

/**
 * The 000 award as one JsonLogic expression for `fairLogicEngine`, giving `[admission,
 * requirements, then per category its audience and each level's status]` (Kleene order: 0 false,
 * 1 unknown, 2 true), each node written once.
 *
 * @example
 * ```ts
 * const logic = toFairJsonLogic(bundledRulebook().rulebook, "2026-11-26");
 * fairLogicEngine().build(logic)(record); // [2, 2, 0, 0, 0, 0, 2, 0, 1, 2, …]
 * ```
 */
export function toFairJsonLogic(rulebook: Rulebook, asOf: string): Logic {
  const scope: Scope = { rulebook, asOf };
  const award = rulebook.awards[0]!;
  const admission = award.admission ? { if: [isNull(val("application")), T, node(scope, award.admission)] } : T;
  const requirements = award.requirements ? node(scope, award.requirements) : T;
  const categories = award.categories.map((category) => [
    category.audience ? node(scope, category.audience) : T,
    [...category.levels].sort((a, b) => a.level - b.level).map((level) => node(scope, level.conditions)),
  ]);
  return { "k.award": [admission, requirements, categories] };
}
