import { describe, expect, test } from "vitest";
import { addReason, NO_REASONS, published } from "../../src/cohort/reasons.js";
import type { Placement } from "../../src/cohort/types.js";
import { bundledRulebook, evaluateCohort } from "../../src/index.js";

const placement = (recordId: string): Placement => ({
  recordId,
  status: "notQualified",
  qualifiedLevel: null,
  level: null,
  score: null,
  grade: null,
  bucket: null,
  rank: null,
  reasons: NO_REASONS as Placement["reasons"],
});

describe("a round's reasons", () => {
  test("the same reasons in the same order are one list; a list is never changed in place", () => {
    const word = { zh: "甲", en: "a" };
    const other = { zh: "乙", en: "b" };
    const [a, b, c] = [placement("A"), placement("B"), placement("C")];
    addReason(a, word);
    addReason(b, word);
    addReason(c, other);
    expect(a.reasons).toBe(b.reasons);
    expect(c.reasons).not.toBe(a.reasons);
    const before = a.reasons;
    addReason(a, other);
    expect(before).toEqual([word]);
    expect(a.reasons).toEqual([word, other]);
    expect(NO_REASONS).toEqual([]);
  });

  test("published placements are copies: changing one changes nothing else", () => {
    const a = placement("A");
    addReason(a, { zh: "甲", en: "a" });
    const copy = published(a);
    copy.reasons.push({ zh: "乙", en: "b" });
    copy.status = "placed";
    expect(a.reasons).toHaveLength(1);
    expect(a.status).toBe("notQualified");
    expect(Object.keys(copy)).toEqual(["recordId", "status", "qualifiedLevel", "level", "score", "grade", "bucket", "rank", "reasons"]);
  });

  test("in a round, candidates worded alike each get a list of their own", () => {
    // under a year of logistics service: none qualifies, all for the same reason
    const records = [1, 2, 3].map((n) => ({ id: `N-${n}`, partyMember: false, role: "staff", logisticsStartDate: "2026-06-01" }));
    const round = evaluateCohort(bundledRulebook(), records, { asOf: "2026-11-26" });
    const [first, second] = round.placements;
    expect(first!.status).toBe("notQualified");
    expect(first!.reasons).toEqual(second!.reasons);
    first!.reasons.push({ zh: "改", en: "changed" });
    expect(second!.reasons).not.toEqual(first!.reasons);
    expect(evaluateCohort(bundledRulebook(), records, { asOf: "2026-11-26" }).placements[1]!.reasons).toEqual(second!.reasons);
  });
});
