import { REFUSED, UnitOutcomes } from "./outcomes.js";

/**
 * Contenders the allocation moves as one: units whose members it cannot tell apart (`origins`),
 * how many of them (`size`), the unit whose keys and levels they carry (`unit`), their place in the
 * ranking (`at`), and how far down their levels they have moved (`step`). When the committee's
 * choice in a tie splits a part, its winners and its losers are parts of the same origins.
 */
export interface Part {
  at: number;
  unit: number;
  origins: readonly number[];
  size: number;
  step: number;
}

/** Past this many ways through the ties, the rest are not worked through (see `Exploration`). */
export const MAX_SCENARIOS = 4096;

/**
 * The ways through a round's ties, explored one after another (a depth-first walk): the outcomes
 * every unit can come to, the ties met and the places they held, and what the first way saw (its
 * positions words are made from). Past `MAX_SCENARIOS` ways, each further tie is taken one way
 * only and `truncated` says so.
 *
 * @example
 * ```ts
 * const exploration = new Exploration(units.count);
 * exploration.tie("level 1", 1, null, 3, tiedParts);
 * ```
 */
export class Exploration {
  readonly outcomes: UnitOutcomes;
  readonly ties = new Map<string, { key: string; level: number | null; group: string | null; places: number; units: Set<number> }>();
  scenarios = 1;
  truncated = false;

  constructor(units: number) {
    this.outcomes = new UnitOutcomes(units);
  }

  /** Marks every origin of a part with an outcome. */
  mark(part: Part, outcome: number): void {
    for (const origin of part.origins) this.outcomes.mark(origin, outcome);
  }

  /** Records a tie met: its key, the level or group it is at, the places at stake and the parts in it. */
  tie(key: string, level: number | null, group: string | null, places: number, parts: readonly Part[]): void {
    let tie = this.ties.get(key);
    if (tie === undefined) this.ties.set(key, (tie = { key, level, group, places, units: new Set() }));
    tie.places = Math.max(tie.places, places);
    for (const part of parts) for (const origin of part.origins) tie.units.add(origin);
  }

  /** Whether another branch may be explored (counts it); past the limit, no. */
  branch(): boolean {
    if (this.scenarios >= MAX_SCENARIOS) {
      this.truncated = true;
      return false;
    }
    this.scenarios += 1;
    return true;
  }
}

/** The parts of a tie that share their future (a class), with their total size. */
export interface TieClass {
  parts: Part[];
  size: number;
}

/**
 * The parts of a tie gathered by what happens to them next (`classOf`): within a class they are
 * interchangeable to everyone else, so only how many of each class win matters.
 *
 * @example
 * ```ts
 * tieClasses(group, (part) => passing[part.unit].slice(part.step + 1).join(","));
 * ```
 */
export function tieClasses(group: readonly Part[], classOf: (part: Part) => string): TieClass[] {
  const byKey = new Map<string, TieClass>();
  for (const part of group) {
    const key = classOf(part);
    let found = byKey.get(key);
    if (found === undefined) byKey.set(key, (found = { parts: [], size: 0 }));
    found.parts.push(part);
    found.size += part.size;
  }
  return [...byKey.values()];
}

/**
 * Every way to share `places` winners among classes (at most each class's size), the first class
 * served first: `[3, 0]` before `[2, 1]`.
 *
 * @example
 * ```ts
 * [...compositions([{ size: 2 }, { size: 2 }], 3)]; // [[2, 1], [1, 2]]
 * ```
 */
export function* compositions(classes: readonly { size: number }[], places: number): Generator<number[]> {
  const counts = new Array<number>(classes.length).fill(0);
  const rest = classes.map((_, at) => classes.slice(at + 1).reduce((total, entry) => total + entry.size, 0));
  function* fill(at: number, left: number): Generator<number[]> {
    if (at === classes.length) {
      if (left === 0) yield [...counts];
      return;
    }
    const size = (classes[at] as { size: number }).size;
    for (let take = Math.min(size, left); take >= Math.max(0, left - (rest[at] as number)); take -= 1) {
      counts[at] = take;
      yield* fill(at + 1, left - take);
    }
  }
  yield* fill(0, places);
}

/**
 * Splits a tie's classes by a composition: the parts that win and the parts that lose. A class
 * that wins whole or loses whole keeps its parts; a class split between them becomes one part
 * of its winners and one of its losers, each standing for every origin of the class.
 *
 * @example
 * ```ts
 * const { winners, losers } = splitTie(classes, [1, 0]);
 * ```
 */
export function splitTie(classes: readonly TieClass[], counts: readonly number[]): { winners: Part[]; losers: Part[] } {
  const winners: Part[] = [];
  const losers: Part[] = [];
  classes.forEach((entry, at) => {
    const take = counts[at] as number;
    if (take === entry.size) winners.push(...entry.parts);
    else if (take === 0) losers.push(...entry.parts);
    else {
      const first = entry.parts.reduce((best, part) => (part.at < best.at ? part : best));
      const origins = [...new Set(entry.parts.flatMap((part) => part.origins))];
      winners.push({ at: first.at, unit: first.unit, origins, size: take, step: first.step });
      losers.push({ at: first.at, unit: first.unit, origins, size: entry.size - take, step: first.step });
    }
  });
  return { winners, losers };
}

/**
 * The runs of parts the ranking cannot separate, in order (parts already in ranking order).
 *
 * @example
 * ```ts
 * for (const run of rankRuns(parts, (a, b) => compare(a.unit, b.unit) === 0)) console.log(run.length);
 * ```
 */
export function* rankRuns(parts: readonly Part[], same: (a: Part, b: Part) => boolean): Generator<Part[]> {
  let start = 0;
  for (let at = 1; at <= parts.length; at += 1) {
    if (at === parts.length || !same(parts[start] as Part, parts[at] as Part)) {
      yield parts.slice(start, at);
      start = at;
    }
  }
}

/** The members of parts, added up. */
export const sizeOf = (parts: readonly Part[]): number => parts.reduce((total, part) => total + part.size, 0);

/**
 * A unit's limit (003: 10% of each department) read down its parts in ranking order: whole runs
 * that fit stand, the first run that does not fit is the tie at the edge (with the places `left`
 * for it), and every run after it is refused. `positions`, when given, gets each origin's place in
 * the unit's ranking (from 1; tied runs share one).
 *
 * @example
 * ```ts
 * const { standing, tied, left } = cutByLimit(inGroup, 2, same, exploration, first.groupPositions);
 * ```
 */
export function cutByLimit(
  inGroup: readonly Part[],
  room: number,
  same: (a: Part, b: Part) => boolean,
  exploration: Exploration,
  positions: Int32Array | undefined,
): { standing: Part[]; tied: Part[] | undefined; left: number } {
  let left = room;
  const standing: Part[] = [];
  let position = 1;
  let tied: Part[] | undefined;
  for (const run of rankRuns(inGroup, same)) {
    const size = sizeOf(run);
    if (positions !== undefined) for (const part of run) for (const origin of part.origins) positions[origin] = position;
    position += size;
    if (tied === undefined && size <= left) {
      standing.push(...run);
      left -= size;
    } else if (tied !== undefined || left === 0) {
      for (const part of run) exploration.mark(part, REFUSED);
    } else tied = run;
  }
  return { standing, tied, left };
}
