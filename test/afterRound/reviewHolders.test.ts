import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateCohort, reviewHolders, safeEvaluateCohort, safeReviewHolders } from "../../src/index.js";
import { from } from "../support/templates.js";

// 000: a round of 2026 (held by the leading group's approval), its holders reviewed in 2027.
const rulebook = bundledRulebook();
const asOf = "2026-11-26";
const records = [1, 2, 3].map((n) => from("000/staff-l1-two-excellent-others-good.json", `H-${n}`, { committeeRank: { "model-post": n } }));
const approved = evaluateCohort(rulebook, records, { asOf, committee: { date: "2026-11-28", approveProposals: true } });

describe("reviewHolders: the title's life after the round", () => {
  test("a round whose placement is not an object is refused at that placement, not read as one", () => {
    const broken = { ...approved, placements: [null, ...approved.placements] };
    const result = safeReviewHolders(rulebook, { round: broken as never, reviews: [], asOf: "2027-06-01" });
    expect(result.success ? null : [result.error.issues[0]?.code, result.error.issues[0]?.path]).toEqual(["invalid_option", ["round", "placements", 0]]);
  });

  test("a round that is not final has no holders yet: refused, saying what it waits for", () => {
    const proposed = evaluateCohort(rulebook, records, { asOf });
    const result = safeReviewHolders(rulebook, { round: proposed, reviews: [], asOf: "2027-06-01" });
    expect(result.success ? null : result.error.issues[0]?.path).toEqual(["round", "status"]);
  });

  test("a passed review brings 000 §六(五)'s 重点推荐; the ledger names the rulebook, the award, the round and the term", () => {
    const ledger = reviewHolders(rulebook, { round: approved, reviews: [{ recordId: "H-1", date: "2027-05-28", outcome: "passed" }], asOf: "2027-06-01" });
    expect(ledger).toMatchObject({ rulebookId: "model-post-000", awardId: "model-post", roundYear: 2026, term: { from: "2026-11-01", to: "2027-10-31" } });
    const holder = ledger.holders.find((entry) => entry.recordId === "H-1");
    expect(holder).toMatchObject({ status: "holding", outcomes: [{ date: "2027-05-28", kind: "priorityRecommendation", citation: "000 §六(五)" }] });
    expect(holder?.outcomes[0]?.effect.zh).toBe("在培训、年终考核等方面给予重点推荐");
  });

  test("once the demonstration period has ended (31 Oct of the next year), a holder still holding has held it to the end: expired", () => {
    const during = reviewHolders(rulebook, { round: approved, reviews: [], asOf: "2027-10-31" });
    expect(during.holders.map((holder) => holder.status)).toEqual(["holding", "holding", "holding"]);
    const after = reviewHolders(rulebook, { round: approved, reviews: [{ recordId: "H-2", date: "2027-11-29", outcome: "failed" }], asOf: "2027-12-01" });
    expect(after.holders.map((holder) => [holder.recordId, holder.status, holder.since])).toEqual([
      ["H-1", "expired", "2027-10-31"],
      ["H-2", "revoked", "2027-11-29"],
      ["H-3", "expired", "2027-10-31"],
    ]);
    // the second half-year's review (30 Nov) falls after the term: a failure there still revokes and bars (§六(七))
    expect(after.barredFromNextRound).toEqual(["H-2"]);
  });

  test("a review that finds problems is only for an award whose rule file says what follows (002's 督促整改); a review after the ledger's date is refused", () => {
    const problems = safeReviewHolders(rulebook, { round: approved, reviews: [{ recordId: "H-1", date: "2027-05-28", outcome: "problemsFound" }], asOf: "2027-06-01" });
    expect(problems.success ? null : problems.error.issues[0]?.message).toContain("onProblemsFound");
    const later = safeReviewHolders(rulebook, { round: approved, reviews: [{ recordId: "H-1", date: "2027-07-01", outcome: "passed" }], asOf: "2027-06-01" });
    expect(later.success ? null : later.error.issues[0]?.path).toEqual(["reviews", 0, "date"]);
  });

  test("the next round takes the ledger of the round the year before, and no other (§六(七): 下一轮)", () => {
    const ledger = reviewHolders(rulebook, { round: approved, reviews: [{ recordId: "H-2", date: "2027-05-28", outcome: "failed" }], asOf: "2027-06-01" });
    const next = [from("000/staff-l1-two-excellent-others-good.json", "H-2", { committeeRank: { "model-post": 1 }, application: { category: "staff", date: "2027-11-22" } })];
    const round2027 = evaluateCohort(rulebook, next, { asOf: "2027-11-26", previousRound: { ledger } });
    expect(round2027.placements[0]).toMatchObject({ recordId: "H-2", status: "refused" });
    const round2028 = safeEvaluateCohort(rulebook, next, { asOf: "2028-11-26", previousRound: { ledger } });
    expect(round2028.success ? null : round2028.error.issues.map((issue) => [issue.code, issue.path])).toEqual([["stale_ledger", ["previousRound", "ledger", "roundYear"]]]);
    const other = safeEvaluateCohort(bundledRulebook("party-model-post-002"), [], { asOf: "2027-11-26", award: "party-model-post", previousRound: { ledger } });
    expect(other.success ? null : other.error.issues.map((issue) => issue.path.at(-1))).toEqual(["rulebookId", "awardId"]);
  });
});
