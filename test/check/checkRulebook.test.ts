import { describe, expect, test } from "vitest";
import { bundledRulebook, bundledRulebookIds, loadRulebook } from "../../src/index.js";
import { checkRulebook } from "../../src/review/index.js";

describe("rulebook check", () => {
  // Worked out from the documents: 002's attachment prints 创建氛围浓 “10” over items 5 + 2 + 2 + 2 = 11 and
  // 人员素质高 “30” over items 5 + 6 + 6 + 6 + 6 = 29 (the total 100 still agrees). 004 篇11's bands are read
  // to cover every score (85 and above, 60 up to 85, below 60), so they leave no gap.
  test("finds exactly the disagreements the documents print", () => {
    const findings = bundledRulebookIds().flatMap((id) => checkRulebook(bundledRulebook(id).rulebook));
    expect(findings.map((finding) => [finding.awardId, finding.code, finding.printed, finding.computed])).toEqual([
      ["party-model-post", "printed_section_total", 10, 11],
      ["party-model-post", "printed_section_total", 30, 29],
    ]);
    for (const finding of findings) expect(finding.citation).toMatch(/^002 /);
  });

  test("reports a printed total and overlapping bands too", () => {
    const json = structuredClone(bundledRulebook("logistics-plans-004").rulebook) as unknown as Record<string, any>;
    const school = json.scoredAwards[0];
    school.rubric.printedTotal = 90;
    school.grades.bands[1].max = { value: 90, inclusive: true };
    const findings = checkRulebook(loadRulebook(json).rulebook).filter((finding) => finding.awardId === "school-logistics-evaluation");
    expect(findings.map((finding) => finding.code).sort()).toEqual(["band_overlap", "printed_total"]);
  });
});
