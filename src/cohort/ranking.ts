import type { Allocation } from "../schema/allocation.js";

/** What a candidate is ranked by. */
export interface RankKeys {
  id: string;
  score: number | null;
  committeeRank: number | null;
}

/**
 * A comparison from an allocation's ranking: a higher score first, a smaller committee rank
 * first (a missing one last), the record id only when the ranking names `recordId`. Two candidates
 * the keys do not separate compare equal (0): a tie the committee decides.
 *
 * @example
 * ```ts
 * const compare = compareBy([{ by: "score" }, { by: "committeeRank" }]);
 * compare({ id: "A", score: 90, committeeRank: null }, { id: "B", score: 88, committeeRank: null }); // < 0
 * ```
 */
export function compareBy(ranking: Allocation["ranking"]): (a: RankKeys, b: RankKeys) => number {
  return (a, b) => {
    for (let index = 0; index < ranking.length; index += 1) {
      const by = (ranking[index] as Allocation["ranking"][number]).by;
      if (by === "score") {
        const diff = (b.score ?? Number.NEGATIVE_INFINITY) - (a.score ?? Number.NEGATIVE_INFINITY);
        if (diff !== 0 && !Number.isNaN(diff)) return diff;
      } else if (by === "committeeRank") {
        const diff = (a.committeeRank ?? Number.POSITIVE_INFINITY) - (b.committeeRank ?? Number.POSITIVE_INFINITY);
        if (diff !== 0 && !Number.isNaN(diff)) return diff;
      } else if (a.id !== b.id) return a.id < b.id ? -1 : 1;
    }
    return 0;
  };
}

/**
 * Sorts items by their keys and gives, best first, the runs the keys cannot separate (ties), one at
 * a time (a round's thousands of runs are not all held at once); within a run, items keep
 * record-id order so the output never depends on input order.
 *
 * @example
 * ```ts
 * [...rankGroups(entries, (entry) => entry, compare)]; // [[A], [B, C], [D]]: B and C tie
 * ```
 */
export function* rankGroups<T>(items: readonly T[], keysOf: (item: T) => RankKeys, compare: (a: RankKeys, b: RankKeys) => number): Generator<T[]> {
  const sorted = items.slice().sort((a, b) => compare(keysOf(a), keysOf(b)) || byId(keysOf(a).id, keysOf(b).id));
  let start = 0;
  for (let at = 1; at <= sorted.length; at += 1) {
    if (at === sorted.length || compare(keysOf(sorted[start] as T), keysOf(sorted[at] as T)) !== 0) {
      yield sorted.slice(start, at);
      start = at;
    }
  }
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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

/** The most ids a tie's reason names; the round's `ties` list holds them all. */
export const NAMED_IN_REASON = 10;

/**
 * The candidates of a tie as a reason names them: every id up to ten, else the first ten and how
 * many more (the tie itself lists them all), so a reason's length does not grow with the round.
 * `ids` may be only the first of them (at least eleven) when `total` says how many there are.
 *
 * @example
 * ```ts
 * namedIn(["R-1", "R-2"]); // { zh: "R-1、R-2", en: "R-1, R-2" }
 * ```
 */
export function namedIn(ids: readonly string[], total = ids.length): { zh: string; en: string } {
  if (total <= NAMED_IN_REASON) return { zh: ids.join("、"), en: ids.join(", ") };
  const shown = ids.slice(0, NAMED_IN_REASON);
  const more = total - NAMED_IN_REASON;
  return { zh: `${shown.join("、")}等，另有 ${more} 名`, en: `${shown.join(", ")} and ${more} more` };
}
