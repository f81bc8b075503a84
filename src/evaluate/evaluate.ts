import type { CompiledRulebook } from "../compile/compileRulebook.js";
import type { CompiledNode } from "../compile/compiledNode.js";
import { FALSE, TRUE, UNKNOWN, type EvaluationContext, type Tri } from "../compile/context.js";
import { toSafe, type SafeResult } from "../errors/AwardRulesError.js";
import { withLazyTraces } from "./buildTraces.js";
import { prepareEvaluation, type EvaluateOptions } from "./prepare.js";
import { summarize } from "./summarize.js";
import { failingLeaves, traceNode } from "./trace.js";
import type { EvaluationResult, Refusal, TraceNode } from "./types.js";

const refusalOf = (trace: TraceNode): Refusal => ({ id: trace.id, reason: trace.reason, citation: trace.citation });

/**
 * The inputs still needed under a node (as `collectMissing` finds them in its trace): its status,
 * and, when it is unknown, the missing inputs of the unknown leaves reached through unknown nodes.
 * A node stops at the first child that settles it (what it would add is dropped then anyway).
 */
function missingOf(node: CompiledNode, ctx: EvaluationContext, into: string[]): Tri {
  const leaf = node.leaf;
  if (leaf !== undefined) {
    const status = node.verdict(ctx);
    if (status === UNKNOWN) for (const name of leaf.factDefinition.missing(ctx, leaf.params, leaf.read(ctx))) into.push(name);
    return status;
  }
  const mark = into.length;
  const children = node.children;
  if (node.kind === "not") {
    const status = missingOf(children[0] as CompiledNode, ctx, into);
    return status === UNKNOWN ? UNKNOWN : status === TRUE ? FALSE : TRUE;
  }
  // all: at least every child; any: at least one; atLeast: at least k
  const needed = node.kind === "all" ? children.length : node.kind === "any" ? 1 : node.atLeast;
  let passed = 0;
  let unknown = 0;
  for (let index = 0; index < children.length; index += 1) {
    const before = into.length;
    const status = missingOf(children[index] as CompiledNode, ctx, into);
    if (status === TRUE) passed += 1;
    else if (status === UNKNOWN) unknown += 1;
    if (status !== UNKNOWN) into.length = before; // a settled child needs nothing
    if (passed >= needed) {
      into.length = mark;
      return TRUE;
    }
    if (passed + unknown + (children.length - index - 1) < needed) {
      into.length = mark;
      return FALSE;
    }
  }
  // reached only when no child settled it, or it has no children
  const status = passed >= needed ? TRUE : passed + unknown >= needed ? UNKNOWN : FALSE;
  if (status !== UNKNOWN) into.length = mark;
  return status;
}

/** The missing inputs of a tree whose verdict is unknown (a settled tree needs nothing); `known` is its verdict when already made. */
function missingUnder(node: CompiledNode | undefined, ctx: EvaluationContext, into: Set<string>, known?: Tri): void {
  if (node === undefined || (known ?? node.verdict(ctx)) !== UNKNOWN) return;
  const found: string[] = [];
  missingOf(node, ctx, found);
  for (const name of found) into.add(name);
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
  const missing = new Set<string>();
  if (decision.status === "refused") {
    // only the admission checks and the applied category's audience say why
    if (application !== undefined && award.admission !== undefined && verdicts[0] === FALSE) {
      refusal.push(...failingLeaves(traceNode(award.admission, ctx, compiled.labels)).map(refusalOf));
    }
    let at = 2;
    for (const category of award.categories) {
      if (category.id === application?.category && category.audience !== undefined && verdicts[at] === FALSE) {
        refusal.push(refusalOf(traceNode(category.audience, ctx, compiled.labels)));
      }
      at += 1 + category.levels.length;
    }
  } else {
    if (application !== undefined) missingUnder(award.admission, ctx, missing, verdicts[0]);
    const requirements = verdicts[1] as Tri;
    missingUnder(award.requirements, ctx, missing, requirements);
    let at = 2;
    for (const category of award.categories) {
      const audience = verdicts[at] as Tri;
      const first = at + 1;
      at += 1 + category.levels.length;
      if (audience === FALSE || (application !== undefined && category.id !== application.category)) continue;
      missingUnder(category.audience, ctx, missing, audience);
      // behind a passed gate a level's verdict is its tree's; otherwise the tree is read here
      const open = requirements === TRUE && audience === TRUE;
      category.levels.forEach((level, index) => missingUnder(level.conditions, ctx, missing, open ? (verdicts[first + index] as Tri) : undefined));
    }
  }
  const reward = decision.status === "qualified" ? (award.levels.find((level) => level.level === decision.level)?.reward ?? null) : null;
  const missingFacts = [...missing].sort();
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
  };
  return withLazyTraces(result, { award, ctx, labels: compiled.labels, traces: undefined }, { refusal, missingFacts, summary });
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
