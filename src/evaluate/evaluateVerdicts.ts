import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { FALSE, TRUE, UNKNOWN, type Tri } from "../compile/context.js";
import { toSafe, type SafeResult } from "../errors/AwardRulesError.js";
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
  const verdicts = award.verdicts(ctx, appliedCategory !== undefined);
  const admission = verdicts[0] as Tri;
  const levels: Record<string, NodeStatus[]> = {};
  // the decision as `decide` makes it, without building its input: the highest level passed over
  // the categories judged (the applied one, or every one whose audience does not fail)
  let refused = appliedCategory !== undefined && admission === FALSE;
  let bestLevel = 0;
  let bestCategory: string | null = null;
  let open = false;
  let at = 2;
  for (const category of award.categories) {
    const audience = verdicts[at] as Tri;
    at += 1;
    const words: NodeStatus[] = [];
    const judged = appliedCategory === undefined ? audience !== FALSE : category.id === appliedCategory;
    if (judged && appliedCategory !== undefined && audience === FALSE) refused = true;
    for (const level of category.levels) {
      const status = verdicts[at] as Tri;
      at += 1;
      words.push(STATUS[status] as NodeStatus);
      if (!judged) continue;
      if (status === TRUE && (bestLevel === 0 || level.level < bestLevel)) {
        bestLevel = level.level;
        bestCategory = category.id;
      }
      if (status === UNKNOWN) open = true;
    }
    levels[category.id] = words;
  }
  if (refused) return { status: "refused", category: null, level: null, levels };
  const status = bestLevel > 0 ? "qualified" : open ? "pendingReview" : "notQualified";
  // admission still open: someone who qualifies, or may, waits for it (000 §六(七))
  if (appliedCategory !== undefined && admission === UNKNOWN && status !== "notQualified") return { status: "pendingReview", category: null, level: null, levels };
  return status === "qualified" ? { status, category: bestCategory, level: bestLevel, levels } : { status, category: null, level: null, levels };
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
