import type { Expression, PayRule, Rulebook } from "../schema/rulebookTypes.js";
import { conditionItem } from "./renderCondition.js";
import { code, escapeText, pageWords, renderList, type ListItem, type PageWords } from "./markdown.js";
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
function inputRange(input: PayRule["inputs"][number], words: PageWords): string {
  return words.say("page.inputRange", {
    list: input.list === true,
    integer: input.integer === true,
    min: input.min === undefined ? undefined : code(String(input.min)),
    max: input.max === undefined ? undefined : code(String(input.max)),
  });
}

/** A unit in a page's language: as the rule file states it in English, in a code span in Chinese. */
const unitText = (unit: string, words: PageWords): string => (words.language === "zh" ? code(unit) : escapeText(unit));

/**
 * The Markdown blocks of one pay rule: whom it covers, its inputs with their ranges, constants with
 * units and citations, and formulas written as arithmetic.
 *
 * @example
 * ```ts
 * renderPayRule(rulebook.payRules[0], rulebook).join("\n\n");
 * ```
 */
export function renderPayRule(rule: PayRule, rulebook: Rulebook, words: PageWords = pageWords("en")): string[] {
  const bilingual = words.label;
  const citedItem = words.cited;
  const inputs: ListItem[] = rule.inputs.map((input) => {
    const text = `${code(input.name)} ${bilingual(input.label)} (${unitText(input.unit, words)})${inputRange(input, words)}`;
    return input.source ? citedItem(text, { source: input.source, ...(input.interpretation ? { interpretation: input.interpretation } : {}) }) : { text };
  });
  return [
    `### Pay rule ${code(rule.id)}: ${bilingual(rule.label)}`,
    renderList([citedItem(words.say("page.named", { what: "pay rule", id: code(rule.id), label: "" }), rule)]).join("\n"),
    ...section("#### Who it covers", rule.audience ? [conditionItem(rule.audience, { rulebook, words })] : []),
    ...section("#### How often", rule.schedule ? [citedItem(words.say("page.every", { what: "pay", every: rule.schedule.every }), rule.schedule)] : []),
    ...section("#### Inputs", inputs),
    ...section(
      "#### Constants",
      rule.constants.map((constant) =>
        citedItem(
          `${code(`${constant.name} = ${constant.value}`)} ${unitText(constant.unit, words)}${words.language === "zh" ? "：" : ": "}${bilingual(constant.label)}`,
          constant,
        ),
      ),
    ),
    ...section(
      "#### Formulas",
      rule.formulas.map((formula) =>
        citedItem(
          `${code(`${formula.name} = ${formatExpression(formula.expression)}`)} (${unitText(formula.unit, words)})${words.language === "zh" ? "：" : ": "}${bilingual(formula.label)}`,
          formula,
        ),
      ),
    ),
  ];
}
