import type { Condition, JsonValue, Rulebook, Window } from "../schema/rulebookTypes.js";
import type { ParamsOf } from "../messages/catalog.js";
import { findingOf } from "./finding.js";
import type { LintFinding } from "./types.js";
import { stableJson } from "./constraints.js";
import { childrenOf, type JsonPath } from "./walk.js";

type Placed = { node: Condition; path: JsonPath };

/**
 * Nodes of a level tree by their place in it: the id after the root's id (`staff.1.6.2` → `.6.2`
 * under `staff.1`), or, for an id that does not follow that convention, its position (`#0.5.1`).
 */
function places(root: Condition, rootPath: JsonPath): Map<string, Placed> {
  const byPlace = new Map<string, Placed>();
  const visit = (node: Condition, path: JsonPath, position: string): void => {
    const key = node.id === root.id ? "" : node.id.startsWith(`${root.id}.`) ? node.id.slice(root.id.length) : `#${position}`;
    if (!byPlace.has(key)) byPlace.set(key, { node, path });
    childrenOf(node, path).forEach(([child, childPath], index) => visit(child, childPath, `${position}.${index}`));
  };
  visit(root, rootPath, "0");
  return byPlace;
}

/** How many years a window spans, where that can be compared; `undefined` for dated periods. */
function span(window: Window | undefined): number | undefined {
  if (window === undefined) return undefined;
  if (window.kind === "yearsUpToAsOf" || window.kind === "calendarYearsBeforeRound") return window.years;
  if (window.kind === "untilAsOf") return Number.POSITIVE_INFINITY;
  return window.kind === "fixedDates" ? undefined : 1;
}

const num = (value: JsonValue | undefined): number | undefined => (typeof value === "number" ? value : undefined);
const obj = (value: JsonValue | undefined): Record<string, JsonValue> => (value !== null && typeof value === "object" && !Array.isArray(value) ? value : {});

/** Why a lower level asks more than the level above it, as data for the finding's message. */
type Stricter = ParamsOf<"lint.lowerLevelStricter">["why"];

const THRESHOLD_HIGHER = ["greaterThan", "greaterThanInclusive", "countAtLeast"];
const THRESHOLD_LOWER = ["lessThan", "lessThanInclusive", "countAtMost"];

/** A numeric or count threshold the lower level sets higher (or, for an upper bound, lower). */
function thresholdStricter(higher: Condition, lower: Condition, operator: string): Stricter | undefined {
  const [h, l] = [num(higher.value), num(lower.value)];
  if (h === undefined || l === undefined) return undefined;
  if ((THRESHOLD_HIGHER.includes(operator) && l > h) || (THRESHOLD_LOWER.includes(operator) && l < h)) return { kind: "threshold", operator, value: l, higher: higher.id, has: h };
  return undefined;
}

/** A count over a longer window (at most) or a shorter one (at least). */
function windowStricter(rulebook: Rulebook, higher: Condition, lower: Condition, operator: string): Stricter | undefined {
  const [hw, lw] = [higher.params?.window, lower.params?.window];
  if ((operator !== "countAtMost" && operator !== "countAtLeast") || typeof hw !== "string" || typeof lw !== "string" || hw === lw) return undefined;
  const [hs, ls] = [span(rulebook.windows[hw]), span(rulebook.windows[lw])];
  if (hs === undefined || ls === undefined || !(operator === "countAtMost" ? ls > hs : ls < hs)) return undefined;
  const years = (count: number): number | null => (Number.isFinite(count) ? count : null);
  return { kind: "window", operator, window: lw, years: years(ls), higher: higher.id, higherWindow: hw, higherYears: years(hs) };
}

/** An appraisal pattern asking more times, or a better floor for the other ratings. */
function patternStricter(rulebook: Rulebook, higher: Condition, lower: Condition): Stricter | undefined {
  const [hv, lv] = [obj(higher.value), obj(lower.value)];
  const ranks = rulebook.scales[String(lv.scale)]?.values;
  const rank = (value: JsonValue | undefined): number | undefined => ranks?.find((entry) => entry.value === value)?.rank;
  const [hm, lm] = [num(hv.minTimes), num(lv.minTimes)];
  if (hm !== undefined && lm !== undefined && lm > hm) return { kind: "minTimes", times: lm, rating: String(lv.rating), higher: higher.id, asks: hm };
  const [ho, lo] = [rank(hv.othersAtLeast), rank(lv.othersAtLeast)];
  if (hv.scale === lv.scale && ho !== undefined && lo !== undefined && lo > ho)
    return { kind: "othersAtLeast", rating: String(lv.othersAtLeast), higher: higher.id, asks: String(hv.othersAtLeast) };
  return undefined;
}

/** Why the lower level's leaf asks more than the higher level's, or `undefined`. */
function stricterLeaf(rulebook: Rulebook, higher: Condition, lower: Condition): Stricter | undefined {
  if (higher.fact !== lower.fact || higher.operator !== lower.operator || higher.fact === undefined || higher.path !== lower.path) return undefined;
  const withoutWindow = (node: Condition): string => stableJson(Object.entries(node.params ?? {}).filter(([key]) => key !== "window"));
  if (withoutWindow(higher) !== withoutWindow(lower)) return undefined;
  const operator = lower.operator ?? "";
  const found = thresholdStricter(higher, lower, operator) ?? windowStricter(rulebook, higher, lower, operator);
  if (found !== undefined) return found;
  return operator === "appraisalPattern" ? patternStricter(rulebook, higher, lower) : undefined;
}

/** Why the lower level's node asks more than the higher level's at the same place, or `undefined`. */
function stricter(rulebook: Rulebook, higher: Condition, lower: Condition): Stricter | undefined {
  if (lower.all && (higher.any || higher.of)) return { kind: "all", count: lower.all.length, higher: higher.id, asks: higher.any ? null : (higher.atLeast ?? 1) };
  if (lower.of && lower.atLeast !== undefined) {
    const needed = higher.any ? 1 : higher.of ? higher.atLeast : undefined;
    if (needed !== undefined && lower.atLeast > needed) return { kind: "atLeast", atLeast: lower.atLeast, higher: higher.id, asks: needed };
  }
  return stricterLeaf(rulebook, higher, lower);
}

/**
 * A lower level stricter than the level above it: in each level award, for each category and
 * each pair of neighbouring levels (level L and the next lower one), nodes at the same place
 * (`party.1.6` and `party.2.6`) are compared; the lower level's node is stricter when it is an
 * `all` where the higher has `any`, a numeric or count threshold is higher, a `countAtMost`
 * window is longer, or an `appraisalPattern` asks more times or a better floor for the other
 * ratings. A record meeting the higher level could then fail the lower one. Warnings.
 *
 * @example
 * ```ts
 * checkLevelOrder(bundledRulebook().rulebook).map((finding) => finding.ruleId); // ["party.2.6"]
 * ```
 */
export function checkLevelOrder(rulebook: Rulebook): LintFinding[] {
  const findings: LintFinding[] = [];
  rulebook.awards.forEach((award, a) => {
    award.categories.forEach((category, c) => {
      const levels = category.levels
        .map((level, index) => ({ level, path: ["awards", a, "categories", c, "levels", index, "conditions"] }))
        .sort((x, y) => x.level.level - y.level.level);
      levels.slice(1).forEach((lower, index) => {
        const higher = levels[index];
        if (higher === undefined || higher.level.level === lower.level.level) return;
        const higherPlaces = places(higher.level.conditions, higher.path);
        for (const [place, { node, path }] of places(lower.level.conditions, lower.path)) {
          const match = higherPlaces.get(place);
          const why = match && stricter(rulebook, match.node, node);
          if (why === undefined || match === undefined) continue;
          const params = { lower: lower.level.level, higher: higher.level.level, category: category.id, id: node.id, why };
          findings.push(findingOf("lower_level_stricter", "warning", path, "lint.lowerLevelStricter", params, node.id));
        }
      });
    });
  });
  return findings;
}
