import { pairOf, said, type ResultText } from "../messages/said.js";
import type { BilingualText, Candidacy } from "../schema/rulebookTypes.js";
import type { CandidateRecord } from "../schema/recordTypes.js";

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
export function notAppliedSummary(ifApplied: BilingualText, award: { label: BilingualText; candidacy?: Candidacy | undefined }): ResultText {
  // worded once an award for each sentence it may come to (as `summarize` words those)
  let made = sentences.get(award);
  if (made === undefined) sentences.set(award, (made = new Map<string, Map<string, Required<ResultText>>>()));
  // keyed by the two sentences themselves, not a string joined from them: the summary hands the same
  // strings back for each record it words alike, and a string made once hashes once
  let byEnglish = made.get(ifApplied.zh);
  let found = byEnglish?.get(ifApplied.en);
  if (found === undefined) {
    found = wordsNotApplied(ifApplied, award);
    if (byEnglish === undefined && made.size < 1024) made.set(ifApplied.zh, (byEnglish = new Map<string, Required<ResultText>>()));
    if (byEnglish !== undefined && byEnglish.size < 16) byEnglish.set(ifApplied.en, found);
  }
  return { zh: found.zh, en: found.en, messageId: found.messageId, params: found.params };
}

/** The sentences made so far, per award. */
const sentences = new WeakMap<object, Map<string, Map<string, Required<ResultText>>>>();

function wordsNotApplied(ifApplied: BilingualText, award: { label: BilingualText; candidacy?: Candidacy | undefined }): Required<ResultText> {
  const source = award.candidacy?.source;
  const citation = source === undefined ? null : `${source.document} ${source.clause}`;
  return said("outcome.notApplied", { award: pairOf(award.label), citation, ifApplied: pairOf(ifApplied) });
}
