import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { EvaluationContext, FALSE, UNKNOWN } from "../compile/context.js";
import { AwardRulesError, type Issue, type SafeResult } from "../errors/AwardRulesError.js";
import { toSafe } from "../messages/issueOf.js";
import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { issueOf, raise } from "../messages/issueOf.js";
import { parseCandidate } from "../load/parseCandidate.js";
import type { BilingualText, Expression, PayRule } from "../schema/rulebookTypes.js";
import { checkAsOf } from "../door/checkOptions.js";
import { failingLeaves, traceNode } from "./trace.js";
import { checkKnownKeys, checkText, readOptions } from "../door/door.js";
import { checkCompiled } from "../compile/compiledMark.js";
import { describeValue } from "../text/describeValue.js";
import { registerMessages } from "../messages/registry.js";
import { PAY_MESSAGES } from "../messages/catalog/pay.js";

/**
 * What to compute: the pay rule's id, its inputs (a number each, or numbers one per event for a
 * list input), and, for a rule that says whom it covers, the person's record and the date.
 *
 * @example
 * ```ts
 * const options: PayOptions = { rule: "leave-deduction", inputs: { sickDays: 3, personalDays: 2 } };
 * ```
 */
export interface PayOptions {
  rule: string;
  inputs: Record<string, number | number[]>;
  /** The person the pay is for; checked against the rule's audience. */
  record?: unknown;
  /** The date the audience is checked on (needed with `record`). */
  asOf?: string;
}

/** A pay rule's result: every formula's value, with its label, unit and clause. */
export interface PayResult {
  ruleId: string;
  values: Record<string, number>;
  formulas: { name: string; label: BilingualText; unit: string; value: number; citation: string }[];
}

const fail = (issues: Issue[]): never => {
  throw new AwardRulesError(issues);
};

/** Collects the problems of a pay rule's inputs, each an `invalid_option` issue at the input naming the rule. */
type Problem = <I extends MessageId>(path: (string | number)[], messageId: I, params: ParamsOf<I>) => void;

/** Every input given is one the rule takes; each taken is given as a finite number (or a list of them). */
function readInputs(rule: PayRule, inputs: Record<string, unknown>, problem: Problem): Map<string, number | number[]> {
  const names = rule.inputs.map((input) => input.name);
  for (const name of Object.keys(inputs)) if (!names.includes(name)) problem([name], "pay.unknownInput", { rule: rule.id, name, inputs: names });
  const values = new Map<string, number | number[]>();
  for (const input of rule.inputs) {
    const given = Object.hasOwn(inputs, input.name) ? inputs[input.name] : undefined;
    const named = { name: input.name, label: { zh: input.label.zh, en: input.label.en } };
    if (input.list === true) {
      if (!Array.isArray(given) || !given.every((entry) => typeof entry === "number" && Number.isFinite(entry))) problem([input.name], "pay.notList", named);
      else values.set(input.name, given as number[]);
    } else if (typeof given !== "number" || !Number.isFinite(given)) problem([input.name], "pay.notNumber", named);
    else values.set(input.name, given);
  }
  return values;
}

/** Each value is whole where it must be and within its range (a bound may be a constant or another input). */
function checkRanges(rule: PayRule, values: Map<string, number | number[]>, constants: Map<string, number>, problem: Problem): void {
  const boundOf = (bound: number | string | undefined): { bound: number | string | null; value?: number } => {
    if (typeof bound === "number" || bound === undefined) return { bound: bound ?? null, ...(bound === undefined ? {} : { value: bound }) };
    const value = constants.get(bound) ?? values.get(bound);
    return typeof value === "number" ? { bound, value } : { bound };
  };
  for (const input of rule.inputs) {
    const value = values.get(input.name);
    if (value === undefined) continue;
    const entries = Array.isArray(value) ? value.map((entry, index) => [entry, [input.name, index]] as const) : [[value, [input.name]] as const];
    const min = boundOf(input.min);
    const max = boundOf(input.max);
    const named = { name: input.name, label: { zh: input.label.zh, en: input.label.en } };
    for (const [entry, path] of entries) {
      if (input.integer === true && !Number.isInteger(entry)) problem([...path], "pay.notWhole", { ...named, got: entry });
      if ((min.value !== undefined && entry < min.value) || (max.value !== undefined && entry > max.value)) {
        problem([...path], "pay.outOfRange", { ...named, min, max, unit: input.unit, got: entry });
      }
    }
  }
}

function checkInputs(rule: PayRule, inputs: Record<string, unknown>): Map<string, number | number[]> {
  const issues: Issue[] = [];
  const problem: Problem = (path, messageId, params) => issues.push(issueOf("invalid_option", ["inputs", ...path], messageId, params, { ruleId: rule.id }));
  const values = readInputs(rule, inputs, problem);
  const constants = new Map(rule.constants.map((constant) => [constant.name, constant.value]));
  checkRanges(rule, values, constants, problem);
  if (issues.length > 0) fail(issues);
  for (const [name, value] of constants) values.set(name, value);
  return values;
}

function checkAudience(compiled: CompiledRulebook, index: number, options: PayOptions): void {
  const pay = compiled.payRules[index];
  if (pay?.audience === undefined) return;
  if (options.record === undefined) return;
  const asOf = checkAsOf(options.asOf);
  const record = parseCandidate(options.record);
  const ctx = new EvaluationContext(record, asOf, compiled.rulebook.windows, compiled.slotCount, compiled.windowCache);
  const verdict = pay.audience.verdict(ctx);
  if (verdict === FALSE || verdict === UNKNOWN) {
    const trace = traceNode(pay.audience, ctx, compiled.labels);
    const reasons = verdict === FALSE ? failingLeaves(trace) : [trace];
    fail(
      reasons.map((leaf) =>
        issueOf(
          "outside_audience",
          ["record"],
          "pay.outsideAudience",
          { known: verdict === FALSE, rule: pay.rule.id, reason: { zh: leaf.reason.zh, en: leaf.reason.en } },
          { ruleId: leaf.id, clause: leaf.citation },
        ),
      ),
    );
  }
}

/**
 * Computes a pay rule's formulas from its inputs and constants, in order (a formula may use the
 * ones before it). Every input is checked first — present, finite, whole where it must be, within
 * its range (a bound may be a constant, such as 篇1's 10–100 yuan per fault, or another input,
 * such as no more upper-tier staff than staff) — and every problem is reported at once as an
 * `invalid_option` issue naming the input; an unknown input is refused too. With a record, a rule
 * that says whom it covers refuses one outside it (`outside_audience`, with the clause). A
 * division by zero is an error naming the formula.
 *
 * @example
 * ```ts
 * computePay(bundledRulebook("logistics-plans-004"), { rule: "leave-deduction", inputs: { sickDays: 3, personalDays: 2 } }).values;
 * // { deduction: 120, leaveDays: 5 }
 * ```
 */
export function computePay(compiled: CompiledRulebook, options: PayOptions): PayResult {
  registerMessages(PAY_MESSAGES);
  checkCompiled(compiled);
  options = readOptions(options, "options", { required: true }) as unknown as PayOptions;
  checkKnownKeys(options, ["rule", "inputs", "record", "asOf"], []);
  checkText(options.rule, ["rule"]);
  const index = compiled.rulebook.payRules.findIndex((rule) => rule.id === options.rule);
  const rule = compiled.rulebook.payRules[index];
  if (rule === undefined) {
    return raise("unknown_award", ["rule"], "pay.unknownRule", {
      got: describeValue(options.rule),
      rulebook: compiled.rulebook.id,
      rules: compiled.rulebook.payRules.map((entry) => entry.id),
    });
  }
  options.inputs = readOptions(options.inputs, "inputs", { required: true }) as PayOptions["inputs"];
  checkAudience(compiled, index, options);
  const values = checkInputs(rule, options.inputs);
  const evaluate = (expression: Expression, formula: string): number => {
    if (typeof expression === "number") return expression;
    if (typeof expression === "string") return values.get(expression) as number;
    if (expression.op === "sum") return (values.get(expression.args[0] as string) as number[]).reduce((total, value) => total + value, 0);
    const args = expression.args.map((arg) => evaluate(arg, formula));
    const [first, ...rest] = args as [number, ...number[]];
    switch (expression.op) {
      case "add":
        return args.reduce((total, value) => total + value, 0);
      case "mul":
        return args.reduce((total, value) => total * value, 1);
      case "sub":
        return rest.reduce((total, value) => total - value, first);
      default:
        return rest.reduce((total, value) => {
          if (value === 0) raise("invalid_option", ["formulas", formula], "pay.divisionByZero", { formula }, { ruleId: rule.id });
          return total / value;
        }, first);
    }
  };
  const out: PayResult = { ruleId: rule.id, values: {}, formulas: [] };
  for (const formula of rule.formulas) {
    const value = Math.round(evaluate(formula.expression, formula.name) * 1e6) / 1e6;
    values.set(formula.name, value);
    out.values[formula.name] = value;
    out.formulas.push({ name: formula.name, label: formula.label, unit: formula.unit, value, citation: `${formula.source.document} ${formula.source.clause}` });
  }
  return out;
}

/**
 * `computePay` returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeComputePay(rulebook, { rule: "points-pay", inputs: { points: 85 } });
 * if (!result.success) console.log(result.error.issues[0]?.path); // ["inputs", "yuanPerPoint"]
 * ```
 */
export function safeComputePay(compiled: CompiledRulebook, options: PayOptions): SafeResult<PayResult> {
  return toSafe(() => computePay(compiled, options));
}
