import { LogicEngine } from "json-logic-engine";
import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateVerdicts, parseCandidate } from "../../src/index.js";
import { mulberry32, syntheticRecord } from "./generate.js";
import { decideKleene, toJsonLogic } from "./toJsonLogic.js";

describe("the JsonLogic translation of 000 (the benchmark's compiled peer) agrees with evaluateVerdicts", () => {
  test("5,000 seeded records, compiled by json-logic-engine: levels, status, category and level", () => {
    const rulebook = bundledRulebook();
    const run = new LogicEngine().build(toJsonLogic(rulebook.rulebook, "2026-11-26")) as (data: unknown) => number[];
    const categories = rulebook.awards[0]!.categories.map((category) => category.id);
    const random = mulberry32(4242);
    for (let index = 0; index < 5000; index += 1) {
      const record = parseCandidate(syntheticRecord(random, index));
      // the peers decide; the revision a result came from is the library's own addition
      const { revision: _revision, outsideEffectivePeriod: _outside, ...ours } = evaluateVerdicts(rulebook, record, { asOf: "2026-11-26" });
      expect(decideKleene(run(record), categories, record.application?.category), record.id).toEqual(ours);
    }
  }, 60_000);
});
