import type { ResultText } from "../messages/said.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import { CodeColumn, NumberColumn } from "./columns.js";
import { IdPool } from "./idPool.js";

/**
 * What a candidate's own evaluation made of it, before the round gives out places: `contender`
 * (qualified for a level, or scored) competes; the others are settled by their evaluation.
 */
export type EvaluatedStatus = "contender" | "notQualified" | "pendingReview" | "refused" | "vetoed" | "ineligible" | "notApplied";

/** A round's shared list of words (never changed in place). */
export type Words = readonly ResultText[];

/** One candidate as the round reads it, to be kept in the table's columns. */
export interface CandidateRow {
  id: string;
  name: string | null;
  status: EvaluatedStatus;
  qualifiedLevel: number | null;
  /** The levels passed, highest first (level awards; a shared list). */
  passing: readonly number[];
  score: number | null;
  grade: string | null;
  committeeRank: number | null;
  department: string | null;
  team: string | null;
  /** The category applied for (or the record's application category, for a scored award by category). */
  category: string | null;
  /** The application's date, null without one. */
  applied: string | null;
  /** What the evaluation said of it (a refusal's reasons, pending words, a previous round's note). */
  notes: Words;
  /** Inputs still missing, for a pending candidate (a shared list). */
  missing: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * A round's candidates in columns — typed arrays and codes into tables of the distinct values, a
 * few bytes a column — rather than an object each, so a round of a million records keeps tens of
 * megabytes; a candidate is read back as an object (`row`) only when asked for. Every candidate is
 * a row, pushed in input order, so a row's number is its position in the input (from 0): the
 * allocation reads contenders' keys from here and writes nothing back.
 *
 * @example
 * ```ts
 * const table = new RoundTable();
 * const row = table.push({ id: "R-1", name: null, status: "contender", qualifiedLevel: 1, passing: [1, 2, 3], score: null, grade: null,
 *   committeeRank: null, department: null, team: null, category: "staff", applied: "2026-11-21", notes: [], missing: [] });
 * table.idAt(row); // "R-1"
 * ```
 */
export class RoundTable {
  private readonly ids = new IdPool();
  private readonly names: (string | null)[] = [];
  private readonly statuses = new CodeColumn<EvaluatedStatus>();
  private readonly qualifiedLevels = new CodeColumn<number | null>();
  private readonly passings = new CodeColumn<readonly number[]>();
  private readonly scores = new NumberColumn();
  private readonly grades = new CodeColumn<string | null>();
  private readonly ranks = new NumberColumn();
  private readonly departments = new CodeColumn<string | null>();
  private readonly teams = new CodeColumn<string | null>();
  private readonly categories = new CodeColumn<string | null>();
  private readonly applieds = new CodeColumn<string | null>();
  private readonly notes = new CodeColumn<Words>();
  private readonly missings = new CodeColumn<readonly string[]>();
  private anyName = false;

  /** How many candidates it holds. */
  get size(): number {
    return this.ids.size;
  }

  /** Appends a candidate; gives its row. */
  push(row: CandidateRow): number {
    const at = this.ids.push(row.id);
    if (row.name !== null) this.anyName = true;
    if (this.anyName) {
      while (this.names.length < at) this.names.push(null);
      this.names.push(row.name);
    }
    this.statuses.push(row.status);
    this.qualifiedLevels.push(row.qualifiedLevel);
    this.passings.push(row.passing);
    this.scores.push(row.score);
    this.grades.push(row.grade);
    this.ranks.push(row.committeeRank);
    this.departments.push(row.department);
    this.teams.push(row.team);
    this.categories.push(row.category);
    this.applieds.push(row.applied);
    this.notes.push(row.notes);
    this.missings.push(row.missing.length === 0 ? NONE : row.missing);
    return at;
  }

  /** The id of a row. */
  idAt(row: number): string {
    return this.ids.textAt(row);
  }

  /** The ids' pool (rows compared and hashed where they are kept). */
  get idPool(): IdPool {
    return this.ids;
  }

  /** A row's name, null when not given. */
  nameAt(row: number): string | null {
    return this.names[row] ?? null;
  }

  /** A row's evaluated status. */
  statusAt(row: number): EvaluatedStatus {
    return this.statuses.get(row);
  }

  /** Settles a row with a status and a note (a refused second application, an outsider). */
  settle(row: number, status: EvaluatedStatus, note: BilingualText, shared: (words: Words, note: BilingualText) => Words): void {
    this.statuses.set(row, status);
    this.notes.set(row, shared(this.notes.get(row), note));
  }

  /** The highest level a row qualified for. */
  qualifiedLevelAt(row: number): number | null {
    return this.qualifiedLevels.get(row);
  }

  /** The levels a row passed, highest first. */
  passingAt(row: number): readonly number[] {
    return this.passings.get(row);
  }

  /** A code for a row's list of levels passed (equal lists, equal codes). */
  passingCodeAt(row: number): number {
    return this.passings.codeAt(row);
  }

  /** A row's score. */
  scoreAt(row: number): number | null {
    return this.scores.get(row);
  }

  /** A row's grade. */
  gradeAt(row: number): string | null {
    return this.grades.get(row);
  }

  /** A row's committee rank. */
  rankAt(row: number): number | null {
    return this.ranks.get(row);
  }

  /** A row's department. */
  departmentAt(row: number): string | null {
    return this.departments.get(row);
  }

  /** A code for a row's department. */
  departmentCodeAt(row: number): number {
    return this.departments.codeAt(row);
  }

  /** A row's team. */
  teamAt(row: number): string | null {
    return this.teams.get(row);
  }

  /** A row's category. */
  categoryAt(row: number): string | null {
    return this.categories.get(row);
  }

  /** A code for a row's category. */
  categoryCodeAt(row: number): number {
    return this.categories.codeAt(row);
  }

  /** A row's application date. */
  appliedAt(row: number): string | null {
    return this.applieds.get(row);
  }

  /** What the evaluation said of a row. */
  notesAt(row: number): Words {
    return this.notes.get(row);
  }

  /** A code for what the evaluation said of a row. */
  notesCodeAt(row: number): number {
    return this.notes.codeAt(row);
  }

  /** A pending row's missing inputs. */
  missingAt(row: number): readonly string[] {
    return this.missings.get(row);
  }
}
