import { describe, expect, test } from "vitest";
import { IdIndex } from "../../src/cohort/idIndex.js";

describe("IdIndex", () => {
  test("finds every id stored among 100,000, misses those not stored, and replaces a value", () => {
    const ids: string[] = [];
    const index = new IdIndex((value) => ids[value % 1_000_000] as string);
    for (let at = 0; at < 100_000; at += 1) {
      ids.push(`R-${at}`);
      index.set(`R-${at}`, at);
    }
    for (let at = 0; at < 100_000; at += 997) expect(index.get(`R-${at}`)).toBe(at);
    expect(index.get("R-100000")).toBe(-1);
    expect(index.get("")).toBe(-1);
    index.set("R-5", 1_000_005);
    expect(index.get("R-5")).toBe(1_000_005);
  });

  test("ids that differ only past ASCII, or are empty, are told apart", () => {
    const ids = ["甲-1", "甲-2", "", "a\u0000", "a"];
    const index = new IdIndex((value) => ids[value] as string);
    ids.forEach((id, at) => index.set(id, at));
    ids.forEach((id, at) => expect(index.get(id)).toBe(at));
  });
});
