/**
 * The allocation stated plainly, for one strict order of the contenders, and worked through every
 * strict order the ranking allows (every way to break every tie): what the engine must equal. Slow
 * on purpose (every permutation of every tie); small rounds only.
 */
import { NOT_PLACED, PLACED, PLACED_AT, REFUSED, STANDS_PENDING } from "../../src/cohort/outcomes.js";

export interface Member {
  /** The committee rank (null: none, ranked last) or, for a scored member, the score is `score`. */
  rank: number | null;
  score?: number | null;
  passing: number[];
  group: string | null;
  kind: "contender" | "pending" | "other";
  bucket?: string;
}

export interface LevelCase {
  levels: { level: number; quota: number }[];
  roundQuota: number;
  whenLevelFull: "placeAtLowerLevel" | "leaveOut";
  limits: Record<string, number> | undefined;
  members: Member[];
}

export interface ScoredCase {
  limits: Record<string, number> | undefined;
  places: Record<string, number>;
  members: Member[];
}

/** Ranking keys of a member: level awards by rank (none last); scored by score (none last), then rank. */
export function rankKey(member: Member, scored: boolean): number[] {
  const rank = member.rank ?? Number.POSITIVE_INFINITY;
  return scored ? [-(member.score ?? Number.NEGATIVE_INFINITY), rank] : [rank];
}

const compareKeys = (a: number[], b: number[]): number => {
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return (a[index] as number) < (b[index] as number) ? -1 : 1;
  return 0;
};

/** Every strict order of the members the ranking allows: members sorted, each run of equal keys in every order. */
export function* strictOrders(members: Member[], scored: boolean): Generator<number[]> {
  const sorted = members.map((_, index) => index).sort((a, b) => compareKeys(rankKey(members[a]!, scored), rankKey(members[b]!, scored)));
  const runs: number[][] = [];
  for (const index of sorted) {
    const last = runs.at(-1);
    if (last !== undefined && compareKeys(rankKey(members[last[0]!]!, scored), rankKey(members[index]!, scored)) === 0) last.push(index);
    else runs.push([index]);
  }
  function* permutations(list: number[]): Generator<number[]> {
    if (list.length <= 1) {
      yield list;
      return;
    }
    for (let at = 0; at < list.length; at += 1) for (const rest of permutations([...list.slice(0, at), ...list.slice(at + 1)])) yield [list[at]!, ...rest];
  }
  function* combine(at: number): Generator<number[]> {
    if (at === runs.length) {
      yield [];
      return;
    }
    for (const head of permutations(runs[at]!)) for (const tail of combine(at + 1)) yield [...head, ...tail];
  }
  yield* combine(0);
}

/** One strict order's level allocation: each member's outcome. */
export function allocateLevelsStrict(test: LevelCase, order: number[]): number[] {
  const outcome = new Array<number>(test.members.length).fill(-1);
  let standing = [...order];
  if (test.limits !== undefined) {
    const counts = new Map<string, number>();
    standing = [];
    for (const index of order) {
      const group = test.members[index]!.group ?? "(no department)";
      const limit = test.limits[group];
      const count = counts.get(group) ?? 0;
      if (limit !== undefined && count >= limit) outcome[index] = REFUSED;
      else {
        counts.set(group, count + 1);
        standing.push(index);
      }
    }
  }
  const contenders: number[] = [];
  for (const index of standing) {
    if (test.members[index]!.kind === "pending") outcome[index] = STANDS_PENDING;
    else contenders.push(index);
  }
  const step = new Map<number, number>(contenders.map((index) => [index, 0]));
  let roundLeft = test.roundQuota;
  test.levels.forEach((level, position) => {
    let left = Math.min(level.quota, roundLeft);
    for (const index of contenders) {
      if (outcome[index] !== -1) continue;
      const passing = test.members[index]!.passing;
      if (passing[step.get(index)!] !== level.level) continue;
      if (left > 0) {
        outcome[index] = PLACED_AT + position;
        left -= 1;
        roundLeft -= 1;
      } else if (test.whenLevelFull === "placeAtLowerLevel" && step.get(index)! + 1 < passing.length) step.set(index, step.get(index)! + 1);
      else outcome[index] = NOT_PLACED;
    }
  });
  for (const index of contenders) if (outcome[index] === -1) outcome[index] = NOT_PLACED;
  return outcome;
}

/** One strict order's scored allocation: each member's outcome. */
export function allocateScoredStrict(test: ScoredCase, order: number[]): number[] {
  const outcome = new Array<number>(test.members.length).fill(-1);
  const counts = new Map<string, number>();
  const standing: number[] = [];
  for (const index of order) {
    const group = test.members[index]!.group ?? "";
    const limit = test.limits?.[group];
    const count = counts.get(group) ?? 0;
    if (limit !== undefined && count >= limit) outcome[index] = REFUSED;
    else {
      counts.set(group, count + 1);
      standing.push(index);
    }
  }
  const left = new Map(Object.entries(test.places));
  for (const index of standing) {
    const member = test.members[index]!;
    if (member.kind !== "contender") {
      outcome[index] = STANDS_PENDING;
      continue;
    }
    const bucket = member.bucket ?? "all";
    const room = left.get(bucket) ?? Number.POSITIVE_INFINITY;
    if (room > 0) {
      outcome[index] = PLACED;
      left.set(bucket, room - 1);
    } else outcome[index] = NOT_PLACED;
  }
  return outcome;
}

/** Every outcome each member comes to over every strict order. */
export function outcomesOverOrders(members: Member[], scored: boolean, allocate: (order: number[]) => number[]): Set<number>[] {
  const sets = members.map(() => new Set<number>());
  for (const order of strictOrders(members, scored)) {
    const outcome = allocate(order);
    outcome.forEach((value, index) => sets[index]!.add(value));
  }
  return sets;
}
