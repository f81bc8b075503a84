import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";

/** A label in both languages, as a rule file gives it. */
type Label = { zh: string; en: string };

/**
 * The words of an explanation (`explain`): its headings, what the next level needs and when a
 * blocking record leaves its window, the categories not applied for; and what a failing
 * appraisal pattern lacked (said after the ratings it read).
 *
 * @example
 * ```ts
 * EXPLAIN_MESSAGES["explain.clears"].zh({ date: "2027-01-10" }); // "自 2027-01-10 起该记录移出期限，不再构成阻碍"
 * ```
 */
export const EXPLAIN_MESSAGES = {
  "explain.outcome": defineMessage({ en: () => "Outcome", zh: () => "结论" }),
  "explain.revision": defineMessage<{ rulebook: string; version: string; from?: string; to?: string }>({
    en: (p) => `Rule file: ${p.rulebook}, version ${p.version}${p.from === undefined ? "" : `, in effect from ${p.from}`}${p.to === undefined ? "" : ` to ${p.to}`}`,
    zh: (p) => `规则：${codeSpan(p.rulebook)}，版本 ${codeSpan(p.version)}${p.from === undefined ? "" : `，${p.from} 起施行`}${p.to === undefined ? "" : `，至 ${p.to} 止`}`,
  }),
  "explain.outsidePeriod": defineMessage<{ side: "before" | "after"; asOf: string; date: string }>({
    en: (p) =>
      `Note: the as-of date ${p.asOf} is ${p.side === "before" ? `before the policy took effect (${p.date})` : `after the policy ceased (${p.date})`}; the result follows this rule file all the same`,
    zh: (p) => `注意：评定日期 ${p.asOf} ${p.side === "before" ? `早于政策施行日期（${p.date}）` : `晚于政策截止日期（${p.date}）`}，结论仍按本规则文件得出`,
  }),
  "explain.refusal": defineMessage({ en: () => "Refused because", zh: () => "不予受理原因" }),
  "explain.requirements": defineMessage({ en: () => "Requirements", zh: () => "申报要求" }),
  "explain.missing": defineMessage({ en: () => "Still needed", zh: () => "尚缺" }),
  "explain.none": defineMessage({ en: () => "none", zh: () => "无" }),
  "explain.decisive": defineMessage({ en: () => "Decisive", zh: () => "决定因素" }),
  "explain.nextLevel": defineMessage<{ level: Label }>({
    en: (p) => `To reach ${p.level.en}, any one of these sets`,
    zh: (p) => `达到${p.level.zh}尚需满足以下任一组条件`,
  }),
  "explain.moreSets": defineMessage<{ shown: number }>({
    en: (p) => `(more sets exist; the ${p.shown} smallest are shown)`,
    zh: (p) => `（另有其他组合，此处仅列出最小的 ${p.shown} 组）`,
  }),
  "explain.clears": defineMessage<{ date: string }>({
    en: (p) => `the blocking record leaves its window on ${p.date}`,
    zh: (p) => `自 ${p.date} 起该记录移出期限，不再构成阻碍`,
  }),
  "explain.notKnown": defineMessage<{ missing: string }>({
    en: (p) => `not yet known: needs ${p.missing}`,
    zh: (p) => `尚不确定，缺${p.missing}`,
  }),
  "explain.notApplied": defineMessage({ en: () => "Categories not applied for", zh: () => "未申报的类别" }),
  "explain.notOpen": defineMessage({ en: () => "Categories not open to this person", zh: () => "不符合申报对象的类别" }),
  "pattern.latestNot": defineMessage<{ year: number; rating: Label; got: Label | null }>({
    en: (p) => `needs ${p.rating.en} in ${p.year}, got ${p.got === null ? "no appraisal" : p.got.en}`,
    zh: (p) => `需要 ${p.year} 年度考核为${p.rating.zh}，实为${p.got === null ? "无考核结果" : p.got.zh}`,
  }),
  "pattern.tooFew": defineMessage<{ rating: Label; need: number; got: number; years: number[] }>({
    en: (p) => `needs ${p.rating.en} ${p.need} time(s), got ${p.got}${p.years.length > 0 ? ` (${p.years.join(", ")})` : ""}`,
    zh: (p) => `须有 ${p.need} 次${p.rating.zh}，实有 ${p.got} 次${p.years.length > 0 ? `（${p.years.join("、")}）` : ""}`,
  }),
  "pattern.below": defineMessage<{ year: number; got: Label; floor: Label }>({
    en: (p) => `${p.year} rated ${p.got.en}, below ${p.floor.en}`,
    zh: (p) => `${p.year} 年度考核为${p.got.zh}，低于${p.floor.zh}`,
  }),
} as const;
