import type { BilingualText } from "../schema/primitives.js";
import { namedIn, rankGroups, type RankKeys } from "./ranking.js";
import { addReason } from "./reasons.js";
import type { Placement, RoundTie } from "./types.js";

/** A candidate counted against its unit's limit: its rank keys and its placement. */
export interface UnitEntry extends RankKeys {
  placement: Placement;
}

/**
 * Holds each unit (a department, a service unit) to the number of candidates it may put forward
 * (篇14: 2 nominees a unit; 000 §五(一): the yearly number each department may apply with): the
 * best ranked stay, the others are refused with the clause; candidates the ranking cannot separate
 * at a unit's limit are `provisional` and the tie is listed, for the committee to decide.
 *
 * @example
 * ```ts
 * limitPerUnit(entries, (entry) => entry.department, () => 2, compare, ties, "篇14 六2(1)");
 * ```
 */
export function limitPerUnit<T extends UnitEntry>(
  entries: T[],
  unitOf: (entry: T) => string,
  limitOf: (unit: string) => number | undefined,
  compare: (a: RankKeys, b: RankKeys) => number,
  ties: RoundTie[],
  citation: string,
): void {
  const byUnit = new Map<string, T[]>();
  for (const entry of entries) {
    const unit = unitOf(entry);
    let group = byUnit.get(unit);
    if (group === undefined) byUnit.set(unit, (group = []));
    group.push(entry);
  }
  for (const [unit, group] of [...byUnit].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const limit = limitOf(unit);
    if (limit === undefined || group.length <= limit) continue;
    const over: BilingualText = {
      zh: `${unit} 报送 ${group.length} 名，超过其名额 ${limit} 名`,
      en: `${unit} put forward ${group.length}, more than its ${limit}`,
    };
    let kept = 0;
    for (const run of rankGroups(group, (entry) => entry, compare)) {
      if (kept + run.length <= limit) kept += run.length;
      else if (kept >= limit) {
        for (const entry of run) {
          entry.placement.status = "refused";
          addReason(entry.placement, { zh: `${over.zh}：按排名不予受理 (${citation})`, en: `${over.en}: refused by rank (${citation})` });
        }
      } else {
        const places = limit - kept;
        const ids = run.map((entry) => entry.id);
        const named = namedIn(ids);
        const tie: RoundTie = {
          key: `${unit} limit`,
          level: null,
          places,
          candidates: ids,
          alsoFromTies: [],
          reason: {
            zh: `${over.zh}；排序无法区分的 ${run.length} 名（${named.zh}）争其余 ${places} 个名额：暂定，由评审委员会决定 (${citation})`,
            en: `${over.en}; ${run.length} the ranking cannot separate (${named.en}) for its last ${places} place(s): provisional — the committee decides (${citation})`,
          },
          citation,
        };
        ties.push(tie);
        for (const entry of run) {
          entry.placement.status = "provisional";
          addReason(entry.placement, tie.reason);
        }
        kept = limit;
      }
    }
  }
}
