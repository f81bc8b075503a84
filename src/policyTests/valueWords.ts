import type { BilingualText } from "../schema/rulebookTypes.js";
import { amountText, NODE_STATUS_WORDS, OUTCOME_WORDS } from "../evaluate/words.js";
import { missingLabel } from "../evaluate/missingLabels.js";
import type { Issue } from "../errors/AwardRulesError.js";
import { issueText, readablePath } from "../messages/issueText.js";

/** Issues an evaluation gave (shown as sentences, not as data). */
const isIssueList = (value: unknown): value is Issue[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (entry: unknown) =>
      entry !== null &&
      typeof entry === "object" &&
      typeof (entry as Issue).code === "string" &&
      Array.isArray((entry as Issue).path) &&
      typeof (entry as Issue).message === "string",
  );

/** An expected error (`{ code, path }`), or one an evaluation gave, without its message. */
const isErrorAt = (value: object): value is { code: string; path: (string | number)[] } =>
  Object.keys(value).length === 2 && typeof (value as { code?: unknown }).code === "string" && Array.isArray((value as { path?: unknown }).path);

/** The words of the statuses a test compares: an outcome, a condition's, a placement's, a round's. */
const STATUS_ZH: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(OUTCOME_WORDS).map(([key, words]) => [key, words.zh])),
  ...Object.fromEntries(Object.entries(NODE_STATUS_WORDS).map(([key, words]) => [key, words.zh])),
  unknown: "待定",
  placed: "获评",
  proposed: "拟定（待评审决定）",
  notPlaced: "未获评",
  provisional: "暂定",
  final: "确定",
  vetoed: "一票否决",
  ineligible: "不具备申报资格",
  holding: "保持称号",
  expired: "期满",
  revoked: "撤销",
  left: "离岗",
  success: "评定成功，未报错",
  "a result": "得出评定结果",
};

/** The keys of an expected object, in Chinese. */
const KEY_ZH: Readonly<Record<string, string>> = {
  status: "结论",
  level: "等级",
  category: "类别",
  grade: "等次",
  key: "名额",
  quota: "限额",
  placed: "已入选",
  proposed: "拟定",
  places: "名额",
  candidates: "人选",
  recordId: "记录",
  code: "错误",
  path: "位置",
  kind: "步骤",
  empty: "空缺",
  pending: "待审核",
  decisions: "待评审决定",
  id: "编号",
};

/** What a word is when it names a level (`level 1` or `1` under a category). */
const levelWord = (text: string): string | undefined => (/^(level )?\d+$/.test(text) ? `${text.replace("level ", "")} 级` : undefined);

/**
 * Shows a compared value in Chinese words: statuses in the library's words, ids by their labels
 * (from `labels`, the rulebook's labels by id), missing inputs by their names, an amount with its
 * unit, a level as `2 级`, lists joined with 、 and objects as `key：value`. A string it cannot
 * name is kept in a code span (it is what the test file says).
 *
 * @example
 * ```ts
 * valueWordsZh("notQualified", new Map()); // "不符合条件"
 * valueWordsZh({ value: 400, unit: "CNY per person" }, new Map()); // "每人 400 元"
 * ```
 */
export function valueWordsZh(value: unknown, labels: ReadonlyMap<string, BilingualText>): string {
  if (value === undefined) return "—";
  if (value === null) return "无";
  if (typeof value === "number" || typeof value === "boolean") return typeof value === "boolean" ? (value ? "是" : "否") : String(value);
  if (typeof value === "string") return stringWords(value, labels);
  if (isIssueList(value)) return value.map((issue) => issueText(issue, "zh")).join("；");
  if (Array.isArray(value)) return value.length === 0 ? "（无）" : value.map((item) => valueWordsZh(item, labels)).join("、");
  const object = value as Record<string, unknown>;
  if (isErrorAt(object)) return `错误 \`${object.code}\`（位置 ${readablePath(object.path, "zh")}）`;
  if (typeof object.value === "number" && typeof object.unit === "string" && Object.keys(object).length === 2) return amountText(object.value, object.unit, "zh");
  return Object.entries(object)
    .map(([key, child]) => `${keyWords(key, labels)}：${valueWordsZh(child, labels)}`)
    .join("；");
}

function stringWords(text: string, labels: ReadonlyMap<string, BilingualText>): string {
  if (Object.hasOwn(STATUS_ZH, text)) return STATUS_ZH[text] as string;
  const label = labels.get(text);
  if (label !== undefined) return `「${label.zh}」`;
  const level = levelWord(text);
  if (level !== undefined) return level;
  // a set of ids joined by " + " (a gap's option)
  if (text.includes(" + "))
    return text
      .split(" + ")
      .map((part) => stringWords(part, labels))
      .join(" 与 ");
  const missing = missingLabel(text, "zh", labels);
  if (missing !== text) return `“${missing}”`;
  return /[A-Za-z]{2}/.test(text) ? `\`${text}\`` : text;
}

function keyWords(key: string, labels: ReadonlyMap<string, BilingualText>): string {
  if (Object.hasOwn(KEY_ZH, key)) return KEY_ZH[key] as string;
  return stringWords(key, labels);
}

/**
 * A field of an expectation (`status`, `level`, `category`…) in Chinese.
 *
 * @example
 * ```ts
 * fieldWordZh("status"); // "结论"
 * ```
 */
export function fieldWordZh(key: string): string {
  return Object.hasOwn(KEY_ZH, key) ? (KEY_ZH[key] as string) : `\`${key}\``;
}
