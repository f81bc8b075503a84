import { codeList, codeSpan } from "../../text/codeSpan.js";
import { defineMessage, type JsonParam } from "../../text/defineMessage.js";
import { typeWord, valuesEn, valuesZh } from "./words.js";

/** The kinds of value a size is checked on, as zod names them. */
type Origin = "string" | "array" | "number" | "int" | "unknown";

/** zod's words for a size: `Too small: expected string to have >=1 characters`. */
function sizeEn(head: string, origin: Origin, relation: string, bound: number): string {
  if (origin === "string") return `${head}: expected string to have ${relation}${bound} characters`;
  if (origin === "array") return `${head}: expected array to have ${relation}${bound} items`;
  return `${head}: expected ${origin} to be ${relation}${bound}`;
}

/** The same in Chinese: a text's characters, a list's items, else the value itself. */
function sizeZh(small: boolean, origin: Origin, inclusive: boolean, bound: number): string {
  if (origin === "string") return `文字${small ? "至少" : "至多"} ${bound} 个字符`;
  if (origin === "array") return `列表${small ? "至少" : "至多"} ${bound} 项`;
  const relation = small ? (inclusive ? "不小于" : "大于") : inclusive ? "不大于" : "小于";
  return `${origin === "unknown" ? "长度" : typeWord(origin)}应${relation} ${bound}`;
}

/**
 * The schema's issues in zod's own English, word for word (the compiled validators and zod say the
 * same), from the structured fields zod gives them; in Chinese for a person who does not program.
 *
 * @example
 * ```ts
 * SCHEMA_MESSAGES["schema.invalidType"].en({ expected: "string", received: "number" }); // "Invalid input: expected string, received number"
 * ```
 */
export const SCHEMA_MESSAGES = {
  "schema.invalidType": defineMessage<{ expected: string; received: string }>({
    en: (p) => `Invalid input: expected ${p.expected}, received ${p.received}`,
    zh: (p) => `应为${typeWord(p.expected)}，实为${typeWord(p.received)}`,
  }),
  "schema.invalidValue": defineMessage<{ values: JsonParam[]; given?: string; meant?: string }>({
    en: (p) =>
      `${p.values.length === 1 ? `Invalid input: expected ${JSON.stringify(p.values[0])}` : `Invalid option: expected one of ${valuesEn(p.values)}`}${
        p.meant === undefined ? "" : ` (did you mean ${JSON.stringify(p.meant)}?)`
      }`,
    zh: (p) => `${p.values.length === 1 ? "应为 " : "应为以下之一："}${valuesZh(p.values)}${p.meant === undefined ? "" : `；“${p.given}”应填写为 ${codeSpan(p.meant)}`}`,
  }),
  "schema.tooSmall": defineMessage<{ origin: "string" | "array" | "number" | "int" | "unknown"; inclusive: boolean; minimum: number }>({
    en: (p) => sizeEn("Too small", p.origin, p.inclusive ? ">=" : ">", p.minimum),
    zh: (p) => sizeZh(true, p.origin, p.inclusive, p.minimum),
  }),
  "schema.tooBig": defineMessage<{ origin: "string" | "array" | "number" | "int" | "unknown"; inclusive: boolean; maximum: number }>({
    en: (p) => sizeEn("Too big", p.origin, p.inclusive ? "<=" : "<", p.maximum),
    zh: (p) => sizeZh(false, p.origin, p.inclusive, p.maximum),
  }),
  "schema.unrecognizedKeys": defineMessage<{ keys: string[] }>({
    en: (p) => `Unrecognized key${p.keys.length > 1 ? "s" : ""}: ${p.keys.map((key) => JSON.stringify(key)).join(", ")}`,
    zh: (p) => `不认识的字段：${codeList(p.keys)}`,
  }),
  "schema.pattern": defineMessage<{ pattern: string }>({
    en: (p) => `Invalid string: must match pattern ${p.pattern}`,
    zh: (p) => `文字格式不符合 ${codeSpan(p.pattern)}`,
  }),
  "schema.multipleOf": defineMessage<{ divisor: number }>({
    en: (p) => `Invalid number: must be a multiple of ${p.divisor}`,
    zh: (p) => `数值应为 ${p.divisor} 的整数倍`,
  }),
  "schema.invalidKey": defineMessage({ en: () => "Invalid key in record", zh: () => "字段名不符合要求" }),
  "schema.invalidUnion": defineMessage({ en: () => "Invalid input", zh: () => "不符合任何一种允许的写法" }),
  "schema.invalidDiscriminator": defineMessage<{ options: JsonParam[] }>({
    en: (p) => `Invalid discriminator value. Expected ${p.options.map((option) => `'${String(option)}'`).join(" | ")}`,
    zh: (p) => `应为以下之一：${valuesZh(p.options)}`,
  }),
  "schema.other": defineMessage<{ text: string }>({ en: (p) => p.text, zh: (p) => `不符合格式要求（${p.text}）` }),
} as const;
