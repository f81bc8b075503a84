import { IndexColumn } from "./columns.js";
import { LevelEntry } from "./entries.js";
import type { IdPool } from "./idPool.js";
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
  /** The members' ids, in id order, one at a time. */
  eachId: () => Iterable<string>;
  /** The largest member id (the last in id order). */
  lastId: () => string;
}

/** At most this many crowds a round (beyond them, contenders are kept one object each). */
const MAX_CROWDS = 1024;

/**
 * The crowds of a round and their members (an id in the round's pool, a crowd and a position in
 * the input each, in columns).
 *
 * @example
 * ```ts
 * const crowds = new Crowds(pool);
 * const row = crowds.join(entry, key); // or -1 when the entry cannot join one
 * ```
 */
export class Crowds {
  private readonly reps: LevelEntry[] = [];
  private readonly byKey = new Map<string, number>();
  /** Per member, the row of its id in the pool. */
  private readonly idRows = new IndexColumn();
  private members = 0;
  private readonly crowdOf = new IndexColumn();
  private readonly orders = new IndexColumn();
  private readonly left = new Set<number>();
  /** Per crowd, its member rows (made when first asked for, after the records are read). */
  private rows: Int32Array[] | undefined;

  constructor(private readonly pool: IdPool) {}

  /** A member's id. */
  idAt(row: number): string {
    return this.pool.textAt(this.idRows.get(row));
  }

  /** The row of a member's id in the pool. */
  idRow(row: number): number {
    return this.idRows.get(row);
  }

  /** Whether a member has left its crowd (the same person applied again). */
  hasLeft(row: number): boolean {
    return this.left.has(row);
  }

  /** Adds an entry (its id at `idRow` in the pool) to the crowd of its key (made if there is room for one more); gives its row, or -1. */
  join(entry: LevelEntry, key: string, idRow: number): number {
    let crowd = this.byKey.get(key);
    if (crowd === undefined) {
      if (this.reps.length >= MAX_CROWDS) return -1;
      crowd = this.reps.push(entry) - 1;
      this.byKey.set(key, crowd);
    }
    this.idRows.push(idRow);
    this.crowdOf.push(crowd);
    this.orders.push(entry.order);
    this.members += 1;
    return this.members - 1;
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
      const pool = this.pool;
      const idRows = Int32Array.from(members, (row) => this.idRow(row));
      let sorted = false;
      const eachId = function* (): Generator<string> {
        if (!sorted) idRows.sort((a, b) => pool.compare(a, b));
        sorted = true;
        for (const at of idRows) yield pool.textAt(at);
      };
      let last = -1;
      const lastId = (): string => {
        if (last === -1) for (const row of members) if (last === -1 || this.pool.compare(this.idRow(row), last) > 0) last = this.idRow(row);
        return this.pool.textAt(last);
      };
      rep.crowd = { size: members.length, eachId, lastId };
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
    return this.members;
  }

  /** The rows of each crowd's members still in it, by a count of each crowd then a pass placing each row. */
  private memberRows(): Int32Array[] {
    if (this.rows !== undefined) return this.rows;
    const counts = new Int32Array(this.reps.length);
    for (let row = 0; row < this.members; row += 1) {
      const crowd = this.crowdOf.get(row);
      if (!this.left.has(row)) counts[crowd] = (counts[crowd] as number) + 1;
    }
    const rows = Array.from(counts, (count) => new Int32Array(count));
    const filled = new Int32Array(this.reps.length);
    for (let row = 0; row < this.members; row += 1) {
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
