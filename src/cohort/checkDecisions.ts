import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import { nearest } from "../text/nearest.js";
import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { issueOf } from "../messages/issueOf.js";
import { NOT_PLACED, PLACED, PLACED_AT, type UnitOutcomes } from "./outcomes.js";
import type { RoundPlan } from "./roundPlan.js";
import type { RoundTable } from "./table.js";
import type { CommitteeDecision } from "./types.js";

/** What checking a round's decisions needs: the round's candidates, its units and what the round proposes. */
export interface DecisionContext {
  table: RoundTable;
  plan: RoundPlan;
  rowOf: (id: string) => number;
  /** The unit of a row (-1: not a contender). */
  unitOf: (row: number) => number;
  proposal: UnitOutcomes;
  /** The levels, highest first, with their quotas (level awards). */
  levels: readonly { level: number; quota: number }[];
  roundQuota: number;
  /** The places of a row's bucket, and its name (scored awards). */
  bucketOf: (row: number) => { bucket: string; places: number };
}

/** Records a problem of one decision at one of its keys. */
type Fail = <I extends MessageId>(key: string, messageId: I, params: ParamsOf<I>) => void;

/** What the decisions award so far: per level, per bucket and in all. */
interface Awarded {
  perLevel: Map<number, number>;
  perBucket: Map<string, number>;
  total: number;
}

/** A decided candidate the committee may decide: in the round, competing, and (where the document leaves it only ties) left open by one. */
function decidable(id: string, context: DecisionContext, fail: Fail): { row: number; unit: number; possible: readonly number[] } | undefined {
  const { table, plan } = context;
  const row = context.rowOf(id);
  if (row === -1) {
    fail("recordId", "decision.noRecord", { id, nearest: nearest(id, eachId(table)) });
    return undefined;
  }
  const status = table.statusAt(row);
  const unit = context.unitOf(row);
  if (status !== "contender" || unit === -1) {
    fail("recordId", "decision.notCompeting", { id, status });
    return undefined;
  }
  const possible = context.proposal.of(unit);
  if (plan.committee === undefined && possible.length <= 1) {
    fail("recordId", "decision.settled", { id, citation: plan.citation });
    return undefined;
  }
  return { row, unit, possible };
}

/** The level a decision awards: the one it names, or the only one the candidate can be placed at or passes. */
function decidedLevel(id: string, decision: CommitteeDecision, possible: readonly number[], passing: readonly number[], context: DecisionContext, fail: Fail): number | undefined {
  if (decision.level !== undefined) return decision.level;
  const placedLevels = possible.filter((outcome) => outcome >= PLACED_AT).map((outcome) => context.levels[outcome - PLACED_AT]!.level);
  if (placedLevels.length === 1) return placedLevels[0];
  if (passing.length === 1) return passing[0];
  fail("level", "decision.nameLevel", { id, levels: [...passing] });
  return undefined;
}

/** A level award's decision: a level the candidate passes and the ties leave open, within the level's and the round's quotas. */
function awardLevel(
  id: string,
  decision: CommitteeDecision,
  found: { row: number; unit: number; possible: readonly number[] },
  context: DecisionContext,
  fixed: Map<number, number>,
  awarded: Awarded,
  fail: Fail,
): void {
  const { plan } = context;
  const passing = context.table.passingAt(found.row);
  const level = decidedLevel(id, decision, found.possible, passing, context, fail);
  if (level === undefined) return;
  if (!passing.includes(level)) return fail("level", "decision.notPassing", { id, level, passing: [...passing] });
  const position = context.levels.findIndex((entry) => entry.level === level);
  if (plan.committee === undefined && !found.possible.includes(PLACED_AT + position)) return fail("level", "decision.noPlace", { id, level });
  fixed.set(found.unit, PLACED_AT + position);
  awarded.perLevel.set(position, (awarded.perLevel.get(position) ?? 0) + 1);
  awarded.total += 1;
  const quota = context.levels[position]!.quota;
  if ((awarded.perLevel.get(position) as number) > quota) fail("awarded", "decision.levelFull", { level, quota, citation: plan.citation });
  if (awarded.total > context.roundQuota) fail("awarded", "decision.roundFull", { quota: context.roundQuota, citation: plan.citation });
}

/** An award without levels: no level named, within the places of the candidate's bucket. */
function awardPlace(decision: CommitteeDecision, found: { row: number; unit: number }, context: DecisionContext, fixed: Map<number, number>, awarded: Awarded, fail: Fail): void {
  const { plan } = context;
  if (decision.level !== undefined) return fail("level", "decision.noLevels", { award: plan.awardId, awardZh: plan.label.zh });
  fixed.set(found.unit, PLACED);
  const { bucket, places } = context.bucketOf(found.row);
  awarded.perBucket.set(bucket, (awarded.perBucket.get(bucket) ?? 0) + 1);
  if ((awarded.perBucket.get(bucket) as number) > places) fail("awarded", "decision.bucketFull", { bucket, places, citation: plan.citation });
}

/**
 * Checks the committee's decisions against what the round proposes, and gives the outcome each
 * decided candidate's unit is fixed at. A decision must name a candidate of the round who
 * competes (not one pending, refused, not qualified or who did not apply); where the document
 * leaves nothing to the committee but ties, only a candidate whose placement a tie leaves open;
 * an award at a level the candidate passes (named where the round cannot tell which); and the
 * decisions together must keep every quota. Every problem is an `invalid_decision` issue at the
 * decision's path, all at once.
 *
 * @example
 * ```ts
 * const fixed = checkDecisions(byId, context); // unit → PLACED_AT + 0, …
 * ```
 */
export function checkDecisions(decided: ReadonlyMap<string, { at: number; decision: CommitteeDecision }>, context: DecisionContext): Map<number, number> {
  const fixed = new Map<number, number>();
  const issues: Issue[] = [];
  const awarded: Awarded = { perLevel: new Map(), perBucket: new Map(), total: 0 };
  for (const [id, { at, decision }] of decided) {
    const fail: Fail = (key, messageId, params) => issues.push(issueOf("invalid_decision", ["committee", "decisions", at, key], messageId, params));
    const found = decidable(id, context, fail);
    if (found === undefined) continue;
    if (!decision.awarded) fixed.set(found.unit, NOT_PLACED);
    else if (context.plan.level !== undefined) awardLevel(id, decision, found, context, fixed, awarded, fail);
    else awardPlace(decision, found, context, fixed, awarded, fail);
  }
  if (issues.length > 0) throw new AwardRulesError(issues.slice(0, 100));
  return fixed;
}

function* eachId(table: RoundTable): Generator<string> {
  for (let row = 0; row < table.size; row += 1) yield table.idAt(row);
}
