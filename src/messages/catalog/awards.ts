import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage, type MessageLanguage } from "../../text/defineMessage.js";

/** An award by id with its name in both languages. */
type Named = { id: string; label: { zh: string; en: string } };

/**
 * Ids as a list a person can copy: `a` (label) in Chinese, a (label) in English.
 *
 * @example
 * ```ts
 * idList([{ id: "model-post", label: { zh: "优质服务示范岗", en: "quality service model post" } }], "zh"); // "`model-post`（优质服务示范岗）"
 * ```
 */
export function idList(entries: readonly Named[], language: MessageLanguage): string {
  if (entries.length === 0) return language === "zh" ? "无" : "none";
  return entries.map((entry) => (language === "zh" ? `${codeSpan(entry.id)}（${entry.label.zh}）` : `${entry.id} (${entry.label.en})`)).join(language === "zh" ? "、" : ", ");
}

/** The params of an award id a rulebook lacks: what was given, the nearest id, the awards of the kind asked and of the other kind. */
type UnknownAward = {
  kind: "level" | "scored";
  rulebook: string;
  title: string;
  got?: string;
  given?: string;
  near?: string;
  otherKind: boolean;
  wanted: Named[];
  other: Named[];
};

const KIND = { level: { en: "level award", zh: "分等级奖项" }, scored: { en: "scored award", zh: "评分类奖项" } } as const;

/** In English: what is missing, what to do instead, and the awards to choose from. */
function unknownAwardEn(p: UnknownAward): string {
  const kind = KIND[p.kind].en;
  const other = KIND[p.kind === "level" ? "scored" : "level"].en;
  const what = p.got === undefined ? `rulebook ${p.rulebook} has no ${kind}` : `no ${kind} ${p.got} in rulebook ${p.rulebook}`;
  const instead = p.otherKind
    ? `; ${p.given} is a ${p.kind === "level" ? "scored" : "level"} award: evaluate it with ${p.kind === "level" ? "evaluateScored" : "evaluate"}`
    : p.near !== undefined
      ? `; did you mean ${p.near}?`
      : "";
  const others = p.other.length > 0 && (p.wanted.length === 0 || p.otherKind) ? `; its ${other}s: ${idList(p.other, "en")}` : "";
  return `${what}${instead} (${kind}s: ${idList(p.wanted, "en")}${others})`;
}

/** The same in Chinese. */
function unknownAwardZh(p: UnknownAward): string {
  const kind = KIND[p.kind].zh;
  const other = KIND[p.kind === "level" ? "scored" : "level"].zh;
  const what = p.given === undefined ? `《${p.title}》中没有${kind}` : `《${p.title}》中没有${kind}“${p.given}”`;
  const instead = p.otherKind
    ? `；“${p.given}”是${p.kind === "level" ? "评分类" : "分等级"}奖项，应换用相应的评定方式`
    : p.near !== undefined
      ? `；是否要填 ${codeSpan(p.near)}？`
      : "";
  const others = p.other.length > 0 && (p.wanted.length === 0 || p.otherKind) ? `；其中的${other}：${idList(p.other, "zh")}` : "";
  return `${what}${instead}（可用的${kind}：${idList(p.wanted, "zh")}${others}）`;
}

/**
 * What is said of an award id a rulebook lacks: the valid ids with their names, the nearest
 * first, and, when the id names an award of the other kind, which function evaluates it.
 *
 * @example
 * ```ts
 * AWARD_MESSAGES["award.unknownAny"].en({ got: '"x"', given: "x", rulebook: "r", title: "…", awards: [] }); // 'no award "x" in rulebook r (has )'
 * ```
 */
export const AWARD_MESSAGES = {
  "award.unknown": defineMessage<UnknownAward>({ en: unknownAwardEn, zh: unknownAwardZh }),
  "award.unknownAny": defineMessage<{ got: string; given?: string; rulebook: string; title: string; near?: string; awards: Named[] }>({
    en: (p) => `no award ${p.got} in rulebook ${p.rulebook} (has ${p.awards.map((award) => award.id).join(", ")})`,
    zh: (p) =>
      `《${p.title}》中没有奖项${p.given === undefined ? "" : `“${p.given}”`}${p.near === undefined ? "" : `；是否要填 ${codeSpan(p.near)}？`}（可用的奖项：${idList(p.awards, "zh")}）`,
  }),
  "award.noCategory": defineMessage<{ award: string; awardZh: string; got: string; given: string; categories: Named[] }>({
    en: (p) => `award ${p.award} has no category ${p.got} (has ${p.categories.map((category) => category.id).join(", ") || "none"})`,
    zh: (p) => `${p.awardZh}没有类别“${p.given}”（可用的类别：${idList(p.categories, "zh")}）`,
  }),
  "award.noLevel": defineMessage<{ category: string; categoryZh: string; got: string }>({
    en: (p) => `category ${p.category} has no level ${p.got}`,
    zh: (p) => `类别 ${codeSpan(p.category)}（${p.categoryZh}）没有等级 ${codeSpan(p.got)}`,
  }),
  "award.noBundled": defineMessage<{ got: string; ids: string[] }>({
    en: (p) => `no bundled rulebook ${p.got} (have ${p.ids.join(", ")})`,
    zh: (p) => `没有内置规则 ${codeSpan(p.got)}（可用：${p.ids.map(codeSpan).join("、")}）`,
  }),
  "award.notInRulebook": defineMessage<{ got: string; rulebook: string }>({
    en: (p) => `no award ${p.got} in rulebook ${p.rulebook}`,
    zh: (p) => `规则 ${codeSpan(p.rulebook)} 中没有奖项 ${codeSpan(p.got)}`,
  }),
} as const;
