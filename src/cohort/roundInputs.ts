import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import type { RoundLedger } from "./ledger.js";
import type { CohortOptions } from "./types.js";

/** Past this many ids a previous round's list, or departments a headcount table, is refused. */
const MAX_LISTED = 2_000_000;

const kindOf = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "a list" : typeof value);

function idList(value: unknown, path: (string | number)[], issues: Issue[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    issues.push({ code: "invalid_option", path, message: `a list of record ids, got ${kindOf(value)}`, zh: `应为记录编号的列表，实为${kindOf(value)}` });
    return;
  }
  if (value.length > MAX_LISTED) issues.push({ code: "invalid_option", path, message: `more than ${MAX_LISTED} ids`, zh: `编号多于 ${MAX_LISTED} 个` });
  const at = value.findIndex((id) => typeof id !== "string" || id === "");
  if (at !== -1)
    issues.push({ code: "invalid_option", path: [...path, at], message: `a record id (text), got ${kindOf(value[at])}`, zh: `应为记录编号（文字），实为${kindOf(value[at])}` });
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
    issues.push({
      code: "invalid_option",
      path: root,
      message: `an object { "revoked": [ids] } or { "ledger": … }, got ${kindOf(value)}`,
      zh: `应为对象 { "revoked": [编号] } 或 { "ledger": … }，实为${kindOf(value)}`,
    });
  } else {
    const given = value as Record<string, unknown>;
    for (const key of Object.keys(given)) {
      if (key !== "revoked" && key !== "ledger")
        issues.push({ code: "invalid_option", path: [...root, key], message: "unknown key (revoked or ledger expected)", zh: "未知的键（应为 revoked 或 ledger）" });
    }
    if (!("revoked" in given) && !("ledger" in given))
      issues.push({ code: "invalid_option", path: root, message: "names neither revoked nor ledger", zh: "既无 revoked 也无 ledger" });
    idList(given.revoked, [...root, "revoked"], issues);
    const ledger = given.ledger;
    if (ledger !== undefined) {
      if (ledger === null || typeof ledger !== "object" || Array.isArray(ledger)) {
        issues.push({
          code: "invalid_option",
          path: [...root, "ledger"],
          message: `a round's ledger (from reviewHolders), got ${kindOf(ledger)}`,
          zh: `应为上一轮的台账，实为${kindOf(ledger)}`,
        });
      } else {
        const barred = (ledger as { barredFromNextRound?: unknown }).barredFromNextRound;
        if (barred === undefined) issues.push({ code: "invalid_option", path: [...root, "ledger", "barredFromNextRound"], message: "missing", zh: "缺少" });
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
    issues.push({
      code: "invalid_option",
      path,
      message: `a headcount is a whole number ≥ 0, got ${typeof value === "number" ? value : kindOf(value)}`,
      zh: `人数应为不小于 0 的整数，实为${typeof value === "number" ? value : kindOf(value)}`,
    });
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
    issues.push({
      code: "invalid_option",
      path: root,
      message: `an object { "total"?: n, "byDepartment"?: { … } }, got ${kindOf(value)}`,
      zh: `应为对象 { "total"?: 人数, "byDepartment"?: { … } }，实为${kindOf(value)}`,
    });
  } else {
    const given = value as Record<string, unknown>;
    for (const key of Object.keys(given)) {
      if (key !== "total" && key !== "byDepartment")
        issues.push({ code: "invalid_option", path: [...root, key], message: "unknown key (total or byDepartment expected)", zh: "未知的键（应为 total 或 byDepartment）" });
    }
    headcount(given.total, [...root, "total"], issues);
    const byDepartment = given.byDepartment;
    if (byDepartment !== undefined) {
      if (byDepartment === null || typeof byDepartment !== "object" || Array.isArray(byDepartment)) {
        issues.push({
          code: "invalid_option",
          path: [...root, "byDepartment"],
          message: `an object of headcounts by department, got ${kindOf(byDepartment)}`,
          zh: `应为按部门的人数对象，实为${kindOf(byDepartment)}`,
        });
      } else {
        const departments = Object.keys(byDepartment);
        if (departments.length > MAX_LISTED)
          issues.push({ code: "invalid_option", path: [...root, "byDepartment"], message: `more than ${MAX_LISTED} departments`, zh: `部门多于 ${MAX_LISTED} 个` });
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
    issues.push({
      code: "stale_ledger",
      path: [...path, "rulebookId"],
      message: `the ledger is of rulebook ${ledger.rulebookId}, this round of ${rulebookId}`,
      zh: `台账属于规则“${ledger.rulebookId}”，本轮评选的规则为“${rulebookId}”`,
    });
  }
  if (ledger.awardId !== awardId) {
    issues.push({
      code: "stale_ledger",
      path: [...path, "awardId"],
      message: `the ledger is of award ${String(ledger.awardId)}, this round of ${awardId}`,
      zh: `台账属于奖项“${String(ledger.awardId)}”，本轮评选的奖项为“${awardId}”`,
    });
  }
  if (ledger.roundYear !== roundYear - 1) {
    issues.push({
      code: "stale_ledger",
      path: [...path, "roundYear"],
      message: `the ledger is of round ${String(ledger.roundYear)}; this round (${roundYear}) takes the ledger of round ${roundYear - 1} only: a bar applies to the next round (下一轮), not to later ones`,
      zh: `台账属于 ${String(ledger.roundYear)} 年度评选；本轮（${roundYear} 年度）只接受 ${roundYear - 1} 年度的台账：禁止申报只适用于下一轮，不适用于以后各轮`,
    });
  }
  if (issues.length > 0) throw new AwardRulesError(issues);
}
