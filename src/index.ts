/**
 * award-rules: cited, declarative rule files for a school logistics division's award and
 * appraisal policies, and a compiled, synchronous, three-valued evaluator that explains
 * every result. The main entry holds what an HR system calls; the schemas
 * (`award-rules/schema`), policy tests (`award-rules/policy-tests`), review pages and lint
 * (`award-rules/review`), the facts and operators (`award-rules/reference`) and the
 * json-rules-engine bridge (`award-rules/json-rules-engine`) have entries of their own.
 *
 * @example
 * ```ts
 * import { bundledRulebook, evaluate } from "award-rules";
 * const result = evaluate(bundledRulebook(), record, { asOf: "2026-11-26" });
 * console.log(result.summary.en);
 * ```
 *
 * @packageDocumentation
 * @module award-rules
 */
export { AwardRulesError, type Issue, type IssueCode, type SafeResult } from "./errors/AwardRulesError.js";
export { renderMessage, toSafe } from "./messages/issueOf.js";
export { fromZod } from "./door/fromZod.js";
export { isMessageId, type MessageId, type MessageRef, type ParamsOf } from "./messages/catalog.js";
export type { JsonParam, Message, MessageLanguage, MessageParams } from "./text/defineMessage.js";
export type { ResultText, JsonParams } from "./messages/said.js";
// rule files and records
export { parseCandidate, safeParseCandidate, parseCandidateJson, safeParseCandidateJson } from "./load/parseCandidate.js";
export { loadRulebook, safeLoadRulebook, type LoadOptions } from "./load/loadRulebook.js";
export { setCodeGeneration } from "./compile/setCodeGeneration.js";
export { validateRulebook, type RulebookValidation, type RulebookFinding, type FindingSource } from "./lint/validateRulebook.js";
export { bundledRulebook, bundledRulebookIds } from "./load/bundled.js";
export type { BundledRulebookIds, BundledRulebookId } from "./load/bundledIds.js";
export type { RulebookIds, RecordFor, RecordInput, ParsedRecord, Untyped, WideRecord } from "./schema/rulebookIds.js";
export type { CompiledRulebook, CompileOptions } from "./compile/compileRulebook.js";
// the types of rule files, records and policy tests: plain TypeScript generated from the schemas, so
// the main entry's types load no zod; `…Input` is what may be written where it differs from what is parsed
export type * from "./schema/recordTypes.js";
export type * from "./schema/rulebookTypes.js";
export type * from "./schema/policyTestTypes.js";
// evaluating one record
export { evaluate, safeEvaluate } from "./evaluate/evaluate.js";
export { evaluateVerdicts, safeEvaluateVerdicts } from "./evaluate/evaluateVerdicts.js";
export { evaluateAll, safeEvaluateAll } from "./evaluate/evaluateAll.js";
export type { EvaluateOptions } from "./evaluate/prepare.js";
export type * from "./evaluate/types.js";
export { evaluateScored, safeEvaluateScored, type ScoredOptions } from "./evaluate/scored/evaluateScored.js";
export type * from "./evaluate/scored/types.js";
export type { Deployment } from "./evaluate/scored/validateScores.js";
export { computePay, safeComputePay, type PayOptions, type PayResult } from "./evaluate/pay.js";
export { resultTrees } from "./evaluate/trace.js";
// explaining it
export { explain, type ExplainOptions } from "./explain/explain.js";
export { decisiveLeaves } from "./explain/decisive.js";
export { explainScored } from "./explain/explainScored.js";
export { formatIssues, type FormatIssuesOptions } from "./explain/formatIssues.js";
export { requiredInputs, safeRequiredInputs, type RequiredInput, type InputReader, type InputsOptions } from "./inputs/requiredInputs.js";
export { inputSkeleton, type SkeletonOptions } from "./inputs/inputSkeleton.js";
export { analyzeGaps, type GapStep, type LevelGap } from "./gaps/analyzeGaps.js";
export { analyzeScoreGap, type ScoreGap, type PointsRoom } from "./gaps/analyzeScoreGap.js";
// a round and after it
export { evaluateCohort, safeEvaluateCohort } from "./cohort/evaluateCohort.js";
export type {
  CohortOptions,
  CohortResult,
  Placement,
  PlacementStatus,
  RoundTie,
  QuotaLine,
  PendingApplicant,
  AwaitedDecision,
  Awardee,
  CommitteeInput,
  CommitteeDecision,
} from "./cohort/types.js";
export { roundDates, safeRoundDates, type RoundDatesOptions } from "./cohort/roundDates.js";
export type { RoundDates } from "./compile/roundCalendar.js";
export type { RulebookRevision, OutsidePeriod } from "./compile/revision.js";
export { reviewHolders, safeReviewHolders, type ReviewOptions } from "./afterRound/reviewHolders.js";
export type { HolderReview, HolderStanding, HolderOutcome, RoundLedger, Vacancy } from "./cohort/ledger.js";
// comparing two policies
export { diffRulebooks, type RulebookDiff, type OutcomeChange, type Outcome, type DiffOptions } from "./diff/diffRulebooks.js";
export type { RoundDiff, PlacementChange, PlacementOutcome } from "./diff/diffRound.js";
export type { ChangedItem } from "./diff/changedItems.js";
export type { ChangedValue } from "./diff/changedValues.js";
