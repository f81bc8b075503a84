import type { CompiledRulebook } from "../../compile/compileRulebook.js";
import { outsideEffectivePeriod } from "../../compile/revision.js";
import type { CompiledScoredAward } from "../../compile/compileScored.js";
import type { CandidateKind, CandidateRecord, CandidateRecordInput } from "../../schema/recordTypes.js";
import type { RecordInput, RulebookIds, Untyped, WideRecord } from "../../schema/rulebookIds.js";
import { EvaluationContext } from "../../compile/context.js";
import { unknownAwardIssue } from "../unknownAward.js";
import { AwardRulesError, type SafeResult } from "../../errors/AwardRulesError.js";
import { toSafe } from "../../messages/issueOf.js";
import { recordOf } from "../../load/parseCandidate.js";
import { collectMissing, failingLeaves, traceNode } from "../trace.js";
import { consequencesOf, vetoedGrade } from "./consequences.js";
import { checkRecordEntries } from "../checkRecordEntries.js";
import { badDateParams } from "../../door/checkOptions.js";
import { raise } from "../../messages/issueOf.js";
import type { Refusal, TraceNode } from "../types.js";
import { settleGrade } from "./grade.js";
import { scoreBonuses, scoreComponents, scoreRubric } from "./rubric.js";
import { rememberScoredAward, summarizeScored } from "./summarizeScored.js";
import type { ScoredResult } from "./types.js";
import { validateScores, type Deployment } from "./validateScores.js";
import { appliedFor, notAppliedSummary } from "../candidacy.js";
import { participantRefusal } from "../participants.js";
import { checkKnownKeys, checkText, readOptions } from "../../door/door.js";
import { checkCompiled } from "../../compile/compiledMark.js";
import { readPlainFields } from "../../door/plainData.js";
import { registerMessages } from "../../messages/registry.js";
import { SCORED_MESSAGES } from "../../messages/catalog/scored.js";
import { SCORE_MESSAGES } from "../../messages/catalog/record.js";

/**
 * Options of a scored evaluation.
 *
 * @example
 * ```ts
 * const options: ScoredOptions = { asOf: "2011-06-30", award: "service-star", deployment: {} };
 * ```
 */
export interface ScoredOptions<Ids extends RulebookIds = RulebookIds> {
  /** The evaluation date, `YYYY-MM-DD`. */
  asOf: string;
  /** The scored award's id. */
  award: Ids["scoredAward"];
  deployment?: Deployment;
}

/**
 * Evaluates a person or an organisation against a scored award: eligibility, every veto (一票否决),
 * rubric with section subtotals, bonuses before and after their caps, weighted components, the
 * score, and the grade with every band, cap and forced grade that settled it, all cited, in
 * Chinese and English. Scores are checked first: an unknown item, a negative score or one above
 * the item's maximum is an `invalid_score` error naming the item.
 *
 * @example
 * ```ts
 * const result = evaluateScored(rulebook, team, { asOf: "2017-12-30", award: "excellent-team" });
 * result.composite; // 0.4 × 90 + 0.3 × 85 + 0.3 × 80 = 85.5
 * ```
 */
export function evaluateScored<Ids extends RulebookIds>(compiled: CompiledRulebook<Ids>, input: RecordInput<Ids>, options: ScoredOptions<Ids>): ScoredResult;
/** The same, for a record whose type has `string` ids (a `CandidateRecordInput` or `CandidateRecord` variable): its ids are checked at run time. */
export function evaluateScored<Ids extends RulebookIds, const T extends CandidateRecordInput>(
  compiled: CompiledRulebook<Ids>,
  input: WideRecord<T, Ids>,
  options: ScoredOptions<Ids>,
): ScoredResult;
/** The same, for a record whose type names no fields (`unknown`, parsed JSON, `Record<string, unknown>`, JSON text), with options of any ids: checked at run time. */
export function evaluateScored<T>(compiled: CompiledRulebook, input: Untyped<T>, options: ScoredOptions): ScoredResult;
export function evaluateScored(compiled: CompiledRulebook, input: unknown, options: ScoredOptions): ScoredResult {
  registerMessages(SCORED_MESSAGES, SCORE_MESSAGES);
  const { scored, record, kind, given } = checkedArguments(compiled, input, options);
  return scoredResult(compiled, scored, record, kind, given);
}

/** The door: the rulebook, the options, the award asked for, the record (of the award's kind) and its scores. */
function checkedArguments(
  compiled: CompiledRulebook,
  input: unknown,
  options: ScoredOptions,
): { scored: CompiledScoredAward; record: CandidateRecord; kind: CandidateKind; given: ScoredOptions } {
  checkCompiled(compiled);
  options = readOptions(options, "options", { required: true }) as unknown as ScoredOptions;
  checkKnownKeys(options, ["asOf", "award", "deployment"], []);
  checkText(options.award, ["award"], { optional: true });
  readPlainFields(options, ["deployment"]);
  const asOfProblem = badDateParams(options.asOf, "asOf");
  if (asOfProblem !== undefined) raise("invalid_option", ["asOf"], "option.badDate", asOfProblem);
  const scored = compiled.scoredAwards.find((entry) => entry.award.id === options.award);
  if (!scored) throw new AwardRulesError([unknownAwardIssue(compiled, options.award, "scored")]);
  const record = recordOf(input);
  checkRecordEntries(compiled, record);
  const kind = record.kind ?? "person";
  if (kind !== scored.award.candidateKind) {
    raise("invalid_record", ["kind"], "record.wrongKind", { award: scored.award.id, awardZh: scored.award.label.zh, wants: scored.award.candidateKind, kind });
  }
  validateScores(scored, record, options.deployment ?? {});
  return { scored, record, kind, given: options };
}

/** A record scored, graded and judged against an award (its arguments checked). */
function scoredResult(compiled: CompiledRulebook, scored: CompiledScoredAward, record: CandidateRecord, kind: CandidateKind, options: ScoredOptions): ScoredResult {
  const ctx = new EvaluationContext(record, options.asOf, compiled.rulebook.windows, compiled.slotCount, compiled.windowCache);
  const { labels } = compiled;
  const trace = (node: NonNullable<typeof scored.eligibility>): TraceNode => traceNode(node, ctx, labels);
  const audience = scored.audience ? trace(scored.audience) : null;
  const eligibility = scored.eligibility ? trace(scored.eligibility) : null;
  const vetoes = scored.vetoes.map(trace);
  const rubric = scoreRubric(scored, ctx);
  const bonus = scoreBonuses(scored, ctx, labels);
  const weights = scoreComponents(scored, ctx);
  const bonusSum = (key: "beforeCap" | "afterCap"): number | null =>
    bonus.bonuses.some((entry) => entry[key] === null) ? null : bonus.bonuses.reduce((total, entry) => total + (entry[key] as number), 0);
  const bonusAfterCap = bonusSum("afterCap");
  const score = scoreOf(scored, weights.composite, rubric.total, bonusAfterCap);
  const caps = scored.gradeCaps.map((cap) => trace(cap.when));
  const forced = scored.forcedGrades.map((entry) => trace(entry.when));
  const vetoed = vetoes.some((veto) => veto.status === "pass");
  const outsider = participantRefusal(compiled, scored.award, record);
  const refused = audience?.status === "fail" || outsider !== null;
  const settled = refused ? { grade: null, steps: [], open: false } : vetoed ? vetoedGrade(scored, vetoes) : settleGrade(scored, score, caps, forced);
  const missing = new Set<string>([...rubric.missing, ...bonus.missing, ...weights.missing]);
  for (const node of [...(audience ? [audience] : []), ...(eligibility ? [eligibility] : []), ...vetoes, ...caps, ...forced]) collectMissing(node, missing);
  const judged = judgedStatus(scored, { refused, vetoed, score, open: settled.open, audience, eligibility, vetoes });
  // an award taking applicants only: a record without an application for it is scored, but does not compete
  const applied = appliedFor(scored.award, record);
  const status = judged !== "refused" && !applied ? "notApplied" : judged;
  const band = scored.award.grades?.bands.find((entry) => entry.grade === settled.grade);
  const consequences = refused ? [] : consequencesOf(scored, settled.grade, status, ctx, labels);
  for (const consequence of consequences) if (consequence.conditions) collectMissing(consequence.conditions, missing);
  const result: ScoredResult = {
    awardId: scored.award.id,
    awardLabel: scored.award.label,
    recordId: record.id,
    candidateKind: kind,
    asOf: ctx.asOf,
    revision: compiled.revision,
    outsideEffectivePeriod: outsideEffectivePeriod(compiled.revision, ctx.asOf),
    status,
    audience,
    refusal: refusalOf(outsider, refused ? audience : null),
    eligibility,
    vetoes,
    sections: rubric.sections,
    rubricTotal: rubric.total,
    bonuses: bonus.bonuses,
    bonusBeforeCap: bonusSum("beforeCap"),
    bonusAfterCap,
    components: weights.components,
    composite: weights.composite,
    score,
    grade: settled.grade,
    gradeLabel: band?.label ?? null,
    gradeSteps: settled.steps,
    prize: status === "scored" && scored.award.prize ? { value: scored.award.prize.value, unit: scored.award.prize.unit } : null,
    consequences,
    missingFacts: [...missing].sort(),
    ifApplied: status === "notApplied" ? { status: judged as Exclude<typeof judged, "refused">, grade: settled.grade } : null,
    summary: { zh: "", en: "" },
  };
  result.summary = status === "notApplied" ? notAppliedSummary(summarizeScored({ ...result, status: judged }, scored.award), scored.award) : summarizeScored(result, scored.award);
  rememberScoredAward(result, scored.award);
  return result;
}

/** The score: the weighted composite, or the rubric's total with the bonuses (to a millionth, so sums of tenths stay exact); null while a part is unknown. */
function scoreOf(scored: CompiledScoredAward, composite: number | null, rubricTotal: number | null, bonus: number | null): number | null {
  if (scored.award.composite) return composite;
  return rubricTotal === null || bonus === null ? null : Math.round((rubricTotal + bonus) * 1e6) / 1e6;
}

/** Why a record is refused: outside the units taking part, or outside the audience (its failing leaves). */
function refusalOf(outsider: Refusal | null, failedAudience: TraceNode | null): Refusal[] {
  if (outsider !== null) return [outsider];
  return failedAudience === null ? [] : failingLeaves(failedAudience).map((leaf) => ({ id: leaf.id, reason: leaf.reason, citation: leaf.citation }));
}

/** The status a scored record comes to, before candidacy: refused, vetoed, ineligible, still open, or scored. */
function judgedStatus(
  scored: CompiledScoredAward,
  found: { refused: boolean; vetoed: boolean; score: number | null; open: boolean; audience: TraceNode | null; eligibility: TraceNode | null; vetoes: TraceNode[] },
): "refused" | "vetoed" | "ineligible" | "pendingReview" | "scored" {
  if (found.refused) return "refused";
  if (found.vetoed) return "vetoed";
  if (found.eligibility?.status === "fail") return "ineligible";
  const scoresCount = scored.award.rubric !== undefined || scored.award.composite !== undefined;
  const unknown = (node: TraceNode | null): boolean => node?.status === "unknown";
  const undecided = (scoresCount && found.score === null) || found.open || unknown(found.audience) || unknown(found.eligibility) || found.vetoes.some(unknown);
  return undecided ? "pendingReview" : "scored";
}

/**
 * `evaluateScored` returning `{ success, data | error }` instead of throwing; it takes a record of
 * any type (`unknown`), checked at run time.
 *
 * @example
 * ```ts
 * const result = safeEvaluateScored(rulebook, record, { asOf: "2011-06-30", award: "service-star" });
 * ```
 */
export function safeEvaluateScored(compiled: CompiledRulebook, input: unknown, options: ScoredOptions): SafeResult<ScoredResult> {
  return toSafe(() => evaluateScored(compiled, input, options));
}
