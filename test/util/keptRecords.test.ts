import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateVerdicts, loadRulebook, parseCandidate, parseCandidateJson } from "../../src/index.js";
import { attestationsOf, keptOf } from "../../src/util/keptRecords.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const options = { asOf: "2026-11-26" };

describe("kept records", () => {
  test("a parsed record is kept; a plain object or a copy of it is not", () => {
    const record = parseCandidate({ id: "T-1", attestations: { "staff.1.1": "met" } });
    expect(keptOf(record)).toBeDefined();
    expect(keptOf(parseCandidateJson('{"id":"T-2"}'))).toBeDefined();
    expect(keptOf({ ...record })).toBeUndefined();
    expect(keptOf(structuredClone(record))).toBeUndefined();
    expect(keptOf("T-1")).toBeUndefined();
  });

  test("evaluation reads a kept record's attestations from its own table, equal to the record's, which stays frozen and as given", () => {
    const record = parseCandidate({ id: "T-1", attestations: { "staff.1.1": "met", "staff.1.2": "notMet" } });
    const table = attestationsOf(record)!;
    expect(table).not.toBe(record.attestations);
    expect(Object.getPrototypeOf(table)).toBeNull();
    expect({ ...table }).toEqual(record.attestations);
    expect(Object.isFrozen(record.attestations)).toBe(true);
    expect(Object.getPrototypeOf(record.attestations)).toBe(Object.prototype);
    expect(attestationsOf(parseCandidate({ id: "T-3" }))).toBeUndefined();
  });

  test("a kept record is checked against each rulebook it meets, not once for all", () => {
    const record = parseCandidate({ id: "T-1", attestations: { "staff.1.1": "met" } });
    expect(evaluateVerdicts(bundledRulebook(), record, options).status).toBeDefined();
    expect(keptOf(record)!.checkedBy).toBe(bundledRulebook());
    const other = loadRulebook(JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/authoring/rules/005-excellent-cleaner.json"), "utf8")));
    // the other rulebook reads no attestation staff.1.1: refused there, every time
    for (let round = 0; round < 2; round += 1) expect(() => evaluateVerdicts(other, record, options)).toThrow(/unknown_attestation|staff\.1\.1/);
    expect(evaluateVerdicts(bundledRulebook(), record, options).status).toBeDefined();
  });
});
