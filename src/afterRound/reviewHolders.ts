import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { roundCalendar } from "../compile/roundCalendar.js";
import { roundYearOf } from "../compile/windows.js";
import type { CohortResult } from "../cohort/types.js";
import { AwardRulesError, type Issue, type SafeResult } from "../errors/AwardRulesError.js";
import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { issueOf, raise } from "../messages/issueOf.js";
import { toSafe } from "../messages/issueOf.js";
import { pairOf, said } from "../messages/said.js";
import { checkAsOf, checkObject } from "../door/checkOptions.js";
import type { AfterRound, Source } from "../schema/rulebookTypes.js";
import type { HolderReview, HolderStanding, RoundLedger, Vacancy } from "../cohort/ledger.js";
import { checkKnownKeys, readList, readOptions } from "../door/door.js";
import { checkCompiled } from "../compile/compiledMark.js";
import { describeValue } from "../text/describeValue.js";
import { readPlainFields } from "../door/plainData.js";
import { registerMessages } from "../messages/registry.js";
import { AFTER_ROUND_MESSAGES } from "../messages/catalog/afterRound.js";
import { ROUND_MESSAGES } from "../messages/catalog/round.js";
import { ROUND_NOTE_MESSAGES } from "../messages/catalog/roundNotes.js";
import { COMMITTEE_MESSAGES } from "../messages/catalog/committee.js";
import { PLACE_MESSAGES } from "../messages/catalog/places.js";

/**
 * What `reviewHolders` needs: the round (its final result, whose placed candidates are the holders), the
 * reviews given so far, and the date the ledger is drawn up on.
 *
 * @example
 * ```ts
 * const options: ReviewOptions = { round, reviews: [{ recordId: "R-02", date: "2027-05-28", outcome: "failed" }], asOf: "2027-12-01" };
 * ```
 */
export interface ReviewOptions {
  round: CohortResult;
  reviews: HolderReview[];
  asOf: string;
}

const cite = (source: Source): string => `${source.document} ${source.clause}`;

function afterRoundOf(compiled: CompiledRulebook, awardId: string): AfterRound {
  const level = compiled.awards.find((entry) => entry.award.id === awardId);
  const scored = compiled.scoredAwards.find((entry) => entry.award.id === awardId);
  const afterRound = level?.award.afterRound ?? scored?.award.afterRound;
  if (afterRound === undefined) raise("invalid_option", ["round", "awardId"], "afterRound.none", { award: awardId, rulebook: compiled.rulebook.id });
  return afterRound;
}

function checkReviews(reviews: unknown, holders: Set<string>, afterRound: AfterRound, asOf: string): HolderReview[] {
  if (!Array.isArray(reviews)) raise("invalid_option", ["reviews"], "review.notList", {});
  const issues: Issue[] = [];
  reviews.forEach((review: unknown, index) => {
    const entry = review as Partial<HolderReview> | null;
    const at = <I extends MessageId>(key: string, messageId: I, params: ParamsOf<I>): void => {
      issues.push(issueOf("invalid_option", ["reviews", index, key], messageId, params));
    };
    if (entry === null || typeof entry !== "object") return at("recordId", "review.notObject", {});
    if (typeof entry.recordId !== "string" || !holders.has(entry.recordId)) at("recordId", "review.notHolder", { got: describeValue(entry.recordId) });
    if (typeof entry.date !== "string" || checkDate(entry.date) !== null) at("date", "review.badDate", {});
    else if (entry.date > asOf) at("date", "review.afterLedger", { date: entry.date, asOf });
    const outcomes = afterRound.onProblemsFound ? ["passed", "failed", "problemsFound", "left"] : ["passed", "failed", "left"];
    if (!outcomes.includes(entry.outcome as string)) {
      if (entry.outcome === "problemsFound") at("outcome", "review.noProblemsFound", {});
      else at("outcome", "review.badOutcome", { outcomes });
    }
    for (const key of Object.keys(entry)) if (!["recordId", "date", "outcome"].includes(key)) at(key, "review.unknownKey", {});
  });
  if (issues.length > 0) throw new AwardRulesError(issues);
  return reviews as HolderReview[];
}

function checkDate(date: string): string | null {
  try {
    checkAsOf(date);
    return null;
  } catch {
    return "bad date";
  }
}

/**
 * Draws up a round's ledger after the round, from its holders and the reviews given (000 §五(三),
 * §六(五)–(八); 002 §五2(5)): each holder keeps the title (a passed review bringing what the rule
 * file gives, 000 §六(五): 重点推荐; problems found bringing 督促整改, 002), loses it on a failed review
 * (revoked, and — where the rule file says so — barred from the next round), leaves the post, or,
 * once the term (the demonstration period) has ended, has held it to the end (expired); a place left
 * empty is not filled again unless the rule file says it is; the review dates of the term (from the
 * calendar) and the reviews due by `asOf` that were not given are listed. Pure: reviews are read in
 * date order, whatever their order in the list. The ledger goes to the next round's
 * `evaluateCohort` as `previousRound.ledger`.
 *
 * @example
 * ```ts
 * const ledger = reviewHolders(bundledRulebook(), { round, reviews, asOf: "2027-12-01" });
 * ledger.barredFromNextRound; // ["R-02"]
 * evaluateCohort(bundledRulebook(), nextRecords, { asOf: "2027-11-26", previousRound: { ledger } });
 * ```
 */
export function reviewHolders(compiled: CompiledRulebook, options: ReviewOptions): RoundLedger {
  registerMessages(AFTER_ROUND_MESSAGES, ROUND_MESSAGES, ROUND_NOTE_MESSAGES, COMMITTEE_MESSAGES, PLACE_MESSAGES);
  checkCompiled(compiled);
  options = readOptions(options, "options", { required: true }) as unknown as ReviewOptions;
  checkKnownKeys(options, ["round", "reviews", "asOf"], []);
  readPlainFields(options, ["round", "reviews"]);
  const asOf = checkAsOf(options.asOf);
  const round = checkObject(options.round, "round") as unknown as CohortResult;
  if (!Array.isArray(round.placements)) raise("invalid_option", ["round", "placements"], "afterRound.notARound", {});
  // each placement an object, as a round gives it (one found null was read as one: a TypeError)
  round.placements.forEach((placement: unknown, index) => {
    if (placement === null || typeof placement !== "object" || Array.isArray(placement)) raise("invalid_option", ["round", "placements", index], "afterRound.notARound", {});
  });
  if (round.status !== "final") raise("invalid_option", ["round", "status"], "afterRound.notFinal", { status: String(round.status) });
  const afterRound = afterRoundOf(compiled, round.awardId);
  const roundYear = roundYearOf(checkAsOf(round.asOf, ["round", "asOf"]));
  const level = compiled.awards.find((entry) => entry.award.id === round.awardId);
  const calendar = level?.award.calendar ? roundCalendar(level.award, roundYear) : undefined;
  const reviewsDue = afterRound.reviews.due === "calendar" && calendar ? calendar.halfYearReviewsDue : [];
  const term = calendar?.demonstrationPeriod ?? null;
  const holders = round.placements.filter((placement) => placement.status === "placed");
  const reviews = checkReviews(readList(options.reviews, ["reviews"]), new Set(holders.map((holder) => holder.recordId)), afterRound, asOf);
  const byHolder = new Map<string, HolderReview[]>();
  for (const review of [...reviews].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    byHolder.set(review.recordId, [...(byHolder.get(review.recordId) ?? []), review]);
  }
  const failed = afterRound.onFailedReview;
  const vacancies: Vacancy[] = [];
  const standings: HolderStanding[] = holders.map((holder) => {
    const standing: HolderStanding = {
      recordId: holder.recordId,
      level: holder.level,
      grade: holder.grade,
      status: "holding",
      since: null,
      barredFromNextRound: false,
      outcomes: [],
      reasons: [],
    };
    for (const review of byHolder.get(holder.recordId) ?? []) {
      if (standing.status !== "holding") {
        raise("invalid_option", ["reviews"], "review.afterLeaving", {
          holder: holder.recordId,
          date: review.date,
          left: standing.status === "left",
          since: String(standing.since),
        });
      }
      if (review.outcome === "passed") {
        standing.reasons.push(said("holder.passed", { date: review.date, citation: cite(afterRound.reviews.source) }));
        const passed = afterRound.onPassedReview;
        if (passed !== undefined) {
          standing.outcomes.push({ date: review.date, kind: "priorityRecommendation", effect: passed.effect, citation: cite(passed.source) });
          standing.reasons.push(said("holder.passedEffect", { effect: pairOf(passed.effect), citation: cite(passed.source) }));
        }
      } else if (review.outcome === "problemsFound") {
        const found = afterRound.onProblemsFound!;
        standing.outcomes.push({ date: review.date, kind: "rectificationUrged", effect: found.effect, citation: cite(found.source) });
        standing.reasons.push(said("holder.problemsFound", { date: review.date, effect: pairOf(found.effect), citation: cite(found.source) }));
      } else if (review.outcome === "failed" && failed.revoke) {
        standing.status = "revoked";
        standing.since = review.date;
        standing.barredFromNextRound = failed.barFromNextRound;
        standing.reasons.push(said("holder.revoked", { date: review.date, barred: failed.barFromNextRound, citation: cite(failed.source) }));
      } else if (review.outcome === "failed") {
        standing.reasons.push(said("holder.failedNotRevoked", { date: review.date, citation: cite(failed.source) }));
      } else {
        standing.status = "left";
        standing.since = review.date;
        standing.reasons.push(said("holder.left", { date: review.date }));
      }
      if (standing.status !== "holding") {
        const refill = afterRound.vacancies.refill;
        const reason = said("holder.vacancy", { recordId: standing.recordId, left: standing.status === "left", refill, citation: cite(afterRound.vacancies.source) });
        vacancies.push({ recordId: standing.recordId, level: standing.level, date: review.date, refilled: refill, reason });
        standing.reasons.push(reason);
      }
    }
    // the title is held for the term: once it ends, a holder still holding has held it to the end
    if (standing.status === "holding" && term !== null && asOf > term.to) {
      standing.status = "expired";
      standing.since = term.to;
      standing.reasons.push(said("holder.termEnded", { date: term.to, citation: cite(level!.award.calendar!.demonstrationPeriod!.source) }));
    }
    return standing;
  });
  // The review for a due date is one dated after the previous due date, up to this one.
  const missingReviews = standings.flatMap((standing) =>
    reviewsDue.flatMap((due, index) => {
      const previous = reviewsDue[index - 1] ?? "";
      const gone = standing.since !== null && standing.since <= due && standing.status !== "expired";
      const given = (byHolder.get(standing.recordId) ?? []).some((review) => review.date > previous && review.date <= due);
      return due <= asOf && !gone && !given ? [{ recordId: standing.recordId, due }] : [];
    }),
  );
  return {
    rulebookId: compiled.rulebook.id,
    awardId: round.awardId,
    roundYear,
    term,
    asOf,
    reviewsDue,
    reviewSchedule:
      afterRound.reviews.due === "calendar"
        ? said("holder.reviewsOnCalendar", { dates: [...reviewsDue], citation: cite(afterRound.reviews.source) })
        : said("holder.reviewsEachSemester", { citation: cite(afterRound.reviews.source) }),
    holders: standings,
    barredFromNextRound: standings.filter((standing) => standing.barredFromNextRound).map((standing) => standing.recordId),
    vacancies,
    missingReviews,
  };
}

/**
 * `reviewHolders` returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * const ledger = safeReviewHolders(bundledRulebook(), { round, reviews, asOf: "2027-12-01" });
 * ```
 */
export function safeReviewHolders(compiled: CompiledRulebook, options: ReviewOptions): SafeResult<RoundLedger> {
  return toSafe(() => reviewHolders(compiled, options));
}
