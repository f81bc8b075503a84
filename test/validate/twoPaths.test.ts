import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { safeParseCandidate, safeParseCandidateJson } from "../../src/index.js";
import { mulberry32, syntheticRecord } from "../bench/generate.js";

/** What a parse came to: the record, or every issue with its path and message. */
const outcome = (result: ReturnType<typeof safeParseCandidate>) =>
  result.success ? { record: result.data } : { issues: result.error.issues.map(({ code, path, messageId, message }) => ({ code, path, messageId, message })) };
const bothWays = (value: unknown) => ({ object: outcome(safeParseCandidate(value)), text: outcome(safeParseCandidateJson(JSON.stringify(value))) });

/** Edits that break a record in the ways the attack run used: deep nesting, wrong types, unknown and prototype keys, long strings and lists. */
const EDITS: ((record: Record<string, unknown>, depth: number) => void)[] = [
  (record, depth) => {
    let nested: unknown = "x";
    for (let level = 0; level < depth; level += 1) nested = [nested];
    record.name = nested;
  },
  (record, depth) => {
    let nested: unknown = 1;
    for (let level = 0; level < depth; level += 1) nested = { a: nested };
    record.attestations = nested;
  },
  (record) => (record.partyMember = "yes"),
  (record) => (record.unknownField = 1),
  (record) => (record.complaints = [{ date: "2025-01-01", __proto__x: 1 }]),
  (record) => (record.name = "x".repeat(10_001)),
  (record) => (record.complaints = Array.from({ length: 10_001 }, () => ({ date: "2025-01-01" }))),
  (record) => (record.id = 7),
  (record) => {
    // an own key named __proto__, as JSON.parse makes one
    const attestations = { ...(record.attestations as object) };
    Object.defineProperty(attestations, "__proto__", { value: { x: 1 }, enumerable: true, configurable: true, writable: true });
    record.attestations = attestations;
  },
];

describe("a record as an object and as JSON text: the same outcome, the same issues (issue 22, finding 8)", () => {
  test("on records edited in the ways that made the two disagree", () => {
    const random = mulberry32(8);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: EDITS.length - 1 }), fc.integer({ min: 1, max: 16 })), { maxLength: 3 }),
        (seed, edits) => {
          const record = syntheticRecord(random, seed);
          const edited = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
          for (const [edit, depth] of edits) EDITS[edit]!(edited, depth);
          const { object, text } = bothWays(edited);
          expect(text).toEqual(object);
        },
      ),
      { numRuns: 400, seed: 22 },
    );
  });

  test("at the values bound: 200,000 values pass both ways, 200,001 are refused both ways", () => {
    // the record, its id and its attestations object are three values; each attestation one more
    const record = (total: number) => ({ id: "V-1", attestations: Object.fromEntries(Array.from({ length: total - 3 }, (_, index) => [`item${index}`, "met"])) });
    const atBound = bothWays(record(200_000));
    expect(atBound.text).toEqual(atBound.object);
    expect("record" in atBound.object).toBe(true);
    const over = bothWays(record(200_001));
    expect(over.text).toEqual(over.object);
    expect(over.object.issues?.map((issue) => issue.messageId)).toEqual(["input.tooManyValues"]);
  }, 60_000);
});
