import { z } from "zod";
import { named } from "./named.js";
import { BilingualTextSchema } from "./primitives.js";
import { cited } from "./quantity.js";

/**
 * Who competes in an award's round (000 §五(一): people 申报 in a window; 003 附1 三: departments
 * 报送 their candidates): `application` — only those whose record holds an application for the
 * award compete, the others are listed as not having applied; `nomination` — every record given
 * to the round was put forward by its unit and competes. With `participants`, a record must belong
 * to one of the organisations the document lists (003 附1 一, 附2; 004 篇14 二(二)): the record's
 * `field` names one of the rulebook's `organisations` of that `kind`, or the record is refused
 * with the clause.
 *
 * @example
 * ```ts
 * CandidacySchema.parse({ by: "application", source: { document: "000", clause: "§五(一)" } });
 * ```
 */
export const CandidacySchema = z
  .strictObject({
    by: z
      .enum(["application", "nomination"])
      .describe("application: only records with an application for the award compete; nomination: every record given to the round was put forward and competes."),
    participants: z
      .strictObject({
        kind: z.enum(["department", "team", "serviceUnit"]).describe("The kind of organisation the document lists as taking part."),
        field: z
          .enum(["id", "department", "team"])
          .describe("The record field that must name one of them: the record's own id (an organisation as candidate), its department or its team."),
        ...cited,
      })
      .describe("The organisations that take part: a record outside them is refused with this clause.")
      .optional(),
    ...cited,
  })
  .describe("Who competes in a round: applicants only, or everyone put forward; and the organisations that take part.");
named(CandidacySchema, "Candidacy");

/**
 * What the document leaves to a committee (000 §五(二): the leading group reviews and approves
 * the list; 001 §四3(3), 002 §五2(3): the committee scores, weighs the materials and decides).
 * `approval`: the round proposes the places its conditions, quotas and ranking give, and each
 * stands only once the committee approves it; `selection`: the round ranks the eligible, proposes
 * them all, and the committee selects. Either way the round is not final until the committee's
 * decisions are given (round option `committee`).
 *
 * @example
 * ```ts
 * CommitteeSchema.parse({ decides: "selection", body: { zh: "集团工会", en: "the group's trade union" }, source: { document: "001", clause: "§四3(3)" } });
 * ```
 */
export const CommitteeSchema = z
  .strictObject({
    decides: z
      .enum(["approval", "selection"])
      .describe("approval: the committee approves (or not) each place the round proposes; selection: the committee selects among the eligible the round ranks."),
    body: BilingualTextSchema.describe("Who decides, in the document's words (活动领导小组, 集团工会…)."),
    ...cited,
  })
  .describe("A decision the document leaves to a committee: the round proposes, the committee decides.");
named(CommitteeSchema, "Committee");
