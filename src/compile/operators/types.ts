import type { JsonValue, Award } from "../../schema/rulebookTypes.js";
import type { CompileScope, EvaluationContext, Tri } from "../context.js";
import type { Language } from "../facts/types.js";
import type { CompiledParams } from "../params.js";

/** What an operator may look at when preparing its value: the rulebook and the award. */
export interface OperatorScope extends CompileScope {
  award: Award | undefined;
  ruleId: string;
}

/**
 * An operator: `prepare` checks and compiles the rule's `value` once; `test` compares a
 * known fact value with it, three-valued (a partial fact, such as appraisals with a missing
 * year, may still be unknown). An unknown fact never reaches `test`: it is unknown.
 */
export interface OperatorDefinition<Arg = unknown> {
  /** What it means and what `value` it takes, in Chinese and English, with an example leaf (for the generated reference). */
  doc: OperatorDoc;
  /** Checks and compiles the rule's `value` once (throws `bad_value`). */
  prepare(value: JsonValue, scope: OperatorScope): Arg;
  /** Compares a known fact value with the prepared value. */
  test(factValue: unknown, arg: Arg, ctx: EvaluationContext, params: CompiledParams): Tri;
  /** Words added after the fact's description, e.g. "优秀 2 次". */
  summary?(factValue: unknown, arg: Arg, language: Language): string;
}

/** An operator's documentation: its meaning, the value it takes, the facts it suits, and an example leaf. */
export interface OperatorDoc {
  meaning: { zh: string; en: string };
  value: { zh: string; en: string };
  /** The kinds of fact value it compares (see `FactValueKind`). */
  suits: readonly string[];
  example: Record<string, JsonValue>;
}

/** Makes an operator definition with its argument type checked. */
export function defineOperator<Arg>(definition: OperatorDefinition<Arg>): OperatorDefinition {
  return definition;
}
