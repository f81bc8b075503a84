import { describe, expect, test } from "vitest";
import { nonNullOption, typesOf } from "../../src/validate/schemaNodes.js";

describe("schema nodes", () => {
  test("typesOf reads a list, one type, or none", () => {
    expect(typesOf({ type: ["string", "null"] })).toEqual(["string", "null"]);
    expect(typesOf({ type: "integer" })).toEqual(["integer"]);
    expect(typesOf({ enum: ["a"] })).toEqual([]);
  });

  test("nonNullOption finds zod's nullable, and nothing in any other union", () => {
    expect(nonNullOption([{ type: "null" }, { type: "string" }])).toEqual({ type: "string" });
    expect(nonNullOption([{ type: "string" }, { type: "null", description: "none" }])).toEqual({ type: "string" });
    expect(nonNullOption([{ type: "string" }, { type: "number" }])).toBeUndefined();
    expect(nonNullOption([{ type: "null", minLength: 1 }, { type: "string" }])).toBeUndefined();
    expect(nonNullOption([{ type: "null" }, { type: "string" }, { type: "number" }])).toBeUndefined();
  });
});
