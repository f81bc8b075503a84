import { CodeColumn, IndexColumn, NumberColumn } from "./columns.js";
import { Crowds } from "./crowds.js";
import { hashOfId, IdIndex } from "./idIndex.js";
import { IdPool } from "./idPool.js";
import { ScoredEntry, type AnyEntry } from "./entries.js";
import { addReason, published, type ReasonList } from "./reasons.js";
import type { Placement } from "./types.js";

const STANDING: Record<string, number> = { notPlaced: 0, placed: 0, pendingReview: 1, notQualified: 2, ineligible: 2, vetoed: 2, refused: 3 };

/**
 * How good an entry's outcome is, for choosing between one person's applications: qualified
 * first, the higher level, the higher score, the better committee rank.
 *
 * @example
 * ```ts
 * outcomeOf(entry); // [0, 2, -Infinity, 3]: qualified, level 2 passed, no score, committee rank 3
 * ```
 */
export function outcomeOf(entry: AnyEntry): number[] {
  const passing = entry.kind === "level" ? (entry.passing[0] ?? 99) : 99;
  return [STANDING[entry.placement.status] ?? 2, passing, -(entry.score ?? Number.NEGATIVE_INFINITY), entry.committeeRank ?? Number.POSITIVE_INFINITY];
}

/**
 * The order in which one person's applications are taken (000 §三(二)): the earlier date, then the
 * category, then the better outcome; two that agree on all of these are told apart by their words
 * (made once, when such a pair appears: `told`), so the order of the input never decides.
 *
 * @example
 * ```ts
 * [second, first].sort(compareApplications); // [first, second]
 * ```
 */
export function compareApplications(a: AnyEntry, b: AnyEntry, told: ReadonlyMap<AnyEntry, Told> = NONE_TOLD): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.applied !== b.applied) return a.applied < b.applied ? -1 : 1;
  const toldA = told.get(a);
  const toldB = told.get(b);
  const outcomeA = toldA?.outcome ?? outcomeOf(a);
  const outcomeB = toldB?.outcome ?? outcomeOf(b);
  for (let index = 0; index < outcomeA.length; index += 1) {
    const diff = (outcomeA[index] as number) - (outcomeB[index] as number);
    if (diff !== 0 && !Number.isNaN(diff)) return diff;
  }
  if (toldA !== undefined && toldB !== undefined && toldA.words !== toldB.words) return toldA.words < toldB.words ? -1 : 1;
  return a.order - b.order;
}

/** One person's application as first told apart from their others: its outcome and words, as evaluated. */
export interface Told {
  outcome: number[];
  words: string;
}

const NONE_TOLD: ReadonlyMap<AnyEntry, Told> = new Map();

const wordsOf = (entry: AnyEntry): string =>
  JSON.stringify([entry.placement.reasons, entry.kind === "level" ? entry.passing : [], { id: entry.id, score: entry.score, committeeRank: entry.committeeRank }]);

/** A settled candidate (nothing the allocation can change) held in columns: index into them. */
type Compact = number;
type Ref = AnyEntry | Compact;
/** What one person has standing: an entry kept as an object, or the applications of a person who applied more than once. */
type Held = AnyEntry | Ref[];

/**
 * The round's candidates as allocation needs them. Contenders (and anyone one person's second
 * application touches) are kept as one object each; every other candidate — settled at
 * evaluation: not qualified, pending, refused, vetoed — is kept in columns (typed arrays and codes,
 * a few bytes each), its placement made only when the round's placements are read. So a round's
 * memory grows with its contenders, not its records.
 *
 * @example
 * ```ts
 * const roster = new Roster(1, "(000 §三(二))");
 * roster.add(entry, false);
 * roster.placements(); // every placement, by record id
 * ```
 */
export class Roster {
  /** The ids of the settled candidates and the crowds' members, as bytes (see `IdPool`). */
  private readonly pool = new IdPool();
  /** Per id: a settled candidate's column index × 4, a held slot's index × 4 + 1, or a crowd member's row × 4 + 2. */
  private byId: IdIndex | undefined = new IdIndex({
    equals: (value, id) => {
      const at = value >> 2;
      const tag = value & 3;
      return tag === 1 ? this.heldId(at) === id : this.pool.equals(tag === 0 ? this.idRows.get(at) : this.crowds.idRow(at), id);
    },
    hash: (value) => {
      const at = value >> 2;
      const tag = value & 3;
      return tag === 1 ? hashOfId(this.heldId(at)) : this.pool.hash(tag === 0 ? this.idRows.get(at) : this.crowds.idRow(at));
    },
  });
  private readonly crowds = new Crowds(this.pool);
  /** Contenders and people with more than one application, with the input position each first appeared at. */
  private readonly held: Held[] = [];
  private readonly heldIds = new Map<number, string>();
  private readonly heldSince = new IndexColumn();
  /** The outcome and words of each application of a person who applied more than once. */
  private readonly told = new Map<AnyEntry, Told>();
  private readonly refused: AnyEntry[] = [];
  // the columns of settled candidates (an id: its row in the pool)
  private readonly idRows = new IndexColumn();
  private settled = 0;
  /** Settled candidates since held with their person's other applications. */
  private readonly moved = new Set<number>();
  private readonly dates = new CodeColumn<string>();
  private readonly applied = new CodeColumn<string>();
  private readonly orders = new IndexColumn();
  private readonly statuses = new CodeColumn<Placement["status"]>();
  private readonly scores = new NumberColumn();
  private readonly grades = new CodeColumn<string | null>();
  private readonly ranks = new NumberColumn();
  private readonly reasons = new CodeColumn<ReasonList>();
  private kept = 0;

  constructor(
    private readonly perPerson: number,
    private readonly clause: string,
  ) {}

  /** How many applications stand (one person's refused second ones not counted). */
  get size(): number {
    return this.kept;
  }

  /**
   * Adds an application; `settled` ones are kept in columns, a contender with a `crowd` key joins
   * the crowd of contenders alike (see `Crowds`). A second one of the same person is weighed
   * against the first (§三(二)).
   */
  add(entry: AnyEntry, settled: boolean, crowd?: string): void {
    const byId = this.byId;
    if (byId === undefined) throw new Error("Roster.add after standing(): the round's records are all read");
    const found = byId.get(entry.id);
    if (found === -1 && this.perPerson >= 1) {
      const row = !settled && crowd !== undefined && entry.kind === "level" ? this.crowds.join(entry, crowd, this.pool.push(entry.id)) : -1;
      byId.set(entry.id, settled ? this.compact(entry) * 4 : row !== -1 ? row * 4 + 2 : this.hold(entry, entry.id, entry.order) * 4 + 1);
      this.kept += 1;
      return;
    }
    const at = found >> 2;
    const tag = found & 3;
    const earlier: Held | Compact | undefined = found === -1 ? undefined : tag === 0 ? at : tag === 1 ? this.held[at] : this.crowds.leave(at);
    // a settled candidate whose person applied again is held with their other applications from now on
    if (found !== -1 && tag === 0) this.moved.add(at);
    const previous: Ref[] = earlier === undefined ? [] : Array.isArray(earlier) ? earlier : [earlier];
    const standing = [...previous.map((ref) => this.object(ref)), entry];
    // one person applying again: their applications are told apart once, here, as evaluated
    for (const each of standing) if (!this.told.has(each)) this.told.set(each, { outcome: outcomeOf(each), words: wordsOf(each) });
    standing.sort((a, b) => compareApplications(a, b, this.told));
    const stays = standing.slice(0, this.perPerson);
    if (found !== -1 && tag === 1) {
      this.held[at] = stays;
      this.heldIds.set(at, entry.id);
    } else byId.set(entry.id, this.hold(stays, entry.id, previous.length > 0 ? this.object(previous[0] as Ref).order : entry.order) * 4 + 1);
    this.kept += stays.length - previous.length;
    for (const lost of standing.slice(this.perPerson)) {
      lost.placement.status = "refused";
      addReason(lost.placement, {
        zh: `每人每轮只能申报 ${this.perPerson} 次：本人其他申报在先，本份不予受理${this.clause}`,
        en: `${this.perPerson} application(s) per person per round: this person's earlier application stands; this one is refused${this.clause}`,
      });
      this.refused.push(lost);
    }
  }

  /**
   * The applications that stand and are kept as objects (the contenders among them), people in the
   * order they first appeared. Called once the records are all read: the index by id goes (its
   * memory is the round's largest after the ids), and no application is added after.
   */
  standing(): AnyEntry[] {
    this.byId = undefined;
    const out: AnyEntry[] = [];
    const order = this.heldOrder();
    for (let index = 0; index < order.length; index += 1) {
      const value = this.held[order[index] as number] as Held;
      if (!Array.isArray(value)) out.push(value);
      else for (const ref of value) if (typeof ref !== "number") out.push(ref);
    }
    // the crowds after the people held one by one (the allocation ranks them; no order of the input is kept)
    for (const rep of this.crowds.standing()) out.push(rep);
    return out;
  }

  /** Every placement, by record id (one person's applications in the order they are taken), each a copy of its own. */
  placements(): Placement[] {
    return [...this.eachPlacement()];
  }

  /**
   * Every placement, by record id, made one at a time as it is read: only a 4-byte reference per
   * candidate is sorted, and each placement is a copy made when reached (one person's applications
   * in the order they are taken).
   */
  *eachPlacement(): Generator<Placement> {
    // a reference: a settled candidate's column index × 4, a held slot × 4 + 1, a refused entry × 4 + 2, a crowd member × 4 + 3
    const count = this.refused.length + this.settled + this.held.length + this.crowds.rowCount;
    let refs = new Int32Array(count);
    let used = 0;
    for (let at = 0; at < this.refused.length; at += 1) refs[used++] = at * 4 + 2;
    // a settled candidate whose person applied again is held with their applications (counted there)
    for (let at = 0; at < this.settled; at += 1) if (!this.moved.has(at)) refs[used++] = at * 4;
    for (let at = 0; at < this.held.length; at += 1) refs[used++] = at * 4 + 1;
    for (let at = 0; at < this.crowds.rowCount; at += 1) if (!this.crowds.hasLeft(at)) refs[used++] = at * 4 + 3;
    refs = refs.subarray(0, used);
    // an id: its row in the pool (settled, crowd member) or its text (held, refused), compared where it is
    const keyOf = (ref: number): number | string => {
      const at = ref >> 2;
      const kind = ref & 3;
      return kind === 0 ? this.idRows.get(at) : kind === 1 ? this.heldId(at) : kind === 2 ? (this.refused[at] as AnyEntry).id : this.crowds.idRow(at);
    };
    const compareRefs = (a: number, b: number): number => {
      const keyA = keyOf(a);
      const keyB = keyOf(b);
      if (typeof keyA === "number") return typeof keyB === "number" ? this.pool.compare(keyA, keyB) : this.pool.compareText(keyA, keyB);
      if (typeof keyB === "number") return -this.pool.compareText(keyB, keyA);
      return keyA === keyB ? 0 : keyA < keyB ? -1 : 1;
    };
    refs.sort(compareRefs);
    for (let start = 0; start < refs.length; ) {
      let end = start + 1;
      while (end < refs.length && compareRefs(refs[start] as number, refs[end] as number) === 0) end += 1;
      const group: AnyEntry[] = [];
      for (let at = start; at < end; at += 1) {
        const ref = refs[at] as number;
        const index = ref >> 2;
        const kind = ref & 3;
        if (kind === 0) group.push(this.object(index));
        else if (kind === 2) group.push(this.refused[index] as AnyEntry);
        // a crowd member is the only application of its id (a second one takes it out of the crowd)
        else if (kind === 3) yield this.crowds.placementOf(index);
        else {
          const value = this.held[index] as Held;
          if (Array.isArray(value)) for (const each of value) group.push(this.object(each));
          else group.push(value);
        }
      }
      if (group.length > 1) group.sort((a, b) => compareApplications(a, b, this.told));
      for (const entry of group) yield published(entry.placement);
      start = end;
    }
  }

  /** Holds a contender or a person's applications; gives its slot. */
  private hold(value: Held, id: string, since: number): number {
    // a person's applications: their id kept here (an entry names its own)
    if (Array.isArray(value)) this.heldIds.set(this.held.length, id);
    this.heldSince.push(since);
    return this.held.push(value) - 1;
  }

  /** The id of a held slot. */
  private heldId(at: number): string {
    const value = this.held[at] as Held;
    return Array.isArray(value) ? (this.heldIds.get(at) as string) : value.id;
  }

  /** The held slots in the order their people first appeared. */
  private heldOrder(): Int32Array {
    // each slot as one number, (first position × 2²² + slot), sorted as numbers: no comparator, no objects
    const slots = 2 ** 22;
    if (this.held.length >= slots) {
      const order = Int32Array.from(this.held.keys());
      return order.sort((a, b) => this.heldSince.get(a) - this.heldSince.get(b));
    }
    const keys = new Float64Array(this.held.length);
    for (let at = 0; at < keys.length; at += 1) keys[at] = this.heldSince.get(at) * slots + at;
    keys.sort();
    const order = new Int32Array(keys.length);
    for (let at = 0; at < keys.length; at += 1) order[at] = (keys[at] as number) % slots;
    return order;
  }

  private compact(entry: AnyEntry): Compact {
    const { placement } = entry;
    const at = this.settled;
    this.settled += 1;
    this.idRows.push(this.pool.push(entry.id));
    this.dates.push(entry.date);
    this.applied.push(entry.applied);
    this.orders.push(entry.order);
    this.statuses.push(placement.status);
    this.scores.push(placement.score);
    this.grades.push(placement.grade);
    this.ranks.push(entry.committeeRank);
    this.reasons.push(placement.reasons);
    return at;
  }

  /** A settled candidate made into an entry again (its placement with it). */
  private object(ref: Ref): AnyEntry {
    if (typeof ref !== "number") return ref;
    const id = this.pool.textAt(this.idRows.get(ref));
    const score = this.scores.get(ref);
    const placement: Placement = {
      recordId: id,
      status: this.statuses.get(ref),
      qualifiedLevel: null,
      level: null,
      score,
      grade: this.grades.get(ref),
      bucket: null,
      rank: null,
      reasons: this.reasons.get(ref) as Placement["reasons"],
    };
    // restored as a scored entry, which keeps a grade (a level award's are null): nothing else tells them apart once settled
    const entry = new ScoredEntry(id, score, this.ranks.get(ref), { date: this.dates.get(ref), applied: this.applied.get(ref), order: this.orders.get(ref) }, null, placement, null);
    return entry;
  }
}
