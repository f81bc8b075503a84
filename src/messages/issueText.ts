import { RECORD_FIELDS } from "../schema/recordFields.js";
import type { Issue, IssueCode } from "../errors/AwardRulesError.js";

/** What each issue code means, said in a few words in each language. */
const CODE_WORDS: Readonly<Record<IssueCode, { zh: string; en: string }>> = {
  invalid_record: { zh: "记录有误", en: "invalid record" },
  invalid_rulebook: { zh: "规则文件有误", en: "invalid rulebook" },
  unknown_fact: { zh: "规则引用了未定义的事实", en: "unknown fact" },
  unknown_operator: { zh: "规则使用了未定义的比较方式", en: "unknown operator" },
  unknown_window: { zh: "规则引用了未定义的时间范围", en: "unknown window" },
  unknown_scale: { zh: "规则引用了未定义的等级量表", en: "unknown scale" },
  bad_value: { zh: "规则中的取值有误", en: "bad value" },
  duplicate_id: { zh: "编号重复", en: "duplicate id" },
  unknown_award: { zh: "规则中没有该奖项", en: "unknown award" },
  unknown_category: { zh: "该奖项没有此类别", en: "unknown category" },
  invalid_option: { zh: "参数有误", en: "invalid option" },
  invalid_score: { zh: "评分有误", en: "invalid score" },
  outside_audience: { zh: "不在适用对象范围内", en: "outside the audience" },
  invalid_test: { zh: "政策测试文件有误", en: "invalid policy test" },
  unknown_attestation: { zh: "审核认定引用了规则中没有的条件", en: "unknown attestation" },
  unknown_measure: { zh: "记录含有规则未声明的数据项", en: "unknown measure" },
  unknown_flag: { zh: "记录含有规则未声明的情况项", en: "unknown yes/no fact" },
  duplicate_record: { zh: "记录编号重复", en: "duplicate record id" },
  read_failed: { zh: "读取记录时出错", en: "reading the records failed" },
  invalid_decision: { zh: "评审决定有误", en: "invalid committee decision" },
  stale_ledger: { zh: "台账不属于上一轮", en: "ledger not of the previous round" },
  missing_peer: { zh: "缺少所需的依赖包", en: "missing peer dependency" },
};

/**
 * What an issue code means, in a few words in each language; undefined for a code that is not one.
 *
 * @example
 * ```ts
 * issueCodeWords("unknown_fact"); // { zh: "规则引用了未定义的事实", en: "unknown fact" }
 * ```
 */
export function issueCodeWords(code: string): { zh: string; en: string } | undefined {
  return Object.hasOwn(CODE_WORDS, code) ? CODE_WORDS[code as IssueCode] : undefined;
}

/** Rule-file and test-file keys as shown in a Chinese path. */
const KEY_WORDS: Readonly<Record<string, string>> = {
  awards: "奖项",
  categories: "类别",
  levels: "等级",
  conditions: "条件",
  requirements: "申报要求",
  audience: "适用对象",
  admission: "受理条件",
  reward: "奖励",
  scales: "等级量表",
  windows: "时间范围",
  facts: "事实",
  options: "参数",
  asOf: "评定日期",
  award: "奖项",
  category: "类别",
  expected: "预期结果",
  record: "记录",
  records: "记录",
  tests: "测试",
  all: "全部满足",
  any: "满足其一",
  not: "不满足",
  of: "至少满足",
  fact: "事实",
  operator: "比较方式",
  value: "取值",
  params: "参数",
  source: "出处",
  clause: "条款",
  document: "文件",
  label: "名称",
  id: "编号",
  when: "条件",
  scoredAwards: "评分类奖项",
  rubric: "评分细则",
  sections: "部分",
  bonuses: "附加分",
  vetoes: "一票否决",
  eligibility: "参评条件",
  gradeCaps: "等次上限",
  forcedGrades: "直接定等",
  grades: "等次",
  bands: "分数段",
  measures: "数据项",
  flags: "情况项",
  where: "筛选",
  scale: "等级量表",
  items: "评分项",
  window: "时间范围",
  inputs: "输入",
  level: "等级",
  quota: "名额",
  round: "本轮",
  populations: "人数",
  previousRound: "上一轮",
  deployment: "实施设定",
  bonusMaxima: "附加分上限",
  rulebook: "规则",
  status: "结论",
  errors: "错误",
  error: "错误",
  name: "名称",
  components: "加权构成",
  committee: "评审决定",
  decisions: "决定",
  approveProposals: "批准拟定人选",
  awarded: "是否获评",
  recordId: "记录编号",
  ledger: "台账",
  roundYear: "评选年度",
  awardId: "奖项",
  rulebookId: "规则",
  departmentLimits: "各部门申报名额",
  date: "日期",
};

/** A segment naming where an input is, not a key in it: a file, a line or record of a batch. */
const PLACE = /[\\/]|\.(json|ndjson|jsonl|xlsx|csv)$|^第 \d+ (行|条记录)$|^(line|row|record) \d+$/;

/**
 * A path as a person reads it: in Chinese, a record field's Chinese name (`学校职工年度考核等级.2024`,
 * after the file or line the path may start with), rule-file keys named, and list positions counted
 * from 1 (`第 1 项`); in English, the keys joined by dots.
 *
 * @example
 * ```ts
 * readablePath(["annualAppraisals", "2024"], "zh"); // "学校职工年度考核等级.2024"
 * ```
 */
export function readablePath(path: readonly (string | number)[], language: "zh" | "en"): string {
  if (path.length === 0) return language === "zh" ? "（整体）" : "(root)";
  if (language === "en") return path.join(".");
  // a path may start with where the input is (a file, a line of it): the record's fields come next
  const start = path.findIndex((segment) => typeof segment === "number" || !PLACE.test(segment));
  return path
    .map((segment, index) => {
      if (typeof segment === "number") return `第 ${segment + 1} 项`;
      if (index === start && Object.hasOwn(RECORD_FIELDS, segment)) return (RECORD_FIELDS[segment] as { zh: string }).zh;
      if (Object.hasOwn(KEY_WORDS, segment)) return KEY_WORDS[segment] as string;
      // a key the input chose (an id, a measure's name): shown as typed, in a code span
      return /[A-Za-z]{2}/.test(segment) && !PLACE.test(segment) && !segment.startsWith("--") && !segment.includes("`") ? `\`${segment}\`` : segment;
    })
    .join(".");
}

/**
 * One issue as one line in the language asked: in English as `AwardRulesError.describe` says it;
 * in Chinese what its code means, where, and the issue's `zh` (rendered from the catalog when the
 * issue was made), with its rule and clause.
 *
 * @example
 * ```ts
 * issueText(issueOf("invalid_record", ["annualAppraisals", "2024"], "schema.invalidValue", { values: ["excellent", "good"] }), "zh");
 * // "记录有误：学校职工年度考核等级.2024：应为以下之一：`excellent`、`good`"
 * ```
 */
export function issueText(issue: Issue, language: "zh" | "en"): string {
  const words = CODE_WORDS[issue.code] ?? { zh: "有误", en: String(issue.code) };
  const where = readablePath(issue.path, language);
  if (language === "en") {
    const rule = issue.ruleId ? ` [rule ${issue.ruleId}${issue.clause ? `, ${issue.clause}` : ""}]` : "";
    return `${issue.code} at ${where}: ${issue.message}${rule}`;
  }
  const rule = issue.ruleId ? `（规则 \`${issue.ruleId}\`${issue.clause ? `，${issue.clause}` : ""}）` : issue.clause ? `（${issue.clause}）` : "";
  // an issue read back from data may lack its Chinese: what its code means is said instead
  const detail = typeof issue.zh === "string" ? issue.zh : words.zh;
  return `${words.zh}：${where}${detail === words.zh ? "" : `：${detail}`}${rule}`;
}
