import type { BilingualText } from "../schema/primitives.js";
import type { CandidateRecord } from "../schema/candidate.js";
import type { Candidacy } from "../schema/candidacy.js";

/**
 * Whether a record applied for an award: it holds an application, and the application names this
 * award or names none. An award whose candidacy is not by application takes every record.
 *
 * @example
 * ```ts
 * appliedFor({ id: "model-post", candidacy: { by: "application", source } }, {}); // false: no application
 * ```
 */
export function appliedFor(award: { id: string; candidacy?: Candidacy | undefined }, record: Pick<CandidateRecord, "application">): boolean {
  if (award.candidacy?.by !== "application") return true;
  const application = record.application;
  return application !== undefined && (application.award === undefined || application.award === award.id);
}

/**
 * The words said of a record that did not apply for an award whose candidacy is by application:
 * that it did not apply, and what it would come to if it had (`ifApplied`, a sentence of the
 * evaluation's own summary).
 *
 * @example
 * ```ts
 * notAppliedSummary({ zh: "符合员工示范岗一级示范岗条件。", en: "Qualifies for level 1." }, award).en;
 * // "Did not apply for the quality service model post (000 §五(一)); if they applied: qualifies for level 1."
 * ```
 */
export function notAppliedSummary(ifApplied: BilingualText, award: { label: BilingualText; candidacy?: Candidacy | undefined }): BilingualText {
  const source = award.candidacy?.source;
  const cite = source === undefined ? "" : ` (${source.document} ${source.clause})`;
  return {
    zh: `未申报${award.label.zh}，不参与评选${cite}；如申报：${ifApplied.zh}`,
    en: `Did not apply for the ${award.label.en}, so does not compete${cite}; if they applied: ${lowerFirst(ifApplied.en)}`,
  };
}

const lowerFirst = (text: string): string => (text.length > 0 ? text[0]!.toLowerCase() + text.slice(1) : text);
