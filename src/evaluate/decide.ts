import { FALSE, TRUE, UNKNOWN, type Tri } from "../compile/context.js";
import type { OverallStatus } from "./types.js";

/** The verdicts a decision is made from: gates and each category's level statuses (gates included). */
export interface Verdicts {
  appliedCategory: string | undefined;
  admission: Tri;
  categories: { id: string; audience: Tri; levels: { level: number; status: Tri }[] }[];
}

/** The outcome: overall status, and the category and level reached (both null unless qualified). */
export interface Decision {
  status: OverallStatus;
  category: string | null;
  level: number | null;
}

/**
 * Three-valued "and": false wins, then unknown.
 *
 * @example
 * ```ts
 * and3(TRUE, UNKNOWN); // UNKNOWN
 * ```
 */
export function and3(...values: Tri[]): Tri {
  let result: Tri = TRUE;
  for (const value of values) {
    if (value === FALSE) return FALSE;
    if (value === UNKNOWN) result = UNKNOWN;
  }
  return result;
}

function judge(categories: Verdicts["categories"]): Decision {
  let best: { category: string; level: number } | undefined;
  let pending = false;
  for (const category of categories) {
    for (const level of category.levels) {
      if (level.status === TRUE && (best === undefined || level.level < best.level)) {
        best = { category: category.id, level: level.level };
      }
      if (level.status === UNKNOWN) pending = true;
    }
  }
  if (best) return { status: "qualified", ...best };
  return { status: pending ? "pendingReview" : "notQualified", category: null, level: null };
}

/**
 * Decides the overall outcome (000 §三, §四, §六(七)):
 * - with an application: refused when an admission check or the applied category's audience
 *   fails; otherwise judged on that category, and pending review while admission is unknown
 *   (unless every level fails, which no admission could change);
 * - without one: judged over every category the person may apply for;
 * - judged: qualified at the highest level passed (ties between categories go to the first
 *   category in the rulebook), else pending review if any level is unknown, else not qualified.
 *
 * @example
 * ```ts
 * decide({ appliedCategory: undefined, admission: TRUE,
 *   categories: [{ id: "staff", audience: TRUE, levels: [{ level: 1, status: FALSE }, { level: 2, status: TRUE }] }] });
 * // { status: "qualified", category: "staff", level: 2 }
 * ```
 */
export function decide(verdicts: Verdicts): Decision {
  const open = verdicts.categories.filter((category) => category.audience !== FALSE);
  if (verdicts.appliedCategory === undefined) return judge(open);
  const applied = verdicts.categories.find((category) => category.id === verdicts.appliedCategory);
  if (verdicts.admission === FALSE || applied === undefined || applied.audience === FALSE) {
    return { status: "refused", category: null, level: null };
  }
  const decision = judge([applied]);
  // Admission still open: someone who qualifies, or may, waits for it; someone who fails every level does not.
  if (verdicts.admission === UNKNOWN && decision.status !== "notQualified") return { status: "pendingReview", category: null, level: null };
  return decision;
}
