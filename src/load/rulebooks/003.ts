/**
 * award-rules/rulebooks/003: the bundled rulebook of document 003 alone
 * (关于开展 2017 年度后勤“优质服务月”活动方案的通知), for a bundle that should carry this rule file and no other
 * (`bundledRulebook` of the main entry carries all five).
 *
 * @example
 * ```ts
 * import { rulebook } from "award-rules/rulebooks/003";
 * rulebook().rulebook.id; // "service-month-2017-003"
 * ```
 *
 * @packageDocumentation
 * @module award-rules/rulebooks/003
 */
import source from "../../../rules/003-service-month-2017.json" with { type: "json" };
import type { CompiledRulebook } from "../../compile/compileRulebook.js";
import { bundledOnce } from "../bundledOnce.js";

/**
 * The id of this rulebook (`bundledRulebook("service-month-2017-003")` gives the same one).
 *
 * @example
 * ```ts
 * RULEBOOK_ID; // "service-month-2017-003"
 * ```
 */
export const RULEBOOK_ID = "service-month-2017-003";

/**
 * This rulebook, checked and compiled on first use; the same object on every call, and the one
 * `bundledRulebook("service-month-2017-003")` gives.
 *
 * @example
 * ```ts
 * import { rulebook } from "award-rules/rulebooks/003";
 * rulebook().rulebook.id; // "service-month-2017-003"
 * ```
 */
export function rulebook(): CompiledRulebook {
  return bundledOnce(RULEBOOK_ID, source);
}
