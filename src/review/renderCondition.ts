import type { Condition, JsonValue, Award, Rulebook } from "../schema/rulebookTypes.js";
import { code, json, pageWords, type ListItem, type PageWords } from "./markdown.js";

/** What a condition is read against: the rulebook (windows, scales), for level awards the award (calendar), and the page's words. */
export interface ConditionScope {
  rulebook: Rulebook;
  award?: Award | undefined;
  /** The page's language and words; English when not given. */
  words?: PageWords | undefined;
}

const SYMBOLS: Record<string, string> = {
  equal: "=",
  notEqual: "≠",
  lessThan: "<",
  lessThanInclusive: "≤",
  greaterThan: ">",
  greaterThanInclusive: "≥",
};

const wordsOf = (scope: ConditionScope): PageWords => scope.words ?? pageWords("en");

/** A scale value with its label, e.g. `` `school` (校级 / school) ``. */
function scaleValue(scope: ConditionScope, scale: unknown, value: unknown): string {
  const label = typeof scale === "string" ? scope.rulebook.scales[scale]?.values.find((entry) => entry.value === value)?.label : undefined;
  const shown = typeof value === "string" ? code(value) : json(value);
  return label === undefined ? shown : `${shown} (${wordsOf(scope).label(label)})`;
}

const list = (values: JsonValue[]): string => values.map((value) => (typeof value === "string" ? code(value) : json(value))).join(", ");

function fieldTest(scope: ConditionScope, field: string, test: JsonValue): string {
  const { say } = wordsOf(scope);
  if (test === null || typeof test !== "object" || Array.isArray(test)) return say("page.fieldIs", { field, code: code(field), equals: true, value: json(test) });
  const keys = Object.keys(test).sort();
  if (keys.length === 1 && Array.isArray(test.in)) return say("page.fieldOneOf", { field, code: code(field), values: list(test.in) });
  const bound = test.atLeast ?? test.atMost;
  if (bound !== undefined && keys.every((key) => ["atLeast", "atMost", "scale"].includes(key))) {
    const atLeast = test.atLeast !== undefined;
    if (test.scale === undefined) return say("page.fieldBound", { field, code: code(field), atLeast, bound: json(bound), scale: undefined });
    return say("page.fieldBound", { field, code: code(field), atLeast, bound: scaleValue(scope, test.scale, bound), scale: code(String(test.scale)) });
  }
  return say("page.fieldIs", { field, code: code(field), equals: false, value: json(test) });
}

function describeParams(scope: ConditionScope, params: Record<string, JsonValue>): string[] {
  const words = wordsOf(scope);
  return Object.entries(params).map(([name, value]) => {
    if (name === "window" && typeof value === "string") {
      const window = Object.hasOwn(scope.rulebook.windows, value) ? scope.rulebook.windows[value] : undefined;
      return words.say("page.windowParam", { name: code(value), label: window ? words.label(window.label) : undefined });
    }
    if (name === "item" && typeof value === "string") return words.say("page.itemParam", { item: code(value) });
    if (name === "where" && value !== null && typeof value === "object" && !Array.isArray(value)) {
      return words.say("page.where", { tests: Object.entries(value).map(([field, test]) => fieldTest(scope, field, test)) });
    }
    return words.say("page.param", { name, code: code(name), value: json(value) });
  });
}

function describeOperator(scope: ConditionScope, operator: string, value: JsonValue): string {
  const { say } = wordsOf(scope);
  const symbol = SYMBOLS[operator];
  if (symbol !== undefined) return `${symbol} ${json(value)}`;
  const values = Array.isArray(value) ? value : [value];
  switch (operator) {
    case "in":
    case "notIn":
      return say("page.operator", { operator, values: list(values) });
    case "contains":
    case "doesNotContain":
    case "countAtLeast":
    case "countAtMost":
      return say("page.operator", { operator, values: json(value) });
    case "withinRoundWindow": {
      const window = value === "applicationWindow" ? scope.award?.calendar?.applicationWindow : undefined;
      return say("page.withinRoundWindow", { value: json(value), from: window?.from, to: window?.to });
    }
    case "appraisalPattern": {
      if (value === null || typeof value !== "object" || Array.isArray(value)) break;
      return say("page.appraisalPattern", {
        minTimes: json(value.minTimes),
        rating: scaleValue(scope, value.scale, value.rating),
        latest: value.includingLatestYear === true,
        others: scaleValue(scope, value.scale, value.othersAtLeast),
        scale: code(String(value.scale)),
      });
    }
  }
  return `${code(operator)} ${json(value)}`;
}

/**
 * A leaf in words: its fact, params (window with its label, item filter, item key), path,
 * operator and value.
 *
 * @example
 * ```ts
 * describeLeaf(leaf, { rulebook });
 * // "`complaints`, window `threeYears` (近三年 / the last 3 years): count ≤ `0`"
 * ```
 */
export function describeLeaf(node: Condition, scope: ConditionScope): string {
  const test = describeOperator(scope, node.operator ?? "?", node.value ?? null);
  return wordsOf(scope).say("page.leaf", { fact: describeFact(node.fact ?? "?", node.params, node.path, scope), test });
}

/**
 * What a leaf or bonus reads, in words: the fact, its params (window with its label, item
 * filter, item key) and path.
 *
 * @example
 * ```ts
 * describeFact("honours", { window: "previousYear" }, undefined, { rulebook });
 * // "`honours`, window `previousYear` (上一年度 / the previous year)"
 * ```
 */
export function describeFact(fact: string, params: Record<string, JsonValue> | undefined, path: string | undefined, scope: ConditionScope): string {
  const parts = [code(fact), ...describeParams(scope, params ?? {})];
  if (path !== undefined) parts.push(wordsOf(scope).say("page.path", { path: code(path) }));
  return parts.join(wordsOf(scope).language === "zh" ? "，" : ", ");
}

/**
 * A condition tree as a nested list: “all of” / “any of” / “not” / “at least k of” nodes and
 * leaves, each with its id, labels, citation, quote and interpretation.
 *
 * @example
 * ```ts
 * renderList([conditionItem(rulebook.awards[0].requirements, { rulebook, award: rulebook.awards[0] })]);
 * ```
 */
export function conditionItem(node: Condition, scope: ConditionScope): ListItem {
  const words = wordsOf(scope);
  const id = code(node.id);
  const label = words.label(node.label);
  const children = (nodes: Condition[]): ListItem[] => nodes.map((child) => conditionItem(child, scope));
  const group = (kind: "all" | "any" | "not" | "of", nodes: Condition[]): ListItem =>
    words.cited(words.say("page.node", { id, label, kind, atLeast: String(node.atLeast ?? "?") }), node, [], children(nodes));
  if (node.all) return group("all", node.all);
  if (node.any) return group("any", node.any);
  if (node.not) return group("not", [node.not]);
  if (node.of) return group("of", node.of);
  return words.cited(`${id} ${label}`, node, [{ text: words.say("page.test", { leaf: describeLeaf(node, scope) }) }]);
}
