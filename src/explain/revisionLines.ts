import type { RulebookRevision, OutsidePeriod } from "../compile/revision.js";
import { messageText } from "../messages/registry.js";

/**
 * The lines an explanation gives about the revision a result came from: the rule file's id,
 * version and effective period, and a note when the as-of date falls outside that period. A
 * result stored before rule files carried a version has no revision: no lines.
 *
 * @example
 * ```ts
 * revisionLines(result, "en"); // ["Rule file: model-post-000, version 2017-11-17 reissue (document 003, 附3)"]
 * ```
 */
export function revisionLines(result: { asOf: string; revision?: RulebookRevision; outsideEffectivePeriod?: OutsidePeriod }, language: "zh" | "en"): string[] {
  const { revision } = result;
  if (revision === undefined) return [];
  const period = { ...(revision.effectiveFrom === null ? {} : { from: revision.effectiveFrom }), ...(revision.effectiveTo === null ? {} : { to: revision.effectiveTo }) };
  const lines = [messageText("explain.revision", { rulebook: revision.rulebookId, version: revision.version, ...period }, language)];
  const side = result.outsideEffectivePeriod;
  const date = side === "before" ? revision.effectiveFrom : side === "after" ? revision.effectiveTo : null;
  if ((side === "before" || side === "after") && date !== null) lines.push(messageText("explain.outsidePeriod", { side, asOf: result.asOf, date }, language));
  return lines;
}
