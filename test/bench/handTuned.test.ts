import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateVerdicts, parseCandidate } from "../../src/index.js";
import { mulberry32, syntheticRecord } from "./generate.js";
import { handTuned000, unpack } from "./handTuned.js";

describe("the hand-tuned 000 function (the benchmark's limit) agrees with evaluateVerdicts", () => {
  test("5,000 seeded records: levels, status, category and level; every status occurs", () => {
    const random = mulberry32(99);
    const rulebook = bundledRulebook();
    const statuses = new Set<string>();
    for (let index = 0; index < 5000; index += 1) {
      const record = parseCandidate(syntheticRecord(random, index));
      const ours = evaluateVerdicts(rulebook, record, { asOf: "2026-11-26" });
      expect(unpack(handTuned000(record)), record.id).toEqual(ours);
      statuses.add(ours.status);
    }
    expect([...statuses].sort()).toEqual(["notApplied", "notQualified", "pendingReview", "qualified", "refused"]);
  }, 60_000);
});
