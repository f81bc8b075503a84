import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import { nearest } from "../text/nearest.js";
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

const STATUS_ZH: Readonly<Record<string, string>> = {
  notQualified: "不符合条件",
  pendingReview: "尚待审核",
  refused: "不予受理",
  vetoed: "被一票否决",
  ineligible: "不符合参评条件",
  notApplied: "未申报",
};

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
  const { table, plan } = context;
  const fixed = new Map<number, number>();
  const issues: Issue[] = [];
  const perLevel = new Map<number, number>();
  const perBucket = new Map<string, number>();
  let awarded = 0;
  const fail = (at: number, key: string, message: string, zh: string): void => {
    issues.push({ code: "invalid_decision", path: ["committee", "decisions", at, key], message, zh });
  };
  for (const [id, { at, decision }] of decided) {
    const row = context.rowOf(id);
    if (row === -1) {
      const near = nearest(id, eachId(table));
      fail(
        at,
        "recordId",
        `no record ${JSON.stringify(id)} in this round${near.length > 0 ? ` (nearest: ${near.join(", ")})` : ""}`,
        `本轮没有记录“${id}”${near.length > 0 ? `（最接近的：${near.join("、")}）` : ""}`,
      );
      continue;
    }
    const status = table.statusAt(row);
    const unit = context.unitOf(row);
    if (status !== "contender" || unit === -1) {
      fail(
        at,
        "recordId",
        `${id} does not compete (${status}): there is nothing for the committee to decide`,
        `“${id}”${STATUS_ZH[status] ?? status}，不参与名额竞争，无须评审决定`,
      );
      continue;
    }
    const possible = context.proposal.of(unit);
    const open = possible.length > 1;
    if (plan.committee === undefined && !open) {
      fail(
        at,
        "recordId",
        `${id}'s placement is decided by the ranking and the quotas (${plan.citation}); the committee decides only where a tie leaves it open`,
        `“${id}”的结果已由排名和名额确定 (${plan.citation})；评审委员会只对并列中未定的人选作出决定`,
      );
      continue;
    }
    if (!decision.awarded) {
      fixed.set(unit, NOT_PLACED);
      continue;
    }
    if (plan.level !== undefined) {
      const passing = table.passingAt(row);
      let level = decision.level;
      if (level === undefined) {
        const placedLevels = possible.filter((outcome) => outcome >= PLACED_AT).map((outcome) => context.levels[outcome - PLACED_AT]!.level);
        if (placedLevels.length === 1) level = placedLevels[0];
        else if (passing.length === 1) level = passing[0];
        else {
          fail(
            at,
            "level",
            `${id} could be placed at levels ${passing.join(", ")}: the decision names the level`,
            `“${id}”可获评的等级有 ${passing.join("、")} 级：请在决定中写明等级（level）`,
          );
          continue;
        }
      }
      if (!passing.includes(level as number)) {
        fail(
          at,
          "level",
          `${id} does not pass level ${level} (passes ${passing.join(", ") || "none"})`,
          `“${id}”不符合 ${level} 级的条件（符合的等级：${passing.join("、") || "无"}）`,
        );
        continue;
      }
      const position = context.levels.findIndex((entry) => entry.level === level);
      if (plan.committee === undefined && !possible.includes(PLACED_AT + position)) {
        fail(at, "level", `the ties leave ${id} no place at level ${level}`, `并列的结果不会使“${id}”获评 ${level} 级`);
        continue;
      }
      fixed.set(unit, PLACED_AT + position);
      perLevel.set(position, (perLevel.get(position) ?? 0) + 1);
      awarded += 1;
      const quota = context.levels[position]!.quota;
      if ((perLevel.get(position) as number) > quota) {
        fail(at, "awarded", `more than the ${quota} place(s) of level ${level} awarded (${plan.citation})`, `获评 ${level} 级的人数超过名额 ${quota} 名 (${plan.citation})`);
      }
      if (awarded > context.roundQuota)
        fail(
          at,
          "awarded",
          `more than the round's ${context.roundQuota} place(s) awarded (${plan.citation})`,
          `获评总人数超过本轮名额 ${context.roundQuota} 名 (${plan.citation})`,
        );
    } else {
      if (decision.level !== undefined) {
        fail(at, "level", `${plan.awardId} has no levels: leave level out`, `${plan.label.zh}不分等级：请删除等级（level）`);
        continue;
      }
      fixed.set(unit, PLACED);
      const { bucket, places } = context.bucketOf(row);
      perBucket.set(bucket, (perBucket.get(bucket) ?? 0) + 1);
      if ((perBucket.get(bucket) as number) > places) {
        fail(at, "awarded", `more than the ${places} place(s) of ${bucket} awarded (${plan.citation})`, `${bucket} 获评人数超过名额 ${places} 名 (${plan.citation})`);
      }
    }
  }
  if (issues.length > 0) throw new AwardRulesError(issues.slice(0, 100));
  return fixed;
}

function* eachId(table: RoundTable): Generator<string> {
  for (let row = 0; row < table.size; row += 1) yield table.idAt(row);
}
