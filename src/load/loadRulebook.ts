import { compileRulebook, type CompiledRulebook } from "../compile/compileRulebook.js";
import { AwardRulesError, toSafe, type SafeResult } from "../errors/AwardRulesError.js";
import { RulebookSchema } from "../schema/rulebook.js";
import { checkSafely, guardInput, RULEBOOK_LIMITS } from "./guard.js";

/**
 * Checks a rule file's JSON against `RulebookSchema` and compiles it once for evaluation.
 * Throws one `AwardRulesError` listing every schema problem (`invalid_rulebook`, with paths),
 * or the first compile problem (unknown fact, operator, window or scale; bad value; duplicate
 * id) with the rule id and clause.
 *
 * @example
 * ```ts
 * import json from "award-rules/rules/000-model-post.json" with { type: "json" };
 * const rulebook = loadRulebook(json);
 * ```
 */
export function loadRulebook(json: unknown): CompiledRulebook {
  const guarded = guardInput(json, RULEBOOK_LIMITS, "invalid_rulebook");
  if (guarded.length > 0) throw new AwardRulesError(guarded);
  const parsed = checkSafely(() => RulebookSchema.safeParse(json), "invalid_rulebook");
  if ("code" in parsed) throw new AwardRulesError([parsed]);
  if (!parsed.success) throw AwardRulesError.fromZod(parsed.error, "invalid_rulebook");
  return compileRulebook(parsed.data);
}

/**
 * `loadRulebook` returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeLoadRulebook({});
 * if (!result.success) console.log(result.error.issues.length);
 * ```
 */
export function safeLoadRulebook(json: unknown): SafeResult<CompiledRulebook> {
  return toSafe(() => loadRulebook(json));
}
