import type { CompiledAward, CompiledRulebook } from "../compile/compileRulebook.js";
import type { TreeMissing } from "../compile/generateMissing.js";
import { FALSE, TRUE, UNKNOWN, type EvaluationContext, type Tri } from "../compile/context.js";
import { toSafe, type SafeResult } from "../errors/AwardRulesError.js";
import { withLazyTraces } from "./buildTraces.js";
import { prepareEvaluation, type EvaluateOptions } from "./prepare.js";
import { summarize } from "./summarize.js";
import { failingLeafRefusals, nodeReason } from "./trace.js";
import type { EvaluationResult, Refusal, TraceNode } from "./types.js";


/** The missing inputs of a tree whose verdict is unknown (a settled tree needs nothing); `known` is its verdict when already made. */
function missingUnder(missing: TreeMissing | undefined, ctx: EvaluationContext, into: string[], known?: Tri): void {
  if (missing === undefined || known === FALSE || known === TRUE) return;
  const mark = into.length;
  if (missing(ctx, into) !== UNKNOWN) into.length = mark;
}

/**
 * Evaluates one person against an award as of a date. Pure and synchronous: the same input
 * gives the same output. Returns, for every category the person may apply for and every level,
 * `pass | fail | unknown` with a trace of every condition node (facts read, reason citing the
 * clause), the highest level passed, the overall status, the refusal reasons of an application
 * and the facts still missing. The verdicts, the decision, the refusal, the missing facts and the
 * summary are made at once; the traces (`application`, `requirements`, `categories`,
 * `excludedCategories`) are built when first read, by own enumerable getters, so they read the
 * same either way and JSON, spreads and copies see them. Throws `AwardRulesError` for a bad
 * record or option.
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
  const application = ctx.record.application;
  const verdicts = award.verdicts(ctx, application !== undefined);
  const decision = award.decide(verdicts, application?.category);
  const refusal: Refusal[] = [];
  const missing: string[] = [];
  if (decision.status === "refused") {
    // only the admission checks and the applied category's audience say why
    if (application !== undefined && award.admission !== undefined && verdicts[0] === FALSE) {
      failingLeafRefusals(award.admission, ctx, compiled.labels, refusal);
    }
    let at = 2;
    for (const category of award.categories) {
      if (category.id === application?.category && category.audience !== undefined && verdicts[at] === FALSE) {
        refusal.push({ id: category.audience.source.id, reason: nodeReason(category.audience, ctx, compiled.labels), citation: category.audience.citation });
      }
      at += 1 + category.levels.length;
    }
  } else {
    if (application !== undefined) missingUnder(award.missing.admission, ctx, missing, verdicts[0]);
    const requirements = verdicts[1] as Tri;
    missingUnder(award.missing.requirements, ctx, missing, requirements);
    let at = 2;
    for (let index = 0; index < award.categories.length; index += 1) {
      const category = award.categories[index]!;
      const trees = award.missing.categories[index]!;
      const audience = verdicts[at] as Tri;
      const first = at + 1;
      at += 1 + category.levels.length;
      if (audience === FALSE || (application !== undefined && category.id !== application.category)) continue;
      missingUnder(trees.audience, ctx, missing, audience);
      // behind a passed gate a level's verdict is its tree's; otherwise the tree is read here
      const open = requirements === TRUE && audience === TRUE;
      for (let place = 0; place < trees.levels.length; place += 1) missingUnder(trees.levels[place], ctx, missing, open ? (verdicts[first + place] as Tri) : undefined);
    }
  }
  const reward = decision.status === "qualified" ? rewardOf(award, decision.level) : null;
  const missingFacts = sortedDistinct(missing);
  const summary = summarize({ status: decision.status, category: decision.category, level: decision.level, reward, refusal, missingFacts }, award.award);
  const result = {
    awardId: award.award.id,
    recordId: ctx.record.id,
    asOf: ctx.asOf,
    roundYear: ctx.roundYear,
    status: decision.status,
    category: decision.category,
    level: decision.level,
    reward,
    summary,
    refusal,
    missingFacts,
  };
  return withLazyTraces(result, { award, ctx, labels: compiled.labels, traces: undefined });
}

/** Sorts a list in place and drops its repeats (in place too). */
function sortedDistinct(names: string[]): string[] {
  if (names.length < 2) return names;
  names.sort();
  let kept = 1;
  for (let index = 1; index < names.length; index += 1) if (names[index] !== names[kept - 1]) names[kept++] = names[index]!;
  names.length = kept;
  return names;
}

/** The reward of a level of an award (null where it has none). */
function rewardOf(award: CompiledAward, level: number | null): EvaluationResult["reward"] {
  for (const entry of award.levels) if (entry.level === level) return entry.reward ?? null;
  return null;
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
