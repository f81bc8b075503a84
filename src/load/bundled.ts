import * as modelPost from "./rulebooks/000.js";
import * as serviceModelPost from "./rulebooks/001.js";
import * as partyModelPost from "./rulebooks/002.js";
import * as serviceMonth2017 from "./rulebooks/003.js";
import * as logisticsPlans from "./rulebooks/004.js";
import type { CompiledRulebook } from "../compile/compileRulebook.js";
import type { BundledRulebookId, BundledRulebookIds } from "./bundledIds.js";
import { raise } from "../messages/issueOf.js";
import { checkText } from "../door/door.js";
import { describeValue } from "../text/describeValue.js";

// the rule files, embedded as text by the build, each behind its own subpath (award-rules/rulebooks/000 …)
// for a bundle that needs one: each is parsed and compiled when its rulebook is first asked for. A
// function, not a table made on load, so a bundle that never calls bundledRulebook carries none of them.
const sources = (): Record<string, () => CompiledRulebook> => ({
  [modelPost.RULEBOOK_ID]: modelPost.rulebook,
  [serviceModelPost.RULEBOOK_ID]: serviceModelPost.rulebook,
  [partyModelPost.RULEBOOK_ID]: partyModelPost.rulebook,
  [serviceMonth2017.RULEBOOK_ID]: serviceMonth2017.rulebook,
  [logisticsPlans.RULEBOOK_ID]: logisticsPlans.rulebook,
});

/**
 * The ids of the bundled rulebooks, one per source document (000–004).
 *
 * @example
 * ```ts
 * bundledRulebookIds(); // ["model-post-000", "service-model-post-001", …]
 * ```
 */
export function bundledRulebookIds(): string[] {
  return Object.keys(sources());
}

/**
 * A bundled rulebook, checked and compiled on first use; by default document 000
 * (后勤“优质服务示范岗”活动实施办法). It is part of the package: no file is read.
 *
 * @example
 * ```ts
 * evaluate(bundledRulebook(), record, { asOf: "2026-11-26" });
 * evaluateScored(bundledRulebook("logistics-plans-004"), staff, { asOf: "2026-07-01", award: "staff-appraisal" });
 * ```
 */
export function bundledRulebook(): CompiledRulebook<BundledRulebookIds["model-post-000"]>;
/** A bundled rulebook by its id, typed by the ids it names: an id that is not a bundled rulebook's is a compile error. */
export function bundledRulebook<Id extends BundledRulebookId>(id: Id): CompiledRulebook<BundledRulebookIds[Id]>;
/** A bundled rulebook by an id known only at run time (a `string`, not a literal): an unknown id throws `unknown_award`. */
export function bundledRulebook<Id extends string>(id: string extends Id ? Id : never): CompiledRulebook;
export function bundledRulebook(id: string = "model-post-000"): CompiledRulebook {
  checkText(id, ["rulebook"]);
  const bundled = sources();
  const source = Object.hasOwn(bundled, id) ? bundled[id] : undefined;
  if (source === undefined) {
    return raise("unknown_award", ["rulebook"], "award.noBundled", { got: describeValue(id), ids: bundledRulebookIds() });
  }
  return source();
}
