import type { CandidateRecord } from "../schema/recordTypes.js";
import type { ResolvedWindow } from "./windows.js";

/** The ratings a window counts, as ranks, for the appraisal patterns over it. */
export interface CountedRanks {
  /** Per counted year in order: its rating's rank (`-Infinity` for a value off the scale), or `null` when the year counts but its rating is not given. */
  ranks: (number | null)[];
  /** The window's last year: its rank, `null` when counted but not given, `undefined` when not counted. */
  latest: number | null | undefined;
}

/**
 * The years of a window an appraisal pattern counts, read once a record for every pattern over the
 * window (as `readAppraisals`): a year with a rating counts; a year without one is skipped when it
 * is known absent or before the person's logistics service began, and otherwise counts as not
 * given.
 *
 * @example
 * ```ts
 * countedRanks({ id: "T-1", annualAppraisals: { "2024": "excellent" } }, window, ranks);
 * // { ranks: [null, 4, null], latest: null } for the years 2023–2025
 * ```
 */
export function countedRanks(record: CandidateRecord, window: ResolvedWindow, scale: ReadonlyMap<string, number>): CountedRanks {
  const years = window.years ?? [];
  const keys = window.yearKeys ?? [];
  const ratings = record.annualAppraisals;
  const absent = record.knownAbsent?.annualAppraisals;
  const start = record.logisticsStartDate;
  const startYear = start === undefined ? undefined : Number(start.slice(0, 4));
  const latestYear = years.length > 0 ? years[years.length - 1] : undefined;
  const ranks: (number | null)[] = [];
  let latest: number | null | undefined;
  for (let index = 0; index < years.length; index += 1) {
    const year = years[index] as number;
    const key = keys[index] as string;
    const rating = ratings !== undefined && Object.hasOwn(ratings, key) ? ratings[key] : undefined;
    let rank: number | null;
    if (rating !== undefined) rank = scale.get(rating) ?? Number.NEGATIVE_INFINITY;
    else if (absent !== undefined && absent.includes(key)) continue;
    else if (startYear === undefined || year >= startYear) rank = null;
    else continue;
    ranks.push(rank);
    if (year === latestYear) latest = rank;
  }
  return { ranks, latest };
}
