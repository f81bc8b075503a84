import { codeList, codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";

/** A pay rule's input: its name and label. */
type Input = { name: string; label: { zh: string; en: string } };

/** A bound of an input's range: a number, or the name of a constant or input with its value. */
type Bound = { bound: number | string | null; value?: number };

/** A bound in English: `10`, `headcount = 12`, or `−∞` / `∞` for none. */
const boundEn = (p: Bound, none: string): string => (p.bound === null ? none : `${p.bound}${typeof p.bound === "string" ? ` = ${p.value}` : ""}`);

/** A bound in Chinese: the number, and the name it comes from. */
const boundZh = (p: Bound): string => (typeof p.bound === "string" ? `${p.value}（即 ${codeSpan(p.bound)}）` : String(p.bound));

/** The range in Chinese: at least, at most, or from one to the other. */
function rangeZh(min: Bound, max: Bound): string {
  if (min.bound === null) return `应不大于 ${boundZh(max)}`;
  if (max.bound === null) return `应不小于 ${boundZh(min)}`;
  return `应在 ${boundZh(min)} 至 ${boundZh(max)} 之间`;
}

/**
 * What is said of a pay rule's inputs and its computation: an unknown rule or input, an input of the
 * wrong kind or out of its range, a record outside whom the rule covers, a division by zero.
 *
 * @example
 * ```ts
 * PAY_MESSAGES["pay.divisionByZero"].zh({ formula: "perHead" }); // "计算 `perHead` 时除数为零"
 * ```
 */
export const PAY_MESSAGES = {
  "pay.unknownRule": defineMessage<{ got: string; rulebook: string; rules: string[] }>({
    en: (p) => `no pay rule ${p.got} in rulebook ${p.rulebook} (has ${p.rules.join(", ") || "none"})`,
    zh: (p) => `规则 ${codeSpan(p.rulebook)} 中没有计酬规则 ${codeSpan(p.got)}（可用：${codeList(p.rules, "无")}）`,
  }),
  "pay.unknownInput": defineMessage<{ rule: string; name: string; inputs: string[] }>({
    en: (p) => `pay rule ${p.rule} takes no input ${p.name} (it takes ${p.inputs.join(", ")})`,
    zh: (p) => `计酬规则 ${codeSpan(p.rule)} 没有输入项 ${codeSpan(p.name)}（可用：${codeList(p.inputs, "无")}）`,
  }),
  "pay.notList": defineMessage<Input>({
    en: (p) => `${p.label.en} (${p.name}) must be a list of finite numbers, one per event ([] for none)`,
    zh: (p) => `“${p.label.zh}”（${codeSpan(p.name)}）应为数值的列表，每次一个（没有则为 \`[]\`）`,
  }),
  "pay.notNumber": defineMessage<Input>({
    en: (p) => `${p.label.en} (${p.name}) must be a finite number`,
    zh: (p) => `“${p.label.zh}”（${codeSpan(p.name)}）应为数值`,
  }),
  "pay.notWhole": defineMessage<Input & { got: number }>({
    en: (p) => `${p.label.en} (${p.name}) must be a whole number, got ${p.got}`,
    zh: (p) => `“${p.label.zh}”（${codeSpan(p.name)}）应为整数，实为 ${p.got}`,
  }),
  "pay.outOfRange": defineMessage<Input & { min: Bound; max: Bound; unit: string; got: number }>({
    en: (p) => `${p.label.en} (${p.name}) must be from ${boundEn(p.min, "−∞")} to ${boundEn(p.max, "∞")} ${p.unit}, got ${p.got}`,
    zh: (p) => `“${p.label.zh}”（${codeSpan(p.name)}）${rangeZh(p.min, p.max)}，实为 ${p.got}`,
  }),
  "pay.outsideAudience": defineMessage<{ known: boolean; rule: string; reason: { zh: string; en: string } }>({
    en: (p) => `${p.known ? "outside" : "not known to be within"} whom pay rule ${p.rule} covers: ${p.reason.en}`,
    zh: (p) => `${p.known ? "不在" : "无法确定是否在"}计酬规则 ${codeSpan(p.rule)} 的适用对象范围内：${p.reason.zh}`,
  }),
  "pay.divisionByZero": defineMessage<{ formula: string }>({ en: (p) => `division by zero in ${p.formula}`, zh: (p) => `计算 ${codeSpan(p.formula)} 时除数为零` }),
  "option.population": defineMessage<{ got: string }>({
    en: (p) => `population must be a whole number ≥ 0, got ${p.got}`,
    zh: (p) => `\`population\` 应为不小于 0 的整数，实为 ${codeSpan(p.got)}`,
  }),
  "quota.noCategory": defineMessage<{ got: string }>({ en: (p) => `quota has no category ${p.got}`, zh: (p) => `名额中没有类别 ${codeSpan(p.got)}` }),
} as const;
