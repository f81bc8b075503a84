import { FALSE, STATUS, TRUE, UNKNOWN, type NodeStatus, type Tri } from "./tri.js";
import type { VerdictLayout } from "./verdictLayout.js";

/** The decision over one award's verdicts: a category and a level where qualified, none otherwise. */
export type AwardDecision = {
  /** category id → status of each level, highest first. */
  levels: Record<string, NodeStatus[]>;
} & ({ status: "qualified"; category: string; level: number } | { status: "pendingReview" | "notQualified" | "refused"; category: null; level: null });

/**
 * The decision over an award's verdicts (000 §三, §四, §六(七)): refused when an application fails
 * admission or its category's audience; otherwise the highest level passed over the categories
 * judged (the applied one, or every one whose audience does not fail; a tie goes to the first
 * category), else pending review if a level is unknown, else not qualified; an application whose
 * admission is still open waits, unless every level fails.
 *
 * @example
 * ```ts
 * decideVerdicts(award.layout, award.verdicts(ctx, false), undefined); // { status: "qualified", category: "staff", level: 2, levels: { … } }
 * ```
 */
export function decideVerdicts(layout: VerdictLayout, verdicts: readonly Tri[], appliedCategory: string | undefined): AwardDecision {
  const admission = verdicts[layout.admission] as Tri;
  const levels: Record<string, NodeStatus[]> = {};
  let refused = appliedCategory !== undefined && admission === FALSE;
  let bestLevel = 0;
  let bestCategory: string | null = null;
  let open = false;
  // indexed loops and a list made at its length: a third faster than for…of and push here (Node 20)
  const categories = layout.categories;
  for (let c = 0; c < categories.length; c += 1) {
    const category = categories[c]!;
    const audience = verdicts[category.audience] as Tri;
    const statuses = category.levels;
    const words = new Array<NodeStatus>(statuses.length);
    const judged = appliedCategory === undefined ? audience !== FALSE : category.id === appliedCategory;
    if (judged && appliedCategory !== undefined && audience === FALSE) refused = true;
    for (let l = 0; l < statuses.length; l += 1) {
      const level = statuses[l]!;
      const status = verdicts[level.at] as Tri;
      words[l] = STATUS[status] as NodeStatus;
      if (!judged) continue;
      if (status === TRUE && (bestLevel === 0 || level.level < bestLevel)) {
        bestLevel = level.level;
        bestCategory = category.id;
      }
      if (status === UNKNOWN) open = true;
    }
    levels[category.id] = words;
  }
  if (refused) return { status: "refused", category: null, level: null, levels };
  const status = bestLevel > 0 ? "qualified" : open ? "pendingReview" : "notQualified";
  if (appliedCategory !== undefined && admission === UNKNOWN && status !== "notQualified") return { status: "pendingReview", category: null, level: null, levels };
  // a level passed (bestLevel > 0) was passed in a category, so bestCategory is set
  return status === "qualified" ? { status, category: bestCategory as string, level: bestLevel, levels } : { status, category: null, level: null, levels };
}
