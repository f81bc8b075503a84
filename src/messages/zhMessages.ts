/**
 * Schema messages (zod's wording, see `messages.ts`) said in Chinese, for `issueText`: the English
 * message stays zod's, word for word, so the compiled validators and zod still agree.
 */

const TYPES: Readonly<Record<string, string>> = {
  string: "文字",
  number: "数值",
  int: "整数",
  boolean: "是或否（true 或 false）",
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

const typeWord = (name: string): string => (Object.hasOwn(TYPES, name) ? (TYPES[name] as string) : `\`${name}\``);

/** A list of JSON values (`"a"|"b"`) as code, joined with 、. */
const valuesText = (list: string): string =>
  list
    .split("|")
    .map((value) => `\`${value.startsWith('"') ? value.slice(1, -1) : value}\``)
    .join("、");

const FIXED: Readonly<Record<string, string>> = {
  "not a real calendar date": "不是日历上存在的日期",
  "not a real day of the year": "不是一年中存在的日子",
  "expected a date written YYYY-MM-DD": "日期应写作 年-月-日（如 2025-09-01）",
  "expected a day of the year written MM-DD": "日子应写作 月-日（如 09-01）",
  "expected a four-digit year between 1900 and 2199": "年份应为 1900 至 2199 之间的四位数",
  "expected a three-digit document number such as 000": "文件编号应为三位数字，如 000",
  "ids use letters, digits, '.', '_' and '-'": "编号只能由字母、数字和 . _ - 组成",
  "expected a time of day written HH:MM": "时刻应写作 时:分（如 08:30）",
  "input too large or too deeply nested to read": "输入过大或嵌套过深，无法读取",
  "a key that is a symbol is not JSON": "字段名是符号，不是 JSON",
  "could not be read (a revoked proxy or a throwing trap)": "无法读取（代理已撤销或读取时出错）",
  "could not be read (a throwing getter or trap)": "无法读取（读取时出错）",
  "not a plain object": "不是普通对象",
};

const PATTERNS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^Invalid input: expected (\w+), received (\w+)$/, (m) => `应为${typeWord(m[1] as string)}，实为${typeWord(m[2] as string)}`],
  [/^Invalid input: expected (".*"|\S+)$/, (m) => `应为 ${valuesText(m[1] as string)}`],
  [/^Invalid option: expected one of (.*)$/, (m) => `应为以下之一：${valuesText(m[1] as string)}`],
  [/^Too small: expected string to have (>=|>)(\S+) characters$/, (m) => `文字至少 ${m[2]} 个字符`],
  [/^Too big: expected string to have (<=|<)(\S+) characters$/, (m) => `文字至多 ${m[2]} 个字符`],
  [/^Too small: expected array to have (>=|>)(\S+) items$/, (m) => `列表至少 ${m[2]} 项`],
  [/^Too big: expected array to have (<=|<)(\S+) items$/, (m) => `列表至多 ${m[2]} 项`],
  [/^Too small: expected (\w+) to be (>=|>)(\S+)$/, (m) => `${typeWord(m[1] as string)}应${m[2] === ">=" ? "不小于" : "大于"} ${m[3]}`],
  [/^Too big: expected (\w+) to be (<=|<)(\S+)$/, (m) => `${typeWord(m[1] as string)}应${m[2] === "<=" ? "不大于" : "小于"} ${m[3]}`],
  [
    /^Unrecognized keys?: (.*)$/,
    (m) =>
      `不认识的字段：${(m[1] as string)
        .split(", ")
        .map((key) => `\`${key.slice(1, -1)}\``)
        .join("、")}`,
  ],
  [/^more than (\d+) values: input too large$/, (m) => `输入过大：超过 ${m[1]} 个值`],
  [/^key (.*) is not allowed$/, (m) => `不允许使用字段名 \`${m[1]}\``],
  [/^Invalid string: must match pattern (.*)$/, (m) => `文字格式不符合 \`${m[1]}\``],
  [/^Invalid number: must be a multiple of (\S+)$/, (m) => `数值应为 ${m[1]} 的整数倍`],
  [/^nested deeper than (\d+) levels$/, (m) => `嵌套超过 ${m[1]} 层`],
  [/^a string longer than (\d+) characters$/, (m) => `文字超过 ${m[1]} 个字符`],
  [/^a (\w+) is not a JSON value$/, (m) => `${typeWord(m[1] as string)}不是 JSON 值`],
  [/^a list of (\d+) items, more than (\d+)$/, (m) => `列表有 ${m[1]} 项，超过 ${m[2]} 项`],
];

/**
 * A schema message in Chinese, or undefined for a message this table does not know.
 *
 * @example
 * ```ts
 * schemaMessageInChinese("Invalid input: expected string, received number"); // "应为文字，实为数值"
 * schemaMessageInChinese('Invalid option: expected one of "a"|"b"'); // "应为以下之一：`a`、`b`"
 * ```
 */
export function schemaMessageInChinese(message: string): string | undefined {
  if (Object.hasOwn(FIXED, message)) return FIXED[message];
  for (const [pattern, say] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  return undefined;
}
