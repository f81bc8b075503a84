import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { AwardRulesError, bundledRulebook, safeEvaluate, safeEvaluateScored, safeLoadRulebook, type Issue, type IssueCode } from "../../src/index.js";
import { ruleMessageInChinese } from "../../src/messages/ruleMessagesZh.js";
import { issueText, readablePath } from "../../src/messages/issueText.js";
import { englishWords } from "./englishWords.js";

// One issue of every code, each with the specifics an English message carries (as the library's own
// messages word them) and, where the creation site gives one, its Chinese message.
const SAMPLES: Record<IssueCode, Issue> = {
  invalid_record: { code: "invalid_record", path: ["annualAppraisals", "2024"], message: 'Invalid option: expected one of "excellent"|"good"' },
  invalid_rulebook: {
    code: "invalid_rulebook",
    path: ["awards", 0, "categories", 1, "levels", 0, "conditions", "all", 2, "fact"],
    message: "Invalid input: expected string, received number",
  },
  unknown_fact: { code: "unknown_fact", path: ["awards", 0, "requirements", "all", 1, "fact"], message: 'unknown fact "serviceYears"', ruleId: "requirements.tenure" },
  unknown_operator: { code: "unknown_operator", path: ["awards", 0, "requirements", "all", 1, "operator"], message: 'unknown operator "gte"' },
  unknown_window: { code: "unknown_window", path: ["awards", 0, "requirements", "all", 1, "params", "window"], message: 'unknown window "fourYears"' },
  unknown_scale: { code: "unknown_scale", path: ["awards", 0, "requirements", "all", 1, "value", "scale"], message: 'unknown scale "grade"' },
  bad_value: { code: "bad_value", path: ["awards", 0, "requirements", "all", 1, "value"], message: "expected a number for operator atLeast" },
  duplicate_id: { code: "duplicate_id", path: ["awards", 0, "categories", 0, "id"], message: "condition id staff.1.1 is used twice" },
  unknown_award: { code: "unknown_award", path: ["award"], message: 'no award "x" in rulebook model-post-000' },
  unknown_category: { code: "unknown_category", path: ["application", "category"], message: 'award model-post has no category "x"' },
  invalid_option: { code: "invalid_option", path: ["asOf"], message: "asOf: expected a date written YYYY-MM-DD" },
  invalid_score: {
    code: "invalid_score",
    path: ["scores", "service-star", "items", "3"],
    message: "item (3): a score cannot be negative (-1)",
    zh: "岗位责任制：得分不能为负数（-1）",
    ruleId: "3",
  },
  outside_audience: { code: "outside_audience", path: ["inputs"], message: "this rule covers establishment staff only", clause: "004 篇1" },
  invalid_test: { code: "invalid_test", path: ["expected", "level"], message: "Invalid input: expected number, received string" },
  unknown_attestation: {
    code: "unknown_attestation",
    path: ["attestations", "basic3"],
    message: 'rulebook r has no condition reading the attestation "basic3" (nearest: basic.3)',
  },
  unknown_measure: { code: "unknown_measure", path: ["measures", "canteenShare"], message: 'rulebook r declares no measure "canteenShare"' },
  unknown_flag: { code: "unknown_flag", path: ["flags", "contracted"], message: 'rulebook r declares no flag "contracted"' },
  duplicate_record: { code: "duplicate_record", path: [2, "id"], message: 'record id "R-1" is given twice: at records 0 and 2' },
  invalid_decision: { code: "invalid_decision", path: ["committee", "decisions", 0, "level"], message: "R-1 does not pass level 1" },
  stale_ledger: { code: "stale_ledger", path: ["previousRound", "ledger", "roundYear"], message: "the ledger is of round 2026" },
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
    expect(issueText(SAMPLES.invalid_score, "zh")).toBe("评分有误：评分.service-star.评分项.3：岗位责任制：得分不能为负数（-1）（规则 `3`）");
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

describe("a rule file the compiler refuses: its message in Chinese", () => {
  test.each([
    ['unknown fact "serviceYears"', "未定义的事实 `serviceYears`"],
    ['unknown window "fourYears"', "未定义的时间范围 `fourYears`"],
    ["fact annualAppraisals takes no where filter", "事实 `annualAppraisals` 不接受筛选条件"],
    [
      '"gold" is not a value of kind on liabilityIncidents (its values: "safety", "quality", "foodSafety")',
      "`gold` 不是 `liabilityIncidents.kind` 的取值（可用：`safety`、`quality`、`foodSafety`）",
    ],
    [
      "category staff has level 4, which award model-post does not define (no label, quota or reward)",
      "类别 `staff` 使用了奖项 `model-post` 未定义的第 4 级（无名称、名额或奖励）",
    ],
    [
      'othersAtLeast "fair" is not on scale rating (its values: "incompetent", "good", "excellent")',
      "其余年度的最低等次 `fair` 不在等级量表 `rating` 中（可用：`incompetent`、`good`、`excellent`）",
    ],
    ["unsupported path syntax at \"..x\" (only .name, [index] and ['name'])", "路径写法不受支持：`\"..x\"`（只能用 `.名称`、`[序号]` 和 `['名称']`）"],
    ["year must be a whole number from 1900 to 2199, got 3000", "年份须为 1900 至 2199 之间的整数，实为 `3000`"],
  ])("%s → %s", (message, zh) => {
    expect(ruleMessageInChinese(message)).toBe(zh);
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
