import { raise } from "../../messages/issueOf.js";
import type { JsonValue } from "../../schema/rulebookTypes.js";
import { FALSE, TRUE, type Tri } from "../context.js";
import { defineOperator, type OperatorDefinition, type OperatorScope } from "./types.js";

const tri = (value: boolean): Tri => (value ? TRUE : FALSE);
const isNumeric = (value: unknown): value is number => typeof value === "number" && !Number.isNaN(value);

function badValue(scope: OperatorScope, messageId: "operator.notNumber" | "operator.notList" | "operator.notCount"): never {
  return raise("bad_value", ["value"], messageId, {}, { ruleId: scope.ruleId });
}

const anyValue = (value: JsonValue): JsonValue => value;

function numberValue(value: JsonValue, scope: OperatorScope): number {
  if (typeof value !== "number") badValue(scope, "operator.notNumber");
  return value;
}

function arrayValue(value: JsonValue, scope: OperatorScope): JsonValue[] {
  if (!Array.isArray(value)) badValue(scope, "operator.notList");
  return value;
}

function countValue(value: JsonValue, scope: OperatorScope): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) badValue(scope, "operator.notCount");
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
  equal: defineOperator({
    doc: {
      meaning: { zh: "等于（与 json-rules-engine 相同：===）", en: "equal to the value (as json-rules-engine: ===)" },
      value: { zh: "任一值", en: "any value" },
      suits: ["text", "boolean", "number"],
      example: { fact: "partyMember", operator: "equal", value: true },
    },
    prepare: anyValue,
    test: (fact, arg) => tri(fact === arg),
  }),
  notEqual: defineOperator({
    doc: {
      meaning: { zh: "不等于", en: "not equal to the value" },
      value: { zh: "任一值", en: "any value" },
      suits: ["text", "boolean", "number"],
      example: { fact: "role", operator: "notEqual", value: "staff" },
    },
    prepare: anyValue,
    test: (fact, arg) => tri(fact !== arg),
  }),
  in: defineOperator({
    doc: {
      meaning: { zh: "属于所列值之一", en: "one of the values listed" },
      value: { zh: "值的列表", en: "a list of values" },
      suits: ["text", "number"],
      example: { fact: "role", operator: "in", value: ["manager", "teamLeader"] },
    },
    prepare: arrayValue,
    test: (fact, arg) => tri(arg.includes(fact as JsonValue)),
  }),
  notIn: defineOperator({
    doc: {
      meaning: { zh: "不属于所列值", en: "none of the values listed" },
      value: { zh: "值的列表", en: "a list of values" },
      suits: ["text", "number"],
      example: { fact: "role", operator: "notIn", value: ["staff"] },
    },
    prepare: arrayValue,
    test: (fact, arg) => tri(!arg.includes(fact as JsonValue)),
  }),
  contains: defineOperator({
    doc: {
      meaning: { zh: "列表包含该值", en: "the list contains the value" },
      value: { zh: "任一值", en: "any value" },
      suits: ["list"],
      example: { fact: "honours", operator: "contains", value: "x" },
    },
    prepare: anyValue,
    test: (fact, arg) => tri(Array.isArray(fact) && fact.includes(arg)),
  }),
  doesNotContain: defineOperator({
    doc: {
      meaning: { zh: "列表不包含该值", en: "the list does not contain the value" },
      value: { zh: "任一值", en: "any value" },
      suits: ["list"],
      example: { fact: "honours", operator: "doesNotContain", value: "x" },
    },
    prepare: anyValue,
    test: (fact, arg) => tri(Array.isArray(fact) && !fact.includes(arg)),
  }),
  lessThan: defineOperator({
    doc: {
      meaning: { zh: "小于（不含）", en: "less than (exclusive)" },
      value: { zh: "数值", en: "a number" },
      suits: ["number"],
      example: { fact: "leaveWorkingDays", params: { window: "schoolYear" }, operator: "lessThan", value: 10 },
    },
    prepare: numberValue,
    test: (fact, arg) => tri(isNumeric(fact) && fact < arg),
  }),
  lessThanInclusive: defineOperator({
    doc: {
      meaning: { zh: "小于或等于（含）", en: "at most (inclusive)" },
      value: { zh: "数值", en: "a number" },
      suits: ["number"],
      example: { fact: "leaveWorkingDays", params: { window: "schoolYear" }, operator: "lessThanInclusive", value: 10 },
    },
    prepare: numberValue,
    test: (fact, arg) => tri(isNumeric(fact) && fact <= arg),
  }),
  greaterThan: defineOperator({
    doc: {
      meaning: { zh: "大于（不含；“超过”）", en: "more than (exclusive; 超过)" },
      value: { zh: "数值", en: "a number" },
      suits: ["number"],
      example: { fact: "leaveWorkingDays", params: { window: "schoolYear" }, operator: "greaterThan", value: 10 },
    },
    prepare: numberValue,
    test: (fact, arg) => tri(isNumeric(fact) && fact > arg),
  }),
  greaterThanInclusive: defineOperator({
    doc: {
      meaning: { zh: "大于或等于（含；“以上”）", en: "at least (inclusive; 以上)" },
      value: { zh: "数值", en: "a number" },
      suits: ["number"],
      example: { fact: "logisticsServiceYears", operator: "greaterThanInclusive", value: 1 },
    },
    prepare: numberValue,
    test: (fact, arg) => tri(isNumeric(fact) && fact >= arg),
  }),
  countAtLeast: defineOperator({
    doc: {
      meaning: { zh: "窗口内符合条件的条目至少 n 条", en: "at least n matching items in the window" },
      value: { zh: "非负整数", en: "a whole number ≥ 0" },
      suits: ["list"],
      example: { fact: "liabilityIncidents", params: { window: "activity", where: { kind: "safety" } }, operator: "countAtLeast", value: 1 },
    },
    prepare: countValue,
    test: (fact, arg) => tri((lengthOf(fact) ?? -1) >= arg),
    summary: (_fact, arg, language) => (language === "zh" ? `（需至少 ${arg} 条）` : ` (at least ${arg} needed)`),
  }),
  countAtMost: defineOperator({
    doc: {
      meaning: { zh: "窗口内符合条件的条目至多 n 条（“无……记录”：0）", en: "at most n matching items in the window (无……记录: 0)" },
      value: { zh: "非负整数", en: "a whole number ≥ 0" },
      suits: ["list"],
      example: { fact: "complaints", params: { window: "threeYears" }, operator: "countAtMost", value: 0 },
    },
    prepare: countValue,
    test: (fact, arg) => {
      const length = lengthOf(fact);
      return tri(length !== undefined && length <= arg);
    },
    summary: (_fact, arg, language) => (language === "zh" ? `（至多 ${arg} 条）` : ` (at most ${arg} allowed)`),
  }),
};
