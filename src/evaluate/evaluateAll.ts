import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { type SafeResult } from "../errors/AwardRulesError.js";
import { toSafe } from "../messages/issueOf.js";
import { recordOf } from "../load/parseCandidate.js";
import { evaluate } from "./evaluate.js";
import type { EvaluationResult } from "./types.js";
import { checkAsOf } from "../door/checkOptions.js";
import { checkKnownKeys, readOptions } from "../door/door.js";
import { checkCompiled } from "../compile/compiledMark.js";
import type { RecordInput, RulebookIds, Untyped, WideRecord } from "../schema/rulebookIds.js";
import type { CandidateRecordInput } from "../schema/recordTypes.js";

/**
 * Evaluates one person against every award of a rulebook as of a date (the record is checked
 * once). An application names a category of one award; the other awards are evaluated without
 * it, as an assessment of what the person would qualify for.
 *
 * @example
 * ```ts
 * const results = evaluateAll(bundledRulebook(), record, { asOf: "2026-11-26" });
 * results.map((result) => [result.awardId, result.status]);
 * ```
 */
export function evaluateAll<Ids extends RulebookIds>(compiled: CompiledRulebook<Ids>, input: RecordInput<Ids>, options: { asOf: string }): EvaluationResult<Ids>[];
/** The same, for a record whose type has `string` ids (a `CandidateRecordInput` or `CandidateRecord` variable): its ids are checked at run time. */
export function evaluateAll<Ids extends RulebookIds, const T extends CandidateRecordInput>(
  compiled: CompiledRulebook<Ids>,
  input: WideRecord<T, Ids>,
  options: { asOf: string },
): EvaluationResult<Ids>[];
/** The same, for a record whose type names no fields (`unknown`, parsed JSON, `Record<string, unknown>`, JSON text), with options of any ids: checked at run time. */
export function evaluateAll<T>(compiled: CompiledRulebook, input: Untyped<T>, options: { asOf: string }): EvaluationResult[];
export function evaluateAll(compiled: CompiledRulebook, input: unknown, options: { asOf: string }): EvaluationResult[] {
  checkCompiled(compiled);
  options = readOptions(options, "options", { required: true }) as { asOf: string };
  checkKnownKeys(options, ["asOf"], []);
  checkAsOf(options.asOf);
  const record = recordOf(input);
  const applied = record.application?.category;
  return compiled.awards.map((award) => {
    const ownsApplication = applied === undefined || award.categories.map((category) => category.id).includes(applied);
    const { application: _application, ...withoutApplication } = record;
    return evaluate(compiled, ownsApplication ? record : withoutApplication, { asOf: options.asOf, award: award.award.id });
  });
}

/**
 * `evaluateAll` returning `{ success, data | error }` instead of throwing; it takes a record of
 * any type (`unknown`), checked at run time.
 *
 * @example
 * ```ts
 * const result = safeEvaluateAll(bundledRulebook(), record, { asOf: "2026-11-26" });
 * ```
 */
export function safeEvaluateAll(compiled: CompiledRulebook, input: unknown, options: { asOf: string }): SafeResult<EvaluationResult[]> {
  return toSafe(() => evaluateAll(compiled, input, options));
}
