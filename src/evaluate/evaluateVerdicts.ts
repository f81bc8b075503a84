import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { TRUE } from "../compile/context.js";
import { toSafe, type SafeResult } from "../errors/AwardRulesError.js";
import { and3, decide } from "./decide.js";
import { prepareEvaluation, type EvaluateOptions } from "./prepare.js";
import { STATUS } from "./trace.js";
import type { NodeStatus, VerdictResult } from "./types.js";

/**
 * The fast path: the same verdicts as `evaluate`, without traces or reasons. Conditions
 * short-circuit and every fact is read at most once.
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
  const admission = appliedCategory === undefined || award.admission === undefined ? TRUE : award.admission.verdict(ctx);
  const requirements = award.requirements === undefined ? TRUE : award.requirements.verdict(ctx);
  const levels: Record<string, NodeStatus[]> = {};
  const categories = award.categories.map((category) => {
    const audience = category.audience === undefined ? TRUE : category.audience.verdict(ctx);
    const statuses = category.levels.map((level) => ({
      level: level.level,
      status: and3(requirements, audience, level.conditions.verdict(ctx)),
    }));
    levels[category.id] = statuses.map((entry) => STATUS[entry.status] as NodeStatus);
    return { id: category.id, audience, levels: statuses };
  });
  return { ...decide({ appliedCategory, admission, categories }), levels };
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
