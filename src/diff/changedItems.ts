import type { Condition, Rulebook } from "../schema/rulebookTypes.js";
import { checkRulebookJson } from "../door/doorRulebook.js";
import { changedValues, type ChangedValue } from "./changedValues.js";

/**
 * A rule item that differs between two rulebooks: a condition node, a window, a scale, or a level's
 * quota or reward; for a changed item, the values that differ (old → new).
 */
export interface ChangedItem {
  id: string;
  change: "added" | "removed" | "changed";
  citation: string;
  values: ChangedValue[];
}

/** A node as compared: its own fields, its combinator and its children's ids. */
function shapeOf(node: Condition): unknown {
  const { all, any, not, of, ...own } = node;
  const children = [...(all ?? []), ...(any ?? []), ...(of ?? []), ...(not ? [not] : [])].map((child) => child.id);
  const kind = all ? "all" : any ? "any" : not ? "not" : of ? "atLeast" : "leaf";
  return { ...own, kind, children };
}

interface Entry {
  signature: string;
  shape: unknown;
  citation: string;
}
const entryOf = (shape: unknown, citation: string): Entry => ({ signature: JSON.stringify(shape), shape, citation });

function nodesOf(rulebook: Rulebook): Map<string, Entry> {
  const nodes = new Map<string, Entry>();
  const walk = (node: Condition): void => {
    nodes.set(node.id, entryOf(shapeOf(node), `${node.source.document} ${node.source.clause}`));
    for (const child of [...(node.all ?? []), ...(node.any ?? []), ...(node.of ?? []), ...(node.not ? [node.not] : [])]) walk(child);
  };
  for (const award of rulebook.awards) {
    if (award.admission) walk(award.admission);
    if (award.requirements) walk(award.requirements);
    for (const category of award.categories) {
      if (category.audience) walk(category.audience);
      for (const level of category.levels) walk(level.conditions);
    }
    for (const level of award.levels) {
      const cited = level.quota?.source ?? level.reward?.source ?? award.source;
      nodes.set(`${award.id}.level-${level.level}`, entryOf(level, `${cited.document} ${cited.clause}`));
    }
    const settings = {
      roundQuota: award.roundQuota && { item: award.roundQuota, source: award.roundQuota.source },
      allocation: award.allocation && { item: award.allocation, source: award.allocation.source },
      applicationsPerPersonPerRound: award.applicationsPerPersonPerRound && { item: award.applicationsPerPersonPerRound, source: award.applicationsPerPersonPerRound.source },
      calendar: award.calendar && { item: award.calendar, source: award.calendar.applicationWindow.source },
    };
    for (const [key, setting] of Object.entries(settings)) {
      if (setting) nodes.set(`${award.id}.${key}`, entryOf(setting.item, `${setting.source.document} ${setting.source.clause}`));
    }
  }
  for (const award of rulebook.scoredAwards) {
    for (const veto of award.vetoes) walk(veto);
    if (award.eligibility) walk(award.eligibility);
    for (const cap of award.gradeCaps) walk(cap.when);
    for (const forced of award.forcedGrades) walk(forced.when);
  }
  for (const [name, window] of Object.entries(rulebook.windows)) {
    nodes.set(`window:${name}`, entryOf(window, `${window.source.document} ${window.source.clause}`));
  }
  for (const [name, scale] of Object.entries(rulebook.scales)) {
    nodes.set(`scale:${name}`, entryOf(scale, `${scale.source.document} ${scale.source.clause}`));
  }
  return nodes;
}

/**
 * The rule items that differ between two rulebooks, by id: condition nodes (their own fields
 * and their children's ids), windows, scales, and each level's label, quota and reward. A changed
 * item lists the values that differ (`changedValues`); an added or removed one lists none.
 *
 * @example
 * ```ts
 * changedItems(before, after);
 * // [{ id: "management.2.7.2", change: "changed", citation: "000 §四(三)2(7)②", values: [{ field: "value", before: 0.1, after: 0.15 }] }]
 * ```
 */
export function changedItems(before: Rulebook, after: Rulebook): ChangedItem[] {
  before = checkRulebookJson(before, ["before"]);
  after = checkRulebookJson(after, ["after"]);
  const old = nodesOf(before);
  const now = nodesOf(after);
  const items: ChangedItem[] = [];
  for (const [id, entry] of old) {
    const other = now.get(id);
    if (!other) items.push({ id, change: "removed", citation: entry.citation, values: [] });
    else if (other.signature !== entry.signature) items.push({ id, change: "changed", citation: other.citation, values: changedValues(entry.shape, other.shape) });
  }
  for (const [id, entry] of now) if (!old.has(id)) items.push({ id, change: "added", citation: entry.citation, values: [] });
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
