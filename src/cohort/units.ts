import type { Allocation } from "../schema/rulebookTypes.js";
import type { RoundTable } from "./table.js";

/** How a unit takes part: a contender competes; a pending one counts at a unit's limit only; another (vetoed, ineligible) counts at a nominee limit only. */
export type UnitKind = "contender" | "pending" | "other";

/** What keeps candidates apart in a round beyond their rank keys: their levels, their unit and bucket, their kind, a decision of their own. */
export interface UnitTraits {
  kind: UnitKind;
  /** The unit whose limit counts the candidate (a department, a service unit), or null. */
  group: string | null;
  /** The bucket it competes in (scored awards), or null. */
  bucket: string | null;
  /** Whether it has a committee decision of its own (then it is a unit alone). */
  decided: boolean;
}

/**
 * The contenders of a round gathered into units: candidates the allocation cannot tell apart —
 * the same rank keys, levels passed, kind, unit and bucket — are one unit of many members, so a
 * round of a million alike is a few units. Units are in ranking order (best first), units the
 * ranking cannot separate in the order of their smallest member id; each unit's rows are in
 * `rows[start[u] … start[u + 1])`.
 *
 * @example
 * ```ts
 * const units = gatherUnits(table, rows, ranking, (row) => traits);
 * units.sizeOf(0); // members of the best-ranked unit
 * ```
 */
export class Units {
  constructor(
    /** The rows, unit after unit. */
    readonly rows: Int32Array,
    /** Where each unit's rows start (one more entry than units, the last the end). */
    readonly start: Int32Array,
    /** The row of each unit's smallest record id. */
    readonly firstRow: Int32Array,
    readonly score: Float64Array,
    readonly rank: Float64Array,
    readonly passing: (readonly number[])[],
    readonly traits: UnitTraits[],
  ) {}

  /** How many units. */
  get count(): number {
    return this.firstRow.length;
  }

  /** How many members a unit has. */
  sizeOf(unit: number): number {
    return (this.start[unit + 1] as number) - (this.start[unit] as number);
  }

  /** The rows of a unit. */
  rowsOf(unit: number): Int32Array {
    return this.rows.subarray(this.start[unit], this.start[unit + 1]);
  }
}

const nan = (value: number | null): number => (value === null ? Number.NaN : value);

/**
 * A comparison of two units by an allocation's ranking: a higher score first, a smaller committee
 * rank first (none last), record ids only where the ranking names them; 0 when the ranking cannot
 * separate them.
 *
 * @example
 * ```ts
 * const compare = unitComparison(units, table, [{ by: "committeeRank" }]);
 * compare(0, 1); // < 0: unit 0 ranks first
 * ```
 */
export function unitComparison(units: Units, table: RoundTable, ranking: Allocation["ranking"]): (a: number, b: number) => number {
  return (a, b) =>
    compareKeys(ranking, units.score[a] as number, units.rank[a] as number, units.score[b] as number, units.rank[b] as number, () =>
      table.idPool.compare(units.firstRow[a] as number, units.firstRow[b] as number),
    );
}

function compareKeys(ranking: Allocation["ranking"], scoreA: number, rankA: number, scoreB: number, rankB: number, byId: () => number): number {
  for (let index = 0; index < ranking.length; index += 1) {
    const by = (ranking[index] as Allocation["ranking"][number]).by;
    if (by === "score") {
      const a = Number.isNaN(scoreA) ? Number.NEGATIVE_INFINITY : scoreA;
      const b = Number.isNaN(scoreB) ? Number.NEGATIVE_INFINITY : scoreB;
      if (a !== b) return b - a;
    } else if (by === "committeeRank") {
      const a = Number.isNaN(rankA) ? Number.POSITIVE_INFINITY : rankA;
      const b = Number.isNaN(rankB) ? Number.POSITIVE_INFINITY : rankB;
      if (a !== b) return a - b;
    } else {
      const diff = byId();
      if (diff !== 0) return diff;
    }
  }
  return 0;
}

/**
 * Gathers a round's contender rows into units (see `Units`): rows sorted by everything that tells
 * them apart (`traitsOf` gives shared objects, one per distinct set of traits), runs of equal rows made units, the units ordered by the ranking and, where it cannot
 * separate them, by their smallest record id — so the units never depend on the order of the input.
 *
 * @example
 * ```ts
 * const units = gatherUnits(table, contenderRows, award.ranking, traitsOf);
 * ```
 */
export function gatherUnits(table: RoundTable, rows: Int32Array, ranking: Allocation["ranking"], traitsOf: (row: number) => UnitTraits): Units {
  const byRecordId = ranking.some((key) => key.by === "recordId");
  // traits are shared objects (one per distinct set): their keys made once each
  const traits = Array.from(rows, traitsOf);
  const keys = new Map<UnitTraits, string>();
  const keyOf = (trait: UnitTraits, row: number): string => {
    if (trait.decided) return `#${row}`;
    let key = keys.get(trait);
    if (key === undefined) keys.set(trait, (key = `${trait.kind}|${trait.group ?? "\u0000"}|${trait.bucket ?? "\u0000"}`));
    return key;
  };
  const positions = Int32Array.from(rows.keys());
  const same = (a: number, b: number): number => {
    const rowA = rows[a] as number;
    const rowB = rows[b] as number;
    const score = nan(table.scoreAt(rowA)) - nan(table.scoreAt(rowB));
    if (score !== 0 && !Number.isNaN(score)) return score;
    const scoreKnown = Number(table.scoreAt(rowA) === null) - Number(table.scoreAt(rowB) === null);
    if (scoreKnown !== 0) return scoreKnown;
    const rankA = table.rankAt(rowA);
    const rankB = table.rankAt(rowB);
    if (rankA !== rankB) return (rankA ?? Number.POSITIVE_INFINITY) - (rankB ?? Number.POSITIVE_INFINITY) || (rankA === null ? 1 : -1);
    const passing = table.passingCodeAt(rowA) - table.passingCodeAt(rowB);
    if (passing !== 0) return passing;
    const keyA = keyOf(traits[a] as UnitTraits, rowA);
    const keyB = keyOf(traits[b] as UnitTraits, rowB);
    if (keyA !== keyB) return keyA < keyB ? -1 : 1;
    return byRecordId ? table.idPool.compare(rowA, rowB) : 0;
  };
  positions.sort((a, b) => same(a, b) || a - b);
  const sortedRows = new Int32Array(rows.length);
  const starts: number[] = [];
  for (let at = 0; at < positions.length; at += 1) {
    const position = positions[at] as number;
    sortedRows[at] = rows[position] as number;
    if (at === 0 || same(positions[at - 1] as number, position) !== 0) starts.push(at);
  }
  const count = starts.length;
  starts.push(rows.length);
  // each unit's smallest id, then the units in ranking order
  const firstRow = new Int32Array(count);
  for (let unit = 0; unit < count; unit += 1) {
    let best = sortedRows[starts[unit] as number] as number;
    for (let at = (starts[unit] as number) + 1; at < (starts[unit + 1] as number); at += 1) {
      const row = sortedRows[at] as number;
      if (table.idPool.compare(row, best) < 0) best = row;
    }
    firstRow[unit] = best;
  }
  const order = Int32Array.from({ length: count }, (_, unit) => unit);
  const score = (unit: number): number => nan(table.scoreAt(firstRow[unit] as number));
  const rank = (unit: number): number => nan(table.rankAt(firstRow[unit] as number));
  order.sort((a, b) => compareKeys(ranking, score(a), rank(a), score(b), rank(b), () => 0) || table.idPool.compare(firstRow[a] as number, firstRow[b] as number));
  const outRows = new Int32Array(rows.length);
  const outStart = new Int32Array(count + 1);
  const outFirst = new Int32Array(count);
  const outScore = new Float64Array(count);
  const outRank = new Float64Array(count);
  const outPassing: (readonly number[])[] = [];
  const outTraits: UnitTraits[] = [];
  let used = 0;
  for (let at = 0; at < count; at += 1) {
    const unit = order[at] as number;
    outStart[at] = used;
    for (let index = starts[unit] as number; index < (starts[unit + 1] as number); index += 1) outRows[used++] = sortedRows[index] as number;
    outFirst[at] = firstRow[unit] as number;
    outScore[at] = score(unit);
    outRank[at] = rank(unit);
    outPassing.push(table.passingAt(firstRow[unit] as number));
    outTraits.push(traits[positions[starts[unit] as number] as number] as UnitTraits);
  }
  outStart[count] = used;
  return new Units(outRows, outStart, outFirst, outScore, outRank, outPassing, outTraits);
}
