import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, evaluateScored, evaluateVerdicts, explain, loadRulebook, safeEvaluate } from "../../src/index.js";
import { fixtureJson } from "../support/templates.js";

// 000 §五(一): people apply (申报) in a window, and only applicants compete. A record without an
// application is evaluated for what it would come to, under a status no caller can take for an applicant's.
const rulebook = bundledRulebook();
const fixture = fixtureJson("000/staff-l1-trade-first-prize.json"); // an applicant: staff level 1
const { application: _application, ...withoutApplication } = fixture.input;

describe("a record that did not apply (000 §五(一))", () => {
  test("evaluate: notApplied, no level, no reward; ifApplied says what it would come to, in both languages", () => {
    const result = evaluate(rulebook, withoutApplication, { asOf: fixture.asOf });
    expect(result).toMatchObject({
      status: "notApplied",
      category: null,
      level: null,
      reward: null,
      ifApplied: { status: "qualified", category: "staff", level: 1, reward: { value: 500, unit: "CNY per person" } },
    });
    expect(result.summary.en).toBe(
      "Did not apply for the quality service model post, so does not compete (000 §五(一)); if they applied: qualifies for level-1 model post, staff model post; reward 500 CNY per person.",
    );
    expect(result.summary.zh).toBe("未申报优质服务示范岗，不参与评选 (000 §五(一))；如申报：符合员工示范岗一级示范岗条件，奖励每人 500 元。");
    expect(explain(result, { language: "zh" })).toContain("未申报优质服务示范岗");
    // the applicant's own record: qualified, ifApplied null
    expect(evaluate(rulebook, fixture.input, { asOf: fixture.asOf })).toMatchObject({ status: "qualified", level: 1, ifApplied: null });
  });

  test("the fast path agrees: status notApplied, what it would come to in ifApplied", () => {
    expect(evaluateVerdicts(rulebook, withoutApplication, { asOf: fixture.asOf })).toMatchObject({
      status: "notApplied",
      category: null,
      level: null,
      ifApplied: { status: "qualified", category: "staff", level: 1 },
    });
  });

  test("an application for another award of the rulebook is not one for this award (001: two titles); one naming no award is refused", () => {
    const service = bundledRulebook("service-model-post-001");
    const star = fixtureJson("001/star-bonus-exactly-at-cap.json");
    const forThePost: Record<string, unknown> = {
      ...star.input,
      application: { award: "service-model-post", date: "2011-06-01" },
      scores: { "service-star": (star.input.scores as Record<string, unknown>)["service-star"] },
    };
    expect(evaluateScored(service, forThePost, { asOf: star.asOf, award: "service-star" }).status).toBe("notApplied");
    expect(
      evaluateScored(service, { ...forThePost, application: { award: "service-star", date: "2011-06-01" } } as Record<string, unknown>, { asOf: star.asOf, award: "service-star" })
        .status,
    ).toBe("scored");
    const unknown = safeEvaluate(rulebook, { ...fixture.input, application: { ...(fixture.input.application as object), award: "model-pots" } }, { asOf: fixture.asOf });
    expect(unknown.success ? null : unknown.error.issues.map((issue) => [issue.code, issue.path])).toEqual([["unknown_award", ["application", "award"]]]);
  });

  test("an application for a level award names its category", () => {
    const result = safeEvaluate(rulebook, { ...fixture.input, application: { date: "2026-11-22" } }, { asOf: fixture.asOf });
    expect(result.success ? null : result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_record", ["application", "category"]]]);
  });

  test("001 §四3(1): a scored applicant competes; without an application, notApplied with the score kept", () => {
    const star = fixtureJson("001/star-bonus-exactly-at-cap.json");
    const { application: _none, ...noApplication } = star.input;
    const result = evaluateScored(bundledRulebook("service-model-post-001"), noApplication, { asOf: star.asOf, award: "service-star" });
    expect(result.status).toBe("notApplied");
    expect(result.ifApplied).toEqual({ status: "scored", grade: null });
    expect(result.score).toBe(evaluateScored(bundledRulebook("service-model-post-001"), star.input, { asOf: star.asOf, award: "service-star" }).score);
    expect(result.prize).toBeNull();
  });
});

describe("who takes part: a level award's participants", () => {
  test("a record outside the organisations the rule file lists is refused with the clause, by evaluate and by the fast path", () => {
    const json = structuredClone(rulebook.rulebook) as unknown as Record<string, any>;
    json.organisations = [{ id: "catering", label: { zh: "饮食服务科", en: "catering" }, kind: "department", source: { document: "000", clause: "§三(一)" } }];
    json.awards[0].candidacy.participants = { kind: "department", field: "department", source: { document: "000", clause: "§三(一)" } };
    const listed = loadRulebook(json);
    const outside: Record<string, unknown> = { ...fixture.input, department: "security" };
    const result = evaluate(listed, outside, { asOf: fixture.asOf });
    expect(result).toMatchObject({ status: "refused", level: null, missingFacts: [] });
    expect(result.refusal.map((entry) => entry.citation)).toEqual(["000 §三(一)"]);
    expect(result.refusal[0]?.reason.zh).toBe("所在部门“security”不在文件所列参评科室之内，不参加评选 (000 §三(一))");
    expect(evaluateVerdicts(listed, outside, { asOf: fixture.asOf }).status).toBe("refused");
    expect(evaluate(listed, { ...fixture.input, department: "catering" } as Record<string, unknown>, { asOf: fixture.asOf }).status).toBe("qualified");
  });
});
