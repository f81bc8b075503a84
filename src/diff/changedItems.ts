import type { Condition } from "../schema/condition.js";
import type { Rulebook } from "../schema/rulebook.js";
import { checkRulebookJson } from "../door/doorRulebook.js";

/** A rule item that differs between two rulebooks: a condition node, a window, a scale, or a level's quota or reward. */
export interface ChangedItem {
  id: string;
  change: "added" | "removed" | "changed";
  citation: string;
}

function signature(node: Condition): string {
  const { all, any, not, of, ...own } = node;
  const children = [...(all ?? []), ...(any ?? []), ...(of ?? []), ...(not ? [not] : [])].map((child) => child.id);
  const kind = all ? "all" : any ? "any" : not ? "not" : of ? "atLeast" : "leaf";
  return JSON.stringify({ own, kind, children });
}

function nodesOf(rulebook: Rulebook): Map<string, { signature: string; citation: string }> {
  const nodes = new Map<string, { signature: string; citation: string }>();
  const walk = (node: Condition): void => {
    nodes.set(node.id, { signature: signature(node), citation: `${node.source.document} ${node.source.clause}` });
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
      nodes.set(`${award.id}.level-${level.level}`, { signature: JSON.stringify(level), citation: `${cited.document} ${cited.clause}` });
    }
    const settings = {
      roundQuota: award.roundQuota && { item: award.roundQuota, source: award.roundQuota.source },
      allocation: award.allocation && { item: award.allocation, source: award.allocation.source },
      applicationsPerPersonPerRound: award.applicationsPerPersonPerRound && { item: award.applicationsPerPersonPerRound, source: award.applicationsPerPersonPerRound.source },
      calendar: award.calendar && { item: award.calendar, source: award.calendar.applicationWindow.source },
    };
    for (const [key, setting] of Object.entries(settings)) {
      if (setting) nodes.set(`${award.id}.${key}`, { signature: JSON.stringify(setting.item), citation: `${setting.source.document} ${setting.source.clause}` });
    }
  }
  for (const award of rulebook.scoredAwards) {
    for (const veto of award.vetoes) walk(veto);
    if (award.eligibility) walk(award.eligibility);
    for (const cap of award.gradeCaps) walk(cap.when);
    for (const forced of award.forcedGrades) walk(forced.when);
  }
  for (const [name, window] of Object.entries(rulebook.windows)) {
    nodes.set(`window:${name}`, { signature: JSON.stringify(window), citation: `${window.source.document} ${window.source.clause}` });
  }
  for (const [name, scale] of Object.entries(rulebook.scales)) {
    nodes.set(`scale:${name}`, { signature: JSON.stringify(scale), citation: `${scale.source.document} ${scale.source.clause}` });
  }
  return nodes;
}

/**
 * The rule items that differ between two rulebooks, by id: condition nodes (their own fields
 * and their children's ids), windows, scales, and each level's label, quota and reward.
 *
 * @example
 * ```ts
 * changedItems(before, after); // [{ id: "management.2.7.2", change: "changed", citation: "000 §四(三)2(7)②" }]
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
    if (!other) items.push({ id, change: "removed", citation: entry.citation });
    else if (other.signature !== entry.signature) items.push({ id, change: "changed", citation: other.citation });
  }
  for (const [id, entry] of now) if (!old.has(id)) items.push({ id, change: "added", citation: entry.citation });
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
