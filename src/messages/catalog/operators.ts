import { codeList, codeSpan } from "../../text/codeSpan.js";
import { defineMessage, type JsonParam } from "../../text/defineMessage.js";
import { jsonList, jsonText, valueZh } from "./words.js";

/**
 * What the compiler says of a condition's value that its operator cannot take: a number, a list,
 * a count, an appraisal pattern or a calendar window of the wrong shape.
 *
 * @example
 * ```ts
 * OPERATOR_MESSAGES["operator.notCount"].en({}); // "a count is a whole number ≥ 0"
 * ```
 */
export const OPERATOR_MESSAGES = {
  "operator.notNumber": defineMessage({ en: () => "this operator compares with a number", zh: () => "此比较方式的取值应为数值" }),
  "operator.notList": defineMessage({ en: () => "this operator takes a list as its value", zh: () => "此比较方式的取值应为列表" }),
  "operator.notCount": defineMessage({ en: () => "a count is a whole number ≥ 0", zh: () => "次数应为不小于 0 的整数" }),
  "operator.unknownCalendarWindow": defineMessage<{ window?: JsonParam; windows: string[] }>({
    en: (p) => `unknown calendar window ${jsonText(p.window)} (${p.windows.join(", ") || "the award has no calendar"})`,
    zh: (p) => `未定义的日程时间范围 ${valueZh(p.window)}（可用：${codeList(p.windows, "该奖项没有日程")}）`,
  }),
  "pattern.shape": defineMessage({
    en: () => "appraisalPattern takes { scale, rating, minTimes, includingLatestYear?, othersAtLeast }",
    zh: () => "年度考核条件（`appraisalPattern`）应为 `{ scale, rating, minTimes, includingLatestYear?, othersAtLeast }`",
  }),
  "pattern.unknownKey": defineMessage<{ key: string }>({
    en: (p) => `unknown key ${p.key} in appraisalPattern`,
    zh: (p) => `年度考核条件（\`appraisalPattern\`）中有未知的键 ${codeSpan(p.key)}`,
  }),
  "pattern.unknownScale": defineMessage<{ scale?: JsonParam; scales: string[] }>({
    en: (p) => `appraisalPattern needs a known scale, got ${jsonText(p.scale)} (the rulebook's scales: ${p.scales.join(", ") || "none"})`,
    zh: (p) => `年度考核条件需要规则中已定义的等级量表，实为 ${valueZh(p.scale)}（规则中的量表：${codeList(p.scales, "无")}）`,
  }),
  "pattern.notOnScale": defineMessage<{ which: "rating" | "othersAtLeast"; value?: JsonParam; scale: string; values: string[] }>({
    en: (p) => `${p.which} ${jsonText(p.value)} is not on scale ${p.scale} (its values: ${jsonList(p.values)})`,
    zh: (p) => `${p.which === "rating" ? "考核等次" : "其余年度的最低等次"} ${valueZh(p.value)} 不在等级量表 ${codeSpan(p.scale)} 中（可用：${codeList(p.values)}）`,
  }),
  "pattern.scaleMissesRatings": defineMessage<{ scale: string; missing: string[]; values: string[] }>({
    en: (p) => `scale ${p.scale} does not rank ${jsonList(p.missing)}, which annual appraisals may hold (the scale has ${jsonList(p.values)}): add them with their ranks`,
    zh: (p) => `等级量表 ${codeSpan(p.scale)} 没有给 ${codeList(p.missing)} 排序，而年度考核可能出现这些等次`,
  }),
  "pattern.minTimes": defineMessage({ en: () => "minTimes is a whole number ≥ 1", zh: () => "`minTimes` 应为不小于 1 的整数" }),
  "pattern.includingLatestYear": defineMessage({ en: () => "includingLatestYear is true or false", zh: () => "`includingLatestYear` 应为 `true` 或 `false`" }),
} as const;
