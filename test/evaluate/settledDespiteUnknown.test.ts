import { describe, expect, test } from "vitest";
import { bundledRulebook, type BundledRulebookIds, type RecordFor, evaluate, evaluateCohort, evaluateScored, loadRulebook } from "../../src/index.js";
import { from } from "../support/templates.js";

const plans = bundledRulebook("logistics-plans-004");

describe("an unknown condition that cannot change the outcome leaves nothing pending", () => {
  test("篇11: 70 points is 合格; an unknown integrity cap (which can only bar 优秀) does not make it pending", () => {
    const record: Record<string, unknown> = { ...from("004/appraisal-85-excellent.json", "S-70", { scores: { "staff-appraisal": { items: { total: 70 } } } }), attestations: {} };
    const result = evaluateScored(plans, record, { asOf: "2024-07-15", award: "staff-appraisal" });
    expect(result).toMatchObject({ status: "scored", grade: "qualified" });
    const high = evaluateScored(plans, { ...record, scores: { "staff-appraisal": { items: { total: 90 } } } } as Record<string, unknown>, {
      asOf: "2024-07-15",
      award: "staff-appraisal",
    });
    expect(high.status).toBe("pendingReview"); // at 90 the same unknown cap decides between 优秀 and 合格
  });

  test("篇11: 50 points is 不合格 already; an incident whose negligence is not given does not make it pending", () => {
    const record = from("004/appraisal-85-excellent.json", "S-50", {
      scores: { "staff-appraisal": { items: { total: 50 } } },
      liabilityIncidents: [{ date: "2024-03-01", kind: "safety", major: false }],
    });
    expect(evaluateScored(plans, record, { asOf: "2024-07-15", award: "staff-appraisal" })).toMatchObject({ status: "scored", grade: "unqualified" });
  });

  test("000: admission unknown (revocation not given) but every level fails: not qualified, not pending", () => {
    const record: RecordFor<BundledRulebookIds["model-post-000"]> = {
      id: "A-1",
      partyMember: true,
      logisticsStartDate: "2010-01-01",
      application: { category: "party", date: "2026-11-21" },
      misconductRecords: [{ date: "2020-01-01" }],
    };
    expect(evaluate(bundledRulebook(), record, { asOf: "2026-11-26" }).status).toBe("notQualified");
  });

  test("a round: a score in no band is pending a grade, not placed (篇11 read as printed, whole points: the interpretation's alternative)", () => {
    // The rule file's alternative reading of 篇11's bands, switched in data: 合格 is 60 to 84 inclusive, leaving 84 < x < 85 in no band.
    const json = structuredClone(plans.rulebook) as unknown as { scoredAwards: { id: string; grades: { bands: { max?: { value: number; inclusive: boolean } }[] } }[] };
    json.scoredAwards.find((award) => award.id === "staff-appraisal")!.grades.bands[1]!.max = { value: 84, inclusive: true };
    const asPrinted = loadRulebook(json);
    const record = from("004/appraisal-85-excellent.json", "S-845", { scores: { "staff-appraisal": { items: { total: 84.5 } } } });
    const round = evaluateCohort(asPrinted, [record], { asOf: "2024-07-15", award: "staff-appraisal", populations: { total: 10 } });
    expect(round.placements[0]).toMatchObject({ status: "pendingReview", grade: null, score: 84.5 });
    expect(evaluateCohort(plans, [record], { asOf: "2024-07-15", award: "staff-appraisal", populations: { total: 10 } }).placements[0]).toMatchObject({
      status: "placed",
      grade: "qualified",
    });
  });
});
