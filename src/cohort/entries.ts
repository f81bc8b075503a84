import type { BilingualText } from "../schema/primitives.js";
import type { RankKeys } from "./ranking.js";
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

/**
 * One application as a round keeps it while it can still matter, in one object: who (its rank
 * keys), when and for what it applied, its place in the input, its department, and its placement
 * (the entry is its own placement: `entry.placement === entry`; the round gives out copies).
 */
abstract class Entry implements RankKeys, Applied {
  status: Placement["status"];
  qualifiedLevel: number | null;
  level: number | null = null;
  rank: number | null = null;
  reasons: BilingualText[];
  readonly date: string;
  readonly applied: string;
  readonly order: number;

  constructor(
    readonly id: string,
    public score: number | null,
    readonly committeeRank: number | null,
    where: Applied,
    readonly department: string | null,
    placement: Placement,
  ) {
    this.date = where.date;
    this.applied = where.applied;
    this.order = where.order;
    this.status = placement.status;
    this.qualifiedLevel = placement.qualifiedLevel;
    this.reasons = placement.reasons;
  }

  /** The record's id (the placement's name for it). */
  get recordId(): string {
    return this.id;
  }
}

/** A qualifier of a level award: the levels passed (highest first), how far down them the allocation has moved it, and whether it is settled. */
export class LevelEntry extends Entry implements Placement {
  /** Index into `passing` of the level it contends for. */
  target = 0;
  settled = false;

  constructor(id: string, committeeRank: number | null, where: Applied, department: string | null, placement: Placement, readonly passing: readonly number[]) {
    super(id, null, committeeRank, where, department, placement);
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
export class ScoredEntry extends Entry implements Placement {
  grade: string | null;
  bucket: string | null = null;

  constructor(id: string, score: number | null, committeeRank: number | null, where: Applied, department: string | null, placement: Placement, readonly category: string | null) {
    super(id, score, committeeRank, where, department, placement);
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
