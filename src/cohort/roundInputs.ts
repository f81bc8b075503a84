import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import { issueOf } from "../messages/issueOf.js";
import type { RoundLedger } from "./ledger.js";
import type { CohortOptions } from "./types.js";

/** Past this many ids a previous round's list, or departments a headcount table, is refused. */
const MAX_LISTED = 2_000_000;

/** The type of a value given: `null`, `array` or `typeof`. */
const typeOf = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

function idList(value: unknown, path: (string | number)[], issues: Issue[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    issues.push(issueOf("invalid_option", path, "round.notIdList", { type: typeOf(value) }));
    return;
  }
  if (value.length > MAX_LISTED) issues.push(issueOf("invalid_option", path, "round.tooManyIds", { max: MAX_LISTED }));
  const at = value.findIndex((id) => typeof id !== "string" || id === "");
  if (at !== -1) issues.push(issueOf("invalid_option", [...path, at], "round.notRecordId", { type: typeOf(value[at]) }));
}

/**
 * Checks a round's `previousRound` option: an object with `revoked` (a list of record ids) and/or
 * `ledger` (a `RoundLedger`, whose `barredFromNextRound` is a list of record ids). Anything else is an
 * `AwardRulesError` (`invalid_option`) at the path of the wrong value, under `previousRound`.
 *
 * @example
 * ```ts
 * checkPreviousRound({ revoked: ["R-1"] }); // fine
 * checkPreviousRound({ revoked: "R-1" }); // throws at ["previousRound", "revoked"]
 * ```
 */
export function checkPreviousRound(value: unknown): NonNullable<CohortOptions["previousRound"]> {
  const issues: Issue[] = [];
  const root = ["previousRound"];
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    issues.push(issueOf("invalid_option", root, "round.previousRoundShape", { type: typeOf(value) }));
  } else {
    const given = value as Record<string, unknown>;
    for (const key of Object.keys(given)) {
      if (key !== "revoked" && key !== "ledger") issues.push(issueOf("invalid_option", [...root, key], "round.previousRoundKey", {}));
    }
    if (!("revoked" in given) && !("ledger" in given)) issues.push(issueOf("invalid_option", root, "round.previousRoundEmpty", {}));
    idList(given.revoked, [...root, "revoked"], issues);
    const ledger = given.ledger;
    if (ledger !== undefined) {
      if (ledger === null || typeof ledger !== "object" || Array.isArray(ledger)) {
        issues.push(issueOf("invalid_option", [...root, "ledger"], "round.notLedger", { type: typeOf(ledger) }));
      } else {
        const barred = (ledger as { barredFromNextRound?: unknown }).barredFromNextRound;
        if (barred === undefined) issues.push(issueOf("invalid_option", [...root, "ledger", "barredFromNextRound"], "round.missing", {}));
        idList(barred, [...root, "ledger", "barredFromNextRound"], issues);
      }
    }
  }
  if (issues.length > 0) throw new AwardRulesError(issues);
  return value as NonNullable<CohortOptions["previousRound"]>;
}

function headcount(value: unknown, path: (string | number)[], issues: Issue[]): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    issues.push(issueOf("invalid_option", path, "round.badHeadcount", typeof value === "number" ? { value: String(value) } : { type: typeOf(value) }));
  }
}

/**
 * Checks a round's `populations` option: `{ total?: n, byDepartment?: { "<dept>": n } }` with whole
 * numbers ≥ 0. Anything else is an `AwardRulesError` (`invalid_option`) at the path of the wrong
 * value, under `populations`.
 *
 * @example
 * ```ts
 * checkPopulations({ total: 120, byDepartment: { canteen: 40 } }); // fine
 * checkPopulations({ total: "120" }); // throws at ["populations", "total"]
 * ```
 */
export function checkPopulations(value: unknown): NonNullable<CohortOptions["populations"]> {
  const issues: Issue[] = [];
  const root = ["populations"];
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    issues.push(issueOf("invalid_option", root, "round.populationsShape", { type: typeOf(value) }));
  } else {
    const given = value as Record<string, unknown>;
    for (const key of Object.keys(given)) {
      if (key !== "total" && key !== "byDepartment") issues.push(issueOf("invalid_option", [...root, key], "round.populationsKey", {}));
    }
    headcount(given.total, [...root, "total"], issues);
    const byDepartment = given.byDepartment;
    if (byDepartment !== undefined) {
      if (byDepartment === null || typeof byDepartment !== "object" || Array.isArray(byDepartment)) {
        issues.push(issueOf("invalid_option", [...root, "byDepartment"], "round.notDepartments", { type: typeOf(byDepartment) }));
      } else {
        const departments = Object.keys(byDepartment);
        if (departments.length > MAX_LISTED) issues.push(issueOf("invalid_option", [...root, "byDepartment"], "round.tooManyDepartments", { max: MAX_LISTED }));
        for (const department of departments) headcount((byDepartment as Record<string, unknown>)[department], [...root, "byDepartment", department], issues);
      }
    }
  }
  if (issues.length > 0) throw new AwardRulesError(issues.slice(0, 20));
  return value as NonNullable<CohortOptions["populations"]>;
}

/**
 * A previous round's ledger must be the ledger of this rulebook's award, drawn up for the round the
 * year before this one: a bar applies to the next round only (000 §六(七): 禁止其在下一轮“示范岗”活动中
 * 进行申报), so a ledger of an earlier or later round, or of another award, is a `stale_ledger` error.
 *
 * @example
 * ```ts
 * checkLedgerRound(ledger, "model-post-000", "model-post", 2027); // fine for a ledger of round 2026
 * ```
 */
export function checkLedgerRound(ledger: RoundLedger, rulebookId: string, awardId: string, roundYear: number): void {
  const issues: Issue[] = [];
  const path = ["previousRound", "ledger"];
  if (ledger.rulebookId !== undefined && ledger.rulebookId !== rulebookId) {
    issues.push(issueOf("stale_ledger", [...path, "rulebookId"], "ledger.otherRulebook", { ledger: ledger.rulebookId, round: rulebookId }));
  }
  if (ledger.awardId !== awardId) {
    issues.push(issueOf("stale_ledger", [...path, "awardId"], "ledger.otherAward", { ledger: String(ledger.awardId), round: awardId }));
  }
  if (ledger.roundYear !== roundYear - 1) {
    issues.push(issueOf("stale_ledger", [...path, "roundYear"], "ledger.otherYear", { ledger: String(ledger.roundYear), year: roundYear }));
  }
  if (issues.length > 0) throw new AwardRulesError(issues);
}
