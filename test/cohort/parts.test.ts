import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compositions, rankRuns, sizeOf, splitTie, tieClasses, type Part } from "../../src/cohort/parts.js";

const part = (unit: number, size = 1, at = unit): Part => ({ at, unit, origins: [unit], size, step: 0 });

describe("compositions", () => {
  test("every way to share places among classes, the first class served first", () => {
    expect([...compositions([{ size: 2 }, { size: 2 }], 3)]).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expect([...compositions([{ size: 1 }, { size: 1 }, { size: 1 }], 1)]).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });

  test("no way when the places exceed the members", () => {
    expect([...compositions([{ size: 1 }], 2)]).toEqual([]);
  });

  test("each way gives exactly the places, no class more than its size, and no way twice (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 10 }), (sizes, places) => {
        const classes = sizes.map((size) => ({ size }));
        const ways = [...compositions(classes, places)];
        const seen = new Set(ways.map((way) => way.join(",")));
        expect(seen.size).toBe(ways.length);
        for (const way of ways) {
          expect(way.reduce((a, b) => a + b, 0)).toBe(places);
          way.forEach((take, at) => expect(take).toBeLessThanOrEqual(sizes[at]!));
        }
        // counted independently: the number of bounded compositions, by brute force
        let count = 0;
        const walk = (at: number, left: number): void => {
          if (at === sizes.length) {
            if (left === 0) count += 1;
            return;
          }
          for (let take = 0; take <= sizes[at]!; take += 1) walk(at + 1, left - take);
        };
        walk(0, places);
        expect(ways.length).toBe(count);
      }),
    );
  });
});

describe("tieClasses and splitTie", () => {
  test("parts with one future are one class; a split class becomes a winning and a losing part of the same origins", () => {
    const classes = tieClasses([part(0), part(1), part(2)], (entry) => (entry.unit === 2 ? "b" : "a"));
    expect(classes.map((entry) => entry.size)).toEqual([2, 1]);
    const { winners, losers } = splitTie(classes, [1, 1]);
    expect(winners.map((entry) => [entry.origins, entry.size])).toEqual([
      [[0, 1], 1],
      [[2], 1],
    ]);
    expect(losers.map((entry) => [entry.origins, entry.size])).toEqual([[[0, 1], 1]]);
    expect(sizeOf(winners) + sizeOf(losers)).toBe(3);
  });
});

describe("rankRuns", () => {
  test("runs of parts the ranking cannot separate, in order", () => {
    const parts = [part(0), part(1), part(2), part(3)];
    const ranks = [1, 1, 2, 3];
    expect([...rankRuns(parts, (a, b) => ranks[a.unit] === ranks[b.unit])].map((run) => run.map((entry) => entry.unit))).toEqual([[0, 1], [2], [3]]);
    expect([...rankRuns([], () => true)]).toEqual([]);
  });
});
