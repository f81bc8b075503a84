import { issueOf } from "../messages/issueOf.js";
import { jsonSyntaxParams } from "../messages/jsonSyntaxParams.js";
import type { Rulebook } from "../schema/rulebookTypes.js";
import { RULEBOOK_LIMITS } from "./limits.js";
import { validateInput, validateParsedJson, type Validated } from "./validators.js";

/**
 * The longest rule-file text `loadRulebook`, `lintRulebook` and `validateRulebook` read: 20,000,000
 * characters (about 20 MB, a hundred times the largest bundled rule file). An engineering bound,
 * not a policy value; the bounds of `RULEBOOK_LIMITS` (2,000,000 values, nesting, list lengths)
 * apply to the parsed JSON as to an object.
 */
export const MAX_RULEBOOK_TEXT = 20_000_000;

/**
 * A rule file checked against its schema, given as an object or as JSON text (read from a file
 * or a database column): text is parsed (a syntax error is an `invalid_rulebook` issue naming the
 * line and column), then checked as the object would be, without a copy (nothing else holds the
 * parsed value). Text longer than `MAX_RULEBOOK_TEXT` is refused unread.
 *
 * @example
 * ```ts
 * const checked = validateRulebookInput(readFileSync("rules/000-model-post.json", "utf8"));
 * if (checked.success) checked.data.id; // "model-post-000"
 * ```
 */
export function validateRulebookInput(json: unknown): Validated<Rulebook> {
  if (typeof json !== "string") return validateInput<Rulebook>("rulebook", json, RULEBOOK_LIMITS, "invalid_rulebook");
  if (json.length > MAX_RULEBOOK_TEXT) {
    return { success: false, issues: [issueOf("invalid_rulebook", [], "text.rulebookTooLong", { length: json.length, max: MAX_RULEBOOK_TEXT })] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { success: false, issues: [issueOf("invalid_rulebook", [], "text.jsonSyntax", jsonSyntaxParams(json, error instanceof Error ? error.message : String(error)))] };
  }
  return validateParsedJson<Rulebook>("rulebook", parsed, RULEBOOK_LIMITS, "invalid_rulebook");
}
