import { defineMessage } from "../../text/defineMessage.js";
import type { Pair } from "./words.js";

/** The organisations a document lists as taking part, by kind (an unknown kind is said as written). */
const KINDS: Readonly<Record<string, Pair>> = {
  department: { zh: "参评科室", en: "departments that take part" },
  team: { zh: "参评班组", en: "teams that take part" },
  serviceUnit: { zh: "参与单位", en: "units that take part" },
};
/** The record field naming the organisation a record belongs to. */
const FIELDS: Readonly<Record<string, Pair>> = {
  id: { zh: "记录编号", en: "record id" },
  department: { zh: "所在部门", en: "department" },
  team: { zh: "所在班组", en: "team" },
};
const wordOf = (table: Readonly<Record<string, Pair>>, key: string): Pair => (Object.hasOwn(table, key) ? (table[key] as Pair) : { zh: key, en: key });
const lowerFirst = (text: string): string => (text.length > 0 ? text[0]!.toLowerCase() + text.slice(1) : text);

/**
 * What is said of one record's evaluation: the summary of its outcome (qualified, refused,
 * pending, not qualified, did not apply), a refusal for being outside the organisations taking
 * part, and how a missing score reads.
 *
 * @example
 * ```ts
 * OUTCOME_MESSAGES["outcome.notQualified"].zh({ award: { zh: "优质服务示范岗", en: "quality service model post" } }); // "不符合优质服务示范岗任何等级的条件。"
 * ```
 */
export const OUTCOME_MESSAGES = {
  "outcome.qualified": defineMessage<{ category: Pair | null; level: Pair | null; reward: { value: number; unit: string } | null; rewardZh: string | null }>({
    en: (p) => `Qualifies for ${p.level?.en ?? ""}, ${p.category?.en ?? ""}${p.reward ? `; reward ${p.reward.value} ${p.reward.unit}` : ""}.`,
    zh: (p) => `符合${p.category?.zh ?? ""}${p.level?.zh ?? ""}条件${p.reward ? `，奖励${p.rewardZh ?? ""}` : ""}。`,
  }),
  "outcome.refused": defineMessage<{ reasons: Pair[] }>({
    en: (p) => `Application refused: ${p.reasons.map((reason) => reason.en).join("; ")}`,
    zh: (p) => `申报不予受理：${p.reasons.map((reason) => reason.zh).join("；")}`,
  }),
  "outcome.pending": defineMessage<{ missing: string[]; missingWords: Pair }>({
    en: (p) => `Pending review: still missing ${p.missingWords.en || "review input"}.`,
    zh: (p) => `待审核：尚缺${p.missingWords.zh || "审核信息"}。`,
  }),
  "outcome.notQualified": defineMessage<{ award: Pair }>({
    en: (p) => `Does not qualify for any level of the ${p.award.en}.`,
    zh: (p) => `不符合${p.award.zh}任何等级的条件。`,
  }),
  "outcome.notApplied": defineMessage<{ award: Pair; citation: string | null; ifApplied: Pair }>({
    en: (p) => `Did not apply for the ${p.award.en}, so does not compete${p.citation === null ? "" : ` (${p.citation})`}; if they applied: ${lowerFirst(p.ifApplied.en)}`,
    zh: (p) => `未申报${p.award.zh}，不参与评选${p.citation === null ? "" : ` (${p.citation})`}；如申报：${p.ifApplied.zh}`,
  }),
  "participants.outside": defineMessage<{ field: string; value: string | null; kind: string; citation: string }>({
    en: (p) =>
      `${wordOf(FIELDS, p.field).en} ${p.value === null ? "not given" : JSON.stringify(p.value)} is not among the ${wordOf(KINDS, p.kind).en} the document lists, so it does not compete (${p.citation})`,
    zh: (p) => `${wordOf(FIELDS, p.field).zh}${p.value === null ? "未填写" : `“${p.value}”`}不在文件所列${wordOf(KINDS, p.kind).zh}之内，不参加评选 (${p.citation})`,
  }),
  "missing.scoreTotal": defineMessage({ en: () => "total score", zh: () => "评分总分" }),
  "missing.scoreOf": defineMessage<{ label: Pair }>({ en: (p) => `score: ${p.label.en}`, zh: (p) => `评分：${p.label.zh}` }),
  "missing.scorePart": defineMessage<{ key: string; part: "items" | "components" }>({
    en: (p) => `score of ${p.part === "items" ? "item" : "component"} ${p.key}`,
    zh: (p) => `评分第 ${p.key} ${p.part === "items" ? "项" : "部分"}`,
  }),
} as const;
