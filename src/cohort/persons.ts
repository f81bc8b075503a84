import { raise } from "../messages/issueOf.js";
import { IdIndex } from "./idIndex.js";
import type { IdPool } from "./idPool.js";

/**
 * The record ids of a round, each once, and the people with more than one record. A record id
 * seen twice is an error naming both places (a record is one candidate, however many times it is
 * given); one person's records (the same `personId`, or a `personId` equal to another record's id)
 * are gathered so the round can weigh them (000 §三(二): one application per person per round).
 * Ids are looked up in the round's id pool (no copy); the people of records that name a
 * `personId` are the only extra state.
 *
 * @example
 * ```ts
 * const persons = new Persons(pool);
 * persons.add(pool.push("R-1"), "R-1", undefined);
 * persons.add(pool.push("R-1"), "R-1", undefined); // throws: R-1 at records 0 and 1 (path ["id"], the caller puts the position first)
 * ```
 */
export class Persons {
  private readonly byId: IdIndex;
  /** The rows of each person named by a `personId` other than the record's own id. */
  private readonly named = new Map<string, number[]>();
  /** The people with more than one record, and their rows in input order. */
  private readonly several = new Map<string, number[]>();

  /** `pool`: the round's ids, a row's number being its position in the input. */
  constructor(pool: IdPool) {
    this.byId = new IdIndex({ equals: (row, id) => pool.equals(row, id), hash: (row) => pool.hash(row) });
  }

  /** Adds a record (its id already at `row` in the pool); throws on a record id seen before. */
  add(row: number, id: string, personId: string | undefined): void {
    const earlier = this.byId.get(id);
    if (earlier !== -1) {
      const first = earlier;
      const second = row;
      raise("duplicate_record", ["id"], "record.duplicateId", { id, first, second });
    }
    this.byId.set(id, row);
    const person = personId ?? id;
    const rows: number[] = [];
    const namedRows = this.named.get(person);
    if (namedRows !== undefined) rows.push(...namedRows);
    if (person !== id) {
      const own = this.byId.get(person);
      if (own !== -1) rows.push(own);
      if (namedRows === undefined) this.named.set(person, [row]);
      else namedRows.push(row);
    }
    if (rows.length > 0) this.several.set(person, [...new Set([...(this.several.get(person) ?? rows), row])]);
  }

  /** The people with more than one record: their rows, in input order. */
  get repeated(): ReadonlyMap<string, readonly number[]> {
    return this.several;
  }

  /** The row of a record id, or -1. */
  rowOf(id: string): number {
    return this.byId.get(id);
  }
}
