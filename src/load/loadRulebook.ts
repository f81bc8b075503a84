import { compileRulebook, type CompiledRulebook } from "../compile/compileRulebook.js";
import { AwardRulesError, toSafe, type SafeResult } from "../errors/AwardRulesError.js";
import type { Rulebook } from "../schema/rulebook.js";
import { validateInput } from "../validate/validators.js";
import { RULEBOOK_LIMITS } from "./guard.js";

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
  const parsed = validateInput<Rulebook>("rulebook", json, RULEBOOK_LIMITS, "invalid_rulebook");
  if (!parsed.success) throw new AwardRulesError(parsed.issues);
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
