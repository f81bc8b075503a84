import type { CompiledAward, CompiledRulebook } from "../compile/compileRulebook.js";
import { EvaluationContext } from "../compile/context.js";
import { AwardRulesError } from "../errors/AwardRulesError.js";
import { recordOf } from "../load/parseCandidate.js";
import { isoDateProblem } from "../schema/checks.js";
import type { CandidateRecord } from "../schema/candidate.js";
import { keptOf } from "../util/keptRecords.js";
import { checkRecordEntries } from "./checkRecordEntries.js";

/**
 * Options of an evaluation.
 *
 * @example
 * ```ts
 * const options: EvaluateOptions = { asOf: "2026-11-26", award: "model-post" };
 * ```
 */
export interface EvaluateOptions {
  /** The evaluation date, `YYYY-MM-DD`; its year is the round's year. */
  asOf: string;
  /** The award's id; defaults to the rulebook's first award. */
  award?: string;
}

/** The last as-of date found valid: evaluations of a round share one, so it is checked once. */
let lastGoodAsOf: string | undefined;

/** Checks the options and the record and sets up one evaluation. */
export function prepareEvaluation(
  compiled: CompiledRulebook,
  input: unknown,
  options: EvaluateOptions,
): { award: CompiledAward; ctx: EvaluationContext } {
  const asOf = options?.asOf;
  const awardId = options?.award;
  if (typeof asOf !== "string" || asOf !== lastGoodAsOf) {
    const asOfProblem = isoDateProblem(asOf);
    if (asOfProblem !== undefined) throw new AwardRulesError([{ code: "invalid_option", path: ["asOf"], message: `asOf: ${asOfProblem}` }]);
    lastGoodAsOf = asOf as string;
  }
  const award = awardId === undefined ? compiled.awards[0] : compiled.awards.find((entry) => entry.award.id === awardId);
  if (award === undefined) {
    throw new AwardRulesError([
      { code: "unknown_award", path: ["award"], message: `no award ${JSON.stringify(awardId)} in rulebook ${compiled.rulebook.id}` },
    ]);
  }
  const kept = keptOf(input);
  const record = kept === undefined ? recordOf(input) : (input as CandidateRecord);
  if (kept === undefined || kept.checkedBy !== compiled) checkRecordEntries(compiled, record);
  const applied = record.application?.category;
  if (applied !== undefined && !award.categories.some((category) => category.id === applied)) {
    throw new AwardRulesError([
      {
        code: "unknown_category",
        path: ["application", "category"],
        message: `award ${award.award.id} has no category ${JSON.stringify(applied)} (has ${award.categories.map((c) => c.id).join(", ")})`,
      },
    ]);
  }
  return { award, ctx: new EvaluationContext(record, asOf as string, compiled.rulebook.windows, compiled.slotCount, compiled.windowCache, kept?.view) };
}
