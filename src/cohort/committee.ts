import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import { checkAsOf } from "../door/checkOptions.js";
import { describeValue } from "../text/describeValue.js";
import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { issueOf, raise } from "../messages/issueOf.js";
import type { CommitteeDecision, CommitteeInput } from "./types.js";

const KEYS = ["date", "decisions", "approveProposals"];
const DECISION_KEYS = ["recordId", "awarded", "level"];
/** At most this many decisions are read. */
const MAX_DECISIONS = 1_000_000;

const issue = <I extends MessageId>(path: (string | number)[], messageId: I, params: ParamsOf<I>): Issue => issueOf("invalid_option", ["committee", ...path], messageId, params);

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
    throw new AwardRulesError([issue([], "committee.shape", { got: describeValue(value) })]);
  }
  const given = value as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(given)) {
    if (!KEYS.includes(key)) issues.push(issue([key], "committee.unknownKey", { key }));
  }
  try {
    checkAsOf(given.date, ["committee", "date"]);
  } catch (error) {
    if (!(error instanceof AwardRulesError)) throw error;
    issues.push(...error.issues);
  }
  if (given.approveProposals !== undefined && typeof given.approveProposals !== "boolean") {
    issues.push(issue(["approveProposals"], "committee.notBoolean", { got: describeValue(given.approveProposals) }));
  }
  const decisions = given.decisions;
  if (decisions !== undefined) {
    if (!Array.isArray(decisions)) issues.push(issue(["decisions"], "committee.notDecisions", { got: describeValue(decisions) }));
    else if (decisions.length > MAX_DECISIONS) issues.push(issue(["decisions"], "committee.tooManyDecisions", { max: MAX_DECISIONS }));
    else decisions.forEach((decision: unknown, at) => issues.push(...decisionProblems(decision, at)));
  }
  if (issues.length > 0) throw new AwardRulesError(issues.slice(0, 100));
  return given as unknown as CommitteeInput;
}

function decisionProblems(decision: unknown, at: number): Issue[] {
  const path = ["decisions", at];
  if (decision === null || typeof decision !== "object" || Array.isArray(decision)) {
    return [issue(path, "committee.notDecision", { got: describeValue(decision) })];
  }
  const given = decision as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(given)) {
    if (!DECISION_KEYS.includes(key)) issues.push(issue([...path, key], "committee.decisionKey", { key }));
  }
  if (typeof given.recordId !== "string" || given.recordId === "") issues.push(issue([...path, "recordId"], "committee.notRecordId", { got: describeValue(given.recordId) }));
  if (typeof given.awarded !== "boolean") issues.push(issue([...path, "awarded"], "committee.notAwarded", { got: describeValue(given.awarded) }));
  if (given.level !== undefined && (typeof given.level !== "number" || !Number.isInteger(given.level) || given.level < 1)) {
    issues.push(issue([...path, "level"], "committee.notLevel", { got: describeValue(given.level) }));
  }
  if (given.awarded === false && given.level !== undefined) issues.push(issue([...path, "level"], "committee.levelWithoutAward", {}));
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
      raise("invalid_decision", ["committee", "decisions", at, "recordId"], "decision.twice", { id: decision.recordId, first: earlier.at, second: at });
    }
    byId.set(decision.recordId, { at, decision });
  });
  return byId;
}
