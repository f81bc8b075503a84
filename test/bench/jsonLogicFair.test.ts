import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateVerdicts, parseCandidate } from "../../src/index.js";
import { benchRecord, mulberry32 } from "./generate.js";
import { fairLogicEngine, toFairJsonLogic } from "./jsonLogicFair.js";
import { decideKleene } from "./toJsonLogic.js";

describe("the fair JsonLogic translation of 000 (the benchmark's compiled peer) agrees with evaluateVerdicts", () => {
  test("5,000 seeded records, knownAbsent among them: built with and without compile hooks, and run interpreted", () => {
    const rulebook = bundledRulebook();
    const logic = toFairJsonLogic(rulebook.rulebook, "2026-11-26");
    const hooked = fairLogicEngine().build(logic) as (data: unknown) => number[];
    const plain = fairLogicEngine(false).build(logic) as (data: unknown) => number[];
    const interpreted = fairLogicEngine();
    const categories = rulebook.awards[0]!.categories.map((category) => category.id);
    const random = mulberry32(4243);
    let absent = 0;
    for (let index = 0; index < 5000; index += 1) {
      const record = parseCandidate(benchRecord(random, index));
      if (record.knownAbsent !== undefined) absent += 1;
      // the peers decide; the revision a result came from is the library's own addition
      const { revision: _revision, outsideEffectivePeriod: _outside, ...ours } = evaluateVerdicts(rulebook, record, { asOf: "2026-11-26" });
      const applied = record.application?.category;
      expect(decideKleene(hooked(record), categories, applied), record.id).toEqual(ours);
      expect(plain(record), record.id).toEqual(hooked(record));
      if (index < 500) expect(interpreted.run(logic, record), record.id).toEqual(hooked(record));
    }
    expect(absent).toBeGreaterThan(1000);
  }, 60_000);
});
