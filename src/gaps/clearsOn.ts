import { addYears } from "date-fns/addYears";
import { dayOf, isoDay } from "../util/isoDay.js";
import type { TraceNode } from "../evaluate/types.js";
import type { Window } from "../schema/rulebookTypes.js";

/**
 * For a failing "at most n" leaf over a dated window (no complaint, no incident…), the first
 * evaluation date on which enough of its blocking events have left the window: with
 * `yearsUpToAsOf` N, the (n+1)-th most recent event's date plus N years; with
 * `calendarYearsBeforeRound` N, 1 January of its year plus N + 1. `null` when the leaf is of
 * another kind or its window never moves (`untilAsOf`, fixed dates).
 *
 * @example
 * ```ts
 * clearsOn(complaintLeaf, windows); // "2027-05-20" for a complaint of 2024-05-20 in a 3-year window
 * ```
 */
export function clearsOn(leaf: TraceNode, windows: Record<string, Window>): string | null {
  const read = leaf.facts[0];
  const windowName = read?.params?.window;
  if (leaf.status !== "fail" || read === undefined || typeof windowName !== "string" || !Array.isArray(read.value)) return null;
  const window = windows[windowName];
  const dates = (read.value as { date?: unknown }[])
    .map((item) => item.date)
    .filter((date): date is string => typeof date === "string")
    .sort()
    .reverse();
  const limit = atMostOf(leaf);
  if (limit === null || dates.length <= limit || window === undefined) return null;
  const blocking = dates[limit] as string;
  if (window.kind === "yearsUpToAsOf") return isoDay(addYears(dayOf(blocking), window.years));
  if (window.kind === "calendarYearsBeforeRound") return `${Number(blocking.slice(0, 4)) + window.years + 1}-01-01`;
  return null;
}

/** The n of a `countAtMost n` leaf, read from its rule (kept on the trace's source). */
function atMostOf(leaf: TraceNode): number | null {
  return leaf.rule?.operator === "countAtMost" && typeof leaf.rule.value === "number" ? leaf.rule.value : null;
}
