import { describe, expect, test } from "vitest";
import { compileNode, nonNullOption, typesOf, type NodeCompilers } from "../../src/validate/schemaNodes.js";

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

  test("compileNode hands each kind of node to its compiler", () => {
    const named =
      (kind: string) =>
      (...args: unknown[]) =>
        `${kind}${args.length > 0 ? ` ${JSON.stringify(args)}` : ""}`;
    const on = Object.fromEntries(
      ["ref", "enum", "anyOf", "oneOf", "nullable", "types", "string", "number", "boolean", "null", "array", "object", "record", "anything"].map((kind) => [kind, named(kind)]),
    ) as unknown as NodeCompilers<string>;
    expect(compileNode({ $ref: "#/$defs/A", type: "string" }, on)).toBe('ref ["#/$defs/A"]');
    expect(compileNode({ const: 3 }, on)).toBe("enum [[3]]");
    expect(compileNode({ type: ["integer", "null"], minimum: 1 }, on)).toBe('nullable [{"type":"integer","minimum":1}]');
    expect(compileNode({ type: ["string", "number"] }, on)).toBe('types [{"type":["string","number"]},["string","number"]]');
    expect(compileNode({ type: "integer" }, on)).toBe('number [{"type":"integer"},true]');
    expect(compileNode({ type: "object", properties: {} }, on)).toBe('object [{"type":"object","properties":{}}]');
    expect(compileNode({ type: "object" }, on)).toBe('record [{"type":"object"}]');
    expect(compileNode({}, on)).toBe("anything");
  });
});
