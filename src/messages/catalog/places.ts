import { defineMessage } from "../../text/defineMessage.js";
import { ordinalEn, type Pair } from "./words.js";

/** The ids a sentence names (the first few), and how many more there are. */
type Named = { named: string[]; more: number };
const namedZh = (p: Named): string => (p.more > 0 ? `${p.named.join("、")}等，另有 ${p.more} 名` : p.named.join("、"));
const namedEn = (p: Named): string => (p.more > 0 ? `${p.named.join(", ")} and ${p.more} more` : p.named.join(", "));
/** Options joined as a sentence says them: "a, b or c". */
const either = (parts: string[], or: string, comma: string): string => (parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(comma)}${or}${parts.at(-1)}`);

/**
 * Where a contender stands in a round, in words: a position among the contenders of a level or
 * a bucket, a tie the committee breaks, a unit over its limit, the outcomes a tie leaves open.
 *
 * @example
 * ```ts
 * PLACE_MESSAGES["tie.option"].zh({ outcome: "level", level: 1 }); // "获评1级"
 * ```
 */
export const PLACE_MESSAGES = {
  "place.level": defineMessage<{ label: Pair; level: number; position: number; contenders: number; quota: number | null; room: number | null }>({
    en: (p) =>
      `${ordinalEn(p.position)} of ${p.contenders} level-${p.level} contenders; level ${p.level} ${p.quota === null ? "has no limit" : `holds ${p.quota}`}${p.room === null ? "" : `, ${p.room} left in the round`}`,
    zh: (p) =>
      `第 ${p.position} 名（${p.label.zh}竞争者共 ${p.contenders} 名）；${p.label.zh}${p.quota === null ? "不限名额" : `限 ${p.quota} 名`}${p.room === null ? "" : `，本轮余额 ${p.room} 名`}`,
  }),
  "place.bucket": defineMessage<{ what: Pair; bucket: string; position: number; contenders: number; places: number | null }>({
    en: (p) => `${ordinalEn(p.position)} of ${p.contenders} ${p.what.en} contenders${p.bucket === "all" ? "" : ` in ${p.bucket}`}; ${p.places ?? "unlimited"} place(s)`,
    zh: (p) => `第 ${p.position} 名（${p.bucket === "all" ? "" : `${p.bucket} `}${p.what.zh}候选 ${p.contenders} 名，名额 ${p.places ?? "不限"} 名）`,
  }),
  "tie.undecided": defineMessage<Named & { count: number; places: number; what: Pair; citation: string }>({
    en: (p) => `${p.count} contenders the ranking cannot separate (${namedEn(p)}) for ${p.places} ${p.what.en}: provisional — the committee decides (${p.citation})`,
    zh: (p) => `排序无法区分的 ${p.count} 名（${namedZh(p)}）争 ${p.places} 个${p.what.zh}：暂定，由评审委员会决定 (${p.citation})`,
  }),
  "tie.levelPlaces": defineMessage<{ label: Pair; level: number }>({ en: (p) => `level-${p.level} place(s)`, zh: (p) => `${p.label.zh}名额` }),
  "tie.groupPlaces": defineMessage<{ group: string; label: Pair | null }>({
    en: (p) => `of ${p.group}'s nominee places`,
    zh: (p) => `${p.label?.zh ?? p.group}的报送名额`,
  }),
  "tie.bucketPlaces": defineMessage<{ bucket: string; what: Pair }>({
    en: (p) => `place(s) in ${p.bucket === "all" ? p.what.en : p.bucket}`,
    zh: (p) => `${p.bucket === "all" ? "" : `${p.bucket} `}${p.what.zh}名额`,
  }),
  "limit.refusedByRank": defineMessage<{ group: string; label: Pair; count: number; limit: number; citation: string }>({
    en: (p) => `${p.label.en === p.group ? p.group : `${p.label.en} (${p.group})`} put forward ${p.count}, more than its ${p.limit}: refused by rank (${p.citation})`,
    zh: (p) => `${p.label.zh}报送 ${p.count} 名，超过其名额 ${p.limit} 名：按排名不予受理 (${p.citation})`,
  }),
  "limit.keptByRank": defineMessage<{ group: string; label: Pair; count: number; limit: number; position: number; citation: string }>({
    en: (p) => `${p.group} put forward ${p.count}, more than its ${p.limit}: ranked ${p.position}, kept (${p.citation})`,
    zh: (p) => `${p.label.zh}报送 ${p.count} 名，超过其名额 ${p.limit} 名：按排名第 ${p.position} 名，保留 (${p.citation})`,
  }),
  "tie.option": defineMessage<{ outcome: "level" | "placed" | "notPlaced" | "refused" | "kept" | "unknown"; level: number | null }>({
    en: (p) => (p.outcome === "level" ? `level ${p.level}` : OPTIONS[p.outcome].en),
    zh: (p) => (p.outcome === "level" ? `获评${p.level}级` : OPTIONS[p.outcome].zh),
  }),
  "tie.dependsOn": defineMessage<{ keys: string[]; lines: Pair[]; options: Pair[]; citation: string }>({
    en: (p) =>
      `the ranking cannot settle this: it depends on how the committee breaks the tie${p.keys.length > 1 ? "s" : ""} (${p.keys.join(", ") || "see ties"}) — ${either(
        p.options.map((option) => option.en),
        " or ",
        ", ",
      )} (${p.citation})`,
    zh: (p) =>
      `排序无法区分，结果取决于评审委员会对并列（${p.lines.map((line) => line.zh).join("、") || "见并列"}）的决定：可能${either(
        p.options.map((option) => option.zh),
        "或",
        "、",
      )} (${p.citation})`,
  }),
  "tie.lineOf": defineMessage<{ label: Pair }>({ en: (p) => `the quota line of ${p.label.en}`, zh: (p) => `${p.label.zh}名额线` }),
  "tie.limitOf": defineMessage<{ label: Pair }>({ en: (p) => `the nominee places of ${p.label.en}`, zh: (p) => `${p.label.zh}报送名额` }),
  "tie.tooManyToWork": defineMessage({ en: () => "the ties are too many to work through one by one", zh: () => "并列情形过多，未能逐一推演" }),
} as const;

/** The outcomes a tie may leave a contender, said alone. */
const OPTIONS = {
  placed: { zh: "入选", en: "placed" },
  notPlaced: { zh: "未获评", en: "no place" },
  refused: { zh: "超出名额不予受理", en: "refused over the limit" },
  kept: { zh: "保留申报", en: "kept" },
  unknown: { zh: "未能确定", en: "not known" },
} as const;
