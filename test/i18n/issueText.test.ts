import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { AwardRulesError, bundledRulebook, safeEvaluate, safeEvaluateScored, safeLoadRulebook, type Issue, type IssueCode } from "../../src/index.js";
import type { MessageRef } from "../../src/messages/catalog.js";
import { issueOf } from "../../src/messages/issueOf.js";
import { renderMessage } from "../../src/messages/issueOf.js";
import { issueText, readablePath } from "../../src/messages/issueText.js";
import { englishWords } from "./englishWords.js";

// One issue of every code, each with the specifics its message carries, made as the library makes
// them: an id of the catalog and its params, the English and the Chinese rendered from them.
const SAMPLES: Record<IssueCode, Issue> = {
  invalid_record: issueOf("invalid_record", ["annualAppraisals", "2024"], "schema.invalidValue", { values: ["excellent", "good"] }),
  invalid_rulebook: issueOf("invalid_rulebook", ["awards", 0, "categories", 1, "levels", 0, "conditions", "all", 2, "fact"], "schema.invalidType", {
    expected: "string",
    received: "number",
  }),
  unknown_fact: issueOf("unknown_fact", ["awards", 0, "requirements", "all", 1, "fact"], "compile.unknownFact", { fact: "serviceYears" }, { ruleId: "requirements.tenure" }),
  unknown_operator: issueOf("unknown_operator", ["awards", 0, "requirements", "all", 1, "operator"], "compile.unknownOperator", { operator: "gte" }),
  unknown_window: issueOf("unknown_window", ["awards", 0, "requirements", "all", 1, "params", "window"], "params.unknownWindow", { window: "fourYears" }),
  unknown_scale: issueOf("unknown_scale", ["awards", 0, "requirements", "all", 1, "value", "scale"], "params.unknownScale", { scale: "grade" }),
  bad_value: issueOf("bad_value", ["awards", 0, "requirements", "all", 1, "value"], "operator.notNumber", {}),
  duplicate_id: issueOf("duplicate_id", ["awards", 0, "categories", 0, "id"], "compile.duplicateConditionId", { id: "staff.1.1" }),
  unknown_award: issueOf("unknown_award", ["award"], "award.notInRulebook", { got: '"x"', rulebook: "model-post-000" }),
  unknown_category: issueOf("unknown_category", ["application", "category"], "record.unknownCategory", {
    award: "model-post",
    awardZh: "优质服务示范岗",
    got: '"x"',
    given: "x",
    categories: [{ id: "staff", zh: "员工示范岗" }],
  }),
  invalid_option: issueOf("invalid_option", ["asOf"], "option.badDate", { path: "asOf", problem: "notWritten" }),
  invalid_score: issueOf("invalid_score", ["scores", "service-star", "items", "3"], "score.negative", { id: "3", label: "岗位责任制", score: -1 }, { ruleId: "3" }),
  outside_audience: issueOf(
    "outside_audience",
    ["inputs"],
    "pay.outsideAudience",
    { known: true, rule: "leave-deduction", reason: { zh: "用工性质为在编", en: "this rule covers establishment staff only" } },
    { clause: "004 篇1" },
  ),
  invalid_test: issueOf("invalid_test", ["expected", "level"], "schema.invalidType", { expected: "number", received: "string" }),
  unknown_attestation: issueOf("unknown_attestation", ["attestations", "basic3"], "record.unknownKey", {
    field: "attestations",
    key: "basic3",
    rulebook: "r",
    nearest: ["basic.3"],
  }),
  unknown_measure: issueOf("unknown_measure", ["measures", "canteenShare"], "record.unknownKey", { field: "measures", key: "canteenShare", rulebook: "r", nearest: [] }),
  unknown_flag: issueOf("unknown_flag", ["flags", "contracted"], "record.unknownKey", { field: "flags", key: "contracted", rulebook: "r", nearest: [] }),
  duplicate_record: issueOf("duplicate_record", [2, "id"], "record.duplicateId", { id: "R-1", first: 0, second: 2 }),
  read_failed: issueOf("read_failed", ["records", 2], "records.readFailed", { number: 3, reason: "connection reset by peer" }),
  invalid_decision: issueOf("invalid_decision", ["committee", "decisions", 0, "level"], "decision.notPassing", { id: "R-1", level: 1, passing: [2] }),
  stale_ledger: issueOf("stale_ledger", ["previousRound", "ledger", "roundYear"], "ledger.otherYear", { ledger: "2025", year: 2027 }),
  missing_peer: issueOf("missing_peer", [], "export.peerMissing", { peer: "json-rules-engine", range: "^7.3.1" }),
};

describe("issueText: one line per issue, in the language asked", () => {
  test.each(Object.values(SAMPLES).map((issue) => [issue.code, issue] as const))("%s: Chinese with no English word, English as describe says it", (_code, issue) => {
    const zh = issueText(issue, "zh");
    // allowed: the keys the record itself gives (an attestation, a measure, a flag, a scored award's id)
    expect(englishWords(zh, ["basic3", "canteenShare", "contracted", "service-star"])).toEqual([]);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(issueText(issue, "en")).toBe(AwardRulesError.describe([issue]));
  });

  test("the path by field names: 学校职工年度考核等级.2024; list positions from 1; rule-file keys named", () => {
    expect(readablePath(["annualAppraisals", "2024"], "zh")).toBe("学校职工年度考核等级.2024");
    expect(readablePath(["awards", 0, "categories", 1, "levels", 0], "zh")).toBe("奖项.第 1 项.类别.第 2 项.等级.第 1 项");
    expect(readablePath([], "zh")).toBe("（整体）");
    // after the file (and line) the CLI puts first, the record's field is still named
    expect(readablePath(["fixtures/a.ndjson", "第 3 行", "annualAppraisals", "2024"], "zh")).toBe("fixtures/a.ndjson.第 3 行.学校职工年度考核等级.2024");
    expect(readablePath(["annualAppraisals", "2024"], "en")).toBe("annualAppraisals.2024");
  });

  test("a Chinese message given at the creation site is used, with the rule id", () => {
    expect(issueText(SAMPLES.invalid_score, "zh")).toBe("评分有误：评分.`service-star`.评分项.3：岗位责任制：得分不能为负数（-1）（规则 `3`）");
  });
});

describe("unknown award or category: the valid ids listed, the nearest offered, in both languages", () => {
  test("no award named, in a rulebook with scored awards only: not `no award undefined`", () => {
    const result = safeEvaluate(bundledRulebook("service-model-post-001"), { id: "x" }, { asOf: "2026-01-01" });
    if (result.success) throw new Error("expected an error");
    const [issue] = result.error.issues;
    expect(issue?.message).not.toContain("undefined");
    expect(issue?.message).toContain("its scored awards: service-model-post (quality service model post), service-star (excellent service pacesetter)");
    expect(issue?.zh).toContain("`service-model-post`（优质服务示范岗）、`service-star`（优秀服务标兵）");
  });

  test("a mistyped award id: did you mean model-post?", () => {
    const result = safeEvaluate(bundledRulebook(), { id: "x" }, { asOf: "2026-01-01", award: "modelpost" });
    if (result.success) throw new Error("expected an error");
    expect(result.error.issues[0]?.message).toMatch(/did you mean model-post\? \(level awards: model-post \(quality service model post\)\)$/);
    expect(issueText(result.error.issues[0] as Issue, "zh")).toContain("是否要填 `model-post`？（可用的分等级奖项：`model-post`（优质服务示范岗））");
  });

  test("a scored award id given to evaluateScored that is not one", () => {
    const result = safeEvaluateScored(bundledRulebook("service-model-post-001"), { id: "x" }, { asOf: "2026-01-01", award: "service-star2" });
    if (result.success) throw new Error("expected an error");
    expect(result.error.issues[0]?.zh).toContain("是否要填 `service-star`？");
  });

  test("a category the award does not have: the categories with their names", () => {
    const result = safeEvaluate(bundledRulebook(), { id: "x", application: { category: "staf", date: "2026-11-20" } }, { asOf: "2026-11-26" });
    if (result.success) throw new Error("expected an error");
    expect(result.error.issues[0]?.zh).toBe("优质服务示范岗没有申报类别“staf”（可用的类别：`party`（党员示范岗）、`staff`（员工示范岗）、`management`（管理示范岗））");
  });
});

describe("a rule file the compiler refuses: its message in both languages, from one id and its params", () => {
  test.each([
    [{ messageId: "compile.unknownFact", params: { fact: "serviceYears" } }, 'unknown fact "serviceYears"', "未定义的事实 `serviceYears`"],
    [{ messageId: "params.unknownWindow", params: { window: "fourYears" } }, 'unknown window "fourYears"', "未定义的时间范围 `fourYears`"],
    [{ messageId: "compile.takesNoWhere", params: { fact: "annualAppraisals" } }, "fact annualAppraisals takes no where filter", "事实 `annualAppraisals` 不接受筛选条件"],
    [
      { messageId: "params.notAValue", params: { value: "gold", field: "kind", list: "liabilityIncidents", allowed: ["safety", "quality", "foodSafety"] } },
      '"gold" is not a value of kind on liabilityIncidents (its values: "safety", "quality", "foodSafety")',
      "`gold` 不是 `liabilityIncidents.kind` 的取值（可用：`safety`、`quality`、`foodSafety`）",
    ],
    [
      { messageId: "compile.undefinedLevel", params: { category: "staff", level: 4, award: "model-post" } },
      "category staff has level 4, which award model-post does not define (no label, quota or reward)",
      "类别 `staff` 使用了奖项 `model-post` 未定义的第 4 级（无名称、名额或奖励）",
    ],
    [
      { messageId: "pattern.notOnScale", params: { which: "othersAtLeast", value: "fair", scale: "rating", values: ["incompetent", "good", "excellent"] } },
      'othersAtLeast "fair" is not on scale rating (its values: "incompetent", "good", "excellent")',
      "其余年度的最低等次 `fair` 不在等级量表 `rating` 中（可用：`incompetent`、`good`、`excellent`）",
    ],
    [
      { messageId: "path.syntax", params: { rest: "..x" } },
      "unsupported path syntax at \"..x\" (only .name, [index] and ['name'])",
      "路径写法不受支持：`\"..x\"`（只能用 `.名称`、`[序号]` 和 `['名称']`）",
    ],
    [{ messageId: "option.badYear", params: { got: "3000" } }, "year must be a whole number from 1900 to 2199, got 3000", "年份须为 1900 至 2199 之间的整数，实为 `3000`"],
  ] as [MessageRef, string, string][])("%j → %s", ({ messageId, params }, message, zh) => {
    expect(renderMessage(messageId, params, "en")).toBe(message);
    expect(renderMessage(messageId, params, "zh")).toBe(zh);
  });

  test("loading a rule file with an unknown fact: the issue carries its Chinese message", () => {
    const json = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "rules", "000-model-post.json"), "utf8"));
    json.awards[0].requirements.all[1].fact = "yearsInLogistics";
    const result = safeLoadRulebook(json);
    if (result.success) throw new Error("expected an error");
    const [issue] = result.error.issues;
    expect(issue?.zh).toBe("未定义的事实 `yearsInLogistics`");
    expect(englishWords(issueText(issue as Issue, "zh"))).toEqual([]);
  });
});
