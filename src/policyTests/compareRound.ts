import type { CohortResult } from "../cohort/types.js";
import type { RoundExpectation } from "../schema/policyTest.js";
import type { Differences } from "./differences.js";

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
      differences.add(at(`placements.${id}`), fields, undefined, { zh: `本轮没有 ${id}`, en: `no placement for ${id}` });
      continue;
    }
    for (const [key, value] of Object.entries(fields)) {
      differences.equal(at(`placements.${id}.${key}`), value, placement[key as keyof typeof placement], { zh: `${id} 的 ${key}`, en: `${id}'s ${key}` });
    }
  }
  if (expected.placedCount !== undefined) {
    differences.equal(at("placedCount"), expected.placedCount, round.placements.filter((placement) => placement.status === "placed").length, { zh: "获评人数", en: "number placed" });
  }
  for (const [index, line] of (expected.quotas ?? []).entries()) {
    const found = round.quotas.find((quota) => quota.key === line.key);
    const actual = found && { key: found.key, ...(line.quota !== undefined ? { quota: found.quota } : {}), ...(line.placed !== undefined ? { placed: found.placed } : {}) };
    differences.equal(at(`quotas.${index}`), line, actual ?? null, { zh: `名额 ${line.key}`, en: `quota ${line.key}` });
  }
  if (expected.ties !== undefined) {
    const normal = (ties: { key: string; places: number; candidates: string[] }[]) =>
      ties.map((tie) => ({ key: tie.key, places: tie.places, candidates: [...tie.candidates].sort() }));
    differences.sameSet(at("ties"), normal(expected.ties), normal(round.ties), { zh: "并列待定", en: "ties" });
  }
}
