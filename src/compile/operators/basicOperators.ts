import { AwardRulesError } from "../../errors/AwardRulesError.js";
import type { JsonValue } from "../../schema/condition.js";
import { FALSE, TRUE, type Tri } from "../context.js";
import { defineOperator, type OperatorDefinition, type OperatorScope } from "./types.js";

const tri = (value: boolean): Tri => (value ? TRUE : FALSE);
const isNumeric = (value: unknown): value is number => typeof value === "number" && !Number.isNaN(value);

function badValue(scope: OperatorScope, message: string): never {
  throw new AwardRulesError([{ code: "bad_value", path: ["value"], message, ruleId: scope.ruleId }]);
}

const anyValue = (value: JsonValue): JsonValue => value;

function numberValue(value: JsonValue, scope: OperatorScope): number {
  if (typeof value !== "number") badValue(scope, "this operator compares with a number");
  return value;
}

function arrayValue(value: JsonValue, scope: OperatorScope): JsonValue[] {
  if (!Array.isArray(value)) badValue(scope, "this operator takes a list as its value");
  return value;
}

function countValue(value: JsonValue, scope: OperatorScope): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) badValue(scope, "a count is a whole number ≥ 0");
  return value;
}

function lengthOf(factValue: unknown): number | undefined {
  return Array.isArray(factValue) ? factValue.length : undefined;
}

/**
 * json-rules-engine's built-in operators, same meaning (`equal` is `===`, numeric comparisons
 * are false for a non-number), plus `countAtLeast` / `countAtMost` on lists.
 */
export const basicOperators: Record<string, OperatorDefinition> = {
  equal: defineOperator({ prepare: anyValue, test: (fact, arg) => tri(fact === arg) }),
  notEqual: defineOperator({ prepare: anyValue, test: (fact, arg) => tri(fact !== arg) }),
  in: defineOperator({ prepare: arrayValue, test: (fact, arg) => tri(arg.includes(fact as JsonValue)) }),
  notIn: defineOperator({ prepare: arrayValue, test: (fact, arg) => tri(!arg.includes(fact as JsonValue)) }),
  contains: defineOperator({
    prepare: anyValue,
    test: (fact, arg) => tri(Array.isArray(fact) && fact.includes(arg)),
  }),
  doesNotContain: defineOperator({
    prepare: anyValue,
    test: (fact, arg) => tri(Array.isArray(fact) && !fact.includes(arg)),
  }),
  lessThan: defineOperator({ prepare: numberValue, test: (fact, arg) => tri(isNumeric(fact) && fact < arg) }),
  lessThanInclusive: defineOperator({ prepare: numberValue, test: (fact, arg) => tri(isNumeric(fact) && fact <= arg) }),
  greaterThan: defineOperator({ prepare: numberValue, test: (fact, arg) => tri(isNumeric(fact) && fact > arg) }),
  greaterThanInclusive: defineOperator({
    prepare: numberValue,
    test: (fact, arg) => tri(isNumeric(fact) && fact >= arg),
  }),
  countAtLeast: defineOperator({
    prepare: countValue,
    test: (fact, arg) => tri((lengthOf(fact) ?? -1) >= arg),
    summary: (fact, arg, language) => (language === "zh" ? `（需至少 ${arg} 条）` : ` (at least ${arg} needed)`),
  }),
  countAtMost: defineOperator({
    prepare: countValue,
    test: (fact, arg) => {
      const length = lengthOf(fact);
      return tri(length !== undefined && length <= arg);
    },
    summary: (fact, arg, language) => (language === "zh" ? `（至多 ${arg} 条）` : ` (at most ${arg} allowed)`),
  }),
};
