import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, evaluateScored, explain, explainScored } from "../../src/index.js";
import { missingLabel, missingText } from "../../src/evaluate/missingLabels.js";
import { amountText, NODE_STATUS_WORDS } from "../../src/evaluate/words.js";

// How explanations and summaries word rewards, statuses, missing inputs, vetoes and caps, worked out
// from the fixtures' own records and the rule files' labels.

type Fixture = { input: Record<string, unknown>; asOf: string; rulebook?: string; award?: string };
const fixture = (path: string): Fixture => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", path), "utf8")) as Fixture;
const levelResult = (path: string) => {
  const found = fixture(path);
  return evaluate(bundledRulebook(found.rulebook ?? "model-post-000"), found.input, { asOf: found.asOf, ...(found.award ? { award: found.award } : {}) });
};
const scoredResult = (path: string) => {
  const found = fixture(path);
  return evaluateScored(bundledRulebook(found.rulebook ?? "model-post-000"), found.input, { asOf: found.asOf, award: found.award as string });
};

describe("rewards in 元 in Chinese, as the rule file states them in English", () => {
  test("a staff level-2 qualifier: 奖励每人 400 元 / reward 400 CNY per person (000 §六(二))", () => {
    const result = levelResult("000/attest-staff-teaching-notmet-staff-l2-reward-400.json");
    expect(result.reward).toEqual({ value: 400, unit: "CNY per person" });
    expect(result.summary.zh).toContain("奖励每人 400 元");
    expect(result.summary.zh).not.toMatch(/CNY|per|person/);
    expect(result.summary.en).toContain("reward 400 CNY per person");
  });

  test.each([
    [400, "CNY per person", "每人 400 元"],
    [50, "CNY per day", "每天 50 元"],
    [3000, "CNY", "3000 元"],
    [5, "CNY per team", "每个班组 5 元"],
    [2, "nominees per service unit", "2 nominees per service unit"],
  ])("amountText(%s, %s, zh) = %s", (value, unit, said) => {
    expect(amountText(value, unit, "zh")).toBe(said);
    expect(amountText(value, unit, "en")).toBe(`${value} ${unit}`);
  });
});

describe("level headers carry the status in words", () => {
  test("a level still open reads 待定（缺少信息）, never `unknown`; a passed one 符合, a failed one 不符合", () => {
    const result = levelResult("000/party-conduct-attestation-missing.json");
    const zh = explain(result, { language: "zh" });
    const en = explain(result, { language: "en" });
    const statuses = new Set(result.categories.flatMap((category) => category.levels.map((level) => level.status)));
    expect(statuses.has("unknown")).toBe(true);
    expect(zh).toContain(`一级示范岗：${NODE_STATUS_WORDS.unknown.zh} ==`);
    expect(zh).not.toMatch(/: (unknown|pass|fail) ==/);
    expect(en).toMatch(/: pending \(information missing\) ==/);
    expect(en).not.toMatch(/: (unknown|pass|fail) ==/);
  });
});

describe("missing inputs by their labels, the ids kept in missingFacts", () => {
  test("an attestation not given: its condition's words, not attestation[requirements.conduct]", () => {
    const result = levelResult("000/party-conduct-attestation-missing.json");
    expect(result.missingFacts).toContain("attestation[requirements.conduct]");
    const zh = explain(result, { language: "zh" });
    expect(result.summary.zh).toContain("尚缺“能遵纪守法，有较强的工作责任心和奉献精神”");
    expect(zh).not.toContain("attestation[");
    expect(zh).toContain("尚缺：“能遵纪守法，有较强的工作责任心和奉献精神”");
    expect(explain(result, { language: "en" })).not.toContain("attestation[");
  });

  test("record fields by their names, with the year or date and the item's field", () => {
    const none = new Map();
    expect(missingLabel("economicTargets[2025]", "zh", none)).toBe("经济指标及完成情况（2025）");
    expect(missingLabel("economicTargets[2025]", "en", none)).toBe("economic targets and results (2025)");
    expect(missingLabel("complaints[2017-12-15].verified", "zh", none)).toBe("被投诉记录（2017-12-15）：经查属实");
    expect(missingLabel("liabilityIncidents[2024-02-10].negligentWithLoss", "zh", none)).toBe("自身责任事故（2024-02-10）：失职、渎职");
    expect(missingLabel("partyMember", "zh", none)).toBe("是否党员");
    expect(missingLabel("application.date", "zh", none)).toBe("申报日期");
    expect(missingLabel("scores[staff-appraisal].items[total]", "zh", none)).toBe("评分总分");
    expect(missingText(["partyMember", "partyMember"], "zh", none)).toBe("“是否党员”");
  });

  test("a scored award's missing attestation (a grade cap's condition) by the cap's words", () => {
    const result = scoredResult("004/appraisal-integrity-not-attested-pending.json");
    expect(result.missingFacts).toEqual(["attestation[cap.integrity.when]"]);
    expect(result.summary.zh).toContain("尚缺“在廉政、行风建设方面表现较差”");
    expect(explainScored(result, { language: "zh" })).toContain("尚缺：“在廉政、行风建设方面表现较差”");
    expect(explainScored(result, { language: "en" })).toContain("Still needed: poor integrity and conduct");
  });
});

describe("vetoes and caps say what happened", () => {
  test("a veto that did not trigger: 未触发一票否决 / veto not triggered — not a bare ✗", () => {
    const result = scoredResult("001/model-post-full-rubric-total.json");
    expect(result.vetoes.map((veto) => veto.status)).toEqual(["fail"]);
    expect(explainScored(result, { language: "zh" })).toContain("未触发一票否决：出现安全责任事故，取消评选资格 (001 §三5)");
    expect(explainScored(result, { language: "en" })).toContain("veto not triggered: a safety liability accident disqualifies (001 §三5)");
  });

  test("a veto that triggered: 触发一票否决 / vetoed, in the explanation and the summary", () => {
    const result = scoredResult("001/model-post-food-poisoning-vetoed.json");
    expect(result.status).toBe("vetoed");
    expect(result.summary.zh).toBe("触发一票否决：出现安全责任事故，取消评选资格 (001 §三5)");
    expect(result.summary.en).toBe("Vetoed: a safety liability accident disqualifies (001 §三5)");
    expect(explainScored(result, { language: "zh" })).toContain("\n触发一票否决：出现安全责任事故");
  });

  test("caps: lowered (封顶), holding but not lowering, not triggered; never `[cap fail]`", () => {
    const capped = explainScored(scoredResult("004/appraisal-cap-integrity.json"), { language: "zh" });
    expect(capped).toContain("[封顶，等次降为上限] 在廉政、行风建设方面表现较差");
    expect(capped).toContain("[未触及上限] 本学年工作中有责任事故");
    const within = explainScored(scoredResult("004/appraisal-cap-does-not-raise-qualified.json"), { language: "zh" });
    expect(within).toContain("[触及上限，但等次本已不高于上限] 本学年工作中有责任事故");
    const en = explainScored(scoredResult("004/appraisal-cap-integrity.json"), { language: "en" });
    expect(en).toContain("[capped: grade lowered to the cap] poor integrity and conduct");
    expect(en).toContain("[cap not triggered]");
    expect(en).not.toMatch(/\[cap [✓✗?]\]/);
  });

  test("forced grades: 直接定等条件成立 / 未直接定等", () => {
    const text = explainScored(scoredResult("004/appraisal-absence-3-days-forced-unqualified.json"), { language: "zh" });
    expect(text).toContain("[直接定等条件成立] 全年累计旷工3天以上");
    expect(text).toContain("[未直接定等] 由于失职、渎职发生责任事故");
  });
});
