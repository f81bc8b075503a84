import { describe, expect, test } from "vitest";
import { isCheckedRecord, withCheckedRecord } from "../../src/records/trustedRecord.js";
import { recordOf } from "../../src/load/parseCandidate.js";
import { AwardRulesError } from "../../src/errors/AwardRulesError.js";

describe("withCheckedRecord", () => {
  test("the record is taken as checked during the call only, even when the call throws", () => {
    const record = { id: "T-1" };
    expect(isCheckedRecord(record)).toBe(false);
    expect(withCheckedRecord(record, () => isCheckedRecord(record))).toBe(true);
    expect(withCheckedRecord(record, () => isCheckedRecord({ id: "T-1" }))).toBe(false);
    expect(() =>
      withCheckedRecord(record, () => {
        throw new Error("x");
      }),
    ).toThrow("x");
    expect(isCheckedRecord(record)).toBe(false);
    expect(isCheckedRecord(undefined)).toBe(false);
  });

  test("recordOf reads a checked record as it is, and checks any other", () => {
    const bad = { id: "" };
    expect(() => recordOf(bad)).toThrow(AwardRulesError);
    // taken as checked, it is not read again (the caller answers for it)
    expect(withCheckedRecord(bad, () => recordOf(bad))).toBe(bad);
    const nested = { id: "T-2" };
    withCheckedRecord(nested, () => withCheckedRecord({ id: "T-3" }, () => undefined));
    expect(withCheckedRecord(nested, () => withCheckedRecord({ id: "T-3" }, () => isCheckedRecord(nested)))).toBe(false);
  });
});
