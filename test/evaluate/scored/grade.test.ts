import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateScored, loadRulebook } from "../../../src/index.js";
import { fixtureJson } from "../../support/templates.js";

// 004 篇11 第五条4: 85~100 优秀, 60~84 合格, 59分以下 不合格. The rule file reads a combined score as
// it is (scoreRounding none): 59.5 is 不合格 (fixtures/004/appraisal-59.5-unqualified.json). The
// other reading, a one-line change, rounds half up to a whole point first: 59.5 counts as 60.
const fixture = fixtureJson("004/appraisal-59.5-unqualified.json");
const options = { asOf: fixture.asOf, award: "staff-appraisal" };

describe("a score is rounded before the bands only where the rule file says so", () => {
  test("as bundled (none): 59.5 is below 60, unqualified; 84.5 is qualified", () => {
    expect(evaluateScored(bundledRulebook("logistics-plans-004"), fixture.input, options).grade).toBe("unqualified");
    const high: Record<string, unknown> = { ...fixture.input, scores: { "staff-appraisal": { items: { total: 84.5 } } } };
    expect(evaluateScored(bundledRulebook("logistics-plans-004"), high, options).grade).toBe("qualified");
  });

  test("halfUpToWhole: 59.5 counts as 60 (qualified), 84.5 as 85 (excellent), 59.4 stays unqualified; the band step says so", () => {
    const json = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "rules", "004-logistics-plans.json"), "utf8")) as {
      scoredAwards: { id: string; grades?: { scoreRounding: string } }[];
    };
    json.scoredAwards.find((award) => award.id === "staff-appraisal")!.grades!.scoreRounding = "halfUpToWhole";
    const rounded = loadRulebook(json);
    const at = (total: number) => evaluateScored(rounded, { ...fixture.input, scores: { "staff-appraisal": { items: { total } } } } as Record<string, unknown>, options);
    expect([at(59.5).grade, at(84.5).grade, at(59.4).grade]).toEqual(["qualified", "excellent", "unqualified"]);
    expect(at(59.5).gradeSteps.find((step) => step.kind === "band" && step.status === "pass")?.reason.en).toContain("score 59.5 (rounded to 60) is in “60~84分”");
  });
});
