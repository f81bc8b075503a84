/**
 * award-rules/rulebooks/002: the bundled rulebook of document 002 alone
 * (关于开展创建“党员示范岗”活动的通知（后集委发〔2010〕14号）), for a bundle that should carry this rule file and no other
 * (`bundledRulebook` of the main entry carries all five).
 *
 * @example
 * ```ts
 * import { rulebook } from "award-rules/rulebooks/002";
 * rulebook().rulebook.id; // "party-model-post-002"
 * ```
 *
 * @packageDocumentation
 * @module award-rules/rulebooks/002
 */
import source from "../../../rules/002-party-model-post.json" with { type: "json" };
import type { CompiledRulebook } from "../../compile/compileRulebook.js";
import { bundledOnce } from "../bundledOnce.js";

/**
 * The id of this rulebook (`bundledRulebook("party-model-post-002")` gives the same one).
 *
 * @example
 * ```ts
 * RULEBOOK_ID; // "party-model-post-002"
 * ```
 */
export const RULEBOOK_ID = "party-model-post-002";

/**
 * This rulebook, checked and compiled on first use; the same object on every call, and the one
 * `bundledRulebook("party-model-post-002")` gives.
 *
 * @example
 * ```ts
 * import { rulebook } from "award-rules/rulebooks/002";
 * rulebook().rulebook.id; // "party-model-post-002"
 * ```
 */
export function rulebook(): CompiledRulebook {
  return bundledOnce(RULEBOOK_ID, source);
}
