import { IndexColumn } from "./columns.js";
import { LevelEntry } from "./entries.js";
import type { Placement } from "./types.js";

/**
 * Contenders the allocation cannot tell apart — the same rank keys, levels passed, outcome and
 * reasons, when and for what they applied — held as one entry (the crowd's first, standing for all)
 * and a count: the allocation places, passes over or ties a crowd as it would each of them, and
 * each member's placement is the crowd's with the member's id. A round of a million qualifiers
 * without committee ranks keeps a few crowds, not a million objects.
 */
export interface Crowd {
  /** How many members it has. */
  size: number;
  /** The members' ids, in id order. */
  ids: () => string[];
  /** The largest member id (the last in id order). */
  lastId: () => string;
}

/** At most this many crowds a round (beyond them, contenders are kept one object each). */
const MAX_CROWDS = 1024;

/**
 * The crowds of a round and their members (an id, a crowd and a position in the input each, in columns).
 *
 * @example
 * ```ts
 * const crowds = new Crowds();
 * const row = crowds.join(entry, key); // or -1 when the entry cannot join one
 * ```
 */
export class Crowds {
  private readonly reps: LevelEntry[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly crowdOf = new IndexColumn();
  private readonly orders = new IndexColumn();
  private readonly left = new Set<number>();
  /** Per crowd, its member rows (made when first asked for, after the records are read). */
  private rows: Int32Array[] | undefined;

  /** A member's id. */
  idAt(row: number): string {
    return this.ids[row] as string;
  }

  /** Whether a member has left its crowd (the same person applied again). */
  hasLeft(row: number): boolean {
    return this.left.has(row);
  }

  /** Adds an entry to the crowd of its key (made if there is room for one more); gives its row, or -1. */
  join(entry: LevelEntry, key: string): number {
    let crowd = this.byKey.get(key);
    if (crowd === undefined) {
      if (this.reps.length >= MAX_CROWDS) return -1;
      crowd = this.reps.push(entry) - 1;
      this.byKey.set(key, crowd);
    }
    this.ids.push(entry.id);
    this.crowdOf.push(crowd);
    this.orders.push(entry.order);
    return this.ids.length - 1;
  }

  /** Takes a member out of its crowd as an entry of its own (its person applied again). */
  leave(row: number): LevelEntry {
    this.left.add(row);
    const rep = this.reps[this.crowdOf.get(row)] as LevelEntry;
    const placement: Placement = {
      recordId: this.idAt(row),
      status: rep.status,
      qualifiedLevel: rep.qualifiedLevel,
      level: null,
      score: null,
      grade: null,
      bucket: null,
      rank: null,
      reasons: rep.reasons,
    };
    return new LevelEntry(this.idAt(row), rep.committeeRank, { date: rep.date, applied: rep.applied, order: this.orders.get(row) }, rep.department, placement, rep.passing);
  }

  /** Each crowd's standing entry, its size and members given to it (call once the records are read). */
  standing(): LevelEntry[] {
    const rows = this.memberRows();
    return this.reps.flatMap((rep, crowd) => {
      const members = rows[crowd] as Int32Array;
      if (members.length === 0) return [];
      const ids = (): string[] => Array.from(members, (row) => this.idAt(row)).sort();
      let last: string | undefined;
      const lastId = (): string => {
        if (last === undefined) for (const row of members) if (last === undefined || this.idAt(row) > last) last = this.idAt(row);
        return last as string;
      };
      rep.crowd = { size: members.length, ids, lastId };
      return [rep];
    });
  }

  /** The placement of a member: its crowd's, under its own id. */
  placementOf(row: number): Placement {
    const rep = this.reps[this.crowdOf.get(row)] as LevelEntry;
    const { status, qualifiedLevel, level, score, grade, bucket, rank } = rep;
    return { recordId: this.idAt(row), status, qualifiedLevel, level, score, grade, bucket, rank, reasons: [...rep.reasons] };
  }

  /** How many members there have been (rows), those who left included. */
  get rowCount(): number {
    return this.ids.length;
  }

  /** The rows of each crowd's members still in it, by a count of each crowd then a pass placing each row. */
  private memberRows(): Int32Array[] {
    if (this.rows !== undefined) return this.rows;
    const counts = new Int32Array(this.reps.length);
    for (let row = 0; row < this.ids.length; row += 1) {
      const crowd = this.crowdOf.get(row);
      if (!this.left.has(row)) counts[crowd] = (counts[crowd] as number) + 1;
    }
    const rows = Array.from(counts, (count) => new Int32Array(count));
    const filled = new Int32Array(this.reps.length);
    for (let row = 0; row < this.ids.length; row += 1) {
      if (this.left.has(row)) continue;
      const crowd = this.crowdOf.get(row);
      const at = filled[crowd] as number;
      filled[crowd] = at + 1;
      (rows[crowd] as Int32Array)[at] = row;
    }
    this.rows = rows;
    return rows;
  }
}
