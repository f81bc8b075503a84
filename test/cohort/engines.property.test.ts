import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { exploreLevels } from "../../src/cohort/levelEngine.js";
import { exploreScored } from "../../src/cohort/scoredEngine.js";
import { Units, type UnitTraits } from "../../src/cohort/units.js";
import { allocateLevelsStrict, allocateScoredStrict, outcomesOverOrders, rankKey, type LevelCase, type Member, type ScoredCase } from "./referenceAllocation.js";

/** The members gathered into units as a round gathers them (alike members one unit), in ranking order. */
function unitsOf(members: Member[], scored: boolean): { units: Units; unitOf: number[]; same: (a: number, b: number) => boolean } {
  const keyOf = (member: Member): string => JSON.stringify([member.rank, member.score ?? null, member.passing, member.group, member.kind, member.bucket ?? null]);
  const groups = new Map<string, number[]>();
  members.forEach((member, index) => {
    const key = keyOf(member);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const ordered = [...groups.values()].sort((a, b) => {
    const ka = rankKey(members[a[0]!]!, scored);
    const kb = rankKey(members[b[0]!]!, scored);
    for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return a[0]! - b[0]!;
  });
  const rows: number[] = [];
  const start: number[] = [];
  const unitOf = new Array<number>(members.length);
  ordered.forEach((group, unit) => {
    start.push(rows.length);
    for (const index of group) {
      rows.push(index);
      unitOf[index] = unit;
    }
  });
  start.push(rows.length);
  const first = ordered.map((group) => members[group[0]!]!);
  const traits: UnitTraits[] = first.map((member) => ({
    kind: member.kind,
    group: member.group ?? (scored ? "" : "(no department)"),
    bucket: member.bucket ?? (scored ? "all" : null),
    decided: false,
  }));
  const units = new Units(
    Int32Array.from(rows),
    Int32Array.from(start),
    Int32Array.from(ordered.map((group) => group[0]!)),
    Float64Array.from(first.map((member) => member.score ?? Number.NaN)),
    Float64Array.from(first.map((member) => member.rank ?? Number.NaN)),
    first.map((member) => member.passing),
    traits,
  );
  const same = (a: number, b: number): boolean => JSON.stringify(rankKey(first[a]!, scored)) === JSON.stringify(rankKey(first[b]!, scored));
  return { units, unitOf, same };
}

const levelLists = [[1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]];
const member = (withLimits: boolean): fc.Arbitrary<Member> =>
  fc.record({
    rank: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    passing: fc.constantFrom(...levelLists),
    group: withLimits ? fc.constantFrom("A", "B") : fc.constant(null),
    kind: withLimits ? fc.constantFrom("contender" as const, "contender" as const, "pending" as const) : fc.constant("contender" as const),
  });

const levelCase: fc.Arbitrary<LevelCase> = fc.boolean().chain((withLimits) =>
  fc.record({
    levels: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).map(([a, b, c]) => [
      { level: 1, quota: a },
      { level: 2, quota: b },
      { level: 3, quota: c },
    ]),
    roundQuota: fc.integer({ min: 0, max: 9 }),
    whenLevelFull: fc.constantFrom("placeAtLowerLevel" as const, "leaveOut" as const),
    limits: withLimits ? fc.record({ A: fc.integer({ min: 0, max: 3 }), B: fc.integer({ min: 0, max: 3 }) }) : fc.constant(undefined),
    members: fc.array(member(withLimits), { minLength: 1, maxLength: 7 }),
  }),
);

describe("the exact allocation against every way to break the ties", () => {
  test("level awards: each unit's outcomes are exactly those some strict order gives its members", () => {
    fc.assert(
      fc.property(levelCase, (test) => {
        const { units, unitOf, same } = unitsOf(test.members, false);
        const limits = test.limits;
        const { exploration } = exploreLevels(units, {
          levels: test.levels,
          roundQuota: test.roundQuota,
          whenLevelFull: test.whenLevelFull,
          groupLimit: limits === undefined ? undefined : (group) => limits[group],
          fixed: new Map(),
          same,
        });
        const expected = outcomesOverOrders(test.members, false, (order) => allocateLevelsStrict(test, order));
        test.members.forEach((_, index) => {
          expect(exploration.outcomes.of(unitOf[index]!)).toEqual([...expected[index]!].sort((a, b) => a - b));
        });
      }),
      { numRuns: 600, seed: 20261204 },
    );
  });

  test("scored awards: each unit's outcomes are exactly those some strict order gives its members", () => {
    const scoredMember: fc.Arbitrary<Member> = fc.record({
      rank: fc.option(fc.integer({ min: 1, max: 2 }), { nil: null }),
      score: fc.option(fc.constantFrom(80, 90), { nil: null }),
      passing: fc.constant([]),
      group: fc.constantFrom("U1", "U2"),
      kind: fc.constantFrom("contender" as const, "contender" as const, "other" as const),
      bucket: fc.constantFrom("x", "y"),
    });
    const scoredCase: fc.Arbitrary<ScoredCase> = fc.record({
      limits: fc.option(fc.record({ U1: fc.integer({ min: 0, max: 3 }), U2: fc.integer({ min: 0, max: 3 }) }), { nil: undefined }),
      places: fc.record({ x: fc.integer({ min: 0, max: 3 }), y: fc.integer({ min: 0, max: 3 }) }),
      members: fc.array(scoredMember, { minLength: 1, maxLength: 7 }),
    });
    fc.assert(
      fc.property(scoredCase, (test) => {
        const { units, unitOf, same } = unitsOf(test.members, true);
        const limits = test.limits;
        const { exploration } = exploreScored(units, {
          groupLimit: limits === undefined ? undefined : (group) => limits[group],
          placesOf: (bucket) => test.places[bucket] ?? Number.POSITIVE_INFINITY,
          buckets: Object.keys(test.places),
          fixed: new Map(),
          same,
        });
        const expected = outcomesOverOrders(test.members, true, (order) => allocateScoredStrict(test, order));
        test.members.forEach((_, index) => {
          expect(exploration.outcomes.of(unitOf[index]!)).toEqual([...expected[index]!].sort((a, b) => a - b));
        });
      }),
      { numRuns: 600, seed: 20261204 },
    );
  });
});
