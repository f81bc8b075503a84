import { describe, expect, test } from "vitest";
import { AwardRulesError } from "../../src/errors/AwardRulesError.js";
import { evaluate } from "../../src/index.js";
import { loadRulebook } from "../../src/load/loadRulebook.js";
import { largeLevelRuleFile, largeRubricRuleFile } from "../lint/largeRuleFile.js";

describe("large rule files load in seconds", () => {
  test("100,000 conditions (lists of at most 10,000, about 1,300,000 values)", () => {
    const json = largeLevelRuleFile(100_000);
    const started = performance.now();
    const compiled = loadRulebook(json);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(compiled.rulebook.awards[0]!.categories[0]!.levels[0]!.conditions.all!.length).toBeGreaterThan(4);
    // trees this large are walked, not generated as code: the verdicts are still given
    const result = evaluate(compiled, { id: "P-1", partyMember: true, logisticsStartDate: "2000-01-01" }, { asOf: "2026-11-26" });
    const party = result.categories.find((category) => category.id === "party")!;
    // 26 full years: at least 0 holds, at least 90 does not; the attestations are not given
    expect(party.levels.map((level) => level.status)).toEqual(["fail", "fail", "fail"]);
    const generated = new Map(party.levels[0]!.conditions.children.flatMap((child) => child.children).map((node) => [node.id, node.status]));
    expect([generated.get("party.1.x0"), generated.get("party.1.x90"), generated.get("party.1.x1")]).toEqual(["pass", "fail", "unknown"]);
    expect(performance.now() - started).toBeLessThan(40_000);
  }, 120_000);

  test("90,000 rubric items, and a repeated item id among them found as fast", () => {
    const json = largeRubricRuleFile(90_000);
    let started = performance.now();
    loadRulebook(json);
    expect(performance.now() - started).toBeLessThan(10_000);
    json.scoredAwards[0].rubric.sections[8].items[9_999].id = "item5";
    started = performance.now();
    let error: unknown;
    try {
      loadRulebook(json);
    } catch (caught) {
      error = caught;
    }
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(AwardRulesError);
    expect((error as AwardRulesError).issues[0]!.message).toContain("item5");
  }, 120_000);

  test("past 2,000,000 values a rule file is refused, not processed", () => {
    const json = largeLevelRuleFile(160_000);
    expect(() => loadRulebook(json)).toThrow(/more than 2000000 values/);
  }, 120_000);
});
