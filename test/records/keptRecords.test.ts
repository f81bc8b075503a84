import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateVerdicts, loadRulebook, parseCandidate, parseCandidateJson } from "../../src/index.js";
import { keptOf } from "../../src/records/keptRecords.js";
import { EvaluationContext } from "../../src/compile/context.js";
import { RECORD_FIELDS } from "../../src/schema/recordFields.js";
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
    const table = keptOf(record)!.view.attestations!;
    expect(table).not.toBe(record.attestations);
    expect(Object.getPrototypeOf(table)).toBeNull();
    expect({ ...table }).toEqual(record.attestations);
    expect(Object.isFrozen(record.attestations)).toBe(true);
    expect(Object.getPrototypeOf(record.attestations)).toBe(Object.prototype);
    expect(keptOf(parseCandidate({ id: "T-3" }))!.view.attestations).toBeUndefined();
  });

  test("a view has every field of the record schema, in its order, holding the record's own values", () => {
    const record = parseCandidate({ id: "T-1", role: "staff", honours: [{ date: "2025-06-01", kind: "individualAdvanced", scope: "school" }] });
    const view = keptOf(record)!.view;
    expect(Object.keys(view)).toEqual(Object.keys(RECORD_FIELDS));
    expect(view.id).toBe("T-1");
    expect(view.honours).toBe(record.honours);
    expect(view.partyMember).toBeUndefined();
    const plain = { id: "T-2", attestations: { "staff.1.1": "met" as const } };
    const ctx = (given: typeof plain) => new EvaluationContext(given, "2026-11-26", bundledRulebook().rulebook.windows, bundledRulebook().slotCount);
    expect(ctx(plain).view).toBe(plain);
    expect(ctx(plain).kept).toBe(false);
    expect(ctx(record as unknown as typeof plain).view).toBe(view);
    expect(ctx(record as unknown as typeof plain).kept).toBe(true);
    expect(Object.keys(RECORD_FIELDS)).toContain("attestations");
    expect(Object.keys(RECORD_FIELDS)[0]).toBe("id");
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
