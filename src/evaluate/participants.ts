import type { CompiledRulebook } from "../compile/compileRulebook.js";
import type { CandidateRecord } from "../schema/recordTypes.js";
import type { Candidacy } from "../schema/rulebookTypes.js";
import { said } from "../messages/said.js";
import type { Refusal } from "./types.js";

/**
 * The ids of the organisations of a kind a rulebook lists (a team: any department's teams).
 *
 * @example
 * ```ts
 * participantIds(compiled, "department"); // ["catering", "property", "maintenance", "clinic"]
 * ```
 */
export function participantIds(compiled: CompiledRulebook, kind: NonNullable<Candidacy["participants"]>["kind"]): string[] {
  const organisations = compiled.rulebook.organisations ?? [];
  return kind === "team"
    ? organisations.flatMap((organisation) => (organisation.teams ?? []).map((team) => team.id))
    : organisations.filter((organisation) => organisation.kind === kind).map((organisation) => organisation.id);
}

/**
 * Why a record is refused for being outside the organisations an award's document lists as
 * taking part (003 附1 一 and 附2; 004 篇14 二(二)), or null when it is inside them or the award
 * lists none. The record field the rule file names (its id, department or team) must be one of
 * them; a field not given is outside.
 *
 * @example
 * ```ts
 * participantRefusal(compiled, award, { id: "ELSEWHERE", kind: "department" })?.citation; // "003 附1 一"
 * ```
 */
export function participantRefusal(compiled: CompiledRulebook, award: { candidacy?: Candidacy | undefined }, record: CandidateRecord): Refusal | null {
  const rule = award.candidacy?.participants;
  if (rule === undefined) return null;
  const value = rule.field === "id" ? record.id : rule.field === "department" ? record.department : record.team;
  const ids = participantIds(compiled, rule.kind);
  if (value !== undefined && ids.includes(value)) return null;
  const citation = `${rule.source.document} ${rule.source.clause}`;
  return {
    id: `${rule.kind}.participants`,
    citation,
    reason: said("participants.outside", { field: rule.field, value: value ?? null, kind: rule.kind, citation }),
  };
}
