import type { JsonValue } from "../../schema/condition.js";
import type { Award } from "../../schema/rulebook.js";
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
  /** Checks and compiles the rule's `value` once (throws `bad_value`). */
  prepare(value: JsonValue, scope: OperatorScope): Arg;
  /** Compares a known fact value with the prepared value. */
  test(factValue: unknown, arg: Arg, ctx: EvaluationContext, params: CompiledParams): Tri;
  /** Words added after the fact's description, e.g. "优秀 2 次". */
  summary?(factValue: unknown, arg: Arg, language: Language): string;
}

/** Makes an operator definition with its argument type checked. */
export function defineOperator<Arg>(definition: OperatorDefinition<Arg>): OperatorDefinition {
  return definition as OperatorDefinition;
}
