import { describe, expect, test } from "vitest";
import { CandidateRecordSchema } from "../../src/schema/candidate.js";
import { RECORD_FIELDS } from "../../src/schema/recordFields.js";

describe("RECORD_FIELDS", () => {
  test("names every field of the record schema, and nothing else, in both languages", () => {
    expect(Object.keys(RECORD_FIELDS).sort()).toEqual(Object.keys(CandidateRecordSchema.shape).sort());
    for (const [field, label] of Object.entries(RECORD_FIELDS)) {
      expect(label.zh.trim(), field).not.toBe("");
      expect(label.en.trim(), field).not.toBe("");
    }
  });
});
