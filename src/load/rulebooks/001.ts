/**
 * award-rules/rulebooks/001: the bundled rulebook of document 001 alone
 * (关于开展创建“优质服务示范岗”、“优秀服务标兵”活动的通知（后集委发〔2010〕15号）), for a bundle that should carry this rule file and no other
 * (`bundledRulebook` of the main entry carries all five).
 *
 * @example
 * ```ts
 * import { rulebook } from "award-rules/rulebooks/001";
 * rulebook().rulebook.id; // "service-model-post-001"
 * ```
 *
 * @packageDocumentation
 * @module award-rules/rulebooks/001
 */
import source from "../../../rules/001-service-model-post.json" with { type: "json" };
import type { CompiledRulebook } from "../../compile/compileRulebook.js";
import { bundledOnce } from "../bundledOnce.js";

/**
 * The id of this rulebook (`bundledRulebook("service-model-post-001")` gives the same one).
 *
 * @example
 * ```ts
 * RULEBOOK_ID; // "service-model-post-001"
 * ```
 */
export const RULEBOOK_ID = "service-model-post-001";

/**
 * This rulebook, checked and compiled on first use; the same object on every call, and the one
 * `bundledRulebook("service-model-post-001")` gives.
 *
 * @example
 * ```ts
 * import { rulebook } from "award-rules/rulebooks/001";
 * rulebook().rulebook.id; // "service-model-post-001"
 * ```
 */
export function rulebook(): CompiledRulebook {
  return bundledOnce(RULEBOOK_ID, source);
}
