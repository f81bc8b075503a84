import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateVerdicts, parseCandidate } from "../../src/index.js";
import { benchRecord, mulberry32, syntheticRecord, withKnownAbsent } from "./generate.js";
import { handTuned000, unpack } from "./handTuned.js";

describe("the hand-tuned 000 function (the benchmark's limit) agrees with evaluateVerdicts", () => {
  test("5,000 seeded records: levels, status, category and level; every status occurs", () => {
    const random = mulberry32(99);
    const rulebook = bundledRulebook();
    const statuses = new Set<string>();
    for (let index = 0; index < 5000; index += 1) {
      const record = parseCandidate(syntheticRecord(random, index));
      // the peers decide; the revision a result came from is the library's own addition
      const { revision: _revision, outsideEffectivePeriod: _outside, ...ours } = evaluateVerdicts(rulebook, record, { asOf: "2026-11-26" });
      expect(unpack(handTuned000(record)), record.id).toEqual(ours);
      statuses.add(ours.status);
    }
    expect([...statuses].sort()).toEqual(["notApplied", "notQualified", "pendingReview", "qualified", "refused"]);
  }, 60_000);

  test("5,000 seeded records with knownAbsent (and the benchmark's mix): the years said to have had nothing are read", () => {
    const random = mulberry32(100);
    const rulebook = bundledRulebook();
    let decidedByAbsence = 0;
    for (let index = 0; index < 5000; index += 1) {
      const plain = syntheticRecord(random, index);
      const record = parseCandidate(index % 2 === 0 ? withKnownAbsent(random, plain) : benchRecord(random, index));
      // the peers decide; the revision a result came from is the library's own addition
      const { revision: _revision, outsideEffectivePeriod: _outside, ...ours } = evaluateVerdicts(rulebook, record, { asOf: "2026-11-26" });
      expect(unpack(handTuned000(record)), JSON.stringify(record)).toEqual(ours);
      if (record.knownAbsent !== undefined) {
        const { knownAbsent: _absent, ...without } = record;
        if (JSON.stringify({ ...evaluateVerdicts(rulebook, without, { asOf: "2026-11-26" }), revision: undefined, outsideEffectivePeriod: undefined }) !== JSON.stringify(ours))
          decidedByAbsence += 1;
      }
    }
    // knownAbsent changes the verdicts of many of them, so the agreement above is about it
    expect(decidedByAbsence).toBeGreaterThan(500);
  }, 60_000);
});
