import { decideVerdicts } from "../semantics/decide.js";
import { outsideEffectivePeriod } from "../compile/revision.js";
import type { CompiledAward, CompiledRulebook } from "../compile/compileRulebook.js";
import { FALSE, type EvaluationContext, type Tri } from "../compile/context.js";
import type { FactLabels } from "../compile/facts/types.js";
import { type SafeResult } from "../errors/AwardRulesError.js";
import { toSafe } from "../messages/issueOf.js";
import { withLazyTraces } from "./buildTraces.js";
import { prepareEvaluation, type EvaluateOptions } from "./prepare.js";
import { summarize } from "./summarize.js";
import { failingLeafRefusals, nodeReason } from "./trace.js";
import type { EvaluationResult, IfApplied, Refusal } from "./types.js";
import { appliedFor, notAppliedSummary } from "./candidacy.js";
import { participantRefusal } from "./participants.js";
import type { RecordInput, RulebookIds, Untyped, WideRecord } from "../schema/rulebookIds.js";
import type { CandidateRecordInput } from "../schema/recordTypes.js";

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
export function evaluate<Ids extends RulebookIds>(compiled: CompiledRulebook<Ids>, input: RecordInput<Ids>, options: EvaluateOptions<Ids>): EvaluationResult<Ids>;
/** The same, for a record whose type has `string` ids (a `CandidateRecordInput` or `CandidateRecord` variable): its ids are checked at run time. */
export function evaluate<Ids extends RulebookIds, const T extends CandidateRecordInput>(
  compiled: CompiledRulebook<Ids>,
  input: WideRecord<T, Ids>,
  options: EvaluateOptions<Ids>,
): EvaluationResult<Ids>;
/** The same, for a record whose type names no fields (`unknown`, parsed JSON, `Record<string, unknown>`, JSON text), with options of any ids: checked at run time. */
export function evaluate<T>(compiled: CompiledRulebook, input: Untyped<T>, options: EvaluateOptions): EvaluationResult;
export function evaluate(compiled: CompiledRulebook, input: unknown, options: EvaluateOptions): EvaluationResult {
  const { award, ctx } = prepareEvaluation(compiled, input, options);
  // a record outside the organisations the document lists as taking part is refused with the clause
  const outsider = participantRefusal(compiled, award.award, ctx.record);
  const applied = outsider !== null || appliedFor(award.award, ctx.record);
  // a record that did not apply for an award taking applicants only is judged as if it had not named a category
  const application = applied ? ctx.record.application : undefined;
  // the verdicts and the inputs still missing under the trees that count, each tree read once
  const missing: string[] = [];
  const verdicts = award.evaluation(ctx, missing);
  const decided = decideVerdicts(award.layout, verdicts, application?.category);
  const decision = outsider === null ? decided : { ...decided, status: "refused" as const, category: null, level: null };
  const refusal: Refusal[] = outsider === null ? [] : [outsider];
  // a refused record is missing nothing
  if (outsider !== null) missing.length = 0;
  if (decision.status === "refused" && outsider === null) {
    // a refused application is missing nothing; only the admission checks and the applied category's audience say why
    missing.length = 0;
    if (application !== undefined && award.admission !== undefined && verdicts[award.layout.admission] === FALSE) {
      failingLeafRefusals(award.admission, ctx, compiled.labels, refusal);
    }
    audienceRefusals(award, verdicts, application?.category, ctx, compiled.labels, refusal);
  }
  const reward = decision.status === "qualified" ? rewardOf(award, decision.level) : null;
  const missingFacts = sortedDistinct(missing);
  const said = summarize({ status: decision.status, category: decision.category, level: decision.level, reward, refusal, missingFacts }, award.award);
  // status, category and level agree as the decision gives them; a decision with no application is never refused
  const ifApplied = applied ? null : ({ status: decision.status, category: decision.category, level: decision.level, reward } as IfApplied);
  const result = {
    awardId: award.award.id,
    recordId: ctx.record.id,
    asOf: ctx.asOf,
    roundYear: ctx.roundYear,
    revision: compiled.revision,
    outsideEffectivePeriod: outsideEffectivePeriod(compiled.revision, ctx.asOf),
    status: applied ? decision.status : ("notApplied" as const),
    category: applied ? decision.category : null,
    level: applied ? decision.level : null,
    reward: applied ? reward : null,
    summary: applied ? said : notAppliedSummary(said, award.award),
    refusal,
    missingFacts,
    ifApplied,
  };
  // a category is excluded where its audience failed (the trace's status is the verdict)
  const anyExcluded = anyCategoryExcluded(award, verdicts);
  return withLazyTraces(result, { award, ctx, labels: compiled.labels, traces: undefined }, { applied: application !== undefined, anyExcluded });
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
 * `evaluate` returning `{ success, data | error }` instead of throwing. It takes a record of any
 * type (`unknown`: data from outside, checked at run time), and its problems come back as values.
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

// plain loops over the compiled rulebook's lists: they are frozen, and V8's some/find/forEach/filter/slice have
// no fast path for a frozen array (3–18× slower; loops, for-of, map and includes keep theirs)

/** Whether a category is excluded: its audience failed (the trace's status is the verdict). */
function anyCategoryExcluded(award: CompiledAward, verdicts: readonly Tri[]): boolean {
  for (let index = 0; index < award.categories.length; index += 1) {
    if (award.categories[index]!.audience !== undefined && verdicts[award.layout.categories[index]!.audience] === FALSE) return true;
  }
  return false;
}

/** The refusal of an application whose category's audience failed, with the audience's reason. */
function audienceRefusals(award: CompiledAward, verdicts: readonly Tri[], applied: string | undefined, ctx: EvaluationContext, labels: FactLabels, into: Refusal[]): void {
  for (let index = 0; index < award.categories.length; index += 1) {
    const category = award.categories[index]!;
    if (category.id === applied && category.audience !== undefined && verdicts[award.layout.categories[index]!.audience] === FALSE) {
      into.push({ id: category.audience.source.id, reason: nodeReason(category.audience, ctx, labels), citation: category.audience.citation });
    }
  }
}
