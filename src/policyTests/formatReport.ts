import type { Language } from "../compile/facts/types.js";
import { stableJson } from "../util/stableJson.js";
import type { PolicyTestReport } from "./types.js";

const WORDS = {
  zh: { passed: "通过", failed: "未通过", expected: "应为", actual: "实为", summary: (passed: number, failed: number) => `共 ${passed + failed} 项测试：${passed} 项通过，${failed} 项未通过` },
  en: { passed: "passed", failed: "failed", expected: "expected", actual: "actual", summary: (passed: number, failed: number) => `${passed + failed} test(s): ${passed} passed, ${failed} failed` },
} as const;

const show = (value: unknown): string => (value === undefined ? "—" : typeof value === "string" ? value : stableJson(value));

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
  const language = options.language === "en" ? "en" : "zh";
  const words = WORDS[language];
  const lines: string[] = [];
  for (const result of report.results) {
    const where = result.file ? ` (${result.file})` : "";
    lines.push(`${result.passed ? "✓" : "✗"} ${result.name}${where}`);
    if (result.passed) continue;
    const rows = result.failures.map((failure) => ({
      what: failure.message[language].split(/[:：]/)[0] ?? "",
      expected: show(failure.expected),
      actual: show(failure.actual),
      message: failure.message[language],
    }));
    const width = Math.min(Math.max(...rows.map((row) => row.expected.length), words.expected.length), 48);
    for (const row of rows) {
      lines.push(`    ${row.what}`);
      lines.push(`      ${words.expected} ${row.expected.padEnd(width)} | ${words.actual} ${row.actual}`);
    }
  }
  lines.push(words.summary(report.passed, report.failed));
  return `${lines.join("\n")}\n`;
}
