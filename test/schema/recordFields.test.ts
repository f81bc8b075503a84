import { describe, expect, test } from "vitest";
import { z } from "zod";
import { CandidateRecordSchema } from "../../src/schema/candidate.js";
import { itemShape } from "../../src/schema/describeField.js";
import { ITEM_FIELDS, RECORD_FIELDS } from "../../src/schema/recordFields.js";

/** The fields of the items of every list of the record schema, read from zod (not from the JSON Schema `itemShape` reads). */
const LIST_ITEMS = Object.entries(CandidateRecordSchema.shape).flatMap(([field, schema]) => {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  return inner instanceof z.ZodArray && inner.element instanceof z.ZodObject ? [[field, Object.keys(inner.element.shape)] as const] : [];
});

describe("RECORD_FIELDS", () => {
  test("names every field of the record schema, and nothing else, in both languages", () => {
    expect(Object.keys(RECORD_FIELDS).sort()).toEqual(Object.keys(CandidateRecordSchema.shape).sort());
    for (const [field, label] of Object.entries(RECORD_FIELDS)) {
      expect(label.zh.trim(), field).not.toBe("");
      expect(label.en.trim(), field).not.toBe("");
    }
  });
});

describe("ITEM_FIELDS", () => {
  test("names every field of every list's items, and nothing else, in both languages", () => {
    expect(LIST_ITEMS.length).toBeGreaterThan(10);
    expect(Object.keys(ITEM_FIELDS).sort()).toEqual([...new Set(LIST_ITEMS.flatMap(([, fields]) => fields))].sort());
    for (const [field, label] of Object.entries(ITEM_FIELDS)) {
      expect(label.zh.trim(), field).not.toBe("");
      expect(label.en.trim(), field).not.toBe("");
    }
  });

  test("itemShape gives each list's fields in the schema's order, with what they hold and which are needed", () => {
    for (const [list, fields] of LIST_ITEMS)
      expect(
        itemShape(list)?.map((each) => each.field),
        list,
      ).toEqual(fields);
    expect(itemShape("leave")).toEqual([
      { field: "date", holds: "date", required: true },
      { field: "summary", holds: "text", required: false },
      { field: "kind", holds: "choice", values: ["sick", "personal", "absentWithoutLeave"], required: true },
      { field: "workingDays", holds: "number", required: true },
    ]);
    expect(itemShape("complaints")?.find((each) => each.field === "verified")).toEqual({ field: "verified", holds: "yesNo", required: false });
    expect(itemShape("partyMember")).toBeUndefined();
  });
});
