import { issueOf } from "../../src/messages/issueOf.js";
import { describe, expect, test } from "vitest";
import { AwardRulesError } from "../../src/index.js";
import { Differences } from "../../src/policyTests/differences.js";
import { failureLabel, formatTestReport } from "../../src/policyTests/formatReport.js";
import type { PolicyTestReport } from "../../src/policyTests/types.js";
import { englishWords } from "./englishWords.js";

// Test reports in Chinese: a failing test's differences, and an evaluation that failed where a result
// was expected (its issues said in Chinese, not as JSON with English messages).

const report = (failures: Differences["failures"]): PolicyTestReport => ({
  results: [{ name: "报错：审核认定的键写错", rulebook: "r", award: "x", passed: false, failures }],
  passed: 0,
  failed: 1,
});

const typo = new AwardRulesError([
  issueOf("unknown_attestation", ["attestations", "basic3"], "record.unknownKey", { field: "attestations", key: "basic3", rulebook: "r", nearest: ["basic.3"] }),
]);

describe("formatTestReport in Chinese", () => {
  test("an evaluation that failed: 应为 得出评定结果 | 实为 the issue as a Chinese sentence", () => {
    const differences = new Differences();
    differences.unexpected("expected", typo);
    const text = formatTestReport(report(differences.failures), { language: "zh" });
    expect(text).toBe(
      [
        "✗ 报错：审核认定的键写错",
        "    评审出错",
        "      应为 得出评定结果 | 实为 审核认定引用了规则中没有的条件：审核认定.`basic3`：规则中没有条件读取审核认定 `basic3`（最接近的：`basic.3`）",
        "共 1 项测试：0 项通过，1 项未通过",
        "",
      ].join("\n"),
    );
    expect(englishWords(text, ["basic3"])).toEqual([]);
  });

  test("…and in English the issue as describe says it, not as JSON", () => {
    const differences = new Differences();
    differences.unexpected("expected", typo);
    const text = formatTestReport(report(differences.failures), { language: "en" });
    expect(text).toContain(
      '      expected a result | actual unknown_attestation at attestations.basic3: rulebook r has no condition reading the attestation "basic3" (nearest: basic.3)\n',
    );
  });
});

describe("failureLabel: the label before the first colon outside JSON and quotes", () => {
  test.each([
    ["等级：应为 1，实为 2", "等级"],
    ["level: expected 1, got 2", "level"],
    ['条件“a:b”（005 第五条）：应为 "fail"，实为 "pass"', "条件“a:b”（005 第五条）"],
    [
      'expected the error invalid_option at inputs.faultDeductions.1, got [{"code":"invalid_option","path":["inputs"]}]',
      "expected the error invalid_option at inputs.faultDeductions.1",
    ],
    ['expected the error unknown_attestation at attestations.basic3, got "success"', 'expected the error unknown_attestation at attestations.basic3, got "success"'],
    ['应以错误 invalid_option（位置 inputs）拒绝，实为 [{"code":"x"}]', "应以错误 invalid_option（位置 inputs）拒绝"],
  ])("%s → %s", (message, label) => {
    expect(failureLabel(message)).toBe(label);
  });
});
