import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";
import { typeWord } from "./words.js";

/**
 * What an input is refused for before any schema reads it (see `readInput` and the guard of the
 * compiled validators): engineering bounds, keys and values JSON cannot hold, what cannot be read.
 *
 * @example
 * ```ts
 * INPUT_MESSAGES["input.tooDeep"].zh({ max: 12 }); // "嵌套超过 12 层"
 * ```
 */
export const INPUT_MESSAGES = {
  "input.tooDeep": defineMessage<{ max: number }>({ en: (p) => `nested deeper than ${p.max} levels`, zh: (p) => `嵌套超过 ${p.max} 层` }),
  "input.stringTooLong": defineMessage<{ max: number }>({ en: (p) => `a string longer than ${p.max} characters`, zh: (p) => `文字超过 ${p.max} 个字符` }),
  "input.listTooLong": defineMessage<{ length: number; max: number }>({
    en: (p) => `a list of ${p.length} items, more than ${p.max}`,
    zh: (p) => `列表有 ${p.length} 项，超过 ${p.max} 项`,
  }),
  "input.forbiddenKey": defineMessage<{ key: string }>({ en: (p) => `key ${p.key} is not allowed`, zh: (p) => `不允许使用字段名 ${codeSpan(p.key)}` }),
  "input.tooManyValues": defineMessage<{ max: number }>({ en: (p) => `more than ${p.max} values: input too large`, zh: (p) => `输入过大：超过 ${p.max} 个值` }),
  "input.notJson": defineMessage<{ type: string }>({ en: (p) => `a ${p.type} is not a JSON value`, zh: (p) => `${typeWord(p.type)}不是 \`JSON\` 值` }),
  "input.symbolKey": defineMessage({ en: () => "a key that is a symbol is not JSON", zh: () => "字段名是符号，不是 `JSON`" }),
  "input.unreadable": defineMessage({ en: () => "could not be read (a revoked proxy or a throwing trap)", zh: () => "无法读取（代理已撤销或读取时出错）" }),
  "input.unreadableGetter": defineMessage({ en: () => "could not be read (a throwing getter or trap)", zh: () => "无法读取（读取时出错）" }),
  "input.notPlainObject": defineMessage({ en: () => "not a plain object", zh: () => "不是普通对象" }),
  "input.tooLargeToRead": defineMessage({ en: () => "input too large or too deeply nested to read", zh: () => "输入过大或嵌套过深，无法读取" }),
} as const;

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
