import { compileRulebook, type CompiledRulebook } from "../compile/compileRulebook.js";
import type { Rulebook } from "../schema/rulebookTypes.js";

/**
 * The key under which the build (tsup.config.ts) embeds a bundled rule file it has already checked
 * against its schema: the checked rule file (defaults filled in) as JSON text. The package's
 * bundled rulebooks then skip the schema check on first use (about half of `bundledRulebook()`'s
 * first call); run from the sources (tests), a bundled rule file is the plain JSON and is checked.
 * No rule file can hold this key (the schema refuses unknown keys).
 *
 * @example
 * ```ts
 * const embedded = { [CHECKED_RULE_FILE]: JSON.stringify(validateRulebookInput(json).data) };
 * ```
 */
export const CHECKED_RULE_FILE = "award-rules:checked-rule-file";

/**
 * The compiled rulebook of a rule file the build checked, or undefined for anything else (a rule
 * file as written, to be checked by `loadRulebook`).
 *
 * @example
 * ```ts
 * compileChecked({ [CHECKED_RULE_FILE]: text }); // compiled, unchecked again
 * compileChecked(ruleFile); // undefined
 * ```
 */
export function compileChecked(source: unknown): CompiledRulebook | undefined {
  if (source === null || typeof source !== "object" || !Object.hasOwn(source, CHECKED_RULE_FILE)) return undefined;
  const text = (source as Record<string, unknown>)[CHECKED_RULE_FILE];
  return typeof text === "string" ? compileRulebook(JSON.parse(text) as Rulebook) : undefined;
}
