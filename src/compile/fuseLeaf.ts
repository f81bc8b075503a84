import type { CandidateRecord } from "../schema/recordTypes.js";
import type { JsonValue } from "../schema/rulebookTypes.js";
import { FALSE, NOT_READ, TRUE, UNKNOWN, type EvaluationContext, type Tri } from "./context.js";
import { datedFacts } from "./facts/datedFacts.js";
import { absentThroughout, internedKey } from "./facts/knownAbsent.js";
import { yearOfDay } from "../util/isoDay.js";
import type { CompiledParams } from "./params.js";

/** A leaf's verdict computed in one step, without building the fact's value. */
export type FusedVerdict = (ctx: EvaluationContext) => Tri;

/** What `fuseLeaf` needs of a compiled leaf. */
export interface LeafParts {
  fact: string;
  operator: string;
  params: CompiledParams;
  arg: unknown;
  hasPath: boolean;
  /** The leaf's fact cache slot. */
  slot: number;
}

/** A count of a dated list's items in the window passing the filter, -1 when unknown (as `readDated`): cached in the leaf's slot. */
function datedCount(field: keyof CandidateRecord, params: CompiledParams, slot: number): (ctx: EvaluationContext) => number {
  const where = params.where;
  const windowName = params.window;
  return (ctx) => {
    const slots = ctx.slotsOf();
    const cached = slots[slot];
    if (typeof cached === "number") return cached;
    if (cached !== NOT_READ) {
      const list = cached as unknown[] | undefined;
      return list === undefined ? -1 : list.length;
    }
    let count = 0;
    const list = ctx.record[field] as { date: string }[] | undefined;
    const window = windowName === undefined ? undefined : ctx.window(windowName);
    const from = window === undefined ? null : window.from;
    const to = window === undefined ? ctx.asOf : window.to;
    if (list === undefined) {
      count = absentThroughout(ctx.record, field, from, to) ? 0 : -1;
    } else {
      for (let index = 0; index < list.length; index += 1) {
        const item = list[index] as { date: string };
        const date = item.date;
        if (date > to || (from !== null && date < from)) continue;
        const verdict = where === undefined ? TRUE : where(item);
        if (verdict === TRUE) count += 1;
        else if (verdict === UNKNOWN) {
          count = -1;
          break;
        }
      }
    }
    slots[slot] = count;
    return count;
  };
}

interface PatternArg {
  ratingRank: number;
  minTimes: number;
  includingLatestYear: boolean;
  othersRank: number;
  ranks: Map<string, number>;
}

/** `appraisalPattern` over the appraisals of a window, read in place (as `readAppraisals` then the operator's test). */
function appraisalVerdict(params: CompiledParams, arg: PatternArg): FusedVerdict {
  const windowName = params.window as string;
  const rank = (rating: string): number => arg.ranks.get(rating) ?? Number.NEGATIVE_INFINITY;
  return (ctx) => {
    const window = ctx.window(windowName);
    const years = window.years ?? [];
    const keys = window.yearKeys ?? [];
    const record = ctx.record;
    const ratings = record.annualAppraisals;
    const absent = record.knownAbsent?.annualAppraisals;
    const start = record.logisticsStartDate;
    const startYear = start === undefined ? undefined : yearOfDay(start);
    const latestYear = years.length > 0 ? years[years.length - 1] : undefined;
    let hits = 0;
    let unknown = 0;
    let latestCounted = false;
    let latestRating: string | null = null;
    for (let index = 0; index < years.length; index += 1) {
      const year = years[index] as number;
      const key = keys[index] as string;
      const rating = ratings !== undefined && Object.hasOwn(ratings, key) ? ratings[key] : undefined;
      let counted: string | null;
      if (rating !== undefined) counted = rating;
      else if (absent !== undefined && absent.includes(key)) continue;
      else if (startYear === undefined || year >= startYear) counted = null;
      else continue;
      if (counted === null) unknown += 1;
      else {
        const given = rank(counted);
        if (given >= arg.ratingRank) hits += 1;
        else if (given < arg.othersRank) return FALSE;
      }
      if (year === latestYear) {
        latestCounted = true;
        latestRating = counted;
      }
    }
    if (arg.includingLatestYear) {
      if (!latestCounted) return FALSE;
      if (latestRating !== null && rank(latestRating) < arg.ratingRank) return FALSE;
    }
    if (hits + unknown < arg.minTimes) return FALSE;
    if (unknown > 0) return UNKNOWN;
    return hits >= arg.minTimes ? TRUE : FALSE;
  };
}

/** `equal` / `notEqual` / `in` / `notIn` on a value read in place (`undefined`: unknown). */
function compare(operator: string, arg: unknown, read: (ctx: EvaluationContext) => unknown): FusedVerdict | undefined {
  switch (operator) {
    case "equal":
      return (ctx) => {
        const value = read(ctx);
        return value === undefined ? UNKNOWN : value === arg ? TRUE : FALSE;
      };
    case "notEqual":
      return (ctx) => {
        const value = read(ctx);
        return value === undefined ? UNKNOWN : value !== arg ? TRUE : FALSE;
      };
    case "in":
    case "notIn": {
      const values = new Set(arg as JsonValue[]);
      const wanted = operator === "in";
      return (ctx) => {
        const value = read(ctx);
        return value === undefined ? UNKNOWN : values.has(value as JsonValue) === wanted ? TRUE : FALSE;
      };
    }
    default:
      return undefined;
  }
}

const PERSON_FIELDS = new Set(["partyMember", "role", "professionalTitle", "revokedInPreviousRound", "employmentType"]);

/**
 * A leaf's verdict fused with its fact, for the verdicts-only path: counts of dated lists with
 * `countAtLeast` / `countAtMost` (no list built), appraisal patterns read in place, attestations and
 * plain record fields compared directly. Each gives exactly what reading the fact and testing the
 * operator gives (a property test holds them together); undefined when the leaf has no fused form.
 *
 * @example
 * ```ts
 * const verdict = fuseLeaf({ fact: "complaints", operator: "countAtMost", params, arg: 0, hasPath: false, slot: 3 });
 * verdict?.(ctx); // TRUE: no complaint in the window
 * ```
 */
export function fuseLeaf(leaf: LeafParts): FusedVerdict | undefined {
  if (leaf.hasPath) return undefined;
  const { fact, operator, params, arg } = leaf;
  if (Object.hasOwn(datedFacts, fact) && (operator === "countAtLeast" || operator === "countAtMost")) {
    const count = datedCount(fact as keyof CandidateRecord, params, leaf.slot);
    const bound = arg as number;
    return operator === "countAtLeast"
      ? (ctx) => {
          const found = count(ctx);
          return found < 0 ? UNKNOWN : found >= bound ? TRUE : FALSE;
        }
      : (ctx) => {
          const found = count(ctx);
          return found < 0 ? UNKNOWN : found <= bound ? TRUE : FALSE;
        };
  }
  if (fact === "annualAppraisals" && operator === "appraisalPattern" && params.window !== undefined) return appraisalVerdict(params, arg as PatternArg);
  if (fact === "attestation" && params.item !== undefined) {
    const item = internedKey(params.item);
    const read = (ctx: EvaluationContext): unknown => {
      const attestations = ctx.view.attestations;
      const given = attestations !== undefined && Object.hasOwn(attestations, item) ? attestations[item] : undefined;
      return given === "notGiven" ? undefined : given;
    };
    if (operator === "equal") {
      return (ctx) => {
        const given = read(ctx);
        return given === undefined ? UNKNOWN : given === arg ? TRUE : FALSE;
      };
    }
    return compare(operator, arg, read);
  }
  if (PERSON_FIELDS.has(fact)) {
    const field = fact as "partyMember";
    return compare(operator, arg, (ctx) => ctx.record[field]);
  }
  return undefined;
}
