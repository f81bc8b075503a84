import { describe, expect, test } from "vitest";
import { lintRulebook } from "../../src/lint/lintRulebook.js";
import { largeLevelRuleFile } from "./largeRuleFile.js";

// Old: every pair of an `all`'s leaves compared (25,000 leaves a level: 300 million pairs), and a
// file this size refused by the guard (more than 1,000,000 values).
describe("a rule file of 100,000 conditions", () => {
  test("lints in seconds, with the findings of the file it grew from", () => {
    const json = largeLevelRuleFile(100_000);
    const started = performance.now();
    const findings = lintRulebook(json);
    const took = performance.now() - started;
    expect(findings.map((finding) => [finding.code, finding.ruleId])).toEqual([["lower_level_stricter", "party.2.6"]]);
    expect(took).toBeLessThan(30_000);
  }, 120_000);

  test("a contradiction among 100,000 conditions is still found, and named once", () => {
    const json = largeLevelRuleFile(100_000);
    const level = json.awards[0].categories[0].levels[0].conditions;
    const last = level.all.at(-1).all;
    last.push({ ...last[0], id: `${last[0].id}.clash`, operator: "lessThan", value: 0 });
    const started = performance.now();
    const unreachable = lintRulebook(json).filter((finding) => finding.code === "unreachable_level");
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(unreachable).toHaveLength(1);
    expect(unreachable[0]!.message).toContain(`contradicts ${last[0].id}.clash`);
  }, 120_000);
});
