import { describe, expect, test } from "vitest";
import { hashOfId, IdIndex } from "../../src/cohort/idIndex.js";

/** An index over a list of ids, a value being its position (modulo a million, to test replacing). */
const indexOver = (ids: string[]): IdIndex => new IdIndex({ equals: (value, id) => ids[value % 1_000_000] === id, hash: (value) => hashOfId(ids[value % 1_000_000] as string) });

describe("IdIndex", () => {
  test("finds every id stored among 100,000 (through its growth), misses those not stored, and replaces a value", () => {
    const ids: string[] = [];
    const index = indexOver(ids);
    for (let at = 0; at < 100_000; at += 1) {
      ids.push(`R-${at}`);
      index.set(`R-${at}`, at);
    }
    for (let at = 0; at < 100_000; at += 1) expect(index.get(`R-${at}`)).toBe(at);
    expect(index.get("R-100000")).toBe(-1);
    expect(index.get("")).toBe(-1);
    index.set("R-5", 1_000_005);
    expect(index.get("R-5")).toBe(1_000_005);
  });

  test("ids that differ only past ASCII, or are empty, are told apart", () => {
    const ids = ["甲-1", "甲-2", "", "a\u0000", "a"];
    const index = indexOver(ids);
    ids.forEach((id, at) => index.set(id, at));
    ids.forEach((id, at) => expect(index.get(id)).toBe(at));
  });

  test("hashOfId is FNV-1a over UTF-16 code units", () => {
    // FNV-1a 32-bit of "a" (0x61) is 0xe40c292c, of the empty string the offset basis
    expect(hashOfId("a")).toBe(0xe40c292c);
    expect(hashOfId("")).toBe(0x811c9dc5);
  });
});
