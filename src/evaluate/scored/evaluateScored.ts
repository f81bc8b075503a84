import type { CompiledRulebook } from "../../compile/compileRulebook.js";
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
import type { TraceNode } from "../types.js";
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

/**
 * Options of a scored evaluation.
 *
 * @example
 * ```ts
 * const options: ScoredOptions = { asOf: "2011-06-30", award: "service-star", deployment: {} };
 * ```
 */
export interface ScoredOptions {
  asOf: string;
  award: string;
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
export function evaluateScored(compiled: CompiledRulebook, input: unknown, options: ScoredOptions): ScoredResult {
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
  const score = scored.award.composite ? weights.composite : rubric.total === null || bonusAfterCap === null ? null : Math.round((rubric.total + bonusAfterCap) * 1e6) / 1e6;
  const caps = scored.gradeCaps.map((cap) => trace(cap.when));
  const forced = scored.forcedGrades.map((entry) => trace(entry.when));
  const vetoed = vetoes.some((veto) => veto.status === "pass");
  const outsider = participantRefusal(compiled, scored.award, record);
  const refused = audience?.status === "fail" || outsider !== null;
  const settled = refused ? { grade: null, steps: [], open: false } : vetoed ? vetoedGrade(scored, vetoes) : settleGrade(scored, score, caps, forced);
  const missing = new Set<string>([...rubric.missing, ...bonus.missing, ...weights.missing]);
  for (const node of [...(audience ? [audience] : []), ...(eligibility ? [eligibility] : []), ...vetoes, ...caps, ...forced]) collectMissing(node, missing);
  const scoresCount = scored.award.rubric !== undefined || scored.award.composite !== undefined;
  const undecided =
    (scoresCount && score === null) || settled.open || audience?.status === "unknown" || eligibility?.status === "unknown" || vetoes.some((veto) => veto.status === "unknown");
  const judged = refused ? "refused" : vetoed ? "vetoed" : eligibility?.status === "fail" ? "ineligible" : undecided ? "pendingReview" : "scored";
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
    status,
    audience,
    refusal: outsider !== null ? [outsider] : refused && audience ? failingLeaves(audience).map((leaf) => ({ id: leaf.id, reason: leaf.reason, citation: leaf.citation })) : [],
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

/**
 * `evaluateScored` returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeEvaluateScored(rulebook, record, { asOf: "2011-06-30", award: "service-star" });
 * ```
 */
export function safeEvaluateScored(compiled: CompiledRulebook, input: unknown, options: ScoredOptions): SafeResult<ScoredResult> {
  return toSafe(() => evaluateScored(compiled, input, options));
}
