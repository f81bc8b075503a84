import type { BilingualText } from "../schema/primitives.js";
import type { LevelEntry } from "./allocateLevels.js";
import type { ScoredEntry } from "./allocateScored.js";
import type { Placement } from "./types.js";

/** One application as a round keeps it while it can still matter: who, when, for what, its order in the input, its department and entry. */
export interface Application {
  id: string;
  date: string;
  category: string;
  order: number;
  department: string | null;
  entry: LevelEntry | ScoredEntry;
  /** How good the application's outcome was when evaluated (lower is better): made only when one person applies twice. */
  outcome?: number[];
  /** The entry's words, made only when the same person applies twice on one day for one category. */
  words?: string;
}

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
export function outcomeOf(entry: LevelEntry | ScoredEntry): number[] {
  const passing = "passing" in entry ? (entry.passing[0] ?? 99) : 99;
  return [STANDING[entry.placement.status] ?? 2, passing, -(entry.keys.score ?? Number.NEGATIVE_INFINITY), entry.keys.committeeRank ?? Number.POSITIVE_INFINITY];
}

/**
 * The order in which one person's applications are taken (000 §三(二)): the earlier date, then the
 * category, then the better outcome; two that agree on all of these are told apart by their words
 * (made once, when such a pair appears), so the order of the input never decides.
 *
 * @example
 * ```ts
 * [second, first].sort(compareApplications); // [first, second]
 * ```
 */
export function compareApplications(a: Application, b: Application): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.category !== b.category) return a.category < b.category ? -1 : 1;
  const outcomeA = a.outcome ?? outcomeOf(a.entry);
  const outcomeB = b.outcome ?? outcomeOf(b.entry);
  for (let index = 0; index < outcomeA.length; index += 1) {
    const diff = (outcomeA[index] as number) - (outcomeB[index] as number);
    if (diff !== 0 && !Number.isNaN(diff)) return diff;
  }
  if (a.words !== undefined && b.words !== undefined && a.words !== b.words) return a.words < b.words ? -1 : 1;
  return a.order - b.order;
}

const wordsOf = (entry: LevelEntry | ScoredEntry): string => JSON.stringify([entry.placement.reasons, "passing" in entry ? entry.passing : [], entry.keys]);

/** A settled candidate (nothing the allocation can change) held in columns: index into them. */
type Compact = number;
type Ref = Application | Compact;

/**
 * The round's candidates as allocation needs them. Contenders (and anyone one person's second
 * application touches) are kept as objects; every other candidate — settled at evaluation: not
 * qualified, pending, refused, vetoed — is kept in columns, its placement made only when the
 * round's placements are read. So a round's memory grows with its contenders, not its records.
 *
 * @example
 * ```ts
 * const roster = new Roster(1, "(000 §三(二))");
 * roster.add(application, false);
 * roster.placements(); // every placement, by record id
 * ```
 */
export class Roster {
  private readonly byId = new Map<string, Ref | Ref[]>();
  private readonly refused: Application[] = [];
  // the columns of settled candidates
  private readonly ids: string[] = [];
  private readonly dates: string[] = [];
  private readonly categories: string[] = [];
  private readonly orders: number[] = [];
  private readonly statuses: Placement["status"][] = [];
  private readonly scores: (number | null)[] = [];
  private readonly grades: (string | null)[] = [];
  private readonly ranks: (number | null)[] = [];
  private readonly reasons: BilingualText[][] = [];
  private kept = 0;

  constructor(
    private readonly perPerson: number,
    private readonly clause: string,
  ) {}

  /** How many applications stand (one person's refused second ones not counted). */
  get size(): number {
    return this.kept;
  }

  /** Adds an application; `settled` ones are kept in columns. A second one of the same person is weighed against the first (§三(二)). */
  add(application: Application, settled: boolean): void {
    const earlier = this.byId.get(application.id);
    if (earlier === undefined && this.perPerson >= 1) {
      this.byId.set(application.id, settled ? this.compact(application) : application);
      this.kept += 1;
      return;
    }
    const previous = earlier === undefined ? [] : Array.isArray(earlier) ? earlier : [earlier];
    const standing = [...previous.map((ref) => this.object(ref)), application];
    // one person applying again: their applications are told apart once, here, as evaluated
    for (const each of standing) {
      each.outcome ??= outcomeOf(each.entry);
      each.words ??= wordsOf(each.entry);
    }
    standing.sort(compareApplications);
    const stays = standing.slice(0, this.perPerson);
    this.byId.set(application.id, stays);
    this.kept += stays.length - previous.length;
    for (const lost of standing.slice(this.perPerson)) {
      lost.entry.placement.status = "refused";
      lost.entry.placement.reasons.push({
        zh: `每人每轮只能申报 ${this.perPerson} 次：本人其他申报在先，本份不予受理${this.clause}`,
        en: `${this.perPerson} application(s) per person per round: this person's earlier application stands; this one is refused${this.clause}`,
      });
      this.refused.push(lost);
    }
  }

  /** The applications that stand and are kept as objects (the contenders among them). */
  standing(): Application[] {
    const out: Application[] = [];
    for (const value of this.byId.values()) {
      for (const ref of Array.isArray(value) ? value : [value]) if (typeof ref !== "number") out.push(ref);
    }
    return out;
  }

  /** Every placement, by record id; one person's applications in the order they are taken. */
  placements(): Placement[] {
    const all: Application[] = [...this.refused];
    for (const value of this.byId.values()) for (const ref of Array.isArray(value) ? value : [value]) all.push(this.object(ref));
    return all.sort((a, b) => (a.id !== b.id ? (a.id < b.id ? -1 : 1) : compareApplications(a, b))).map((application) => application.entry.placement);
  }

  private compact(application: Application): Compact {
    const { placement } = application.entry;
    const at = this.ids.length;
    this.ids.push(application.id);
    this.dates.push(application.date);
    this.categories.push(application.category);
    this.orders.push(application.order);
    this.statuses.push(placement.status);
    this.scores.push(placement.score);
    this.grades.push(placement.grade);
    this.ranks.push(application.entry.keys.committeeRank);
    this.reasons.push(this.shared(placement.reasons));
    return at;
  }

  private readonly lists = new Map<string, BilingualText[]>();

  /** One list for every settled candidate given the same words (not one a candidate). */
  private shared(reasons: BilingualText[]): BilingualText[] {
    const key = reasons.map((reason) => `${reason.zh}\u0001${reason.en}`).join("\u0002");
    const found = this.lists.get(key);
    if (found !== undefined) return found;
    if (this.lists.size < 10_000) this.lists.set(key, reasons);
    return reasons;
  }

  /** A settled candidate made into an object again (its placement with it). */
  private object(ref: Ref): Application {
    if (typeof ref !== "number") return ref;
    const id = this.ids[ref] as string;
    const placement: Placement = {
      recordId: id,
      status: this.statuses[ref] as Placement["status"],
      qualifiedLevel: null,
      level: null,
      score: this.scores[ref] ?? null,
      grade: this.grades[ref] ?? null,
      bucket: null,
      rank: null,
      reasons: [...(this.reasons[ref] as BilingualText[])],
    };
    const entry: LevelEntry = { keys: { id, score: placement.score, committeeRank: this.ranks[ref] ?? null }, passing: [], placement };
    const application: Application = {
      id,
      date: this.dates[ref] as string,
      category: this.categories[ref] as string,
      order: this.orders[ref] as number,
      department: null,
      entry,
    };
    return application;
  }
}
