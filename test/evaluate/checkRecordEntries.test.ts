import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bundledRulebook, loadRulebook, safeEvaluateScored, safeLoadRulebook } from "../../src/index.js";

const plans = bundledRulebook("logistics-plans-004");
const canteen = (record: Record<string, unknown>) => safeEvaluateScored(plans, { id: "CT-9", ...record }, { asOf: "2025-01-20", award: "canteen-staff-review" });
const issuesOf = (outcome: ReturnType<typeof canteen>) => (outcome.success ? [] : outcome.error.issues.map((issue) => [issue.code, issue.path.join(".")]));

describe("a record's keyed entries must be ones the rulebook declares", () => {
  test("an undeclared flag is unknown_flag, with the nearest declared ones", () => {
    const outcome = canteen({ flags: { canteenstaff: true } });
    expect(issuesOf(outcome)).toEqual([["unknown_flag", "flags.canteenstaff"]]);
    expect(outcome.success ? "" : outcome.error.issues[0]?.message).toContain("canteenStaff");
  });

  test("every bad entry is reported at once: an undeclared measure, an attestation nothing reads", () => {
    expect(issuesOf(canteen({ measures: { share: 0.4 }, attestations: { "x.1": "met" } }))).toEqual([
      ["unknown_attestation", "attestations.x.1"],
      ["unknown_measure", "measures.share"],
    ]);
  });

  test("a measure's declared range holds both ways, its bounds included", () => {
    expect(canteen({ flags: { canteenStaff: true }, measures: { canteenReviewApprovalShare: 0 } }).success).toBe(true);
    expect(canteen({ flags: { canteenStaff: true }, measures: { canteenReviewApprovalShare: 1 } }).success).toBe(true);
    expect(issuesOf(canteen({ measures: { canteenReviewApprovalShare: -0.01 } }))).toEqual([["invalid_record", "measures.canteenReviewApprovalShare"]]);
    expect(issuesOf(canteen({ measures: { canteenReviewApprovalShare: 1.01 } }))).toEqual([["invalid_record", "measures.canteenReviewApprovalShare"]]);
  });

  test("a count declared whole refuses a fraction", () => {
    const json = JSON.parse(readFileSync(join(import.meta.dirname, "../../rules/004-logistics-plans.json"), "utf8"));
    json.measures.canteenReviewApprovalShare = { ...json.measures.canteenReviewApprovalShare, integer: true, max: 100, unit: "votes" };
    const counted = loadRulebook(json);
    const outcome = safeEvaluateScored(counted, { id: "CT-8", measures: { canteenReviewApprovalShare: 40.5 } }, { asOf: "2025-01-20", award: "canteen-staff-review" });
    expect(outcome.success ? [] : outcome.error.issues.map((issue) => [issue.code, issue.path.join("."), issue.message])).toEqual([
      ["invalid_record", "measures.canteenReviewApprovalShare", "measure canteenReviewApprovalShare counts whole votes; got 40.5"],
    ]);
  });

  test("a declared range that is empty is refused when the rule file loads", () => {
    const json = JSON.parse(readFileSync(join(import.meta.dirname, "../../rules/004-logistics-plans.json"), "utf8"));
    json.measures.canteenReviewApprovalShare.min = 2;
    const outcome = safeLoadRulebook(json);
    expect(outcome.success ? [] : outcome.error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["invalid_rulebook", "measures.canteenReviewApprovalShare.max"],
    ]);
  });
});
