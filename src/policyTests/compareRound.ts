import type { CohortResult } from "../cohort/types.js";
import type { RoundExpectation } from "../schema/policyTestTypes.js";
import type { Differences } from "./differences.js";
import { fieldWordZh, valueWordsZh } from "./valueWords.js";

/**
 * Compares a round with what a test expects: its status, the placements of the records it names,
 * the number placed, quota lines and the ties left to the committee; every difference goes to
 * `differences` under `prefix`.
 *
 * @example
 * ```ts
 * compareRound(expected, evaluateCohort(rulebook, records, options), differences, "expected");
 * ```
 */
export function compareRound(expected: RoundExpectation, round: CohortResult, differences: Differences, prefix: string): void {
  const at = (key: string): string => `${prefix}.${key}`;
  if (expected.roundStatus !== undefined) differences.equal(at("roundStatus"), expected.roundStatus, round.status, { zh: "本轮结论", en: "round status" });
  for (const [id, fields] of Object.entries(expected.placements ?? {})) {
    const placement = round.placements.find((entry) => entry.recordId === id);
    if (placement === undefined) {
      differences.add(at(`placements.${id}`), fields, undefined, { zh: `本轮没有记录 ${id}`, en: `no placement for ${id}` });
      continue;
    }
    for (const [key, value] of Object.entries(fields)) {
      differences.equal(at(`placements.${id}.${key}`), value, placement[key as keyof typeof placement], { zh: `${id} 的${fieldWordZh(key)}`, en: `${id}'s ${key}` });
    }
  }
  if (expected.placedCount !== undefined) {
    differences.equal(at("placedCount"), expected.placedCount, round.placements.filter((placement) => placement.status === "placed").length, {
      zh: "获评人数",
      en: "number placed",
    });
  }
  if (expected.proposedCount !== undefined) {
    differences.equal(at("proposedCount"), expected.proposedCount, round.placements.filter((placement) => placement.status === "proposed").length, {
      zh: "拟定人数",
      en: "number proposed",
    });
  }
  if (expected.applicants !== undefined) differences.equal(at("applicants"), expected.applicants, round.applicants, { zh: "申报人数", en: "applicants" });
  for (const [index, line] of (expected.quotas ?? []).entries()) {
    const found = round.quotas.find((quota) => quota.key === line.key);
    const actual = found && Object.fromEntries(Object.keys(line).map((key) => [key, found[key as keyof typeof found]]));
    differences.equal(at(`quotas.${index}`), line, actual ?? null, { zh: `名额（${valueWordsZh(line.key, new Map())}）`, en: `quota ${line.key}` });
  }
  if (expected.outstanding?.pending !== undefined) {
    differences.sameSet(
      at("outstanding.pending"),
      expected.outstanding.pending,
      round.outstanding.pending.map((entry) => entry.recordId),
      { zh: "待审核的申报", en: "pending applicants" },
    );
  }
  if (expected.outstanding?.decisions !== undefined) {
    differences.sameSet(
      at("outstanding.decisions"),
      expected.outstanding.decisions,
      round.outstanding.decisions.map((entry) => entry.recordId),
      { zh: "待评审决定的人选", en: "decisions awaited" },
    );
  }
  if (expected.awardees !== undefined) {
    const actual = round.awardees.map((awardee, index) => {
      const wanted = expected.awardees?.[index] ?? {};
      return Object.fromEntries(Object.keys(wanted).map((key) => [key, awardee[key as keyof typeof awardee]]));
    });
    const shown =
      round.awardees.length > expected.awardees.length ? [...actual, ...round.awardees.slice(expected.awardees.length).map((awardee) => ({ recordId: awardee.recordId }))] : actual;
    differences.equal(at("awardees"), expected.awardees, shown, { zh: "公示名单", en: "the 公示 list" });
  }
  if (expected.ties !== undefined) {
    const normal = (ties: { key: string; places: number; candidates: string[] }[]) =>
      ties.map((tie) => ({ key: tie.key, places: tie.places, candidates: [...tie.candidates].sort() }));
    differences.sameSet(at("ties"), normal(expected.ties), normal(round.ties), { zh: "并列待定", en: "ties" });
  }
}
