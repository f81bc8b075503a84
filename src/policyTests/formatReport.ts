import type { Language } from "../compile/facts/types.js";
import type { Issue } from "../errors/AwardRulesError.js";
import { issueText } from "../messages/issueText.js";
import { stableJson } from "../text/stableJson.js";
import { displayWidth, padToWidth } from "../text/displayWidth.js";
import type { RulebookCoverage } from "./coverage.js";
import type { RulebookMutation } from "./mutationCheck.js";
import type { PolicyTestReport } from "./types.js";
import { checkShape } from "../door/shape.js";
import { COVERAGE, MUTATION, TEST_REPORT } from "../door/resultShapes.js";
import { readLanguageOptions } from "../door/doorOptions.js";

const WORDS = {
  zh: {
    passed: "通过",
    failed: "未通过",
    expected: "应为",
    actual: "实为",
    summary: (passed: number, failed: number) => `共 ${passed + failed} 项测试：${passed} 项通过，${failed} 项未通过`,
  },
  en: {
    passed: "passed",
    failed: "failed",
    expected: "expected",
    actual: "actual",
    summary: (passed: number, failed: number) => `${passed + failed} test(s): ${passed} passed, ${failed} failed`,
  },
} as const;

/**
 * What a failure is about: its message up to the first colon that is not inside JSON or quotes
 * (a label such as `等级` or `condition cleaner.2`), else the whole sentence up to an actual value
 * given as JSON (shown beside the expected value anyway).
 *
 * @example
 * ```ts
 * failureLabel('expected the error invalid_record at id, got [{"code":"x"}]'); // "expected the error invalid_record at id"
 * ```
 */
export function failureLabel(message: string): string {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < message.length; index += 1) {
    const char = message[index] as string;
    if (inString) {
      if (char === "\\") index += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === "{" || char === "[" || char === "“") depth += 1;
    else if ((char === "}" || char === "]" || char === "”") && depth > 0) depth -= 1;
    else if ((char === ":" || char === "：") && depth === 0) return message.slice(0, index);
  }
  // an actual value given as JSON is shown beside the expected one: the label stops before it
  const got = /(，实为 ?|, got )[[{]/.exec(message);
  return got ? message.slice(0, got.index) : message;
}

const isIssueList = (value: unknown): value is Issue[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((entry: unknown) => {
    if (entry === null || typeof entry !== "object") return false;
    const issue = entry as { code?: unknown; path?: unknown; message?: unknown };
    return typeof issue.code === "string" && Array.isArray(issue.path) && typeof issue.message === "string";
  });

/** A compared value as shown: text as it is, issues as sentences in the language, anything else as JSON. */
const show = (value: unknown, language: Language = "en"): string => {
  if (value === undefined) return "—";
  if (value === "a result") return language === "zh" ? "得出评定结果" : value;
  if (typeof value === "string") return value;
  if (isIssueList(value)) return value.map((issue) => issueText(issue, language)).join(language === "zh" ? "；" : "; ");
  return stableJson(value);
};

/**
 * A test report in words, in Chinese or English: a line per test, and under each failing test
 * every difference with what was expected and what the rules gave, side by side.
 *
 * @example
 * ```ts
 * console.log(formatTestReport(runPolicyTests(cases, lookup), { language: "zh" }));
 * ```
 */
export function formatTestReport(report: PolicyTestReport, options: { language?: Language } = {}): string {
  report = checkShape(report, TEST_REPORT, ["report"]) as PolicyTestReport;
  options = readLanguageOptions(options);
  const language = options.language === "en" ? "en" : "zh";
  const words = WORDS[language];
  const lines: string[] = [];
  for (const result of report.results) {
    const where = result.file ? ` (${result.file})` : "";
    const name = language === "zh" ? (result.nameZh ?? result.name) : result.name;
    lines.push(`${result.passed ? "✓" : "✗"} ${name}${where}`);
    if (result.passed) continue;
    const rows = result.failures.map((failure) => ({
      what: failureLabel(failure.message[language]),
      expected: language === "zh" && failure.shownZh ? failure.shownZh.expected : show(failure.expected, language),
      actual: language === "zh" && failure.shownZh ? failure.shownZh.actual : show(failure.actual, language),
      message: failure.message[language],
    }));
    const width = Math.min(Math.max(...rows.map((row) => displayWidth(row.expected)), displayWidth(words.expected)), 48);
    for (const row of rows) {
      lines.push(`    ${row.what}`);
      lines.push(`      ${words.expected} ${padToWidth(row.expected, width)} | ${words.actual} ${row.actual}`);
    }
  }
  lines.push(words.summary(report.passed, report.failed));
  return `${lines.join("\n")}\n`;
}

/**
 * Clause coverage in words: for each rulebook, the share of condition nodes the tests saw decide an
 * outcome both ways, and every node they did not, with its clause and which way is missing.
 *
 * @example
 * ```ts
 * console.log(formatCoverage(coverage.report(), { language: "en" }));
 * ```
 */
export function formatCoverage(coverage: RulebookCoverage[], options: { language?: Language } = {}): string {
  coverage = checkShape(coverage, COVERAGE, ["coverage"]) as RulebookCoverage[];
  options = readLanguageOptions(options);
  const zh = options.language !== "en";
  const lines: string[] = [];
  for (const entry of coverage) {
    lines.push(
      zh
        ? `\`${entry.rulebook}\`：${entry.total} 个条件中 ${entry.covered} 个在测试中成立与不成立时都决定过结论（${entry.percent}%）`
        : `${entry.rulebook}: ${entry.covered} of ${entry.total} conditions decided an outcome both ways in the tests (${entry.percent}%)`,
    );
    for (const node of entry.uncovered) {
      const missing = zh
        ? { pass: "未见其成立时决定结论", fail: "未见其不成立时决定结论", both: "从未决定结论" }[node.missing]
        : { pass: "never decided by passing", fail: "never decided by failing", both: "never decided the outcome" }[node.missing];
      lines.push(zh ? `  ${node.label.zh}（${node.clause}）：${missing}` : `  ${node.id} (${node.clause}): ${missing}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * A mutation check in words: for each rulebook, how many careless edits the tests caught, and every
 * one they did not, with its clause (and, when shown equivalent, why no test can).
 *
 * @example
 * ```ts
 * console.log(formatMutation(checkMutants(cases, lookup), { language: "en" }));
 * ```
 */
export function formatMutation(results: RulebookMutation[], options: { language?: Language } = {}): string {
  results = checkShape(results, MUTATION, ["results"]) as RulebookMutation[];
  options = readLanguageOptions(options);
  const zh = options.language !== "en";
  const lines: string[] = [];
  for (const entry of results) {
    const counted = entry.total - entry.refused;
    lines.push(
      zh
        ? `\`${entry.rulebook}\`：${counted} 处改动中测试发现 ${entry.caught} 处（${entry.percent}%；另有 ${entry.refused} 处被载入时拒绝）`
        : `${entry.rulebook}: the tests caught ${entry.caught} of ${counted} edits (${entry.percent}%; ${entry.refused} more refused by the loader)`,
    );
    for (const survivor of entry.survived) {
      const why = survivor.equivalent ? (zh ? `（等价：${survivor.equivalentZh ?? survivor.equivalent}）` : ` (equivalent: ${survivor.equivalent})`) : "";
      // in Chinese the description names the label and the clause; in English the id, the label and the edit by its keys
      const label = survivor.label ? ` "${survivor.label.en}"` : "";
      lines.push(zh ? `  ${survivor.description.zh}${why}` : `  ${survivor.item}${label} ${survivor.description.en} (${survivor.clause})${why}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
