import { decideVerdicts } from "../semantics/decide.js";
import { outsideEffectivePeriod } from "../compile/revision.js";
import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { type SafeResult } from "../errors/AwardRulesError.js";
import { toSafe } from "../messages/issueOf.js";
import { prepareEvaluation, type EvaluateOptions } from "./prepare.js";
import type { VerdictResult } from "./types.js";
import { appliedFor } from "./candidacy.js";
import { participantRefusal } from "./participants.js";
import type { RecordInput, RulebookIds, Untyped, WideRecord } from "../schema/rulebookIds.js";
import type { CandidateRecordInput } from "../schema/recordTypes.js";

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
export function evaluateVerdicts<Ids extends RulebookIds>(compiled: CompiledRulebook<Ids>, input: RecordInput<Ids>, options: EvaluateOptions<Ids>): VerdictResult<Ids>;
/** The same, for a record whose type has `string` ids (a `CandidateRecordInput` or `CandidateRecord` variable): its ids are checked at run time. */
export function evaluateVerdicts<Ids extends RulebookIds, const T extends CandidateRecordInput>(
  compiled: CompiledRulebook<Ids>,
  input: WideRecord<T, Ids>,
  options: EvaluateOptions<Ids>,
): VerdictResult<Ids>;
/** The same, for a record whose type names no fields (`unknown`, parsed JSON, `Record<string, unknown>`, JSON text), with options of any ids: checked at run time. */
export function evaluateVerdicts<T>(compiled: CompiledRulebook, input: Untyped<T>, options: EvaluateOptions): VerdictResult;
export function evaluateVerdicts(compiled: CompiledRulebook, input: unknown, options: EvaluateOptions): VerdictResult {
  const { award, ctx } = prepareEvaluation(compiled, input, options);
  // the revision is the rulebook's one frozen object: a reference, not a copy
  const { revision } = compiled;
  const outside = outsideEffectivePeriod(revision, ctx.asOf);
  if (award.award.candidacy?.participants !== undefined && participantRefusal(compiled, award.award, ctx.record) !== null) {
    const verdict = decideVerdicts(award.layout, award.verdicts(ctx, false), undefined);
    return { status: "refused", revision, outsideEffectivePeriod: outside, category: null, level: null, levels: verdict.levels };
  }
  if (!appliedFor(award.award, ctx.record)) {
    // not an applicant: the decision over every open category, given as what an application would come to
    const verdict = decideVerdicts(award.layout, award.verdicts(ctx, false), undefined);
    // a decision with no application is never refused (refusal needs an application or a participants list, handled above)
    const ifApplied = { status: verdict.status, category: verdict.category, level: verdict.level } as Extract<VerdictResult, { status: "notApplied" }>["ifApplied"];
    return { status: "notApplied", revision, outsideEffectivePeriod: outside, category: null, level: null, levels: verdict.levels, ifApplied };
  }
  const appliedCategory = ctx.record.application?.category;
  const decided = decideVerdicts(award.layout, award.verdicts(ctx, appliedCategory !== undefined), appliedCategory);
  // the decision's status, category and level agree (a union the spread below cannot see through)
  return { status: decided.status, revision, outsideEffectivePeriod: outside, category: decided.category, level: decided.level, levels: decided.levels } as VerdictResult;
}

/**
 * `evaluateVerdicts` returning `{ success, data | error }` instead of throwing; it takes a record
 * of any type (`unknown`), checked at run time.
 *
 * @example
 * ```ts
 * const result = safeEvaluateVerdicts(rulebook, record, { asOf: "2026-11-26" });
 * ```
 */
export function safeEvaluateVerdicts(compiled: CompiledRulebook, input: unknown, options: EvaluateOptions): SafeResult<VerdictResult> {
  return toSafe(() => evaluateVerdicts(compiled, input, options));
}
