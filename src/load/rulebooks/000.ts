/**
 * award-rules/rulebooks/000: the bundled rulebook of document 000 alone
 * (后勤“优质服务示范岗”活动实施办法), for a bundle that should carry this rule file and no other
 * (`bundledRulebook` of the main entry carries all five).
 *
 * @example
 * ```ts
 * import { rulebook } from "award-rules/rulebooks/000";
 * rulebook().rulebook.id; // "model-post-000"
 * ```
 *
 * @packageDocumentation
 * @module award-rules/rulebooks/000
 */
import source from "../../../rules/000-model-post.json" with { type: "json" };
import type { CompiledRulebook } from "../../compile/compileRulebook.js";
import { bundledOnce } from "../bundledOnce.js";

/**
 * The id of this rulebook (`bundledRulebook("model-post-000")` gives the same one).
 *
 * @example
 * ```ts
 * RULEBOOK_ID; // "model-post-000"
 * ```
 */
export const RULEBOOK_ID = "model-post-000";

/**
 * This rulebook, checked and compiled on first use; the same object on every call, and the one
 * `bundledRulebook("model-post-000")` gives.
 *
 * @example
 * ```ts
 * import { rulebook } from "award-rules/rulebooks/000";
 * rulebook().rulebook.id; // "model-post-000"
 * ```
 */
export function rulebook(): CompiledRulebook {
  return bundledOnce(RULEBOOK_ID, source);
}
