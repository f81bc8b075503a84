/**
 * The compiler's messages about a rule file (unknown names, duplicate ids, params a fact does not
 * take…) said in Chinese, for the `zh` of their issues: names and values from the file in backticks.
 */

const code = (text: string): string => `\`${text}\``;
const list = (text: string): string =>
  text
    .split(", ")
    .map((item) => code(item.replace(/^"(.*)"$/, "$1")))
    .join("、");

const FACT_LISTS: Readonly<Record<string, string>> = { measure: "数据项", flag: "情况项" };

const PATTERNS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^unknown fact "?([^"]*)"?$/, (m) => `未定义的事实 ${code(m[1] as string)}`],
  [/^unknown operator "([^"]*)"$/, (m) => `未定义的比较方式 ${code(m[1] as string)}`],
  [/^unknown window "([^"]*)"$/, (m) => `未定义的时间范围 ${code(m[1] as string)}`],
  [/^unknown scale "?([^"]*)"?$/, (m) => `未定义的等级量表 ${code(m[1] as string)}`],
  [/^unknown param (\S+) \(expected window, where or item\)$/, (m) => `未知的参数 ${code(m[1] as string)}（应为 \`window\`、\`where\` 或 \`item\`）`],
  [/^fact (\S+) takes no window$/, (m) => `事实 ${code(m[1] as string)} 不接受时间范围`],
  [/^fact (\S+) needs a calendarYearsBeforeRound window$/, (m) => `事实 ${code(m[1] as string)} 需要按评审年度往前推算的年度范围（\`calendarYearsBeforeRound\`）`],
  [/^fact (\S+) needs a window$/, (m) => `事实 ${code(m[1] as string)} 需要时间范围`],
  [/^fact (\S+) takes no where filter$/, (m) => `事实 ${code(m[1] as string)} 不接受筛选条件`],
  [/^fact (\S+) needs params\.item$/, (m) => `事实 ${code(m[1] as string)} 需要 \`params.item\``],
  [/^fact (\S+) takes no params\.item$/, (m) => `事实 ${code(m[1] as string)} 不接受 \`params.item\``],
  [/^(measure|flag) "([^"]*)" is not declared in the rulebook's \w+$/, (m) => `${code(m[2] as string)} 未在规则的${FACT_LISTS[m[1] as string]}中声明`],
  [/^"([^"]*)" is not a value of (\S+) on (\S+) \(its values: (.*)\)$/, (m) => `${code(m[1] as string)} 不是 ${code(`${m[3]}.${m[2]}`)} 的取值（可用：${list(m[4] as string)}）`],
  [/^field name (\S+) is not allowed$/, (m) => `不允许使用字段名 ${code(m[1] as string)}`],
  [
    /^the items of (\S+) have no field "([^"]*)" \(they have (.*); nearest: (.*)\)$/,
    (m) => `${code(m[1] as string)} 的条目没有字段 ${code(m[2] as string)}（可用：${list(m[3] as string)}；最接近的：${code(m[4] as string)}）`,
  ],
  [/^a field test is a value or an object with in, atLeast or atMost$/, () => "字段条件应为一个值，或含 `in`、`atLeast` 或 `atMost` 的对象"],
  [/^expected \{ in: \[\.\.\.\] \}, \{ atLeast, scale\? \} or \{ atMost, scale\? \}$/, () => "应为 `{ in: [...] }`、`{ atLeast, scale? }` 或 `{ atMost, scale? }`"],
  [/^"?([^"]*)"? is not on scale (\S+) \(its values: (.*)\)$/, (m) => `${code(m[1] as string)} 不在等级量表 ${code(m[2] as string)} 中（可用：${list(m[3] as string)}）`],
  [
    /^(rating|othersAtLeast) "?([^"]*)"? is not on scale (\S+) \(its values: (.*)\)$/,
    (m) => `${m[1] === "rating" ? "考核等次" : "其余年度的最低等次"} ${code(m[2] as string)} 不在等级量表 ${code(m[3] as string)} 中（可用：${list(m[4] as string)}）`,
  ],
  [/^unknown key (\S+) in appraisalPattern$/, (m) => `年度考核条件（\`appraisalPattern\`）中有未知的键 ${code(m[1] as string)}`],
  [
    /^appraisalPattern needs a known scale, got (.*) \(the rulebook's scales: (.*)\)$/,
    (m) => `年度考核条件需要规则中已定义的等级量表，实为 ${code((m[1] as string).replace(/^"(.*)"$/, "$1"))}（规则中的量表：${list(m[2] as string)}）`,
  ],
  [/^scale (\S+) does not rank (.*), which annual appraisals may hold/, (m) => `等级量表 ${code(m[1] as string)} 没有给 ${list(m[2] as string)} 排序，而年度考核可能出现这些等次`],
  [
    /^unknown calendar window (\S+) \((.*)\)$/,
    (m) => `未定义的日程时间范围 ${code((m[1] as string).replace(/^"(.*)"$/, "$1"))}（可用：${m[2] === "the award has no calendar" ? "该奖项没有日程" : list(m[2] as string)}）`,
  ],
  [
    /^unsupported path syntax at (.*) \(only \.name, \[index\] and \['name'\]\)$/,
    (m) => `路径写法不受支持：${code(m[1] as string)}（只能用 \`.名称\`、\`[序号]\` 和 \`['名称']\`）`,
  ],
  [/^path step (\S+) is not allowed$/, (m) => `路径中不允许出现 ${code(m[1] as string)}`],
  [/^award (\S+) has no calendar$/, (m) => `奖项 ${code(m[1] as string)} 没有日程`],
  [/^year must be a whole number from 1900 to 2199, got (.*)$/, (m) => `年份须为 1900 至 2199 之间的整数，实为 ${code(m[1] as string)}`],
  [/^a bound without a scale must be a number$/, () => "没有等级量表时，界限必须是数值"],
  [/^item must be a non-empty string$/, () => "`item` 必须是非空文字"],
  [/^where must be an object$/, () => "`where` 必须是对象"],
  [/^duplicate condition id (\S+)$/, (m) => `条件编号 ${code(m[1] as string)} 重复`],
  [/^duplicate award id (\S+)$/, (m) => `奖项编号 ${code(m[1] as string)} 重复`],
  [/^duplicate category id (\S+)$/, (m) => `类别编号 ${code(m[1] as string)} 重复`],
  [/^level (\d+) defined twice$/, (m) => `第 ${m[1]} 级定义了两次`],
  [/^category (\S+) has level (\d+) twice$/, (m) => `类别 ${code(m[1] as string)} 的第 ${m[2]} 级出现两次`],
  [
    /^category (\S+) has level (\d+), which award (\S+) does not define/,
    (m) => `类别 ${code(m[1] as string)} 使用了奖项 ${code(m[3] as string)} 未定义的第 ${m[2]} 级（无名称、名额或奖励）`,
  ],
];

/**
 * A compiler message about a rule file in Chinese, or undefined for one this table does not know.
 *
 * @example
 * ```ts
 * ruleMessageInChinese('unknown fact "serviceYears"'); // "未定义的事实 `serviceYears`"
 * ```
 */
export function ruleMessageInChinese(message: string): string | undefined {
  for (const [pattern, say] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  return undefined;
}

/**
 * An issue's fields with its Chinese message added when the table knows it (for the compiler's throw sites).
 *
 * @example
 * ```ts
 * withRuleZh({ code: "unknown_fact", path: ["fact"], message: 'unknown fact "x"' }).zh; // "未定义的事实 `x`"
 * ```
 */
export function withRuleZh<T extends { message: string; zh?: string }>(issue: T): T {
  if (issue.zh !== undefined) return issue;
  const zh = ruleMessageInChinese(issue.message);
  return zh === undefined ? issue : { ...issue, zh };
}
