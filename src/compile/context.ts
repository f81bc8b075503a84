import { keptOf, type RecordView } from "../records/keptRecords.js";
import type { CandidateRecord } from "../schema/recordTypes.js";
import type { Rulebook, Window } from "../schema/rulebookTypes.js";
import { resolveWindow, roundYearOf, type ResolvedWindow } from "./windows.js";
import { yearKey } from "./facts/knownAbsent.js";

// three-valued truth is defined once, in src/semantics/tri.ts
export { FALSE, TRUE, UNKNOWN, type Tri } from "../semantics/tri.js";

/**
 * A slot no leaf has read yet in this evaluation: a symbol of the global registry, so that a
 * rulebook compiled by one copy of the package reads the slots of a context another copy made.
 */
export const NOT_READ: unique symbol = Symbol.for("award-rules.notRead");

/** What compiling needs to know of the rulebook: its scales (value → rank) and windows. */
export interface CompileScope {
  rulebook: Rulebook;
  scales: Map<string, Map<string, number>>;
  windows: Record<string, Window>;
}

/** One array of `NOT_READ` per slot count, copied for each evaluation (a copy of a packed array is cheaper than filling a new one). */
const UNREAD: unknown[][] = [];
const unreadSlots = (count: number): unknown[] => (UNREAD[count] ??= new Array<unknown>(count).fill(NOT_READ)).slice();

/**
 * One evaluation's state: the record, the as-of date, windows resolved lazily, and a slot per
 * distinct (fact, params) pair so each fact is read once per evaluation.
 *
 * @example
 * ```ts
 * const ctx = new EvaluationContext(record, "2026-11-26", rulebook.windows, compiled.slotCount);
 * ctx.window("threeYears"); // { from: "2023-11-27", to: "2026-11-26", years: null }
 * ```
 */
export class EvaluationContext {
  readonly roundYear: number;
  /** The record as evaluation reads it: a kept record's view (every field in one order, attestations as a table), else the record itself. */
  readonly view: RecordView;
  /** Whether `view` is a kept record's view (so every record read has one shape). */
  readonly kept: boolean;
  /** Per slot: `NOT_READ`, the fact's value, or (for a dated list) the count a fused leaf made; made on first use (`slotsOf`). */
  slots: unknown[] | null = null;
  private readonly resolved: Map<string, ResolvedWindow>;

  constructor(
    readonly record: CandidateRecord,
    readonly asOf: string,
    /** The rulebook's window definitions (what `window` resolves; the explanation reads them to say when a record leaves its window). */
    readonly windowDefs: Record<string, Window>,
    slotCount: number,
    windowCache?: WindowCache,
    view: RecordView | undefined = keptOf(record)?.view,
  ) {
    this.resolved = windowCache ? windowCache.forDate(asOf) : new Map<string, ResolvedWindow>();
    this.roundYear = roundYearOf(asOf);
    this.slotCount = slotCount;
    this.kept = view !== undefined;
    this.view = view ?? (record as RecordView);
  }

  private readonly slotCount: number;

  /** The slots, made on first use: an evaluation the generated verdicts answer alone never needs them. */
  slotsOf(): unknown[] {
    return this.slots ?? (this.slots = unreadSlots(this.slotCount));
  }

  /** The named window made concrete for this as-of date (computed once). */
  window(name: string): ResolvedWindow {
    let resolved = this.resolved.get(name);
    if (resolved === undefined) {
      const definition = this.windowDefs[name];
      if (definition === undefined) throw new Error(`window ${name} was not checked at compile time`);
      resolved = resolveWindow(definition, this.asOf);
      // the years as record keys ("2025"), made once per date for the leaves that look them up
      if (resolved.years !== null) resolved.yearKeys = Object.freeze(resolved.years.map(yearKey));
      Object.freeze(resolved.years);
      Object.freeze(resolved);
      this.resolved.set(name, resolved);
    }
    return resolved;
  }
}

/**
 * Resolved windows per as-of date, shared by the evaluations of one compiled rulebook so that
 * a cohort evaluated on one date resolves each window once. Bounded: it is cleared when it
 * holds more than `limit` dates. Deterministic, so evaluation stays pure.
 *
 * @example
 * ```ts
 * const cache = new WindowCache();
 * cache.forDate("2026-11-26").size; // 0 until a window of that date is resolved
 * ```
 */
export class WindowCache {
  // private to the library: a caller holding a compiled rulebook can neither read nor replace what is cached
  readonly #byDate = new Map<string, Map<string, ResolvedWindow>>();
  readonly #limit: number;

  constructor(limit = 64) {
    this.#limit = limit;
    // frozen: no key can be added to it, and its prototype (its methods) cannot be swapped
    Object.freeze(this);
  }

  /** The (mutable) window map of one date. */
  forDate(asOf: string): Map<string, ResolvedWindow> {
    let windows = this.#byDate.get(asOf);
    if (windows === undefined) {
      if (this.#byDate.size >= this.#limit) this.#byDate.clear();
      windows = new Map();
      this.#byDate.set(asOf, windows);
    }
    return windows;
  }
}

/**
 * Builds the scale lookup (scale name → value → rank) from a rulebook.
 *
 * @example
 * ```ts
 * scaleRanks(rulebook).get("rating")?.get("excellent"); // 4
 * ```
 */
export function scaleRanks(rulebook: Rulebook): Map<string, Map<string, number>> {
  const scales = new Map<string, Map<string, number>>();
  for (const [name, scale] of Object.entries(rulebook.scales)) {
    scales.set(name, new Map(scale.values.map((entry) => [entry.value, entry.rank])));
  }
  return scales;
}
