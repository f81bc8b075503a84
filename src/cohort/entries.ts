import type { BilingualText } from "../schema/primitives.js";
import type { RankKeys } from "./ranking.js";
import type { Crowd } from "./crowds.js";
import type { Placement } from "./types.js";

/** Where and when a record applied, and its place in the input. */
export interface Applied {
  /** The application's date (`9999-99-99` when the record has none). */
  date: string;
  /** The category applied for (`""` when the record has no application). */
  applied: string;
  /** 1-based position in the round's input. */
  order: number;
}

/** When and for what an application was made: one object for all the applications that share both. */
interface AppliedPair {
  readonly date: string;
  readonly applied: string;
}
const pairs = new Map<string, AppliedPair>();
function pairOf(date: string, applied: string): AppliedPair {
  const key = `${date}\u0000${applied}`;
  const found = pairs.get(key);
  if (found !== undefined) return found;
  const pair = Object.freeze({ date, applied });
  if (pairs.size < 10_000) pairs.set(key, pair);
  return pair;
}

/**
 * One application as a round keeps it while it can still matter, in one object of few fields (a
 * round may hold a million): who (its rank keys), when and for what it applied (one shared pair),
 * its place in the input, its department, and its placement (the entry is its own placement:
 * `entry.placement === entry`; the round gives out copies).
 */
abstract class Entry implements Applied {
  status: Placement["status"];
  qualifiedLevel: number | null;
  level: number | null = null;
  rank: number | null = null;
  reasons: BilingualText[];
  readonly order: number;
  private readonly when: AppliedPair;

  constructor(
    readonly id: string,
    readonly committeeRank: number | null,
    where: Applied,
    readonly department: string | null,
    placement: Placement,
  ) {
    this.when = pairOf(where.date, where.applied);
    this.order = where.order;
    this.status = placement.status;
    this.qualifiedLevel = placement.qualifiedLevel;
    this.reasons = placement.reasons;
  }

  /** The application's date. */
  get date(): string {
    return this.when.date;
  }

  /** The category applied for. */
  get applied(): string {
    return this.when.applied;
  }

  /** The record's id (the placement's name for it). */
  get recordId(): string {
    return this.id;
  }
}

/** A qualifier of a level award: the levels passed (highest first), how far down them the allocation has moved it, and whether it is settled. */
export class LevelEntry extends Entry implements Placement, RankKeys {
  /** `target` × 2, plus 1 once settled: two facts in one field. */
  private progress = 0;
  /** Set on an entry that stands for a crowd of contenders alike (see `Crowds`); an own property of those only. */
  declare crowd?: Crowd;

  constructor(id: string, committeeRank: number | null, where: Applied, department: string | null, placement: Placement, readonly passing: readonly number[]) {
    super(id, committeeRank, where, department, placement);
  }

  /** Index into `passing` of the level it contends for. */
  get target(): number {
    return this.progress >> 1;
  }

  set target(value: number) {
    this.progress = value * 2 + (this.progress & 1);
  }

  /** Whether the allocation has settled it. */
  get settled(): boolean {
    return (this.progress & 1) === 1;
  }

  set settled(value: boolean) {
    this.progress = (this.progress & ~1) | (value ? 1 : 0);
  }

  /** A level award scores no one. */
  get score(): null {
    return null;
  }

  /** Which kind of entry. */
  get kind(): "level" {
    return "level";
  }

  /** A level award grades no one. */
  get grade(): null {
    return null;
  }

  /** A level award has no buckets. */
  get bucket(): null {
    return null;
  }

  /** The entry's placement: the entry itself. */
  get placement(): Placement {
    return this;
  }
}

/** A candidate of a scored award, with its bucket category (the category applied for, else its department). */
export class ScoredEntry extends Entry implements Placement, RankKeys {
  grade: string | null;
  bucket: string | null = null;

  constructor(id: string, public score: number | null, committeeRank: number | null, where: Applied, department: string | null, placement: Placement, readonly category: string | null) {
    super(id, committeeRank, where, department, placement);
    this.grade = placement.grade;
  }

  /** Which kind of entry. */
  get kind(): "scored" {
    return "scored";
  }

  /** The entry's placement: the entry itself. */
  get placement(): Placement {
    return this;
  }
}

/** Either kind of entry. */
export type AnyEntry = LevelEntry | ScoredEntry;

/** Level lists repeat across a round: one array each. */
const passingLists = new Map<string, readonly number[]>();

/**
 * The levels passed as a list shared by every entry that passed the same ones.
 *
 * @example
 * ```ts
 * sharedPassing([1, 2, 3]) === sharedPassing([1, 2, 3]); // true
 * ```
 */
export function sharedPassing(levels: number[]): readonly number[] {
  const key = levels.join(",");
  const found = passingLists.get(key);
  if (found !== undefined) return found;
  const list = Object.freeze(levels);
  if (passingLists.size < 1024) passingLists.set(key, list);
  return list;
}
