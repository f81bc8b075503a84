import type { Issue } from "../errors/AwardRulesError.js";
import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { issueOf } from "../messages/issueOf.js";
import type { Expression, PayRule } from "../schema/rulebookTypes.js";
import { duplicatesOf } from "../util/duplicates.js";
import type { CompiledNode } from "./compiledNode.js";
import { compileCondition, type CompileState } from "./compileCondition.js";

/** A pay rule compiled: its audience as a closure, every name in its bounds and formulas checked. */
export interface CompiledPayRule {
  rule: PayRule;
  audience: CompiledNode | undefined;
}

/**
 * Checks a pay rule once: names are unique; every bound names a number, a constant or another
 * input; every name a formula uses is an input, a constant or an earlier formula; `sum` adds up
 * one list input and a list input is used only under `sum`. Its audience becomes a closure.
 *
 * @example
 * ```ts
 * const pay = compilePayRule(rulebook.payRules[0], state, 0);
 * ```
 */
export function compilePayRule(rule: PayRule, state: CompileState, index: number): CompiledPayRule {
  const issues: Issue[] = [];
  const at = (...path: (string | number)[]): (string | number)[] => ["payRules", index, ...path];
  const problem = <I extends MessageId>(path: (string | number)[], messageId: I, params: ParamsOf<I>): void => {
    issues.push(issueOf("bad_value", path, messageId, params, { ruleId: rule.id, clause: rule.source.clause }));
  };
  const names = [...rule.inputs.map((input) => input.name), ...rule.constants.map((constant) => constant.name), ...rule.formulas.map((formula) => formula.name)];
  for (const name of duplicatesOf(names)) problem(at(), "pay.nameTwice", { name });
  const lists = new Set(rule.inputs.filter((input) => input.list === true).map((input) => input.name));
  const numbers = new Set([...rule.inputs.filter((input) => input.list !== true).map((input) => input.name), ...rule.constants.map((constant) => constant.name)]);
  rule.inputs.forEach((input, i) => {
    for (const key of ["min", "max"] as const) {
      const bound = input[key];
      if (typeof bound === "string" && (!numbers.has(bound) || bound === input.name)) {
        problem(at("inputs", i, key), "pay.badBound", { bound, rule: rule.id });
      }
    }
  });
  const check = (expression: Expression, path: (string | number)[], underSum: boolean): void => {
    if (typeof expression === "number") return;
    if (typeof expression === "string") {
      if (lists.has(expression)) {
        if (!underSum) problem(path, "pay.listNeedsSum", { name: expression });
      } else if (!numbers.has(expression)) problem(path, "pay.unknownName", { name: expression });
      return;
    }
    if (expression.op === "sum") {
      const [only] = expression.args;
      if (expression.args.length !== 1 || typeof only !== "string" || !lists.has(only)) problem(path, "pay.sumArgs", {});
      return;
    }
    if (expression.args.length < 2) problem(path, "pay.fewArgs", { op: expression.op });
    expression.args.forEach((arg, i) => check(arg, [...path, "args", i], false));
  };
  rule.formulas.forEach((formula, i) => {
    check(formula.expression, at("formulas", i, "expression"), false);
    numbers.add(formula.name);
  });
  state.issues.push(...issues);
  return { rule, audience: rule.audience ? compileCondition(rule.audience, state, undefined, at("audience")) : undefined };
}
