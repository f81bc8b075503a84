import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { evaluateCohort } from "../../src/cohort/evaluateCohort.js";
import { crowdedCandidates, eachCandidate } from "../../src/cohort/tieCandidates.js";
import type { Crowd } from "../../src/cohort/crowds.js";
import { bundledRulebook } from "../../src/load/bundled.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const crowdOf = (ids: string[]): Crowd => {
  const sorted = [...ids].sort();
  return { size: sorted.length, eachId: () => sorted, lastId: () => sorted.at(-1) as string };
};

describe("crowdedCandidates", () => {
  test("merges the singles and every crowd's members into one id order, and counts them", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 5 })), fc.array(fc.array(fc.string({ maxLength: 5 }), { minLength: 1 }), { maxLength: 6 }), fc.nat(12), (singles, crowds, count) => {
        const candidates = crowdedCandidates(singles, crowds.map(crowdOf));
        const all = [...singles, ...crowds.flat()].sort();
        expect([...candidates.each()]).toEqual(all);
        expect(candidates.total).toBe(all.length);
        expect(candidates.first(count)).toEqual(all.slice(0, count));
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});

describe("a round's tie among crowds", () => {
  // 400 copies of a fixture that qualifies for every level: one crowd tied at level 1's cut
  const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "000", "attest-party-l2-l3-item2-notmet-l1-qualifies.json"), "utf8")) as { input: Record<string, unknown> };
  const records = Array.from({ length: 400 }, (_, index) => ({ ...fixture.input, id: `C-${String(399 - index).padStart(3, "0")}` }));

  test("names its candidates in id order, made only when read, and gives them one at a time", () => {
    const round = evaluateCohort(bundledRulebook(), records, { asOf: "2026-11-26" });
    const tie = round.ties[0]!;
    expect(typeof Object.getOwnPropertyDescriptor(tie, "candidates")?.get).toBe("function");
    const ids = records.map((record) => record.id).sort();
    expect([...eachCandidate(tie)]).toEqual(ids);
    expect(tie.candidates).toEqual(ids);
    expect(tie.reason.en).toContain(`(${ids.slice(0, 10).join(", ")} and 390 more)`);
    expect(JSON.parse(JSON.stringify(tie)).candidates).toEqual(ids);
    tie.candidates = ["replaced"];
    expect([...eachCandidate(tie)]).toEqual(["replaced"]);
  });
});
