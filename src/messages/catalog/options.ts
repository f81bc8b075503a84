import { codeList, codeSpan } from "../../text/codeSpan.js";
import { defineMessage, type MessageLanguage } from "../../text/defineMessage.js";
import { CHECK_MESSAGES } from "../../schema/checkMessages.js";
import { SCHEMA_MESSAGES } from "./schema.js";

/** "`path` must be …, got …": one message per kind of value wanted. */
const mustBe = (wantEn: string, wantZh: string) =>
  defineMessage<{ path: string; got: string }>({
    en: (p) => `${p.path} must be ${wantEn} (got ${p.got})`,
    zh: (p) => `${codeSpan(p.path)} 应为${wantZh}，实为 ${codeSpan(p.got)}`,
  });

/** Why a value could not be read, in each language. */
const UNREADABLE = {
  getter: { en: "a throwing getter or proxy trap", zh: "读取时出错" },
  trap: { en: "a revoked proxy or a throwing trap", zh: "代理已撤销或读取时出错" },
  proxy: { en: "a revoked proxy", zh: "代理已撤销" },
  proxyOrGetter: { en: "a revoked proxy or a throwing getter", zh: "代理已撤销或读取时出错" },
  length: { en: "a list without a length", zh: "列表没有长度" },
} as const;

/**
 * What the doors say of an argument or option that is not what the function takes: the wrong
 * kind of value, an unknown option, a value that cannot be read.
 *
 * @example
 * ```ts
 * OPTION_MESSAGES["option.notBoolean"].en({ path: "options.full", got: "1" }); // "options.full must be true or false (got 1)"
 * ```
 */
export const OPTION_MESSAGES = {
  "option.notObject": mustBe("an object", "对象"),
  "error.notIssueList": defineMessage({
    en: () => "an AwardRulesError is made from a list of issues, each with a code, a path and a message",
    zh: () => "错误应由问题列表构成，每个问题须有代码、位置和说明",
  }),
  "option.notText": mustBe("text", "文字"),
  "option.notBoolean": mustBe("true or false", "是或否（`true` 或 `false`）"),
  "option.notFunction": mustBe("a function", "函数"),
  "option.notList": mustBe("a list", "列表"),
  "option.notNumber": mustBe("a number", "数值"),
  "option.notPathKey": mustBe("a key (text) or a list position (a number)", "字段名（文字）或列表中的位置（数字）"),
  "option.notCompiled": mustBe("a compiled rulebook from loadRulebook or bundledRulebook", "由 `loadRulebook` 或 `bundledRulebook` 得到的已编译规则"),
  "option.notOneOf": defineMessage<{ path: string; allowed: string[]; got: string }>({
    en: (p) => `${p.path} must be one of ${p.allowed.join(", ")} (got ${p.got})`,
    zh: (p) => `${codeSpan(p.path)} 应为以下之一：${codeList(p.allowed)}，实为 ${codeSpan(p.got)}`,
  }),
  "option.listNotObject": defineMessage<{ path: string }>({ en: (p) => `${p.path} must be an object, not a list`, zh: (p) => `${codeSpan(p.path)} 应为对象，不能是列表` }),
  "option.notIterable": defineMessage<{ path: string; got: string }>({
    en: (p) => `${p.path} must be an iterable of records (an array, a generator, …), got ${p.got}`,
    zh: (p) => `${codeSpan(p.path)} 应为可逐条读取的记录（列表、生成器等），实为 ${codeSpan(p.got)}`,
  }),
  "option.unreadable": defineMessage<{ path: string; cause: "getter" | "trap" | "proxy" | "proxyOrGetter" | "length" }>({
    en: (p) => `${p.path} could not be read (${UNREADABLE[p.cause].en})`,
    zh: (p) => `${codeSpan(p.path)} 无法读取（${UNREADABLE[p.cause].zh}）`,
  }),
  "option.unknown": defineMessage<{ key: string; near?: string; allowed: string[] }>({
    en: (p) => `unknown option ${JSON.stringify(p.key)}${p.near === undefined ? "" : ` (did you mean ${p.near}?)`}; the options are ${p.allowed.join(", ")}`,
    zh: (p) => `未知的选项“${p.key}”${p.near === undefined ? "" : `（是否要填 ${codeSpan(p.near)}？）`}；可用的选项：${codeList(p.allowed)}`,
  }),
  "option.tooManyGroups": defineMessage<{ atLeast: number; count: number; max: number }>({
    en: (p) => `at least ${p.atLeast} of ${p.count} makes more than ${p.max} groups`,
    zh: (p) => `“${p.count} 项中至少满足 ${p.atLeast} 项”会产生超过 ${p.max} 种组合`,
  }),
  "option.unknownMessage": defineMessage<{ got: string }>({ en: (p) => `no message ${p.got} in the catalog`, zh: (p) => `消息目录中没有 ${codeSpan(p.got)}` }),
  "option.paramsMisfit": defineMessage<{ id: string }>({ en: (p) => `the params do not fit message ${p.id}`, zh: (p) => `参数与消息 ${codeSpan(p.id)} 不符` }),
  "option.rulebookWithDefaults": defineMessage({
    en: () => "mutantsOf edits a rulebook with its defaults filled in: pass a copy of loadRulebook(json).rulebook",
    zh: () => "`mutantsOf` 只修改已填入默认值的规则：请传入 `loadRulebook(json).rulebook` 的副本",
  }),
} as const;

/** The problem as the schema says it: zod's wrong type, or the date format's own words (see `isoDateProblem`). */
function problemText(p: { problem: "notText" | "notWritten" | "notReal"; received?: string }, language: MessageLanguage): string {
  if (p.problem === "notText") return SCHEMA_MESSAGES["schema.invalidType"][language]({ expected: "string", received: p.received ?? "undefined" });
  return CHECK_MESSAGES[p.problem === "notWritten" ? "format.isoDate" : "format.realDate"][language]({});
}

/**
 * What is said of a date option (an as-of date) that is not a real `YYYY-MM-DD` date: in English
 * after the option's name (and the value given), in Chinese with the text given.
 *
 * @example
 * ```ts
 * DATE_MESSAGES["option.badDate"].zh({ path: "asOf", problem: "notReal", text: "2025-02-30" }); // "不是日历上存在的日期（实为“2025-02-30”）"
 * ```
 */
export const DATE_MESSAGES = {
  "option.badDate": defineMessage<{ path: string; problem: "notText" | "notWritten" | "notReal"; received?: string; got?: string; text?: string }>({
    en: (p) => `${p.path}: ${problemText(p, "en")}${p.got === undefined ? "" : ` (got ${p.got})`}`,
    zh: (p) => `${problemText(p, "zh")}${p.text === undefined ? "" : `（实为“${p.text}”）`}`,
  }),
} as const;
