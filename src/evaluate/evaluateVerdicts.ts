import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { FALSE, TRUE, type Tri } from "../compile/context.js";
import { toSafe, type SafeResult } from "../errors/AwardRulesError.js";
import { and3, decide } from "./decide.js";
import { prepareEvaluation, type EvaluateOptions } from "./prepare.js";
import { STATUS } from "./trace.js";
import type { NodeStatus, VerdictResult } from "./types.js";

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
  const admission = appliedCategory === undefined || award.admission === undefined ? TRUE : award.admission.verdict(ctx);
  const requirements = award.requirements === undefined ? TRUE : award.requirements.verdict(ctx);
  const levels: Record<string, NodeStatus[]> = {};
  const categories: { id: string; audience: Tri; levels: { level: number; status: Tri }[] }[] = [];
  for (const category of award.categories) {
    const audience = category.audience === undefined ? TRUE : category.audience.verdict(ctx);
    // a failed requirement or audience fails every level: their trees need not be read
    const gate = requirements === FALSE || audience === FALSE ? FALSE : and3(requirements, audience);
    const statuses: { level: number; status: Tri }[] = [];
    const words: NodeStatus[] = [];
    for (const level of category.levels) {
      const status = gate === FALSE ? FALSE : and3(gate, level.conditions.verdict(ctx));
      statuses.push({ level: level.level, status });
      words.push(STATUS[status] as NodeStatus);
    }
    levels[category.id] = words;
    categories.push({ id: category.id, audience, levels: statuses });
  }
  const decision = decide({ appliedCategory, admission, categories });
  return { status: decision.status, category: decision.category, level: decision.level, levels };
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
