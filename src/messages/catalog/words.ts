import { codeSpan } from "../../text/codeSpan.js";
import type { JsonParam } from "../../text/defineMessage.js";

/** The Chinese word for each type zod names (the rest are shown as code). */
const TYPES: Readonly<Record<string, string>> = {
  string: "文字",
  number: "数值",
  int: "整数",
  boolean: "是或否（`true` 或 `false`）",
  object: "对象（花括号 {…}）",
  record: "对象（花括号 {…}）",
  array: "列表（方括号 […]）",
  null: "空值",
  undefined: "未填写",
  NaN: "非数值",
  Infinity: "无穷大",
  bigint: "大整数",
  function: "函数",
  symbol: "符号",
};

/**
 * A type as zod names it (`string`, `array`, `NaN`…), said in Chinese for a person who does not
 * program; an unknown name as code.
 *
 * @example
 * ```ts
 * typeWord("array"); // "列表（方括号 […]）"
 * ```
 */
export function typeWord(name: string): string {
  return Object.hasOwn(TYPES, name) ? (TYPES[name] as string) : codeSpan(name);
}

/**
 * JSON values as a Chinese message lists them: each as code (a string without its quotes),
 * joined with 、.
 *
 * @example
 * ```ts
 * valuesZh(["excellent", 2]); // "`excellent`、`2`"
 * ```
 */
export function valuesZh(values: readonly JsonParam[]): string {
  return values.map((value) => codeSpan(typeof value === "string" ? value : JSON.stringify(value))).join("、");
}

/**
 * JSON values as zod lists them in English: each as JSON, joined with `|`.
 *
 * @example
 * ```ts
 * valuesEn(["a", "b"]); // '"a"|"b"'
 * ```
 */
export function valuesEn(values: readonly JsonParam[]): string {
  return values.map((value) => JSON.stringify(value)).join("|");
}

/**
 * JSON values as an English message lists them: each as JSON, joined with commas.
 *
 * @example
 * ```ts
 * jsonList(["a", 2]); // '"a", 2'
 * ```
 */
export function jsonList(values: readonly JsonParam[]): string {
  return values.map((value) => JSON.stringify(value)).join(", ");
}

/**
 * A value a rule file gave, as JSON (`undefined` when none was given).
 *
 * @example
 * ```ts
 * jsonText("x"); // '"x"'
 * jsonText(undefined); // "undefined"
 * ```
 */
export function jsonText(value: JsonParam | undefined): string {
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/**
 * A value a rule file gave, as code in a Chinese message (text without its quotes).
 *
 * @example
 * ```ts
 * valueZh("gold"); // "`gold`"
 * ```
 */
export function valueZh(value: JsonParam | undefined): string {
  return codeSpan(typeof value === "string" ? value : jsonText(value));
}

/**
 * A text in Chinese and English as a message's param: a label of the rule file, or a phrase
 * already worded in both languages.
 *
 * @example
 * ```ts
 * const label: Pair = { zh: "一级示范岗", en: "level-1 model post" };
 * ```
 */
export type Pair = { readonly zh: string; readonly en: string };

/**
 * A position in English: 1st, 2nd, 3rd, 4th… (11th to 13th with th).
 *
 * @example
 * ```ts
 * ordinalEn(22); // "22nd"
 * ```
 */
export function ordinalEn(position: number): string {
  const tens = position % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][position % 10] ?? "th");
  return `${position}${suffix}`;
}
