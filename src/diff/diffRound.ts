import { evaluateCohort } from "../cohort/evaluateCohort.js";
import type { CohortOptions, CohortResult, Placement } from "../cohort/types.js";
import type { CompiledRulebook } from "../compile/compileRulebook.js";
import type { ChangedItem } from "./changedItems.js";

/** A placement as compared: its status and the level or grade it was given. */
export interface PlacementOutcome {
  status: Placement["status"];
  level: number | null;
  grade: string | null;
}

/** One candidate whose place in the round changes: gained, lost, moved level or grade, or now (or no longer) left to the committee. */
export interface PlacementChange {
  recordId: string;
  /** The name on the record, null when not given. */
  name: string | null;
  kind: "gained" | "lost" | "moved" | "provisional" | "other";
  before: PlacementOutcome;
  after: PlacementOutcome;
  /** The changed rule items behind it: the round's settings (quotas, ranking) and the conditions whose status changed for this candidate. */
  causes: { id: string; change: ChangedItem["change"]; citation: string }[];
}

/** How a round changes under a policy change: who gains, loses or moves, each cut, and the round's status. */
export interface RoundDiff {
  changes: PlacementChange[];
  /** Each level's or bucket's quota and places before and after, where they differ. */
  cuts: { key: string; before: CohortResult["quotas"][number] | null; after: CohortResult["quotas"][number] | null }[];
  /** Places held before and after: given, or proposed awaiting the committee (000 §五(二): its approval). */
  placed: { before: number; after: number };
  status: { before: CohortResult["status"]; after: CohortResult["status"] };
}

const outcome = (placement: Placement | undefined): PlacementOutcome =>
  placement === undefined ? { status: "notQualified", level: null, grade: null } : { status: placement.status, level: placement.level, grade: placement.grade };

/** What a quota line says of its places (its words aside): the lines compared. */
const placesOf = (line: CohortResult["quotas"][number] | null): unknown[] | null =>
  line === null ? null : [line.quota, line.placed, line.proposed, line.provisional, line.empty, line.cut];

/** Whether a placement holds a place: given, or proposed awaiting the committee's approval. */
const holds = (outcome: PlacementOutcome): boolean => outcome.status === "placed" || outcome.status === "proposed";

function kindOf(before: PlacementOutcome, after: PlacementOutcome): PlacementChange["kind"] {
  if (before.status === "provisional" || after.status === "provisional") return "provisional";
  if (!holds(before) && holds(after)) return "gained";
  if (holds(before) && !holds(after)) return "lost";
  if (holds(before) && holds(after)) return "moved";
  return "other";
}

const ROUND_SETTINGS = /\.(level-\d+|roundQuota|allocation|applicationsPerPersonPerRound|quota|nominees|calendar)$|^window:/;

/**
 * Compares two rulebooks' allocation of the same round: each is given the records and the same
 * options, and every candidate whose placement differs is listed — gained or lost a place, moved
 * level or grade, or now or no longer left to the committee — with the changed rule items behind it
 * (the round's settings, and the conditions whose status changed for that candidate), plus every
 * cut that changed.
 *
 * @example
 * ```ts
 * const round = diffRound(current, proposed, records, { asOf: "2026-11-26" }, items, statusChanges);
 * round.changes.map((change) => `${change.recordId}: ${change.kind}`); // ["R-04: gained", "R-05: gained"]
 * ```
 */
export function diffRound(
  before: CompiledRulebook,
  after: CompiledRulebook,
  records: unknown[],
  options: CohortOptions,
  items: ChangedItem[],
  conditionCauses: Map<string, ChangedItem[]>,
): RoundDiff {
  const old = evaluateCohort(before, records, options);
  const now = evaluateCohort(after, records, options);
  const oldPlaces = new Map(old.placements.map((placement) => [placement.recordId, placement]));
  const newPlaces = new Map(now.placements.map((placement) => [placement.recordId, placement]));
  const settings = items.filter((item) => ROUND_SETTINGS.test(item.id));
  const changes: PlacementChange[] = [];
  for (const id of [...new Set([...oldPlaces.keys(), ...newPlaces.keys()])].sort()) {
    const [a, b] = [outcome(oldPlaces.get(id)), outcome(newPlaces.get(id))];
    if (a.status === b.status && a.level === b.level && a.grade === b.grade) continue;
    const causes = [...settings, ...(conditionCauses.get(id) ?? [])].map((item) => ({ id: item.id, change: item.change, citation: item.citation }));
    changes.push({ recordId: id, name: (newPlaces.get(id) ?? oldPlaces.get(id))?.name ?? null, kind: kindOf(a, b), before: a, after: b, causes });
  }
  const keys = [...new Set([...old.quotas.map((quota) => quota.key), ...now.quotas.map((quota) => quota.key)])];
  const cuts = keys
    .map((key) => ({ key, before: old.quotas.find((quota) => quota.key === key) ?? null, after: now.quotas.find((quota) => quota.key === key) ?? null }))
    .filter((cut) => JSON.stringify(placesOf(cut.before)) !== JSON.stringify(placesOf(cut.after)));
  const placed = (round: CohortResult): number => round.placements.filter((placement) => holds(placement)).length;
  return { changes, cuts, placed: { before: placed(old), after: placed(now) }, status: { before: old.status, after: now.status } };
}
