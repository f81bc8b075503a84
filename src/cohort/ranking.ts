import type { Allocation } from "../schema/allocation.js";

/** What a candidate is ranked by. */
export interface RankKeys {
  id: string;
  score: number | null;
  committeeRank: number | null;
}

/**
 * A comparison from an allocation's ranking: a higher score first, a smaller committee rank
 * first (a missing one last), then the record id — so the order never depends on input order.
 *
 * @example
 * ```ts
 * candidates.sort(compareBy(allocation.ranking));
 * ```
 */
export function compareBy(ranking: Allocation["ranking"]): (a: RankKeys, b: RankKeys) => number {
  return (a, b) => {
    for (const { by } of ranking) {
      if (by === "score") {
        const diff = (b.score ?? Number.NEGATIVE_INFINITY) - (a.score ?? Number.NEGATIVE_INFINITY);
        if (diff !== 0) return diff;
      } else if (by === "committeeRank") {
        const diff = (a.committeeRank ?? Number.POSITIVE_INFINITY) - (b.committeeRank ?? Number.POSITIVE_INFINITY);
        if (diff !== 0 && !Number.isNaN(diff)) return diff;
      } else if (a.id !== b.id) return a.id < b.id ? -1 : 1;
    }
    return 0;
  };
}

/**
 * Words for a position: "3rd", and in Chinese "第 3 名".
 *
 * @example
 * ```ts
 * ordinal(2); // { zh: "第 2 名", en: "2nd" }
 * ```
 */
export function ordinal(position: number): { zh: string; en: string } {
  const tens = position % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][position % 10] ?? "th");
  return { zh: `第 ${position} 名`, en: `${position}${suffix}` };
}
