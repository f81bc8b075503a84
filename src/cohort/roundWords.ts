import type { BilingualText } from "../schema/primitives.js";
import { namedIn, ordinal } from "./ranking.js";

/**
 * A level's place in words: "2nd of 4 level-1 contenders; level 1 holds 3" and
 * "第 2 名（一级示范岗竞争者共 4 名）；一级示范岗限 3 名", with what is left of the round when that is less.
 *
 * @example
 * ```ts
 * levelPlace({ zh: "一级示范岗", en: "level-1 model post" }, 1, 2, 4, 3, 3).en; // "2nd of 4 level-1 contenders; level 1 holds 3"
 * ```
 */
export function levelPlace(label: BilingualText, level: number, position: number, contenders: number, quota: number, room: number): BilingualText {
  const limit = Number.isFinite(quota) ? quota : null;
  return {
    zh: `${ordinal(position).zh}（${label.zh}竞争者共 ${contenders} 名）；${label.zh}${limit === null ? "不限名额" : `限 ${limit} 名`}${room < quota ? `，本轮余额 ${room} 名` : ""}`,
    en: `${ordinal(position).en} of ${contenders} level-${level} contenders; level ${level} ${limit === null ? "has no limit" : `holds ${limit}`}${room < quota ? `, ${room} left in the round` : ""}`,
  };
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
export function bucketPlace(what: BilingualText, bucket: string, position: number, contenders: number, places: number): BilingualText {
  return {
    zh: `${ordinal(position).zh}（${bucket === "all" ? "" : `${bucket} `}${what.zh}候选 ${contenders} 名，名额 ${Number.isFinite(places) ? places : "不限"} 名）`,
    en: `${ordinal(position).en} of ${contenders} ${what.en} contenders${bucket === "all" ? "" : ` in ${bucket}`}; ${Number.isFinite(places) ? places : "unlimited"} place(s)`,
  };
}

/**
 * A tie's words: who the ranking cannot separate, for how many places, and that the committee
 * decides, citing the clause.
 *
 * @example
 * ```ts
 * tieWords(["R-1", "R-2"], 1, { zh: "一级示范岗名额", en: "level-1 place(s)" }, "000 §五(二)").en;
 * // "2 contenders the ranking cannot separate (R-1, R-2) for 1 level-1 place(s): provisional — the committee decides (000 §五(二))"
 * ```
 */
export function tieWords(ids: readonly string[], places: number, what: BilingualText, citation: string): BilingualText {
  const named = namedIn(ids);
  return {
    zh: `排序无法区分的 ${ids.length} 名（${named.zh}）争 ${places} 个${what.zh}：暂定，由评审委员会决定 (${citation})`,
    en: `${ids.length} contenders the ranking cannot separate (${named.en}) for ${places} ${what.en}: provisional — the committee decides (${citation})`,
  };
}

/**
 * A unit's limit in words: "catering put forward 5, more than its 3: refused by rank (000 §五(一))".
 *
 * @example
 * ```ts
 * overLimit("catering", { zh: "饮食服务科", en: "catering" }, 5, 3, "000 §五(一)").en;
 * ```
 */
export function overLimit(group: string, label: BilingualText, count: number, limit: number, citation: string): BilingualText {
  return {
    zh: `${label.zh}报送 ${count} 名，超过其名额 ${limit} 名：按排名不予受理 (${citation})`,
    en: `${label.en === group ? group : `${label.en} (${group})`} put forward ${count}, more than its ${limit}: refused by rank (${citation})`,
  };
}

/**
 * What the ties leave open for a candidate, in words: "level 1, level 2 or no place".
 *
 * @example
 * ```ts
 * eitherOf([{ zh: "一级", en: "level 1" }, { zh: "未获评", en: "no place" }]).en; // "level 1 or no place"
 * ```
 */
export function eitherOf(options: readonly BilingualText[]): BilingualText {
  const join = (parts: string[], or: string, comma: string): string => (parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(comma)}${or}${parts.at(-1)}`);
  return {
    zh: join(
      options.map((option) => option.zh),
      "或",
      "、",
    ),
    en: join(
      options.map((option) => option.en),
      " or ",
      ", ",
    ),
  };
}
