import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";

/** What a record's keyed entry names that the rulebook lacks, by the field it is in. */
const UNKNOWN_KEY = {
  attestations: { en: "has no condition reading the attestation", zh: "没有条件读取审核认定" },
  measures: { en: "declares no measure", zh: "没有声明数据项" },
  flags: { en: "declares no flag", zh: "没有声明情况项" },
  committeeRank: { en: "has no award", zh: "没有奖项" },
  scores: { en: "has no scored award", zh: "没有评分类奖项" },
  application: { en: "has no award", zh: "没有奖项" },
} as const;

/** The kinds of candidate in Chinese, as the candidate schema names them. */
const KIND_WORDS: Readonly<Record<string, string>> = { person: "个人", team: "班组", department: "科室（部门）", school: "学校", serviceUnit: "服务单位" };

/**
 * A kind of candidate (`person`, `team`…) in Chinese.
 *
 * @example
 * ```ts
 * kindWord("team"); // "班组"
 * ```
 */
export function kindWord(kind: string): string {
  return Object.hasOwn(KIND_WORDS, kind) ? (KIND_WORDS[kind] as string) : codeSpan(kind);
}

/** A category with its Chinese name, as a Chinese message lists it. */
const categoriesZh = (categories: { id: string; zh: string }[]): string => categories.map((category) => `${codeSpan(category.id)}（${category.zh}）`).join("、");

/** A measure's value and how the rulebook declares it. */
type MeasureValue = { name: string; label: string; unit: string; got: number };

/**
 * What is said of a record that fits the schema but not the rulebook: a key the rulebook does not
 * know, a measure out of its declared range, an application without a valid category, a record of
 * another kind than the award evaluates.
 *
 * @example
 * ```ts
 * RECORD_MESSAGES["record.measureNotWhole"].zh({ name: "canteens", label: "食堂数", unit: "canteens", got: 1.5 }); // "“食堂数”应为整数，实为 1.5"
 * ```
 */
export const RECORD_MESSAGES = {
  "record.jsonText": defineMessage<{ length: number }>({
    en: (p) => `got JSON text (${p.length} characters) where a record object is expected: parse it first (JSON.parse), or use parseCandidateJson, which takes the text`,
    zh: (p) => `收到的是 \`JSON\` 文字（${p.length} 个字符），而此处需要记录对象：请先解析（\`JSON.parse\`），或改用接受文字的 \`parseCandidateJson\``,
  }),
  "record.unknownKey": defineMessage<{ field: keyof typeof UNKNOWN_KEY; key: string; rulebook: string; nearest: string[] }>({
    en: (p) => `rulebook ${p.rulebook} ${UNKNOWN_KEY[p.field].en} ${JSON.stringify(p.key)}${p.nearest.length > 0 ? ` (nearest: ${p.nearest.join(", ")})` : " (it has none)"}`,
    zh: (p) => `规则中${UNKNOWN_KEY[p.field].zh} ${codeSpan(p.key)}${p.nearest.length > 0 ? `（最接近的：${p.nearest.map(codeSpan).join("、")}）` : "（规则中没有此类项目）"}`,
  }),
  "record.measureNotWhole": defineMessage<MeasureValue>({
    en: (p) => `measure ${p.name} counts whole ${p.unit}; got ${p.got}`,
    zh: (p) => `“${p.label}”应为整数，实为 ${p.got}`,
  }),
  "record.measureBelow": defineMessage<MeasureValue & { min: number }>({
    en: (p) => `measure ${p.name} is at least ${p.min} (${p.unit}); got ${p.got}`,
    zh: (p) => `“${p.label}”至少为 ${p.min}，实为 ${p.got}`,
  }),
  "record.measureAbove": defineMessage<MeasureValue & { max: number }>({
    en: (p) => `measure ${p.name} is at most ${p.max} (${p.unit}); got ${p.got}`,
    zh: (p) => `“${p.label}”至多为 ${p.max}，实为 ${p.got}`,
  }),
  "record.noCategory": defineMessage<{ award: string; awardZh: string; categories: { id: string; zh: string }[] }>({
    en: (p) => `an application for ${p.award} names the category applied for (one of ${p.categories.map((category) => category.id).join(", ")})`,
    zh: (p) => `申报${p.awardZh}须写明申报类别（可用的类别：${categoriesZh(p.categories)}）`,
  }),
  "record.unknownCategory": defineMessage<{ award: string; awardZh: string; got: string; given: string; categories: { id: string; zh: string }[] }>({
    en: (p) => `award ${p.award} has no category ${p.got} (has ${p.categories.map((category) => category.id).join(", ")})`,
    zh: (p) => `${p.awardZh}没有申报类别“${p.given}”（可用的类别：${categoriesZh(p.categories)}）`,
  }),
  "record.wrongKind": defineMessage<{ award: string; awardZh: string; wants: string; kind: string }>({
    en: (p) => `award ${p.award} evaluates a ${p.wants}; this record is a ${p.kind}`,
    zh: (p) => `${p.awardZh}评定的是${kindWord(p.wants)}，此记录是${kindWord(p.kind)}（参评对象类型应为 ${codeSpan(p.wants)}）`,
  }),
} as const;

/** A score given for an item or component: its id and Chinese name. */
type Scored = { id: string; label: string };

/**
 * What is said of the scores a record gives for a scored award: an unknown item or component, a
 * score below 0 or above the maximum, an item whose maximum a deployment must set.
 *
 * @example
 * ```ts
 * SCORE_MESSAGES["score.negative"].zh({ id: "3", label: "岗位责任制", score: -1 }); // "岗位责任制：得分不能为负数（-1）"
 * ```
 */
export const SCORE_MESSAGES = {
  "score.noMaximum": defineMessage<Scored>({
    en: (p) => `${p.label} (${p.id}): the document fixes no points for it; a deployment must set its maximum (deployment.bonusMaxima)`,
    zh: (p) => `${p.label}：文件未规定其分值，须由实施单位设定最高分`,
  }),
  "score.negative": defineMessage<Scored & { score: number }>({
    en: (p) => `${p.label} (${p.id}): a score cannot be negative (${p.score})`,
    zh: (p) => `${p.label}：得分不能为负数（${p.score}）`,
  }),
  "score.aboveMaximum": defineMessage<Scored & { score: number; max: number }>({
    en: (p) => `${p.label} (${p.id}): ${p.score} is above its maximum ${p.max}`,
    zh: (p) => `${p.label}：得分 ${p.score} 超过最高分 ${p.max}`,
  }),
  "score.unknownItem": defineMessage<{ award: string; awardZh: string; id: string; items: string[] }>({
    en: (p) => `award ${p.award} has no item ${p.id}`,
    zh: (p) => `${p.awardZh}没有第 ${p.id} 项评分（共有 ${p.items.join("、")} 项）`,
  }),
  "score.unknownComponent": defineMessage<{ award: string; awardZh: string; id: string; components: Scored[] }>({
    en: (p) => `award ${p.award} has no component ${p.id}`,
    zh: (p) => `${p.awardZh}没有评分部分 ${codeSpan(p.id)}（可用：${p.components.map((entry) => `${codeSpan(entry.id)}（${entry.label}）`).join("、") || "无"}）`,
  }),
} as const;
