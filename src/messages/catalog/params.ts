import { codeList, codeSpan } from "../../text/codeSpan.js";
import { defineMessage, type JsonParam } from "../../text/defineMessage.js";
import { jsonList, jsonText, valueZh, valuesZh } from "./words.js";

/**
 * What the compiler says of a leaf's `params`: an unknown window or param, a `where` filter on a
 * field the items lack, a value or bound the field cannot hold.
 *
 * @example
 * ```ts
 * PARAMS_MESSAGES["params.unknownWindow"].zh({ window: "fourYears" }); // "未定义的时间范围 `fourYears`"
 * ```
 */
export const PARAMS_MESSAGES = {
  "params.unknownWindow": defineMessage<{ window?: JsonParam }>({ en: (p) => `unknown window ${jsonText(p.window)}`, zh: (p) => `未定义的时间范围 ${valueZh(p.window)}` }),
  "params.itemNotText": defineMessage({ en: () => "item must be a non-empty string", zh: () => "`item` 必须是非空文字" }),
  "params.whereNotObject": defineMessage({ en: () => "where must be an object", zh: () => "`where` 必须是对象" }),
  "params.unknownParam": defineMessage<{ name: string }>({
    en: (p) => `unknown param ${p.name} (expected window, where or item)`,
    zh: (p) => `未知的参数 ${codeSpan(p.name)}（应为 \`window\`、\`where\` 或 \`item\`）`,
  }),
  "params.forbiddenField": defineMessage<{ field: string }>({ en: (p) => `field name ${p.field} is not allowed`, zh: (p) => `不允许使用字段名 ${codeSpan(p.field)}` }),
  "params.noSuchField": defineMessage<{ list: string; field: string; fields: string[]; nearest: string }>({
    en: (p) => `the items of ${p.list} have no field ${JSON.stringify(p.field)} (they have ${p.fields.join(", ")}; nearest: ${p.nearest})`,
    zh: (p) => `${codeSpan(p.list)} 的条目没有字段 ${codeSpan(p.field)}（可用：${codeList(p.fields)}；最接近的：${codeSpan(p.nearest)}）`,
  }),
  "params.notAValue": defineMessage<{ value: JsonParam; field: string; list: string; allowed: JsonParam[] }>({
    en: (p) => `${JSON.stringify(p.value)} is not a value of ${p.field} on ${p.list} (its values: ${jsonList(p.allowed)})`,
    zh: (p) => `${valueZh(p.value)} 不是 ${codeSpan(`${p.list}.${p.field}`)} 的取值（可用：${valuesZh(p.allowed)}）`,
  }),
  "params.fieldTestShape": defineMessage({
    en: () => "a field test is a value or an object with in, atLeast or atMost",
    zh: () => "字段条件应为一个值，或含 `in`、`atLeast` 或 `atMost` 的对象",
  }),
  "params.boundShape": defineMessage({
    en: () => "expected { in: [...] }, { atLeast, scale? } or { atMost, scale? }",
    zh: () => "应为 `{ in: [...] }`、`{ atLeast, scale? }` 或 `{ atMost, scale? }`",
  }),
  "params.unknownScale": defineMessage<{ scale: string }>({ en: (p) => `unknown scale ${p.scale}`, zh: (p) => `未定义的等级量表 ${codeSpan(p.scale)}` }),
  "params.notOnScale": defineMessage<{ value?: JsonParam; scale: string; values: string[] }>({
    en: (p) => `${jsonText(p.value)} is not on scale ${p.scale} (its values: ${jsonList(p.values)})`,
    zh: (p) => `${valueZh(p.value)} 不在等级量表 ${codeSpan(p.scale)} 中（可用：${codeList(p.values)}）`,
  }),
  "params.scaleMissesValues": defineMessage<{ scale: string; missing: JsonParam[]; field: string; list: string; values: string[] }>({
    en: (p) => `scale ${p.scale} does not rank ${jsonList(p.missing)}, which ${p.field} on ${p.list} may hold (the scale has ${jsonList(p.values)})`,
    zh: (p) => `等级量表 ${codeSpan(p.scale)} 没有给 ${valuesZh(p.missing)} 排序，而 ${codeSpan(`${p.list}.${p.field}`)} 可能出现这些值（量表中有：${codeList(p.values)}）`,
  }),
  "params.boundNotNumber": defineMessage({ en: () => "a bound without a scale must be a number", zh: () => "没有等级量表时，界限必须是数值" }),
} as const;
