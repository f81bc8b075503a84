import type { CompiledAward, CompiledRulebook } from "../compile/compileRulebook.js";
import { EvaluationContext } from "../compile/context.js";
import { AwardRulesError } from "../errors/AwardRulesError.js";
import { parseCandidate } from "../load/parseCandidate.js";
import { isoDateProblem } from "../schema/checks.js";
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

/** Checks the options and the record and sets up one evaluation. */
export function prepareEvaluation(
  compiled: CompiledRulebook,
  input: unknown,
  options: EvaluateOptions,
): { award: CompiledAward; ctx: EvaluationContext } {
  const asOfProblem = isoDateProblem(options?.asOf);
  if (asOfProblem !== undefined) throw new AwardRulesError([{ code: "invalid_option", path: ["asOf"], message: `asOf: ${asOfProblem}` }]);
  const award = options.award === undefined ? compiled.awards[0] : compiled.awards.find((entry) => entry.award.id === options.award);
  if (award === undefined) {
    throw new AwardRulesError([
      { code: "unknown_award", path: ["award"], message: `no award ${JSON.stringify(options.award)} in rulebook ${compiled.rulebook.id}` },
    ]);
  }
  const record = parseCandidate(input);
  checkRecordEntries(compiled, record);
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
  return { award, ctx: new EvaluationContext(record, options.asOf, compiled.rulebook.windows, compiled.slotCount, compiled.windowCache) };
}
