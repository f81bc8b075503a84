import { FACTS } from "../compile/facts/index.js";
import { OPERATORS } from "../compile/operators/index.js";
import type { JsonValue, Rulebook } from "../schema/rulebookTypes.js";
import { findingOf } from "./finding.js";
import type { LintFinding } from "./types.js";
import { conditionNodes, isLeaf, type JsonPath } from "./walk.js";

const isObject = (value: unknown): value is Record<string, JsonValue> => value !== null && typeof value === "object" && !Array.isArray(value);

/** Findings for a leaf's or bonus's params: an unknown window, an unknown scale in a `where` test. */
function checkParams(rulebook: Rulebook, params: Record<string, JsonValue> | undefined, path: JsonPath, ruleId: string): LintFinding[] {
  const findings: LintFinding[] = [];
  const window = params?.window;
  if (window !== undefined && (typeof window !== "string" || !Object.hasOwn(rulebook.windows, window))) {
    findings.push(findingOf("unknown_window", "error", [...path, "params", "window"], "lint.unknownWindow", { window, defined: Object.keys(rulebook.windows) }, ruleId));
  }
  const where = params?.where;
  for (const [field, test] of isObject(where) ? Object.entries(where) : []) {
    if (isObject(test) && test.scale !== undefined && (typeof test.scale !== "string" || !Object.hasOwn(rulebook.scales, test.scale))) {
      findings.push(findingOf("unknown_scale", "error", [...path, "params", "where", field, "scale"], "lint.unknownScale", { scale: test.scale }, ruleId));
    }
  }
  return findings;
}

/**
 * Names the compiler would refuse: facts not in `FACTS`, operators not in `OPERATORS`, windows
 * and scales the rulebook does not define, and `measure` / `flag` items it does not declare —
 * in condition leaves and in per-unit bonuses.
 *
 * @example
 * ```ts
 * checkNames(rulebook); // [] for the bundled rule files
 * ```
 */
export function checkNames(rulebook: Rulebook): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const { node, path } of conditionNodes(rulebook)) {
    if (!isLeaf(node)) continue;
    const ruleId = node.id;
    const fact = node.fact ?? "";
    if (!Object.hasOwn(FACTS, fact)) findings.push(findingOf("unknown_fact", "error", [...path, "fact"], "lint.unknownFact", { fact }, ruleId));
    const operator = node.operator ?? "";
    if (!Object.hasOwn(OPERATORS, operator)) findings.push(findingOf("unknown_operator", "error", [...path, "operator"], "lint.unknownOperator", { operator }, ruleId));
    findings.push(...checkParams(rulebook, node.params, path, ruleId));
    const value = node.value;
    if (operator === "appraisalPattern" && isObject(value) && (typeof value.scale !== "string" || !Object.hasOwn(rulebook.scales, value.scale))) {
      findings.push(findingOf("unknown_scale", "error", [...path, "value", "scale"], "lint.unknownScale", { scale: value.scale }, ruleId));
    }
    if (fact === "measure" || fact === "flag") {
      const declared = fact === "measure" ? rulebook.measures : rulebook.flags;
      const item = node.params?.item;
      if (typeof item !== "string" || !Object.hasOwn(declared ?? {}, item)) {
        findings.push(findingOf(fact === "measure" ? "bad_value" : "bad_value", "error", [...path, "params", "item"], "lint.undeclared", { fact, item }, ruleId));
      }
    }
  }
  rulebook.scoredAwards.forEach((award, s) => {
    award.bonuses.forEach((bonus, b) => {
      if (bonus.kind !== "perUnit") return;
      const path = ["scoredAwards", s, "bonuses", b];
      if (!Object.hasOwn(FACTS, bonus.fact)) {
        findings.push(findingOf("unknown_fact", "error", [...path, "fact"], "lint.unknownFact", { fact: bonus.fact }, bonus.id));
      }
      findings.push(...checkParams(rulebook, bonus.params, path, bonus.id));
    });
  });
  return findings;
}
