import { pairOf, said, type ResultText } from "../messages/said.js";
import type { BilingualText } from "../schema/rulebookTypes.js";

/** The most ids a tie's reason names; the round's `ties` list holds them all. */
const NAMED_IN_REASON = 10;

/**
 * A level's place in words: "2nd of 4 level-1 contenders; level 1 holds 3" and
 * "第 2 名（一级示范岗竞争者共 4 名）；一级示范岗限 3 名", with what is left of the round when that is less.
 *
 * @example
 * ```ts
 * levelPlace({ zh: "一级示范岗", en: "level-1 model post" }, 1, 2, 4, 3, 3).en; // "2nd of 4 level-1 contenders; level 1 holds 3"
 * ```
 */
export function levelPlace(label: BilingualText, level: number, position: number, contenders: number, quota: number, room: number): ResultText {
  return said("place.level", {
    label: pairOf(label),
    level,
    position,
    contenders,
    quota: Number.isFinite(quota) ? quota : null,
    room: room < quota ? room : null,
  });
}

/**
 * A bucket's place in words: "3rd of 21 service-star contenders; 20 place(s)" and
 * "第 3 名（服务之星候选 21 名，名额 20 名）".
 *
 * @example
 * ```ts
 * bucketPlace({ zh: "服务之星", en: "service star" }, "all", 3, 21, 20).en; // "3rd of 21 service star contenders; 20 place(s)"
 * ```
 */
export function bucketPlace(what: BilingualText, bucket: string, position: number, contenders: number, places: number): ResultText {
  return said("place.bucket", { what: pairOf(what), bucket, position, contenders, places: Number.isFinite(places) ? places : null });
}

/**
 * A tie's words: who the ranking cannot separate (every id up to ten, else the first ten and how
 * many more: the tie itself lists them all), for how many places, and that the committee decides,
 * citing the clause.
 *
 * @example
 * ```ts
 * tieWords(["R-1", "R-2"], 1, { zh: "一级示范岗名额", en: "level-1 place(s)" }, "000 §五(二)").en;
 * // "2 contenders the ranking cannot separate for 1 level-1 place(s): provisional — the committee decides (000 §五(二))"
 * ```
 */
export function tieWords(ids: readonly string[], places: number, what: BilingualText, citation: string): ResultText {
  const named = ids.length <= NAMED_IN_REASON ? [...ids] : ids.slice(0, NAMED_IN_REASON);
  const more = ids.length <= NAMED_IN_REASON ? 0 : ids.length - NAMED_IN_REASON;
  return said("tie.undecided", { named, more, count: ids.length, places, what: pairOf(what), citation });
}

/**
 * A unit's limit in words: "catering put forward 5, more than its 3: refused by rank (000 §五(一))".
 *
 * @example
 * ```ts
 * overLimit("catering", { zh: "饮食服务科", en: "catering" }, 5, 3, "000 §五(一)").en;
 * ```
 */
export function overLimit(group: string, label: BilingualText, count: number, limit: number, citation: string): ResultText {
  return said("limit.refusedByRank", { group, label: pairOf(label), count, limit, citation });
}
