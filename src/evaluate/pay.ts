import { AwardRulesError } from "../errors/AwardRulesError.js";
import type { Expression, PayRule } from "../schema/scoring.js";
import { checkObject } from "./checkOptions.js";

/**
 * Computes a pay rule's formulas from its inputs and constants, in order (a formula may use the
 * ones before it). A missing or non-finite input, an unknown name, or a division by zero is an
 * `invalid_option` error naming it.
 *
 * @example
 * ```ts
 * computePay(rule, { outstanding: 300, post: 1200, deductions: 50 }).reward; // 1450
 * ```
 */
export function computePay(rule: PayRule, inputs: Record<string, number>): Record<string, number> {
  checkObject(rule, "rule");
  checkObject(inputs, "inputs");
  const values = new Map<string, number>();
  for (const input of rule.inputs) {
    const value = Object.hasOwn(inputs, input.name) ? inputs[input.name] : undefined;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new AwardRulesError([{ code: "invalid_option", path: ["inputs", input.name], message: `${input.label.en} (${input.name}) must be a finite number`, ruleId: rule.id }]);
    }
    values.set(input.name, value);
  }
  for (const name of Object.keys(inputs)) {
    if (!rule.inputs.some((input) => input.name === name)) {
      throw new AwardRulesError([{ code: "invalid_option", path: ["inputs", name], message: `pay rule ${rule.id} takes no input ${name}`, ruleId: rule.id }]);
    }
  }
  for (const constant of rule.constants) values.set(constant.name, constant.value);
  const evaluate = (expression: Expression, formula: string): number => {
    if (typeof expression === "number") return expression;
    if (typeof expression === "string") {
      const value = values.get(expression);
      if (value === undefined) {
        throw new AwardRulesError([{ code: "bad_value", path: ["formulas", formula], message: `unknown name ${expression}`, ruleId: rule.id }]);
      }
      return value;
    }
    const args = expression.args.map((arg) => evaluate(arg, formula));
    const [first, ...rest] = args as [number, ...number[]];
    switch (expression.op) {
      case "add":
        return args.reduce((total, value) => total + value, 0);
      case "mul":
        return args.reduce((total, value) => total * value, 1);
      case "sub":
        return rest.reduce((total, value) => total - value, first);
      case "div":
        return rest.reduce((total, value) => {
          if (value === 0) throw new AwardRulesError([{ code: "invalid_option", path: ["formulas", formula], message: "division by zero", ruleId: rule.id }]);
          return total / value;
        }, first);
    }
  };
  const out: Record<string, number> = {};
  for (const formula of rule.formulas) {
    const value = Math.round(evaluate(formula.expression, formula.name) * 1e6) / 1e6;
    values.set(formula.name, value);
    out[formula.name] = value;
  }
  return out;
}
