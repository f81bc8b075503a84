import { codeList, codeSpan } from "../../text/codeSpan.js";
import { defineMessage, type JsonParam } from "../../text/defineMessage.js";
import { jsonText, valueZh } from "./words.js";

/**
 * What is said of a rule file's windows, award calendars, scored awards and pay rules that fit the
 * schema but cannot be compiled or used.
 *
 * @example
 * ```ts
 * RULEBOOK_MESSAGES["calendar.none"].zh({ award: "model-post" }); // "奖项 `model-post` 没有日程"
 * ```
 */
export const RULEBOOK_MESSAGES = {
  "window.years": defineMessage<{ max: number; got: string }>({
    en: (p) => `years must be a whole number from 1 to ${p.max} (got ${p.got})`,
    zh: (p) => `\`years\` 应为 1 至 ${p.max} 之间的整数，实为 ${codeSpan(p.got)}`,
  }),
  "window.startsOn": defineMessage({ en: () => "startsOn must be a real day of the year written MM-DD", zh: () => "`startsOn` 应为一年中存在的日子，写作 月-日（如 09-01）" }),
  "window.date": defineMessage<{ field: "from" | "to" }>({
    en: (p) => `${p.field} must be a real date written YYYY-MM-DD`,
    zh: (p) => `${codeSpan(p.field)} 应为日历上存在的日期，写作 年-月-日（如 2025-09-01）`,
  }),
  "window.order": defineMessage<{ from: string; to: string }>({
    en: (p) => `the window ends (${p.to}) before it starts (${p.from})`,
    zh: (p) => `时间范围的结束日期（${p.to}）早于开始日期（${p.from}）`,
  }),
  "window.unknownKind": defineMessage<{ kind?: JsonParam }>({
    en: (p) => `unknown window kind ${p.kind === undefined ? "(none)" : jsonText(p.kind)}`,
    zh: (p) => (p.kind === undefined ? "未指明时间范围的类型（`kind`）" : `未知的时间范围类型 ${valueZh(p.kind)}`),
  }),
  "calendar.none": defineMessage<{ award: string }>({ en: (p) => `award ${p.award} has no calendar`, zh: (p) => `奖项 ${codeSpan(p.award)} 没有日程` }),
  "option.badYear": defineMessage<{ got: string }>({
    en: (p) => `year must be a whole number from 1900 to 2199, got ${p.got}`,
    zh: (p) => `年份须为 1900 至 2199 之间的整数，实为 ${codeSpan(p.got)}`,
  }),
  "scored.bonusNotDated": defineMessage<{ fact: string }>({
    en: (p) => `a per-unit bonus counts a dated list; ${p.fact} is not one`,
    zh: (p) => `按件计分的附加分须基于带日期的条目列表，而 ${codeSpan(p.fact)} 不是`,
  }),
  "scored.bandOrder": defineMessage<{ grade: string; above: string }>({
    en: (p) => `bands run from the best grade down: ${p.grade} starts at or above ${p.above}`,
    zh: (p) => `分数段应从最高等次往下排列：${codeSpan(p.grade)} 的起点不低于 ${codeSpan(p.above)}`,
  }),
  "scored.unknownGrade": defineMessage<{ grade: string; grades: string[] }>({
    en: (p) => `grade ${p.grade} is not one of the award's bands (${p.grades.join(", ") || "none"})`,
    zh: (p) => `等次 ${codeSpan(p.grade)} 不在该奖项的分数段中（可用：${codeList(p.grades, "无")}）`,
  }),
  "scored.consequenceShape": defineMessage({
    en: () => "a consequence follows from grades or from a condition (when), one of the two",
    zh: () => "后果应由等次（`grades`）或条件（`when`）引起，二者只能取其一",
  }),
  "scored.itemTwice": defineMessage<{ id: string }>({ en: (p) => `item id ${p.id} is used twice`, zh: (p) => `评分项编号 ${codeSpan(p.id)} 用了两次` }),
  "scored.weights": defineMessage<{ sum: number }>({ en: (p) => `component weights add up to ${p.sum}, not 1`, zh: (p) => `各构成部分的权重之和为 ${p.sum}，不是 1` }),
  "pay.nameTwice": defineMessage<{ name: string }>({ en: (p) => `the name ${p.name} is used twice`, zh: (p) => `名称 ${codeSpan(p.name)} 用了两次` }),
  "pay.badBound": defineMessage<{ bound: string; rule: string }>({
    en: (p) => `bound ${JSON.stringify(p.bound)} is not a constant or another number input of ${p.rule}`,
    zh: (p) => `界限 ${codeSpan(p.bound)} 不是计酬规则 ${codeSpan(p.rule)} 的常数或其他数值输入`,
  }),
  "pay.listNeedsSum": defineMessage<{ name: string }>({
    en: (p) => `${p.name} is a list: add it up with { "op": "sum", "args": ["${p.name}"] }`,
    zh: (p) => `${codeSpan(p.name)} 是列表：请用 ${codeSpan(`{ "op": "sum", "args": ["${p.name}"] }`)} 求和`,
  }),
  "pay.unknownName": defineMessage<{ name: string }>({ en: (p) => `unknown name ${JSON.stringify(p.name)}`, zh: (p) => `未定义的名称 ${codeSpan(p.name)}` }),
  "pay.sumArgs": defineMessage({ en: () => "sum takes one list input", zh: () => "`sum` 只接受一个列表输入" }),
  "pay.fewArgs": defineMessage<{ op: string }>({ en: (p) => `${p.op} takes at least two arguments`, zh: (p) => `${codeSpan(p.op)} 至少需要两个参数` }),
} as const;
