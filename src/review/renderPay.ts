import type { Expression, PayRule } from "../schema/scoring.js";
import type { Rulebook } from "../schema/rulebook.js";
import { conditionItem } from "./renderCondition.js";
import { bilingual, citedItem, code, escapeText, renderList, type ListItem } from "./markdown.js";
import { section } from "./renderAward.js";

const SYMBOLS: Record<"add" | "sub" | "mul" | "div", string> = { add: "+", sub: "−", mul: "×", div: "÷" };

/**
 * An expression written as arithmetic; every nested operation is bracketed, so the reading
 * never depends on precedence.
 *
 * @example
 * ```ts
 * formatExpression({ op: "add", args: [{ op: "sub", args: ["pool", "outstandingTotal"] }, "deductionsTotal"] });
 * // "(pool − outstandingTotal) + deductionsTotal"
 * ```
 */
export function formatExpression(expression: Expression, nested = false): string {
  if (typeof expression === "number") return String(expression);
  if (typeof expression === "string") return expression;
  if (expression.op === "sum") return `Σ ${expression.args.map((arg) => formatExpression(arg, true)).join(", ")}`;
  const text = expression.args.map((arg) => formatExpression(arg, true)).join(` ${SYMBOLS[expression.op]} `);
  return nested ? `(${text})` : text;
}

/** An input's range in words: whole or not, list or not, its bounds. */
function inputRange(input: PayRule["inputs"][number]): string {
  const parts = [
    input.list === true ? "a list, one number per event" : "",
    input.integer === true ? "whole numbers" : "",
    input.min !== undefined ? `at least ${code(String(input.min))}` : "",
    input.max !== undefined ? `at most ${code(String(input.max))}` : "",
  ].filter((part) => part !== "");
  return parts.length > 0 ? `: ${parts.join(", ")}` : "";
}

/**
 * The Markdown blocks of one pay rule: whom it covers, its inputs with their ranges, constants with
 * units and citations, and formulas written as arithmetic.
 *
 * @example
 * ```ts
 * renderPayRule(rulebook.payRules[0], rulebook).join("\n\n");
 * ```
 */
export function renderPayRule(rule: PayRule, rulebook: Rulebook): string[] {
  const inputs: ListItem[] = rule.inputs.map((input) => {
    const text = `${code(input.name)} ${bilingual(input.label)} (${escapeText(input.unit)})${inputRange(input)}`;
    return input.source ? citedItem(text, { source: input.source, ...(input.interpretation ? { interpretation: input.interpretation } : {}) }) : { text };
  });
  return [
    `### Pay rule ${code(rule.id)}: ${bilingual(rule.label)}`,
    renderList([citedItem(`pay rule ${code(rule.id)}`, rule)]).join("\n"),
    ...section("#### Who it covers", rule.audience ? [conditionItem(rule.audience, { rulebook })] : []),
    ...section("#### How often", rule.schedule ? [citedItem(`every ${rule.schedule.every}`, rule.schedule)] : []),
    ...section("#### Inputs", inputs),
    ...section(
      "#### Constants",
      rule.constants.map((constant) => citedItem(`${code(`${constant.name} = ${constant.value}`)} ${escapeText(constant.unit)}: ${bilingual(constant.label)}`, constant)),
    ),
    ...section(
      "#### Formulas",
      rule.formulas.map((formula) =>
        citedItem(`${code(`${formula.name} = ${formatExpression(formula.expression)}`)} (${escapeText(formula.unit)}): ${bilingual(formula.label)}`, formula),
      ),
    ),
  ];
}
