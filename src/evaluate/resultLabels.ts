import type { CompiledAward } from "../compile/compileRulebook.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import { awardOfResult, builtTraces } from "./buildTraces.js";
import { awardLabelIndex, labelIndex, type MissingLabelIndex } from "./missingLabels.js";
import type { EvaluationResult } from "./types.js";

/** Per award, the label index of its results by their layout: applied or not, the categories traced, the categories excluded. */
const byLayout = new WeakMap<CompiledAward, Map<string, MissingLabelIndex>>();

/**
 * The labels a result's missing inputs are named by: the award's labels, then those of every
 * node of the result's traces (`labelIndex`). A trace node's id, label and the facts it reads
 * come from its compiled condition, never from the record, so when the checked result holds the
 * library's own traces the index depends only on which trees it has, in which order: it is
 * walked once per layout and kept (the map returned is shared: copy it before adding to it).
 * Anything else (a copy, a look-alike) is walked in full.
 *
 * @example
 * ```ts
 * resultLabels(result, checkResult(result, ["result"])).get("attestation[party.1.1]")?.zh;
 * ```
 */
export function resultLabels(original: object, checked: EvaluationResult): ReadonlyMap<string, BilingualText> {
  const built = builtTraces(original);
  const own =
    built !== undefined &&
    built.traces.categories === checked.categories &&
    built.traces.excludedCategories === checked.excludedCategories &&
    built.traces.application === checked.application &&
    built.traces.requirements === checked.requirements;
  if (!own) {
    const award = awardOfResult(original);
    return labelIndex(checked, award === undefined ? undefined : new Map(awardLabelIndex(award)));
  }
  let layouts = byLayout.get(built.award);
  if (layouts === undefined) byLayout.set(built.award, (layouts = new Map<string, MissingLabelIndex>()));
  const layout = `${checked.application === null ? "-" : "+"}|${checked.categories.map((category) => category.id).join(",")}|${checked.excludedCategories.map((excluded) => excluded.id).join(",")}`;
  let index = layouts.get(layout);
  if (index === undefined) layouts.set(layout, (index = labelIndex(checked, new Map(awardLabelIndex(built.award.award)))));
  return index;
}
