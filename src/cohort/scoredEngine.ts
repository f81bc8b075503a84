import { NOT_PLACED, PLACED, REFUSED, STANDS_PENDING } from "./outcomes.js";
import { compositions, cutByLimit, Exploration, rankRuns, sizeOf, splitTie, tieClasses, type Part } from "./parts.js";
import type { Units } from "./units.js";

/** What a scored award's allocation needs: the limit of each unit, the places of each bucket, and the outcomes the committee fixed. */
export interface ScoredPlan {
  /** Candidates each unit may put forward (篇14: 2 a unit); undefined: no limit. */
  groupLimit: ((group: string) => number | undefined) | undefined;
  /** The places of a bucket (`Infinity`: no limit). */
  placesOf: (bucket: string) => number;
  /** Every bucket with places, candidates or not (a department with places and nobody put forward). */
  buckets: readonly string[];
  /** Units whose outcome the committee decided (`PLACED` or `NOT_PLACED`). */
  fixed: ReadonlyMap<number, number>;
  same: (a: number, b: number) => boolean;
}

/** What the first way through the ties saw: each unit's place in its bucket and at its unit's limit, each bucket's contenders and places. */
export interface ScoredFirstWay {
  positions: Int32Array;
  bucketCounts: Map<string, number>;
  bucketPlaces: Map<string, number>;
  /** Places given in each bucket (the committee's own decisions aside). */
  bucketPlaced: Map<string, number>;
  groupPositions: Int32Array;
  groupCounts: Map<string, number>;
}

/**
 * Gives out a scored award's places over every way the committee may break the ties: each unit's
 * nominees beyond its limit refused by rank (篇14 六2(1), every nominee counted, vetoed or pending
 * too), then in each bucket (the round, a category, a department) the contenders placed in rank
 * order up to its places (a share of a headcount, a count per category). Ties at a unit's limit
 * are worked through (who stands changes the buckets); a tie at a bucket's cut leaves its members
 * either way. A unit's outcomes are exactly those some way gives it.
 *
 * @example
 * ```ts
 * const { exploration } = exploreScored(units, plan);
 * ```
 */
export function exploreScored(units: Units, plan: ScoredPlan): { exploration: Exploration; first: ScoredFirstWay } {
  const exploration = new Exploration(units.count);
  const first: ScoredFirstWay = {
    positions: new Int32Array(units.count),
    bucketCounts: new Map(),
    bucketPlaces: new Map(),
    bucketPlaced: new Map(),
    groupPositions: new Int32Array(units.count),
    groupCounts: new Map(),
  };
  const placesLeft = new Map<string, number>();
  const fixedInGroup = new Map<string, number>();
  const parts: Part[] = [];
  for (let unit = 0; unit < units.count; unit += 1) {
    const size = units.sizeOf(unit);
    const outcome = plan.fixed.get(unit);
    const traits = units.traits[unit]!;
    if (outcome !== undefined) {
      exploration.outcomes.mark(unit, outcome);
      if (outcome === PLACED && traits.bucket !== null) placesLeft.set(traits.bucket, (placesLeft.get(traits.bucket) ?? plan.placesOf(traits.bucket)) - size);
      if (traits.group !== null) fixedInGroup.set(traits.group, (fixedInGroup.get(traits.group) ?? 0) + size);
      continue;
    }
    parts.push({ at: unit, unit, origins: [unit], size, step: 0 });
  }
  const same = (a: Part, b: Part): boolean => plan.same(a.unit, b.unit);
  const groups = plan.groupLimit === undefined ? [] : [...new Set(parts.map((part) => units.traits[part.unit]!.group ?? ""))].sort();
  const groupOf = (part: Part): string => units.traits[part.unit]!.group ?? "";

  const atGroup = (index: number, live: Part[], isFirst: boolean): void => {
    if (index === groups.length) {
      atBuckets(
        live.filter((part) => units.traits[part.unit]!.kind === "contender"),
        isFirst,
      );
      for (const part of live) if (units.traits[part.unit]!.kind !== "contender") exploration.mark(part, STANDS_PENDING);
      return;
    }
    const group = groups[index] as string;
    const limit = plan.groupLimit?.(group);
    const inGroup = live.filter((part) => groupOf(part) === group);
    if (isFirst) first.groupCounts.set(group, sizeOf(inGroup));
    const room = limit === undefined ? Number.POSITIVE_INFINITY : Math.max(0, limit - (fixedInGroup.get(group) ?? 0));
    if (sizeOf(inGroup) <= room) {
      atGroup(index + 1, live, isFirst);
      return;
    }
    const cut = cutByLimit(inGroup, room, same, exploration, isFirst ? first.groupPositions : undefined);
    const { tied, left } = cut;
    const standing = [...live.filter((part) => groupOf(part) !== group), ...cut.standing];
    if (tied === undefined) {
      atGroup(index + 1, byRank(standing), isFirst);
      return;
    }
    exploration.tie(`${group} limit`, null, group, left, tied);
    const classes = tieClasses(tied, (part) => `${units.traits[part.unit]!.kind}|${units.traits[part.unit]!.bucket ?? ""}`);
    let firstWay = isFirst;
    for (const counts of compositions(classes, left)) {
      if (!firstWay && !exploration.branch()) break;
      const { winners, losers } = splitTie(classes, counts);
      for (const part of losers) exploration.mark(part, REFUSED);
      atGroup(index + 1, byRank([...standing, ...winners]), firstWay);
      firstWay = false;
    }
  };

  const atBuckets = (live: Part[], isFirst: boolean): void => {
    const byBucket = new Map<string, Part[]>();
    for (const part of live) {
      const bucket = units.traits[part.unit]!.bucket ?? "";
      let list = byBucket.get(bucket);
      if (list === undefined) byBucket.set(bucket, (list = []));
      list.push(part);
    }
    for (const bucket of [...new Set([...plan.buckets, ...byBucket.keys()])].sort()) {
      const here = byBucket.get(bucket) ?? [];
      const places = Math.max(0, placesLeft.get(bucket) ?? plan.placesOf(bucket));
      if (isFirst) {
        first.bucketCounts.set(bucket, sizeOf(here));
        first.bucketPlaces.set(bucket, places);
      }
      let left = places;
      let position = 1;
      let cut = false;
      let given = 0;
      for (const run of rankRuns(here, same)) {
        const size = sizeOf(run);
        if (isFirst) for (const part of run) for (const origin of part.origins) first.positions[origin] = position;
        position += size;
        if (!cut && size <= left) {
          for (const part of run) exploration.mark(part, PLACED);
          left -= size;
          given += size;
        } else if (cut || left === 0) {
          for (const part of run) exploration.mark(part, NOT_PLACED);
        } else {
          // a tie at the cut: nothing comes after a bucket, so its members are simply either way
          exploration.tie(bucket, null, null, left, run);
          for (const part of run) {
            exploration.mark(part, PLACED);
            exploration.mark(part, NOT_PLACED);
          }
          given += left;
          left = 0;
        }
        if (left === 0) cut = true;
      }
      if (isFirst) first.bucketPlaced.set(bucket, given);
    }
  };

  atGroup(0, parts, true);
  return { exploration, first };
}

/** Parts in ranking order. */
const byRank = (parts: Part[]): Part[] => parts.sort((a, b) => a.at - b.at);
