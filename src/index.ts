/**
 * award-rules: cited, declarative rule files for a school logistics division's award and
 * appraisal policies, and a compiled, synchronous, three-valued evaluator that explains
 * every result.
 *
 * @example
 * ```ts
 * import { bundledRulebook, evaluate } from "award-rules";
 * const result = evaluate(bundledRulebook(), record, { asOf: "2026-11-26" });
 * console.log(result.summary.en);
 * ```
 *
 * @packageDocumentation
 */
export { AwardRulesError, toSafe, type Issue, type IssueCode, type SafeResult } from "./errors/AwardRulesError.js";
export * from "./schema/primitives.js";
export * from "./schema/candidate.js";
export * from "./schema/condition.js";
export * from "./schema/rulebook.js";
export { parseCandidate, safeParseCandidate, parseCandidateJson, safeParseCandidateJson } from "./load/parseCandidate.js";
export { loadRulebook, safeLoadRulebook } from "./load/loadRulebook.js";
export { bundledRulebook, bundledRulebookIds } from "./load/bundled.js";
export { compileRulebook, type CompiledRulebook, type CompiledAward, type CompiledCategory, type CompiledLevel } from "./compile/compileRulebook.js";
export type { CompiledPayRule } from "./compile/compilePay.js";
export type { CompiledScoredAward, CompiledBonus } from "./compile/compileScored.js";
export { resolveWindow, roundYearOf, type ResolvedWindow } from "./compile/windows.js";
export { roundCalendar, type RoundDates } from "./compile/roundCalendar.js";
export { FACTS } from "./compile/facts/index.js";
export { OPERATORS } from "./compile/operators/index.js";
export { evaluate, safeEvaluate } from "./evaluate/evaluate.js";
export { evaluateVerdicts, safeEvaluateVerdicts } from "./evaluate/evaluateVerdicts.js";
export { evaluateAll, safeEvaluateAll } from "./evaluate/evaluateAll.js";
export type { EvaluateOptions } from "./evaluate/prepare.js";
export type * from "./evaluate/types.js";
export { explain, decisiveLeaves, type ExplainOptions } from "./explain/explain.js";
export { resultTrees } from "./evaluate/trace.js";
export { explainScored } from "./explain/explainScored.js";
export { rulebookJsonSchema, candidateJsonSchema, policyTestJsonSchema } from "./schema/jsonSchema.js";
export * from "./schema/policyTest.js";
export { runPolicyTest } from "./policyTests/runPolicyTest.js";
export { runPolicyTests, safeRunPolicyTests, parsePolicyTest, type TestCase } from "./policyTests/runPolicyTests.js";
export { formatTestReport } from "./policyTests/formatReport.js";
export type * from "./policyTests/types.js";
export type { FactDefinition, FactLabels, FactParamsSpec, FactValueKind, Language, AppraisalWindow, AppraisalYear } from "./compile/facts/index.js";
export type { OperatorDefinition, OperatorScope } from "./compile/operators/index.js";
export type { CompiledNode, CompiledLeaf } from "./compile/compiledNode.js";
export type { CompiledParams } from "./compile/params.js";
export { EvaluationContext, WindowCache, type Tri, type CompileScope } from "./compile/context.js";
export { createJsonRulesEngine, toJsonRulesEngineConditions } from "./engines/jsonRulesEngine.js";
export { evaluateScored, safeEvaluateScored, type ScoredOptions } from "./evaluate/scored/evaluateScored.js";
export type * from "./evaluate/scored/types.js";
export type { Deployment } from "./evaluate/scored/validateScores.js";
export { bandOf } from "./evaluate/scored/grade.js";
export { quotaPlaces } from "./evaluate/quota.js";
export { computePay, safeComputePay, type PayOptions, type PayResult } from "./evaluate/pay.js";
export { checkRulebook, type Finding } from "./check/checkRulebook.js";
export * from "./schema/scoring.js";
export * from "./schema/quantity.js";
export * from "./schema/afterRound.js";
export * from "./schema/entitlements.js";
export { evaluateCohort, safeEvaluateCohort } from "./cohort/evaluateCohort.js";
export type { CohortOptions, CohortResult, Placement, RoundTie } from "./cohort/types.js";
export { reviewHolders, safeReviewHolders, type ReviewOptions } from "./afterRound/reviewHolders.js";
export type { HolderReview, HolderStanding, RoundLedger, Vacancy } from "./afterRound/types.js";
export { compareBy, ordinal, type RankKeys } from "./cohort/ranking.js";
export { AllocationSchema, type Allocation } from "./schema/allocation.js";
export { requiredInputs, safeRequiredInputs, type RequiredInput, type InputReader, type InputsOptions } from "./inputs/requiredInputs.js";
export { inputSkeleton } from "./inputs/inputSkeleton.js";
export { analyzeGaps, type GapStep, type LevelGap } from "./gaps/analyzeGaps.js";
export { analyzeScoreGap, type ScoreGap, type PointsRoom } from "./gaps/analyzeScoreGap.js";
export { fixSets } from "./gaps/fixSets.js";
export { clearsOn } from "./gaps/clearsOn.js";
export { diffRulebooks, movesOf, type RulebookDiff, type OutcomeChange, type Outcome, type DiffOptions } from "./diff/diffRulebooks.js";
export type { RoundDiff, PlacementChange, PlacementOutcome } from "./diff/diffRound.js";
export { changedItems, type ChangedItem } from "./diff/changedItems.js";
export { renderReviewPage, reviewPagePath } from "./review/renderReviewPage.js";
export { renderReviewIndex, type RuleFile } from "./review/renderReviewIndex.js";
export { lintRulebook, type LintFinding, type LintCode } from "./lint/lintRulebook.js";
