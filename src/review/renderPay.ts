import type { Expression, PayRule } from "../schema/scoring.js";
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
  const text = expression.args.map((arg) => formatExpression(arg, true)).join(` ${SYMBOLS[expression.op]} `);
  return nested ? `(${text})` : text;
}

/**
 * The Markdown blocks of one pay rule: its inputs, constants with units and citations, and
 * formulas written as arithmetic.
 *
 * @example
 * ```ts
 * renderPayRule(rulebook.payRules[0]).join("\n\n");
 * ```
 */
export function renderPayRule(rule: PayRule): string[] {
  const inputs: ListItem[] = rule.inputs.map((input) => ({ text: `${code(input.name)} ${bilingual(input.label)} (${escapeText(input.unit)})` }));
  return [
    `### Pay rule ${code(rule.id)}: ${bilingual(rule.label)}`,
    renderList([citedItem(`pay rule ${code(rule.id)}`, rule)]).join("\n"),
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
