import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { evaluate } from "../evaluate/evaluate.js";
import type { EvaluationResult, NodeStatus, TraceNode } from "../evaluate/types.js";
import { recordOf } from "../load/parseCandidate.js";
import { treesOfResult } from "../evaluate/trace.js";
import { changedItems, type ChangedItem } from "./changedItems.js";
import { checkAsOf, checkIterable, checkObject } from "../door/checkOptions.js";
import type { CohortOptions } from "../cohort/types.js";
import type { CandidateRecord } from "../schema/recordTypes.js";
import { diffRound, type RoundDiff } from "./diffRound.js";
import { checkKnownKeys, checkText, readOptions } from "../door/door.js";
import { checkCompiled } from "../compile/compiledMark.js";
import { readPlainFields } from "../door/plainData.js";
import { registerMessages } from "../messages/registry.js";
import { SCORED_MESSAGES } from "../messages/catalog/scored.js";
import { SCORE_MESSAGES } from "../messages/catalog/record.js";

/** An outcome: status, category and level. */
export interface Outcome {
  status: EvaluationResult["status"];
  category: string | null;
  level: number | null;
}

/** One person whose outcome changes, and the changed rule items that caused it for them. */
export interface OutcomeChange {
  recordId: string;
  /** The name on the record, null when not given. */
  name: string | null;
  before: Outcome;
  after: Outcome;
  causes: { id: string; change: ChangedItem["change"]; before: NodeStatus | null; after: NodeStatus | null; citation: string }[];
}

/**
 * Options of a policy diff: the date, the award, and — to compare the allocation of a round under
 * the quotas too — the round's options (headcounts, the previous round…), `{}` for none.
 *
 * @example
 * ```ts
 * const options: DiffOptions = { asOf: "2026-11-26", round: {} };
 * ```
 */
export interface DiffOptions {
  asOf: string;
  award?: string;
  round?: Omit<CohortOptions, "asOf" | "award" | "onResult">;
}

/** What a policy change does over a set of records. */
export interface RulebookDiff {
  awardId: string;
  asOf: string;
  changedItems: ChangedItem[];
  changes: OutcomeChange[];
  unchanged: number;
  /** People reaching each category-level before and after. */
  counts: { category: string; level: number; before: number; after: number }[];
  /** With `round`: how the round's allocation changes under the quotas. */
  round?: RoundDiff;
}

function statuses(result: EvaluationResult): Map<string, NodeStatus> {
  const found = new Map<string, NodeStatus>();
  const walk = (node: TraceNode): void => {
    found.set(node.id, node.status);
    node.children.forEach(walk);
  };
  treesOfResult(result).forEach(walk);
  return found;
}

const outcomeOf = (result: EvaluationResult): Outcome => ({ status: result.status, category: result.category, level: result.level });

/**
 * Compares two rulebooks over the same records as of a date: who changes outcome, from what to
 * what, and which changed rule items caused it for them (items whose status differs for that
 * person; a window, scale or quota change is listed when no condition node explains it), with
 * counts per category-level. Records are read once, one at a time.
 *
 * @example
 * ```ts
 * const diff = diffRulebooks(current, proposed, records, { asOf: "2026-11-26" });
 * diff.changes.map((change) => `${change.recordId}: ${change.before.level} → ${change.after.level}`);
 * ```
 */
export function diffRulebooks(before: CompiledRulebook, after: CompiledRulebook, records: Iterable<unknown>, options: DiffOptions): RulebookDiff {
  registerMessages(SCORED_MESSAGES, SCORE_MESSAGES);
  checkCompiled(before, "before");
  checkCompiled(after, "after");
  options = readOptions(options, "options", { required: true }) as unknown as DiffOptions;
  checkKnownKeys(options, ["asOf", "award", "round"], []);
  checkText(options.award, ["award"], { optional: true });
  readPlainFields(options, ["round"]);
  checkAsOf(options.asOf);
  checkIterable(records, "records");
  if (options.round !== undefined) checkObject(options.round, "round");
  const kept: CandidateRecord[] | undefined = options.round === undefined ? undefined : [];
  const conditionCauses = new Map<string, ChangedItem[]>();
  const scored = options.award !== undefined && !before.awards.some((entry) => entry.award.id === options.award);
  const items = changedItems(before.rulebook, after.rulebook);
  const byId = new Map(items.map((item) => [item.id, item]));
  const changes: OutcomeChange[] = [];
  const counts = new Map<string, { category: string; level: number; before: number; after: number }>();
  const count = (outcome: Outcome, side: "before" | "after"): void => {
    if (outcome.category === null || outcome.level === null) return;
    const key = `${outcome.category}.${outcome.level}`;
    const entry = counts.get(key) ?? { category: outcome.category, level: outcome.level, before: 0, after: 0 };
    entry[side] += 1;
    counts.set(key, entry);
  };
  let unchanged = 0;
  let awardId = options.award ?? "";
  for (const input of records) {
    const record = recordOf(input);
    kept?.push(record);
    if (scored) continue;
    const old = evaluate(before, record, { asOf: options.asOf, ...(options.award ? { award: options.award } : {}) });
    const now = evaluate(after, record, { asOf: options.asOf, ...(options.award ? { award: options.award } : {}) });
    awardId = now.awardId;
    count(outcomeOf(old), "before");
    count(outcomeOf(now), "after");
    const [a, b] = [outcomeOf(old), outcomeOf(now)];
    if (a.status === b.status && a.category === b.category && a.level === b.level) {
      unchanged += 1;
      continue;
    }
    if (kept !== undefined && !conditionCauses.has(record.id)) conditionCauses.set(record.id, []);
    const oldStatus = statuses(old);
    const newStatus = statuses(now);
    if (kept !== undefined)
      conditionCauses.set(
        record.id,
        items.filter((item) => (oldStatus.get(item.id) ?? null) !== (newStatus.get(item.id) ?? null)),
      );
    let causes = items
      .filter((item) => (oldStatus.get(item.id) ?? null) !== (newStatus.get(item.id) ?? null))
      .map((item) => ({ id: item.id, change: item.change, before: oldStatus.get(item.id) ?? null, after: newStatus.get(item.id) ?? null, citation: item.citation }));
    if (causes.length === 0) {
      causes = items
        .filter((item) => !oldStatus.has(item.id) && !newStatus.has(item.id))
        .map((item) => ({ id: item.id, change: byId.get(item.id)?.change ?? "changed", before: null, after: null, citation: item.citation }));
    }
    changes.push({ recordId: record.id, name: record.name ?? null, before: a, after: b, causes });
  }
  const round =
    kept === undefined
      ? undefined
      : diffRound(before, after, kept, { ...options.round, asOf: options.asOf, ...(options.award ? { award: options.award } : {}) }, items, conditionCauses);
  return {
    awardId: scored ? (options.award as string) : awardId,
    ...(round ? { round } : {}),
    asOf: options.asOf,
    changedItems: items,
    changes: changes.sort((x, y) => (x.recordId < y.recordId ? -1 : x.recordId > y.recordId ? 1 : 0)),
    unchanged,
    counts: [...counts.values()].sort((x, y) => (x.category < y.category ? -1 : x.category > y.category ? 1 : x.level - y.level)),
  };
}

/**
 * The moves of a diff as `{ recordId: "qualified management 2 → qualified management 3" }`, so a
 * test can say "this change must move exactly these people".
 *
 * @example
 * ```ts
 * expect(movesOf(diff)).toEqual({ "M-007": "qualified management 2 → qualified management 3" });
 * ```
 */
export function movesOf(diff: RulebookDiff): Record<string, string> {
  const say = (outcome: Outcome): string => [outcome.status, outcome.category, outcome.level].filter((part) => part !== null).join(" ");
  return Object.fromEntries(diff.changes.map((change) => [change.recordId, `${say(change.before)} → ${say(change.after)}`]));
}
