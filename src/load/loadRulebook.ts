import { compileRulebook, type CompiledRulebook } from "../compile/compileRulebook.js";
import { checkFlag, checkKnownKeys, readOptions } from "../door/door.js";
import { AwardRulesError, type SafeResult } from "../errors/AwardRulesError.js";
import { toSafe } from "../messages/issueOf.js";
import { validateRulebookInput } from "../validate/rulebookInput.js";

/**
 * Checks a rule file's JSON against `RulebookSchema` and compiles it once for evaluation. The
 * rule file is given as an object or as its JSON text (a file read, a database column) of at most
 * `MAX_RULEBOOK_TEXT` (20,000,000) characters; text that is not JSON is an `invalid_rulebook`
 * error naming the line and column.
 * Throws one `AwardRulesError` listing every problem at once, each at its path from the rule
 * file's root: every schema problem (`invalid_rulebook`), or, for a file that fits the schema,
 * every compile problem (unknown fact, operator, window or scale; bad value; duplicate id) with
 * the rule id and clause.
 *
 * Option `generateCode` (default true): after a few dozen evaluations the condition trees are
 * written out as JavaScript (about 2× faster); `false` keeps walking the trees (the same answers,
 * for a platform or a reviewer that wants no code made from strings).
 *
 * @example
 * ```ts
 * import json from "award-rules/rules/000-model-post.json" with { type: "json" };
 * const rulebook = loadRulebook(json);
 * const walked = loadRulebook(json, { generateCode: false });
 * const fromText = loadRulebook(JSON.stringify(json)); // JSON text, as stored in a database
 * ```
 */
export function loadRulebook(json: unknown, options: LoadOptions = {}): CompiledRulebook {
  const given = readOptions(options, "options");
  checkKnownKeys(given, ["generateCode"], []);
  const generateCode = checkFlag(given.generateCode, ["generateCode"]);
  const parsed = validateRulebookInput(json);
  if (!parsed.success) throw new AwardRulesError(parsed.issues);
  return compileRulebook(parsed.data, generateCode === undefined ? {} : { generateCode });
}

/** Options of `loadRulebook`. */
export interface LoadOptions {
  /** Write the condition trees out as JavaScript once warm (default true); false walks them always (the same answers). */
  generateCode?: boolean;
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
export function safeLoadRulebook(json: unknown, options: LoadOptions = {}): SafeResult<CompiledRulebook> {
  return toSafe(() => loadRulebook(json, options));
}
