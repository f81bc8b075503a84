import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, evaluateVerdicts, parseCandidate, safeEvaluate, safeParseCandidate, type BundledRulebookIds, type RecordFor } from "../../src/index.js";

// undefined is "not given" (the record types allow it on every optional field); null is refused
const asOf = "2026-11-26";
type ModelPostRecord = RecordFor<BundledRulebookIds["model-post-000"]>;
const record: ModelPostRecord = {
  id: "T-001",
  logisticsStartDate: "2015-09-01",
  partyMember: false,
  role: "staff",
  annualAppraisals: { "2023": "good", "2024": "excellent", "2025": "excellent" },
  complaints: [],
  attestations: { "requirements.conduct": "met" },
  application: { category: "staff", date: "2026-11-23" },
};

describe("undefined on a field means not given", () => {
  test("a record with undefined fields evaluates as the record without them", () => {
    const withUndefined: ModelPostRecord = { ...record, professionalTitle: undefined, liabilityIncidents: undefined, complaints: [{ date: "2025-01-02", verified: undefined }] };
    const without: ModelPostRecord = { ...record, complaints: [{ date: "2025-01-02" }] };
    expect(JSON.stringify(evaluate(bundledRulebook(), withUndefined, { asOf }))).toBe(JSON.stringify(evaluate(bundledRulebook(), without, { asOf })));
    expect(evaluateVerdicts(bundledRulebook(), withUndefined, { asOf })).toEqual(evaluateVerdicts(bundledRulebook(), without, { asOf }));
  });

  test("parseCandidate leaves undefined fields out of the record it keeps", () => {
    const kept = parseCandidate({ id: "T-2", partyMember: undefined, application: { category: undefined, date: "2026-11-23" } });
    expect(Object.keys(kept)).toEqual(["id", "application"]);
    expect(Object.keys(kept.application ?? {})).toEqual(["date"]);
  });

  test("undefined on the required id is a missing id", () => {
    const outcome = safeParseCandidate({ id: undefined });
    expect(outcome.success ? [] : outcome.error.issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_record", ["id"]]]);
  });

  test("undefined in a list is refused: a list has no optional items", () => {
    const outcome = safeParseCandidate({ id: "T-3", complaints: [undefined] });
    expect(outcome.success ? [] : outcome.error.issues.map((issue) => [issue.path, issue.message])).toEqual([[["complaints", 0], "a undefined is not a JSON value"]]);
  });
});

describe("null is not 'not given': it is refused with the field's path", () => {
  test.each([
    ["professionalTitle", { professionalTitle: null }],
    ["partyMember", { partyMember: null }],
  ])("%s: null", (field, extra) => {
    const outcome = safeEvaluate(bundledRulebook(), { ...record, ...extra }, { asOf });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error.issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_record", [field]]]);
  });
});
