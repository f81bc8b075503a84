import type { CompiledAward, CompiledRulebook } from "../compile/compileRulebook.js";
import { EvaluationContext } from "../compile/context.js";
import { unknownAwardIssue } from "./unknownAward.js";
import { AwardRulesError } from "../errors/AwardRulesError.js";
import { recordOf } from "../load/parseCandidate.js";
import type { CandidateRecord } from "../schema/recordTypes.js";
import type { RulebookIds } from "../schema/rulebookIds.js";
import { keptOf } from "../records/keptRecords.js";
import { checkArgumentObject, checkKnownKeys, checkText, readOnce } from "../door/door.js";
import { checkCompiled } from "../compile/compiledMark.js";
import { describeValue } from "../text/describeValue.js";
import { checkRecordEntries } from "./checkRecordEntries.js";
import { badDateParams } from "../door/checkOptions.js";
import { raise } from "../messages/issueOf.js";

/**
 * Options of an evaluation.
 *
 * @example
 * ```ts
 * const options: EvaluateOptions = { asOf: "2026-11-26", award: "model-post" };
 * ```
 */
export interface EvaluateOptions<Ids extends RulebookIds = RulebookIds> {
  /** The evaluation date, `YYYY-MM-DD`; its year is the round's year. */
  asOf: string;
  /** The award's id; defaults to the rulebook's first award. */
  award?: Ids["award"] | undefined;
}

const EVALUATE_KEYS = ["asOf", "award"] as const;

/** The last as-of date found valid: evaluations of a round share one, so it is checked once. */
let lastGoodAsOf: string | undefined;

/** Checks an as-of date once: evaluations of a round share one. */
function checkAsOfOnce(asOf: unknown): string {
  if (typeof asOf !== "string" || asOf !== lastGoodAsOf) {
    const asOfProblem = badDateParams(asOf, "asOf");
    if (asOfProblem !== undefined) raise("invalid_option", ["asOf"], "option.badDate", asOfProblem);
    lastGoodAsOf = asOf as string;
  }
  return asOf as string;
}

/** An application for this award names one of its categories (one for another award is not read here). */
function checkApplication(award: CompiledAward, record: CandidateRecord): void {
  const forThisAward = record.application !== undefined && (record.application.award === undefined || record.application.award === award.award.id);
  if (!forThisAward) return;
  const applied = record.application?.category;
  // a plain loop: the compiled rulebook's lists are frozen, and V8's `some` has no fast path for a frozen array
  if (applied !== undefined) for (const category of award.categories) if (category.id === applied) return;
  // the words of the refusal are made only when there is one: this runs for every applicant
  const categories = award.categories.map((category) => ({ id: category.id, zh: category.label.zh }));
  const named = { award: award.award.id, awardZh: award.award.label.zh, categories };
  if (applied === undefined) raise("invalid_record", ["application", "category"], "record.noCategory", named);
  raise("unknown_category", ["application", "category"], "record.unknownCategory", { ...named, got: describeValue(applied), given: String(applied) });
}

/** The compiled award of this id (a plain loop: the list is frozen, and V8's `find` has no fast path for a frozen array). */
function awardById(compiled: CompiledRulebook, id: string): CompiledAward | undefined {
  for (const award of compiled.awards) if (award.award.id === id) return award;
  return undefined;
}

/** Checks the options and the record and sets up one evaluation. */
export function prepareEvaluation(compiled: CompiledRulebook, input: unknown, options: EvaluateOptions): { award: CompiledAward; ctx: EvaluationContext } {
  checkCompiled(compiled);
  // each option read once, with no copy (this runs for every record of a round)
  const given = checkArgumentObject(options, "options");
  // an option nobody reads is an error (checked without allocating: this runs for every record of a round)
  try {
    for (const key in given) if (key !== "asOf" && key !== "award") checkKnownKeys(given, EVALUATE_KEYS, []);
  } catch (error) {
    // an object whose keys cannot be listed (a revoked proxy): reading its first option refuses it below
    if (error instanceof AwardRulesError) throw error;
  }
  const asOf = readOnce(given, "asOf", ["asOf"]);
  const awardId = checkText(readOnce(given, "award", ["award"]), ["award"], { optional: true });
  checkAsOfOnce(asOf);
  const award = awardId === undefined ? compiled.awards[0] : awardById(compiled, awardId);
  if (award === undefined) {
    throw new AwardRulesError([unknownAwardIssue(compiled, awardId, "level")]);
  }
  let kept = keptOf(input);
  let record = kept === undefined ? recordOf(input) : (input as CandidateRecord);
  if (kept === undefined || kept.checkedBy !== compiled) checkRecordEntries(compiled, record);
  if (record.application?.award !== undefined && record.application.award !== award.award.id) {
    // an application for another award of the rulebook is not one for this award: judged as if none were given
    const { application: _other, ...rest } = record;
    record = rest;
    kept = undefined;
  }
  checkApplication(award, record);
  return { award, ctx: new EvaluationContext(record, asOf as string, compiled.rulebook.windows, compiled.slotCount, compiled.windowCache, kept?.view) };
}
