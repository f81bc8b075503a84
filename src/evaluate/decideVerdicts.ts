import type { DecideShape } from "../compile/generateDecide.js";
import { FALSE, TRUE, UNKNOWN, type Tri } from "../compile/context.js";
import { STATUS } from "./trace.js";
import type { NodeStatus, VerdictResult } from "./types.js";

/**
 * The decision over an award's verdicts (`award.verdicts`: admission, requirements, then per
 * category its audience and levels), as `decide` makes it (000 §三, §四, §六(七)): refused when an
 * application fails admission or its category's audience; otherwise the highest level passed over
 * the categories judged (the applied one, or every one whose audience does not fail; a tie goes to
 * the first category), else pending review if a level is unknown, else not qualified; an
 * application whose admission is still open waits, unless every level fails.
 *
 * @example
 * ```ts
 * decideVerdicts(award, award.verdicts(ctx, false), undefined); // { status: "qualified", category: "staff", level: 2, levels: { … } }
 * ```
 */
export function decideVerdicts(
  award: DecideShape,
  verdicts: Tri[],
  appliedCategory: string | undefined,
): VerdictResult & { status: Exclude<VerdictResult["status"], "notApplied"> } {
  const admission = verdicts[0] as Tri;
  const levels: Record<string, NodeStatus[]> = {};
  let refused = appliedCategory !== undefined && admission === FALSE;
  let bestLevel = 0;
  let bestCategory: string | null = null;
  let open = false;
  let at = 2;
  for (const category of award.categories) {
    const audience = verdicts[at] as Tri;
    at += 1;
    const words: NodeStatus[] = [];
    const judged = appliedCategory === undefined ? audience !== FALSE : category.id === appliedCategory;
    if (judged && appliedCategory !== undefined && audience === FALSE) refused = true;
    for (const level of category.levels) {
      const status = verdicts[at] as Tri;
      at += 1;
      words.push(STATUS[status] as NodeStatus);
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
  return status === "qualified" ? { status, category: bestCategory, level: bestLevel, levels } : { status, category: null, level: null, levels };
}
