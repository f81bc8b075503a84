import type { Condition, JsonValue } from "../schema/condition.js";
import type { Award, Rulebook } from "../schema/rulebook.js";
import { bilingual, code, citedItem, json, type ListItem } from "./markdown.js";

/** What a condition is read against: the rulebook (windows, scales) and, for level awards, the award (calendar). */
export interface ConditionScope {
  rulebook: Rulebook;
  award?: Award | undefined;
}

const SYMBOLS: Record<string, string> = {
  equal: "=",
  notEqual: "≠",
  lessThan: "<",
  lessThanInclusive: "≤",
  greaterThan: ">",
  greaterThanInclusive: "≥",
};

/** A scale value with its label, e.g. `` `school` (校级 / school) ``. */
function scaleValue(scope: ConditionScope, scale: unknown, value: unknown): string {
  const label = typeof scale === "string" ? scope.rulebook.scales[scale]?.values.find((entry) => entry.value === value)?.label : undefined;
  const shown = typeof value === "string" ? code(value) : json(value);
  return label === undefined ? shown : `${shown} (${bilingual(label)})`;
}

const list = (values: JsonValue[]): string => values.map((value) => (typeof value === "string" ? code(value) : json(value))).join(", ");

function fieldTest(scope: ConditionScope, field: string, test: JsonValue): string {
  if (test === null || typeof test !== "object" || Array.isArray(test)) return `${field} = ${json(test)}`;
  const keys = Object.keys(test).sort();
  if (keys.length === 1 && Array.isArray(test.in)) return `${field} is one of ${list(test.in)}`;
  const bound = test.atLeast ?? test.atMost;
  if (bound !== undefined && keys.every((key) => ["atLeast", "atMost", "scale"].includes(key))) {
    const words = test.atLeast !== undefined ? "at least" : "at most";
    if (test.scale === undefined) return `${field} ${words} ${json(bound)}`;
    return `${field} ${words} ${scaleValue(scope, test.scale, bound)} on scale ${code(String(test.scale))}`;
  }
  return `${field} ${json(test)}`;
}

function describeParams(scope: ConditionScope, params: Record<string, JsonValue>): string[] {
  return Object.entries(params).map(([name, value]) => {
    if (name === "window" && typeof value === "string") {
      const window = Object.hasOwn(scope.rulebook.windows, value) ? scope.rulebook.windows[value] : undefined;
      return `window ${code(value)}${window ? ` (${bilingual(window.label)})` : " (not a window of this rulebook)"}`;
    }
    if (name === "item" && typeof value === "string") return `item ${code(value)}`;
    if (name === "where" && value !== null && typeof value === "object" && !Array.isArray(value)) {
      return `where ${Object.entries(value)
        .map(([field, test]) => fieldTest(scope, field, test))
        .join(" and ")}`;
    }
    return `${name} = ${json(value)}`;
  });
}

function describeOperator(scope: ConditionScope, operator: string, value: JsonValue): string {
  const symbol = SYMBOLS[operator];
  if (symbol !== undefined) return `${symbol} ${json(value)}`;
  const values = Array.isArray(value) ? value : [value];
  switch (operator) {
    case "in":
      return `is one of ${list(values)}`;
    case "notIn":
      return `is none of ${list(values)}`;
    case "contains":
      return `contains ${json(value)}`;
    case "doesNotContain":
      return `does not contain ${json(value)}`;
    case "countAtLeast":
      return `count ≥ ${json(value)}`;
    case "countAtMost":
      return `count ≤ ${json(value)}`;
    case "withinRoundWindow": {
      const window = value === "applicationWindow" ? scope.award?.calendar?.applicationWindow : undefined;
      return `within the round's ${json(value)}${window ? ` (${window.from} to ${window.to} of the round's year)` : ""}`;
    }
    case "appraisalPattern": {
      if (value === null || typeof value !== "object" || Array.isArray(value)) break;
      const latest = value.includingLatestYear === true ? ", including the window's latest year" : "";
      return (
        `at least ${json(value.minTimes)} × ${scaleValue(scope, value.scale, value.rating)} or better${latest}; ` +
        `every other rating at least ${scaleValue(scope, value.scale, value.othersAtLeast)} (scale ${code(String(value.scale))})`
      );
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
  return `${describeFact(node.fact ?? "?", node.params, node.path, scope)}: ${describeOperator(scope, node.operator ?? "?", node.value ?? null)}`;
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
  if (path !== undefined) parts.push(`path ${code(path)}`);
  return parts.join(", ");
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
  const head = `${code(node.id)} ${bilingual(node.label)}`;
  const children = (nodes: Condition[]): ListItem[] => nodes.map((child) => conditionItem(child, scope));
  if (node.all) return citedItem(`${code(node.id)} **all of**: ${bilingual(node.label)}`, node, [], children(node.all));
  if (node.any) return citedItem(`${code(node.id)} **any of**: ${bilingual(node.label)}`, node, [], children(node.any));
  if (node.not) return citedItem(`${code(node.id)} **not**: ${bilingual(node.label)}`, node, [], children([node.not]));
  if (node.of) return citedItem(`${code(node.id)} **at least ${node.atLeast ?? "?"} of**: ${bilingual(node.label)}`, node, [], children(node.of));
  return citedItem(head, node, [{ text: `test: ${describeLeaf(node, scope)}` }]);
}
