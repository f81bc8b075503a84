import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { FALSE, TRUE, type Tri } from "../compile/context.js";
import { toSafe, type SafeResult } from "../errors/AwardRulesError.js";
import { and3, decide } from "./decide.js";
import { prepareEvaluation, type EvaluateOptions } from "./prepare.js";
import { summarize } from "./summarize.js";
import { collectMissing, failingLeaves, STATUS, traceNode } from "./trace.js";
import type { CategoryResult, EvaluationResult, NodeStatus, Refusal, TraceNode } from "./types.js";

const triOf = (trace: TraceNode): Tri => STATUS.indexOf(trace.status) as Tri;
const refusalOf = (trace: TraceNode): Refusal => ({ id: trace.id, reason: trace.reason, citation: trace.citation });


/**
 * Evaluates one person against an award as of a date. Pure and synchronous: the same input
 * gives the same output. Returns, for every category the person may apply for and every level,
 * `pass | fail | unknown` with a trace of every condition node (facts read, reason citing the
 * clause), the highest level passed, the overall status, the refusal reasons of an application
 * and the facts still missing. Throws `AwardRulesError` for a bad record or option.
 *
 * @example
 * ```ts
 * const result = evaluate(bundledRulebook(), record, { asOf: "2026-11-26" });
 * result.status; // "qualified"
 * result.level;  // 2
 * result.categories[0].levels[0].conditions.reason.zh;
 * ```
 */
export function evaluate(compiled: CompiledRulebook, input: unknown, options: EvaluateOptions): EvaluationResult {
  const { award, ctx } = prepareEvaluation(compiled, input, options);
  const { labels } = compiled;
  const application = ctx.record.application;
  const admission = application === undefined || award.admission === undefined ? undefined : traceNode(award.admission, ctx, labels);
  const requirements = award.requirements === undefined ? null : traceNode(award.requirements, ctx, labels);
  const requirementsTri = requirements === null ? TRUE : triOf(requirements);
  const categories: CategoryResult[] = [];
  const excludedCategories: EvaluationResult["excludedCategories"] = [];
  const verdictCategories = award.categories.map((category) => {
    const audience = category.audience === undefined ? null : traceNode(category.audience, ctx, labels);
    const audienceTri = audience === null ? TRUE : triOf(audience);
    if (audience !== null && audienceTri === FALSE) {
      excludedCategories.push({ id: category.id, audience });
      return { id: category.id, audience: audienceTri, levels: [] };
    }
    const levelMeta = new Map(award.levels.map((level) => [level.level, level]));
    const levels = category.levels.map((level) => {
      const conditions = traceNode(level.conditions, ctx, labels);
      const status = and3(requirementsTri, audienceTri, triOf(conditions));
      return {
        level: level.level,
        label: levelMeta.get(level.level)?.label ?? conditions.label,
        status: STATUS[status] as NodeStatus,
        conditions,
        tri: status,
      };
    });
    const passed = levels.filter((level) => level.tri === TRUE).map((level) => level.level);
    categories.push({
      id: category.id,
      label: category.label,
      audience,
      levels: levels.map(({ tri: _tri, ...level }) => level),
      highestLevel: passed.length > 0 ? Math.min(...passed) : null,
    });
    return { id: category.id, audience: audienceTri, levels: levels.map((level) => ({ level: level.level, status: level.tri })) };
  });
  const decision = decide({
    appliedCategory: application?.category,
    admission: admission === undefined ? TRUE : triOf(admission),
    categories: verdictCategories,
  });
  const refusal: Refusal[] = [];
  if (decision.status === "refused") {
    if (admission) refusal.push(...failingLeaves(admission).map(refusalOf));
    const excluded = excludedCategories.find((entry) => entry.id === application?.category);
    if (excluded) refusal.push(refusalOf(excluded.audience));
  }
  const missing = new Set<string>();
  if (decision.status !== "refused") {
    if (admission) collectMissing(admission, missing);
    if (requirements) collectMissing(requirements, missing);
    for (const category of categories) {
      if (application !== undefined && category.id !== application.category) continue;
      if (category.audience) collectMissing(category.audience, missing);
      for (const level of category.levels) collectMissing(level.conditions, missing);
    }
  }
  const reward = decision.status === "qualified" ? (award.levels.find((level) => level.level === decision.level)?.reward ?? null) : null;
  const result: EvaluationResult = {
    awardId: award.award.id,
    recordId: ctx.record.id,
    asOf: ctx.asOf,
    roundYear: ctx.roundYear,
    ...decision,
    reward,
    application: application ? { category: application.category, date: application.date, admission: admission ?? null } : null,
    requirements,
    categories,
    excludedCategories,
    refusal,
    missingFacts: [...missing].sort(),
    summary: { zh: "", en: "" },
  };
  result.summary = summarize(result, award.award);
  return result;
}

/**
 * `evaluate` returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeEvaluate(bundledRulebook(), { id: 7 }, { asOf: "2026-11-26" });
 * if (!result.success) console.log(result.error.issues[0]?.path); // ["id"]
 * ```
 */
export function safeEvaluate(compiled: CompiledRulebook, input: unknown, options: EvaluateOptions): SafeResult<EvaluationResult> {
  return toSafe(() => evaluate(compiled, input, options));
}
