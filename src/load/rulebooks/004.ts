/**
 * award-rules/rulebooks/004: the bundled rulebook of document 004 alone
 * (學校后勤服務精細化管理實施方案(通用15篇)), for a bundle that should carry this rule file and no other
 * (`bundledRulebook` of the main entry carries all five).
 *
 * @example
 * ```ts
 * import { rulebook } from "award-rules/rulebooks/004";
 * rulebook().rulebook.id; // "logistics-plans-004"
 * ```
 *
 * @packageDocumentation
 * @module award-rules/rulebooks/004
 */
import source from "../../../rules/004-logistics-plans.json" with { type: "json" };
import type { CompiledRulebook } from "../../compile/compileRulebook.js";
import { bundledOnce } from "../bundledOnce.js";

/**
 * The id of this rulebook (`bundledRulebook("logistics-plans-004")` gives the same one).
 *
 * @example
 * ```ts
 * RULEBOOK_ID; // "logistics-plans-004"
 * ```
 */
export const RULEBOOK_ID = "logistics-plans-004";

/**
 * This rulebook, checked and compiled on first use; the same object on every call, and the one
 * `bundledRulebook("logistics-plans-004")` gives.
 *
 * @example
 * ```ts
 * import { rulebook } from "award-rules/rulebooks/004";
 * rulebook().rulebook.id; // "logistics-plans-004"
 * ```
 */
export function rulebook(): CompiledRulebook {
  return bundledOnce(RULEBOOK_ID, source);
}
