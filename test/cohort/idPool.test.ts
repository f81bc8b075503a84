import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hashOfId } from "../../src/cohort/idIndex.js";
import { IdPool } from "../../src/cohort/idPool.js";

const sign = (value: number): number => Math.sign(value);
const order = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);

describe("IdPool", () => {
  test("gives back, compares, matches and hashes ids as their strings do (bytes and wide ids mixed)", () => {
    const id = fc.oneof(fc.string({ minLength: 0, maxLength: 12 }), fc.string({ unit: "binary", maxLength: 6 }), fc.stringMatching(/^[A-Z]-\d{1,7}$/));
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 60 }), fc.string({ maxLength: 8 }), (ids, other) => {
        const pool = new IdPool();
        const rows = ids.map((each) => pool.push(each));
        expect(pool.size).toBe(ids.length);
        ids.forEach((each, at) => {
          const row = rows[at] as number;
          expect(pool.textAt(row)).toBe(each);
          expect(pool.equals(row, each)).toBe(true);
          expect(pool.equals(row, other)).toBe(each === other);
          expect(pool.hash(row)).toBe(hashOfId(each));
          expect(sign(pool.compareText(row, other))).toBe(order(each, other));
          ids.forEach((second, at2) => expect(sign(pool.compare(row, rows[at2] as number))).toBe(order(each, second)));
        });
      }),
      { seed: 20261122, numRuns: 200 },
    );
  });

  test("holds a million ids through its growth", () => {
    const pool = new IdPool();
    for (let at = 0; at < 1_000_000; at += 1) pool.push(`R-${at}`);
    expect(pool.textAt(0)).toBe("R-0");
    expect(pool.textAt(999_999)).toBe("R-999999");
    expect(pool.equals(123_456, "R-123456")).toBe(true);
    expect(pool.compare(2, 10)).toBeGreaterThan(0); // "R-2" sorts after "R-10"
  });
});
