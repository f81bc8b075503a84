import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";
import { typeWord } from "./words.js";

/**
 * What the door for data passed back in (a result, a report) says of a value that is not plain
 * data or passes its engineering bounds.
 *
 * @example
 * ```ts
 * PLAIN_DATA_MESSAGES["plain.notPlainObject"].en({ path: "result" }); // "result is not a plain object"
 * ```
 */
export const PLAIN_DATA_MESSAGES = {
  "plain.tooManyValues": defineMessage<{ path: string; max: number }>({
    en: (p) => `${p.path} holds more than ${p.max} values`,
    zh: (p) => `${codeSpan(p.path)} 含有超过 ${p.max} 个值`,
  }),
  "plain.tooDeep": defineMessage<{ path: string; max: number }>({
    en: (p) => `${p.path} is nested deeper than ${p.max} levels (or holds a cycle)`,
    zh: (p) => `${codeSpan(p.path)} 嵌套超过 ${p.max} 层（或含有循环引用）`,
  }),
  "plain.textTooLong": defineMessage<{ path: string; max: number }>({
    en: (p) => `${p.path} is text longer than ${p.max} characters`,
    zh: (p) => `${codeSpan(p.path)} 的文字超过 ${p.max} 个字符`,
  }),
  "plain.notPlainData": defineMessage<{ path: string; type: string }>({
    en: (p) => `${p.path} holds a ${p.type}, which is not plain data`,
    zh: (p) => `${codeSpan(p.path)} 含有${typeWord(p.type)}，不是普通数据`,
  }),
  "plain.notPlainObject": defineMessage<{ path: string }>({ en: (p) => `${p.path} is not a plain object`, zh: (p) => `${codeSpan(p.path)} 不是普通对象` }),
} as const;
