import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateCohort, loadRulebook, safeEvaluateCohort, type CohortResult } from "../../src/index.js";
import { from } from "../support/templates.js";

// Building blocks: 000 fixtures whose levels were worked out by hand from the document.
const PASSES_123 = "000/staff-l1-two-excellent-others-good.json"; // staff: levels 1, 2, 3 pass
const PASSES_1_3 = "000/party-l1-two-excellent.json"; // party: level 1 and 3 pass, 2 fails (both-conditions reading)
const PASSES_1 = "000/staff-l1-new-products-attested.json"; // staff: only level 1
const PASSES_23 = "000/staff-l2-previous-year-excellent.json"; // staff: levels 2 and 3
const PASSES_3 = "000/staff-l3-one-excellent-2024.json"; // staff: level 3 only
const rulebook = bundledRulebook();
const asOf = "2026-11-26";
const rank = (n: number) => ({ committeeRank: { "model-post": n } });
const id = (n: number) => `C-${String(n).padStart(2, "0")}`;
const byId = (round: CohortResult) => new Map(round.placements.map((placement) => [placement.recordId, placement]));

describe("a 000 round: quotas 3 / 4 / 5, 12 in all (§六(二))", () => {
  test("five level-1 qualifiers who also pass level 2: the 4th and 5th are placed at level 2", () => {
    const round = evaluateCohort(rulebook, [1, 2, 3, 4, 5].map((n) => from(PASSES_123, id(n), rank(n))), { asOf });
    const placed = byId(round);
    expect([1, 2, 3, 4, 5].map((n) => placed.get(id(n))?.level)).toEqual([1, 1, 1, 2, 2]);
    expect(placed.get(id(5))?.reasons.map((reason) => reason.en)).toEqual([
      "5th of 5 level-1 contenders; level 1 holds 3; level full, moved to level 2",
      "2nd of 2 level-2 contenders; level 2 holds 4; placed at level 2",
    ]);
  });

  test("qualifiers who fail level 2 (party level 2 as written) drop to level 3", () => {
    const round = evaluateCohort(rulebook, [1, 2, 3, 4, 5].map((n) => from(PASSES_1_3, id(n), rank(n))), { asOf });
    expect([1, 2, 3, 4, 5].map((n) => byId(round).get(id(n))?.level)).toEqual([1, 1, 1, 3, 3]);
  });

  test("level-1-only qualifiers beyond the quota are left out; so is everyone beyond it with leaveOut", () => {
    const onlyOne = evaluateCohort(rulebook, [1, 2, 3, 4].map((n) => from(PASSES_1, id(n), rank(n))), { asOf });
    expect(byId(onlyOne).get(id(4))).toMatchObject({ status: "notPlaced", level: null, qualifiedLevel: 1, rank: 4 });
    const leaveOut = evaluateCohort(rulebook, [1, 2, 3, 4, 5].map((n) => from(PASSES_123, id(n), rank(n))), { asOf, whenLevelFull: "leaveOut" });
    expect([4, 5].map((n) => byId(leaveOut).get(id(n))?.status)).toEqual(["notPlaced", "notPlaced"]);
  });

  test("a full round: 4 level-1, 5 level-2 and 6 level-3 qualifiers fill exactly 3 + 4 + 5", () => {
    // L1: C-01..C-03; C-04 drops to L2 and, ranked 4th, beats C-05..C-09: L2 = C-04..C-07; C-08, C-09
    // drop to L3 and outrank C-10..C-15: L3 = C-08..C-12; C-13..C-15 are left out.
    const records = [
      ...[1, 2, 3, 4].map((n) => from(PASSES_123, id(n), rank(n))),
      ...[5, 6, 7, 8, 9].map((n) => from(PASSES_23, id(n), rank(n))),
      ...[10, 11, 12, 13, 14, 15].map((n) => from(PASSES_3, id(n), rank(n))),
    ];
    const round = evaluateCohort(rulebook, records, { asOf });
    const levels = Array.from({ length: 15 }, (_, index) => byId(round).get(id(index + 1))?.level ?? null);
    expect(levels).toEqual([1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, null, null, null]);
    expect(round.quotas.map((quota) => [quota.key, quota.quota, quota.placed])).toEqual([
      ["level 1", 3, 3],
      ["level 2", 4, 4],
      ["level 3", 5, 5],
    ]);
  });

  test("ties in the committee's rank (or none given) at a cut are left to the committee: provisional, listed, the round provisional", () => {
    const records = ["T-4", "T-2", "T-3", "T-1"].map((name) => from(PASSES_1, name, rank(1)));
    const round = evaluateCohort(rulebook, records, { asOf });
    expect(round.status).toBe("provisional");
    expect(round.ties).toEqual([expect.objectContaining({ key: "level 1", level: 1, places: 3, candidates: ["T-1", "T-2", "T-3", "T-4"], citation: "000 §五(二)、§六(二)" })]);
    expect(round.placements.map((placement) => placement.status)).toEqual(["provisional", "provisional", "provisional", "provisional"]);
    expect(round.placements[0]?.reasons.map((reason) => reason.en).join(" | ")).toContain("provisional — the committee decides (000 §五(二)、§六(二))");
    expect(round.placements[0]?.reasons.at(-1)?.en).toBe("those not placed at level 1: no lower level takes them");
    const unranked = evaluateCohort(rulebook, ["U-2", "U-1", "U-3", "U-0"].map((name) => from(PASSES_1, name)), { asOf });
    expect(unranked.ties.map((tie) => tie.candidates)).toEqual([["U-0", "U-1", "U-2", "U-3"]]);
  });

  test("record-id order only when the rule file names it in the ranking", () => {
    const json = structuredClone(rulebook.rulebook) as unknown as { awards: { allocation: { ranking: { by: string }[] } }[] };
    json.awards[0]!.allocation.ranking = [{ by: "committeeRank" }, { by: "recordId" }];
    const byRecordId = loadRulebook(json);
    const round = evaluateCohort(byRecordId, ["T-4", "T-2", "T-3", "T-1"].map((name) => from(PASSES_1, name, rank(1))), { asOf });
    expect(round.status).toBe("final");
    expect(round.placements.filter((placement) => placement.status === "placed").map((placement) => placement.recordId)).toEqual(["T-1", "T-2", "T-3"]);
  });

  test("a tie at level 1 sends the one left over to level 2 as a count: level 2's room decides whether that is settled", () => {
    // Four level-1 qualifiers (levels 1–3) for 3 places, no committee rank: one of them will be at level 2.
    // Level 2 holds 4; with 2 ranked level-2 qualifiers the left-over one fits: they are placed, and the round
    // says the one not placed at level 1 is placed at level 2.
    const records = [
      ...["A", "B", "C", "D"].map((name) => from(PASSES_123, `L1-${name}`)),
      ...[1, 2].map((n) => from(PASSES_23, `L2-${n}`, rank(n))),
    ];
    const round = evaluateCohort(rulebook, records, { asOf });
    expect(round.ties.map((tie) => [tie.key, tie.places, tie.candidates])).toEqual([["level 1", 3, ["L1-A", "L1-B", "L1-C", "L1-D"]]]);
    expect(["L2-1", "L2-2"].map((name) => byId(round).get(name)?.status)).toEqual(["placed", "placed"]);
    expect(byId(round).get("L1-A")?.reasons.at(-1)?.en).toContain("those not placed at level 1: 1 placed at level 2");
    expect(round.quotas.map((quota) => [quota.key, quota.placed])).toEqual([["level 1", 3], ["level 2", 3], ["level 3", 0]]);
  });

  test("one application per person per round: the earlier one stands, the other is refused (§三(二))", () => {
    const first = from("000/staff-application-first-day-accepted.json", "D-1");
    const second = { ...from("000/staff-application-first-day-accepted.json", "D-1"), application: { category: "staff", date: "2026-11-22" } };
    for (const order of [[first, second], [second, first]]) {
      const round = evaluateCohort(rulebook, order, { asOf });
      expect(round.placements.map((placement) => placement.status).sort()).toEqual(["placed", "refused"]);
      const refused = round.placements.find((placement) => placement.status === "refused");
      expect(refused?.reasons.at(-1)?.en).toContain("1 application(s) per person per round");
    }
  });

  test("the number of applications a person may make comes from the rule file (§三(二): 1)", () => {
    const json = structuredClone(rulebook.rulebook) as unknown as { awards: { applicationsPerPersonPerRound: { value: number } }[] };
    json.awards[0]!.applicationsPerPersonPerRound.value = 2;
    const two = loadRulebook(json);
    const base = from("000/staff-application-first-day-accepted.json", "D-2");
    const three = ["2026-11-20", "2026-11-21", "2026-11-22"].map((date) => ({ ...base, application: { category: "staff", date } }));
    const round = evaluateCohort(two, three, { asOf });
    expect(round.placements.map((placement) => placement.status).sort()).toEqual(["placed", "placed", "refused"]);
  });

  test("the previous round's revocations bar an applicant, whatever the record says (§六(七))", () => {
    const applicant = from("000/management-l1-collective-title.json", "R-1");
    const round = evaluateCohort(rulebook, [applicant], { asOf, previousRound: { revoked: ["R-1"] } });
    const placement = byId(round).get("R-1");
    expect(placement?.status).toBe("refused");
    expect(placement?.reasons.map((reason) => reason.en).join(" ")).toContain("the previous round's results decide");
    expect(evaluateCohort(rulebook, [applicant], { asOf, previousRound: { revoked: [] } }).placements[0]?.status).toBe("placed");
  });

  test("a bad record is a typed error whose path starts with its position", () => {
    const result = safeEvaluateCohort(rulebook, [from(PASSES_1, "OK"), { id: "BAD", partyMember: "yes" }], { asOf });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual([1, "partyMember"]);
  });

  test("a cohort is read as an iterable, once", () => {
    function* records() {
      for (let n = 1; n <= 4; n += 1) yield from(PASSES_3, id(n), rank(n));
    }
    expect(evaluateCohort(rulebook, records(), { asOf }).candidates).toBe(4);
  });
});
