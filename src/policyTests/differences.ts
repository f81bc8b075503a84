import type { AwardRulesError } from "../errors/AwardRulesError.js";
import { issueText, readablePath } from "../messages/issueText.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import { stableJson } from "../text/stableJson.js";
import type { PolicyTestFailure } from "./types.js";
import { valueWordsZh } from "./valueWords.js";

const show = (value: unknown): string => (value === undefined ? "—" : stableJson(value));

/**
 * Collects the differences between a test's expectations and what the rules give, each with its
 * path in the test and words in both languages.
 *
 * @example
 * ```ts
 * const differences = new Differences();
 * differences.equal("expected.level", 1, 2, { zh: "等级", en: "level" });
 * differences.failures; // [{ path: "expected.level", expected: 1, actual: 2, message: … }]
 * ```
 */
export class Differences {
  readonly failures: PolicyTestFailure[] = [];

  /** With the rulebook's labels by id, Chinese reports name conditions, categories and inputs in words. */
  constructor(private readonly labels: ReadonlyMap<string, BilingualText> = new Map()) {}

  /** Records a difference, with the values shown in Chinese words. */
  add(path: string, expected: unknown, actual: unknown, message: BilingualText): void {
    const zh = { expected: valueWordsZh(expected, this.labels), actual: valueWordsZh(actual, this.labels) };
    this.failures.push({ path, expected, actual, message, shownZh: zh });
  }

  /** The label of an id in the rulebook, in Chinese (the id in a code span when it has none). */
  labelZh(id: string): string {
    const label = this.labels.get(id);
    return label === undefined ? `\`${id}\`` : `「${label.zh}」`;
  }

  /** Compares two values as JSON (object keys in any order). */
  equal(path: string, expected: unknown, actual: unknown, what: BilingualText): void {
    if (stableJson(expected) === stableJson(actual)) return;
    this.add(path, expected, actual, {
      zh: `${what.zh}：应为 ${valueWordsZh(expected, this.labels)}，实为 ${valueWordsZh(actual, this.labels)}`,
      en: `${what.en}: expected ${show(expected)}, got ${show(actual)}`,
    });
  }

  /** Compares two lists as sets. */
  sameSet(path: string, expected: readonly unknown[], actual: readonly unknown[], what: BilingualText): void {
    const sort = (values: readonly unknown[]): string[] => values.map(stableJson).sort();
    this.equal(
      path,
      sort(expected).map((value) => JSON.parse(value) as unknown),
      sort(actual).map((value) => JSON.parse(value) as unknown),
      what,
    );
  }

  /** Checks an expected error against the error (or the success) an evaluation gave. */
  error(path: string, expected: { code: string; path: (string | number)[] }, error: AwardRulesError | undefined): void {
    const issues = error?.issues ?? [];
    if (issues.some((issue) => issue.code === expected.code && stableJson(issue.path) === stableJson(expected.path))) return;
    const actual = error === undefined ? "success" : issues.map((issue) => ({ code: issue.code, path: issue.path }));
    this.add(path, expected, actual, {
      zh: `应以错误 \`${expected.code}\`（位置 ${readablePath(expected.path, "zh")}）拒绝，实为 ${valueWordsZh(actual, this.labels)}`,
      en: `expected the error ${expected.code} at ${expected.path.join(".") || "(root)"}, got ${show(actual)}`,
    });
  }

  /** Reports an evaluation that failed where a result was expected. */
  unexpected(path: string, error: AwardRulesError): void {
    const text = error.issues.map((issue) => `${issue.code} at ${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
    const zh = error.issues.map((issue) => issueText(issue, "zh")).join("；");
    this.add(path, "a result", error.issues, { zh: `评审出错：${zh}`, en: `the evaluation failed: ${text}` });
  }
}
