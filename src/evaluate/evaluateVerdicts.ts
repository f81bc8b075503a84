import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { toSafe, type SafeResult } from "../errors/AwardRulesError.js";
import { prepareEvaluation, type EvaluateOptions } from "./prepare.js";
import type { VerdictResult } from "./types.js";

/**
 * The fast path: the same verdicts as `evaluate`, without traces or reasons. Conditions
 * short-circuit, a failed requirement or audience skips its levels' trees, leaves are fused with
 * their facts (counts without lists), and every fact is read at most once.
 *
 * @example
 * ```ts
 * const verdict = evaluateVerdicts(bundledRulebook(), record, { asOf: "2026-11-26" });
 * verdict.levels.staff; // ["fail", "pass", "pass"]
 * ```
 */
export function evaluateVerdicts(compiled: CompiledRulebook, input: unknown, options: EvaluateOptions): VerdictResult {
  const { award, ctx } = prepareEvaluation(compiled, input, options);
  const appliedCategory = ctx.record.application?.category;
  return award.decide(award.verdicts(ctx, appliedCategory !== undefined), appliedCategory);
}

/**
 * `evaluateVerdicts` returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeEvaluateVerdicts(rulebook, record, { asOf: "2026-11-26" });
 * ```
 */
export function safeEvaluateVerdicts(compiled: CompiledRulebook, input: unknown, options: EvaluateOptions): SafeResult<VerdictResult> {
  return toSafe(() => evaluateVerdicts(compiled, input, options));
}
