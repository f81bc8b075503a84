import type { Engine, TopLevelCondition } from "json-rules-engine";
import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { EvaluationContext, scaleRanks, TRUE } from "../compile/context.js";
import { FACTS } from "../compile/facts/index.js";
import { OPERATORS } from "../compile/operators/index.js";
import { compileParams, type CompiledParams } from "../compile/params.js";
import { compilePath } from "../compile/path.js";
import { recordOf } from "../load/parseCandidate.js";
import type { Condition, JsonValue } from "../schema/rulebookTypes.js";
import { checkAsOf } from "../door/checkOptions.js";
import { raise } from "../messages/issueOf.js";
import { checkConditionTree } from "../door/doorCondition.js";
import { checkText } from "../door/door.js";
import { checkCompiled } from "../compile/compiledMark.js";
import { describeValue } from "../text/describeValue.js";
import { checkExportable } from "./exportBounds.js";
import { jsonRulesEngine } from "./peer.js";

type JreCondition = Record<string, unknown>;

function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...combinations(rest, size - 1).map((tail) => [first, ...tail]), ...combinations(rest, size)];
}

/**
 * Converts one of our condition trees to json-rules-engine's format: nodes keep their id,
 * label, source and interpretation as extra properties (json-rules-engine ignores them);
 * `atLeast` k `of` n becomes `any` over every `all` of k children, which is the same in
 * two-valued logic. Refused (`bad_value`, naming the node): a tree that would be written as more
 * than 200,000 conditions that way, and a leaf `path` other than plain `$.name` / `[index]` steps
 * (json-rules-engine's default resolver would run it as JSONPath).
 *
 * @example
 * ```ts
 * const conditions = toJsonRulesEngineConditions(rulebook.awards[0].requirements);
 * new Rule({ conditions, event: { type: "requirements" } });
 * ```
 */
export function toJsonRulesEngineConditions(node: Condition): TopLevelCondition {
  node = checkConditionTree(node);
  checkExportable(node);
  const convert = (current: Condition): JreCondition => {
    const { all, any, not, atLeast, of, ...rest } = current;
    if (all) return { ...rest, all: all.map(convert) };
    if (any) return { ...rest, any: any.map(convert) };
    if (not) return { ...rest, not: convert(not) };
    if (of && atLeast !== undefined) {
      return { ...rest, any: combinations(of, atLeast).map((group, index) => ({ id: `${current.id}#${index}`, all: group.map(convert) })) };
    }
    return { ...rest };
  };
  const converted = convert(node);
  const isBoolean = "all" in converted || "any" in converted || "not" in converted;
  return (isBoolean ? converted : { all: [converted] }) as unknown as TopLevelCondition;
}

/**
 * A json-rules-engine `Engine` set up to run our rule trees on one record as of a date: every
 * fact of the catalogue registered as a dynamic fact (reading `params` as our evaluator does),
 * every custom operator registered with the same implementation (two-valued: unknown counts as
 * false), and a safe `pathResolver` instead of JSONPath. Used to check that both engines agree;
 * it is async and far slower than `evaluate`, so the library does not use it to evaluate.
 *
 * @example
 * ```ts
 * const engine = createJsonRulesEngine(bundledRulebook(), record, "2026-11-26");
 * engine.addRule(new Rule({ conditions: toJsonRulesEngineConditions(tree), event: { type: tree.id } }));
 * const { events } = await engine.run();
 * ```
 */
export function createJsonRulesEngine(compiled: CompiledRulebook, input: unknown, asOf: string, awardId?: string): Engine {
  checkCompiled(compiled);
  checkAsOf(asOf);
  checkText(awardId, ["awardId"], { optional: true });
  if (awardId !== undefined && !compiled.awards.some((entry) => entry.award.id === awardId)) {
    raise("unknown_award", ["awardId"], "award.notInRulebook", { got: describeValue(awardId), rulebook: compiled.rulebook.id });
  }
  const record = recordOf(input);
  const ctx = new EvaluationContext(record, asOf, compiled.rulebook.windows, compiled.slotCount);
  const scope = { rulebook: compiled.rulebook, scales: scaleRanks(compiled.rulebook), windows: compiled.rulebook.windows };
  const award = compiled.awards.find((entry) => entry.award.id === awardId)?.award ?? compiled.awards[0]?.award;
  const paramsCache = new Map<string, CompiledParams>();
  const paramsOf = (params: Record<string, JsonValue> | undefined): CompiledParams => {
    const key = JSON.stringify(params ?? {});
    let compiledParams = paramsCache.get(key);
    if (!compiledParams) {
      compiledParams = compileParams("json-rules-engine", params, scope);
      paramsCache.set(key, compiledParams);
    }
    return compiledParams;
  };
  const engine = new (jsonRulesEngine().Engine)([], {
    allowUndefinedFacts: true,
    pathResolver: (value: unknown, path: string) => compilePath(path, "json-rules-engine")(value),
  });
  for (const [name, fact] of Object.entries(FACTS)) {
    engine.addFact(name, (params: Record<string, JsonValue>) => fact.read(ctx, paramsOf(params)), { cache: false });
  }
  const argCache = new Map<string, unknown>();
  // every operator of ours json-rules-engine lacks is added to it, so a new operator needs no change here
  for (const [name, operator] of Object.entries(OPERATORS)) {
    if (JSON_RULES_ENGINE_OPERATORS.has(name)) continue;
    engine.addOperator(name, (factValue: unknown, jsonValue: unknown) => {
      if (factValue === undefined) return false;
      const key = `${name}\u0000${JSON.stringify(jsonValue)}`;
      if (!argCache.has(key)) argCache.set(key, operator.prepare(jsonValue as JsonValue, { ...scope, award, ruleId: name }));
      return operator.test(factValue, argCache.get(key), ctx, paramsOf(undefined)) === TRUE;
    });
  }
  return engine;
}

/** The operators json-rules-engine has itself (its defaults), which mean there what they mean here. */
const JSON_RULES_ENGINE_OPERATORS = new Set([
  "equal",
  "notEqual",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
]);
