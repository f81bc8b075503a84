import type { CompiledAward, CompiledRulebook } from "../compile/compileRulebook.js";
import { EvaluationContext } from "../compile/context.js";
import { AwardRulesError } from "../errors/AwardRulesError.js";
import { parseCandidate } from "../load/parseCandidate.js";
import { IsoDateSchema } from "../schema/primitives.js";
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
  const asOf = IsoDateSchema.safeParse(options?.asOf);
  // (the check is cheap next to zod's record check; kept on every call so no bad date slips through)
  if (!asOf.success) {
    throw new AwardRulesError([
      { code: "invalid_option", path: ["asOf"], message: `asOf: ${asOf.error.issues[0]?.message ?? "invalid"}` },
    ]);
  }
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
  return { award, ctx: new EvaluationContext(record, asOf.data, compiled.rulebook.windows, compiled.slotCount, compiled.windowCache) };
}
