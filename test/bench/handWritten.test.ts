import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateVerdicts, parseCandidate } from "../../src/index.js";
import { mulberry32, syntheticRecord } from "./generate.js";
import { handWritten000 } from "./handWritten.js";

const STATUS = ["fail", "pass", "unknown"] as const;

describe("the compiled rulebook agrees with the hand-written 000 rules on synthetic records", () => {
  test("5,000 seeded records: every category's every level, and every kind of status occurs", () => {
    const random = mulberry32(2026);
    const rulebook = bundledRulebook();
    const seen = new Set<string>();
    for (let index = 0; index < 5000; index += 1) {
      const record = parseCandidate(syntheticRecord(random, index));
      const ours = evaluateVerdicts(rulebook, record, { asOf: "2026-11-26" }).levels;
      const theirs = handWritten000(record);
      for (const category of ["party", "staff", "management"]) {
        const expected = theirs[category]!.map((status) => STATUS[status]);
        expect(ours[category], `${record.id} ${category}`).toEqual(expected);
        expected.forEach((status, level) => seen.add(`${category}.${level + 1}.${status}`));
      }
    }
    for (const category of ["party", "staff", "management"]) {
      for (const level of [1, 2, 3]) for (const status of STATUS) expect(seen, `${category}.${level}.${status}`).toContain(`${category}.${level}.${status}`);
    }
  }, 60_000);
});
