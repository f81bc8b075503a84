import modelPost from "../../rules/000-model-post.json" with { type: "json" };
import serviceModelPost from "../../rules/001-service-model-post.json" with { type: "json" };
import partyModelPost from "../../rules/002-party-model-post.json" with { type: "json" };
import serviceMonth2017 from "../../rules/003-service-month-2017.json" with { type: "json" };
import logisticsPlans from "../../rules/004-logistics-plans.json" with { type: "json" };
import type { CompiledRulebook } from "../compile/compileRulebook.js";
import type { BundledRulebookId, BundledRulebookIds } from "./bundledIds.js";
import { raise } from "../messages/issueOf.js";
import { loadRulebook } from "./loadRulebook.js";
import { embeddedJson } from "../util/embedded.js";
import { checkText } from "../door/door.js";
import { describeValue } from "../text/describeValue.js";

// the rule files, embedded as text by the build: each is parsed when its rulebook is first asked for
const SOURCES: Record<BundledRulebookId, unknown> = {
  "model-post-000": modelPost,
  "service-model-post-001": serviceModelPost,
  "party-model-post-002": partyModelPost,
  "service-month-2017-003": serviceMonth2017,
  "logistics-plans-004": logisticsPlans,
};

const cache = new Map<string, CompiledRulebook>();

/**
 * The ids of the bundled rulebooks, one per source document (000–004).
 *
 * @example
 * ```ts
 * bundledRulebookIds(); // ["model-post-000", "service-model-post-001", …]
 * ```
 */
export function bundledRulebookIds(): string[] {
  return Object.keys(SOURCES);
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
  let compiled = cache.get(id);
  if (compiled === undefined) {
    const source = Object.hasOwn(SOURCES, id) ? SOURCES[id as BundledRulebookId] : undefined;
    if (source === undefined) {
      raise("unknown_award", ["rulebook"], "award.noBundled", { got: describeValue(id), ids: bundledRulebookIds() });
    }
    compiled = loadRulebook(embeddedJson(source));
    cache.set(id, compiled);
  }
  return compiled;
}
