import { codeList, codeSpan } from "../text/codeSpan.js";
import { defineMessage, type Message, type MessageParams } from "../text/defineMessage.js";
import { RECORD_FIELDS } from "./recordFields.js";

/** A record field by its Chinese name, else as code. */
const fieldZh = (field: string): string => (Object.hasOwn(RECORD_FIELDS, field) ? `“${(RECORD_FIELDS[field] as { zh: string }).zh}”` : codeSpan(field));

/**
 * The messages the schemas word themselves, beyond zod's own (formats and refinements): the zod
 * schemas give their English to zod, the compiled validators and the catalog (`src/messages`)
 * render them by id, so both say the same in either language.
 *
 * @example
 * ```ts
 * CHECK_MESSAGES["format.realDate"].zh({}); // "不是日历上存在的日期"
 * ```
 */
export const CHECK_MESSAGES = {
  "format.isoDate": defineMessage({ en: () => "expected a date written YYYY-MM-DD", zh: () => "日期应写作 年-月-日（如 2025-09-01）" }),
  "format.monthDay": defineMessage({ en: () => "expected a day of the year written MM-DD", zh: () => "日子应写作 月-日（如 09-01）" }),
  "format.year": defineMessage({ en: () => "expected a four-digit year between 1900 and 2199", zh: () => "年份应为 1900 至 2199 之间的四位数" }),
  "format.documentNumber": defineMessage({ en: () => "expected a three-digit document number such as 000", zh: () => "文件编号应为三位数字，如 000" }),
  "format.id": defineMessage({ en: () => "ids use letters, digits, '.', '_' and '-'", zh: () => "编号只能由字母、数字和 . _ - 组成" }),
  "format.timeOfDay": defineMessage({ en: () => "expected a time of day written HH:MM", zh: () => "时刻应写作 时:分（如 08:30）" }),
  "format.realDate": defineMessage({ en: () => "not a real calendar date", zh: () => "不是日历上存在的日期" }),
  "format.realMonthDay": defineMessage({ en: () => "not a real day of the year", zh: () => "不是一年中存在的日子" }),
  "check.yearListedTwice": defineMessage<{ year: string }>({ en: (p) => `year ${p.year} is listed twice`, zh: (p) => `${p.year} 年列了两次` }),
  "check.knownAbsentClash": defineMessage<{ field: string; year: string; dated: boolean }>({
    en: (p) => `${p.field} is said to have had nothing in ${p.year}, but the record gives ${p.dated ? "an item dated" : "an entry for"} ${p.year}`,
    zh: (p) => `记录称${fieldZh(p.field)}在 ${p.year} 年没有任何内容，却又给出了 ${p.year} 年的${p.dated ? "条目" : "数据"}`,
  }),
  "check.conditionShape": defineMessage({
    en: () => "a condition is exactly one of: all, any, not, atLeast+of, or a leaf fact+operator+value",
    zh: () => "条件只能是以下之一：`all`、`any`、`not`、`atLeast` 加 `of`，或由 `fact`、`operator`、`value` 构成的单项条件",
  }),
  "check.atLeastWithOf": defineMessage({ en: () => "atLeast and of go together", zh: () => "`atLeast` 与 `of` 须同时给出" }),
  "check.atLeastExceeds": defineMessage<{ atLeast: number; count: number }>({
    en: (p) => `atLeast ${p.atLeast} exceeds the ${p.count} conditions in of`,
    zh: (p) => `\`atLeast\` 为 ${p.atLeast}，超过了 \`of\` 中的 ${p.count} 个条件`,
  }),
  "check.leafNeeds": defineMessage<{ part: "fact" | "operator" | "value" }>({
    en: (p) => `a leaf needs ${p.part === "operator" ? "an" : "a"} ${p.part}`,
    zh: (p) => `单项条件缺少 ${codeSpan(p.part)}`,
  }),
  "check.rulebookEmpty": defineMessage({
    en: () => "a rulebook holds at least one award, scored award or pay rule",
    zh: () => "规则文件至少应含一个奖项、评分类奖项或计酬规则",
  }),
  "check.measureRange": defineMessage<{ name: string; min: number; max: number }>({
    en: (p) => `measure ${p.name}: max ${p.max} is below min ${p.min}`,
    zh: (p) => `数据项 ${codeSpan(p.name)} 的上限 ${p.max} 小于下限 ${p.min}`,
  }),
  "check.windowOrder": defineMessage<{ name: string; from: string; to: string }>({
    en: (p) => `window ${p.name} ends (${p.to}) before it starts (${p.from})`,
    zh: (p) => `时间范围 ${codeSpan(p.name)} 的结束日期（${p.to}）早于开始日期（${p.from}）`,
  }),
  "check.effectiveOrder": defineMessage<{ from: string; to: string }>({
    en: (p) => `the policy's effective period ends (${p.to}) before it starts (${p.from})`,
    zh: (p) => `政策的有效期结束日期（${p.to}）早于开始日期（${p.from}）`,
  }),
  "check.testGivesOne": defineMessage({
    en: () => "a test gives one of: input (one record), records or recordsFile (a round), pay (a pay rule)",
    zh: () => "测试只能给出以下之一：`input`（一份记录）、`records` 或 `recordsFile`（一轮评选）、`pay`（一条计酬规则）",
  }),
  "check.roundPartsOfRound": defineMessage({
    en: () => "round and afterRound belong to a round's test (records or recordsFile)",
    zh: () => "`round` 与 `afterRound` 只用于一轮评选的测试（`records` 或 `recordsFile`）",
  }),
  "check.payExpects": defineMessage({ en: () => "a pay test expects values or an error", zh: () => "计酬测试只能预期 `values` 或错误" }),
  "check.valuesOfPay": defineMessage({ en: () => "values are expected of a pay test", zh: () => "`values` 只用于计酬测试" }),
  "check.roundExpected": defineMessage<{ keys: string[] }>({
    en: (p) => `${p.keys.join(", ")}: expected of a round, but this test has one record`,
    zh: (p) => `${codeList(p.keys)} 是对一轮评选的预期，而本测试只有一份记录`,
  }),
  "check.recordExpected": defineMessage<{ keys: string[] }>({
    en: (p) => `${p.keys.join(", ")}: expected of one record, but this test is a round`,
    zh: (p) => `${codeList(p.keys)} 是对一份记录的预期，而本测试是一轮评选`,
  }),
  "check.expectedNothing": defineMessage({ en: () => "expected names at least one thing to compare", zh: () => "`expected` 至少应列出一项要比较的结果" }),
} as const;

/**
 * The id of a message the schemas word themselves.
 *
 * @example
 * ```ts
 * const id: CheckMessageId = "format.realDate";
 * ```
 */
export type CheckMessageId = keyof typeof CHECK_MESSAGES;

/** The params of a check message. */
type CheckParams<I extends CheckMessageId> = (typeof CHECK_MESSAGES)[I] extends Message<infer P> ? P : never;

/**
 * A problem a check found: where (relative to the value checked), and its message as id and params.
 *
 * @example
 * ```ts
 * const problem: CheckProblem = { path: ["knownAbsent", "honours", 1], messageId: "check.yearListedTwice", params: { year: "2024" } };
 * ```
 */
export type CheckProblem = { [I in CheckMessageId]: { path: (string | number)[]; messageId: I; params: CheckParams<I> } }[CheckMessageId];

/**
 * A check message in English, as the zod schemas give it to zod.
 *
 * @example
 * ```ts
 * checkText({ messageId: "check.atLeastWithOf", params: {} }); // "atLeast and of go together"
 * ```
 */
export function checkText(problem: Omit<CheckProblem, "path">): string {
  return (CHECK_MESSAGES[problem.messageId] as Message<MessageParams>).en(problem.params);
}

/**
 * The id of a message the schemas give a pattern or a format refinement (no params).
 *
 * @example
 * ```ts
 * const id: FormatMessageId = "format.isoDate";
 * ```
 */
export type FormatMessageId = Extract<CheckMessageId, `format.${string}`>;

/**
 * Messages the zod schemas give a pattern in place of zod's own ("Invalid string: must match
 * pattern …"), by the pattern's source; `abort` stops the checks after it, as in zod.
 *
 * @example
 * ```ts
 * PATTERN_MESSAGES["^\\d{4}-\\d{2}-\\d{2}$"]; // { messageId: "format.isoDate", abort: true }
 * ```
 */
export const PATTERN_MESSAGES: Readonly<Record<string, { messageId: FormatMessageId; abort?: boolean }>> = Object.freeze({
  "^\\d{4}-\\d{2}-\\d{2}$": { messageId: "format.isoDate", abort: true },
  "^(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$": { messageId: "format.monthDay", abort: true },
  "^(19|20|21)\\d{2}$": { messageId: "format.year" },
  "^\\d{3}$": { messageId: "format.documentNumber" },
  "^[A-Za-z0-9_.-]+$": { messageId: "format.id" },
  "^([01]\\d|2[0-3]):[0-5]\\d$": { messageId: "format.timeOfDay" },
});

/**
 * zod's options for a pattern the schemas word (see `PATTERN_MESSAGES`): the message, and `abort`
 * where the checks stop after it.
 *
 * @example
 * ```ts
 * z.string().regex(/^\d{3}$/, patternError(/^\d{3}$/));
 * ```
 */
export function patternError(pattern: RegExp): { message: string; abort?: true } {
  const found = PATTERN_MESSAGES[pattern.source] as { messageId: FormatMessageId; abort?: boolean };
  return { message: (CHECK_MESSAGES[found.messageId] as Message<MessageParams>).en({}), ...(found.abort === true ? { abort: true } : {}) };
}

/**
 * A problem as a zod custom issue: its English message, and its id and params for the catalog to
 * render it in either language (see `fromZod`).
 *
 * @example
 * ```ts
 * ctx.addIssue(customIssue({ path: [], messageId: "check.rulebookEmpty", params: {} }));
 * ```
 */
export function customIssue(problem: CheckProblem): { code: "custom"; path: (string | number)[]; message: string; params: { messageId: CheckMessageId; params: MessageParams } } {
  return { code: "custom", path: problem.path, message: checkText(problem), params: { messageId: problem.messageId, params: problem.params } };
}

/**
 * zod's options for a refinement the schemas word with a message of no params (a real date, a real
 * day of the year): the English message, and its id for the catalog.
 *
 * @example
 * ```ts
 * z.string().refine(isRealDate, refinementError("format.realDate"));
 * ```
 */
export function refinementError(messageId: "format.realDate" | "format.realMonthDay"): { message: string; params: { messageId: CheckMessageId; params: MessageParams } } {
  return { message: CHECK_MESSAGES[messageId].en({}), params: { messageId, params: {} } };
}
