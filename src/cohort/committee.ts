import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import { checkAsOf } from "../door/checkOptions.js";
import { describeValue } from "../text/describeValue.js";
import type { CommitteeDecision, CommitteeInput } from "./types.js";

const KEYS = ["date", "decisions", "approveProposals"];
const DECISION_KEYS = ["recordId", "awarded", "level"];
/** At most this many decisions are read. */
const MAX_DECISIONS = 1_000_000;

const issue = (path: (string | number)[], message: string, zh: string): Issue => ({ code: "invalid_option", path: ["committee", ...path], message, zh });

/**
 * Checks the `committee` option of a round: `{ date, decisions?, approveProposals? }` with a real
 * date, each decision `{ recordId, awarded, level? }`, nothing else. Every problem is an
 * `invalid_option` issue at its path under `committee`, all reported at once; a key nobody reads
 * is one of them.
 *
 * @example
 * ```ts
 * readCommittee({ date: "2026-11-28", decisions: [{ recordId: "R-1", awarded: true }] }); // fine
 * readCommittee({ date: "2026-11-28", approve: true }); // throws at ["committee", "approve"]
 * ```
 */
export function readCommittee(value: unknown): CommitteeInput | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new AwardRulesError([
      issue(
        [],
        `committee is an object { date, decisions?, approveProposals? }, got ${describeValue(value)}`,
        `committee 应为对象 { date, decisions?, approveProposals? }，实为${describeValue(value)}`,
      ),
    ]);
  }
  const given = value as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(given)) {
    if (!KEYS.includes(key))
      issues.push(issue([key], `unknown key ${JSON.stringify(key)} (date, decisions, approveProposals expected)`, `未知的键“${key}”（应为 date、decisions 或 approveProposals）`));
  }
  try {
    checkAsOf(given.date, ["committee", "date"]);
  } catch (error) {
    if (!(error instanceof AwardRulesError)) throw error;
    issues.push(...error.issues);
  }
  if (given.approveProposals !== undefined && typeof given.approveProposals !== "boolean") {
    issues.push(issue(["approveProposals"], `true or false, got ${describeValue(given.approveProposals)}`, `应为 true 或 false，实为${describeValue(given.approveProposals)}`));
  }
  const decisions = given.decisions;
  if (decisions !== undefined) {
    if (!Array.isArray(decisions))
      issues.push(
        issue(
          ["decisions"],
          `a list of { recordId, awarded, level? }, got ${describeValue(decisions)}`,
          `应为决定的列表 { recordId, awarded, level? }，实为${describeValue(decisions)}`,
        ),
      );
    else if (decisions.length > MAX_DECISIONS) issues.push(issue(["decisions"], `more than ${MAX_DECISIONS} decisions`, `决定多于 ${MAX_DECISIONS} 条`));
    else decisions.forEach((decision: unknown, at) => issues.push(...decisionProblems(decision, at)));
  }
  if (issues.length > 0) throw new AwardRulesError(issues.slice(0, 100));
  return given as unknown as CommitteeInput;
}

function decisionProblems(decision: unknown, at: number): Issue[] {
  const path = ["decisions", at];
  if (decision === null || typeof decision !== "object" || Array.isArray(decision)) {
    return [issue(path, `a decision is { recordId, awarded, level? }, got ${describeValue(decision)}`, `决定应为 { recordId, awarded, level? }，实为${describeValue(decision)}`)];
  }
  const given = decision as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(given)) {
    if (!DECISION_KEYS.includes(key))
      issues.push(issue([...path, key], `unknown key ${JSON.stringify(key)} (recordId, awarded, level expected)`, `未知的键“${key}”（应为 recordId、awarded 或 level）`));
  }
  if (typeof given.recordId !== "string" || given.recordId === "")
    issues.push(issue([...path, "recordId"], `a record id, got ${describeValue(given.recordId)}`, `应为记录编号，实为${describeValue(given.recordId)}`));
  if (typeof given.awarded !== "boolean")
    issues.push(
      issue(
        [...path, "awarded"],
        `true (awarded) or false (not awarded), got ${describeValue(given.awarded)}`,
        `应为 true（获评）或 false（不获评），实为${describeValue(given.awarded)}`,
      ),
    );
  if (given.level !== undefined && (typeof given.level !== "number" || !Number.isInteger(given.level) || given.level < 1)) {
    issues.push(issue([...path, "level"], `a level number (1 is the highest), got ${describeValue(given.level)}`, `应为等级（1 为最高），实为${describeValue(given.level)}`));
  }
  if (given.awarded === false && given.level !== undefined) issues.push(issue([...path, "level"], "a level is given only with awarded: true", "仅在 awarded 为 true 时填写等级"));
  return issues;
}

/**
 * The decisions of a committee input by record id (a record decided twice is an error).
 *
 * @example
 * ```ts
 * decisionsById({ date: "2026-11-28", decisions: [{ recordId: "R-1", awarded: true }] }).get("R-1"); // { at: 0, … }
 * ```
 */
export function decisionsById(input: CommitteeInput | undefined): Map<string, { at: number; decision: CommitteeDecision }> {
  const byId = new Map<string, { at: number; decision: CommitteeDecision }>();
  (input?.decisions ?? []).forEach((decision, at) => {
    const earlier = byId.get(decision.recordId);
    if (earlier !== undefined) {
      throw new AwardRulesError([
        {
          code: "invalid_decision",
          path: ["committee", "decisions", at, "recordId"],
          message: `${decision.recordId} is decided twice: at decisions ${earlier.at} and ${at}`,
          zh: `对“${decision.recordId}”作出了两次决定：第 ${earlier.at} 条和第 ${at} 条（从 0 起计）`,
        },
      ]);
    }
    byId.set(decision.recordId, { at, decision });
  });
  return byId;
}
