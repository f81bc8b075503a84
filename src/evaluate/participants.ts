import type { CompiledRulebook } from "../compile/compileRulebook.js";
import type { CandidateRecord } from "../schema/candidate.js";
import type { Candidacy } from "../schema/candidacy.js";
import type { Refusal } from "./types.js";

const KIND_WORDS: Readonly<Record<string, { zh: string; en: string }>> = {
  department: { zh: "参评科室", en: "departments that take part" },
  team: { zh: "参评班组", en: "teams that take part" },
  serviceUnit: { zh: "参与单位", en: "units that take part" },
};
const FIELD_WORDS: Readonly<Record<string, { zh: string; en: string }>> = {
  id: { zh: "记录编号", en: "record id" },
  department: { zh: "所在部门", en: "department" },
  team: { zh: "所在班组", en: "team" },
};

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
  const kind = KIND_WORDS[rule.kind] ?? { zh: rule.kind, en: rule.kind };
  const field = FIELD_WORDS[rule.field] ?? { zh: rule.field, en: rule.field };
  const given = value === undefined ? { zh: "未填写", en: "not given" } : { zh: `“${value}”`, en: JSON.stringify(value) };
  return {
    id: `${rule.kind}.participants`,
    citation,
    reason: {
      zh: `${field.zh}${given.zh}不在文件所列${kind.zh}之内，不参加评选 (${citation})`,
      en: `${field.en} ${given.en} is not among the ${kind.en} the document lists, so it does not compete (${citation})`,
    },
  };
}
