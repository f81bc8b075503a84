import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateCohort, loadRulebook, safeEvaluateCohort, type CohortOptions, type CohortResult } from "../../src/index.js";
import { from } from "../support/templates.js";

// Building blocks: 000 fixtures whose levels were worked out by hand from the document (each an applicant).
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
/** The leading group approves every place proposed (000 §五(二) 审定批准). */
const approved: CohortOptions = { asOf, committee: { date: "2026-11-28", approveProposals: true } };

describe("a 000 round: quotas 3 / 4 / 5, 12 in all (§六(二)), approved by the leading group (§五(二))", () => {
  test("five level-1 qualifiers who also pass level 2: the 4th and 5th are placed at level 2", () => {
    const round = evaluateCohort(
      rulebook,
      [1, 2, 3, 4, 5].map((n) => from(PASSES_123, id(n), rank(n))),
      approved,
    );
    const placed = byId(round);
    expect([1, 2, 3, 4, 5].map((n) => placed.get(id(n))?.level)).toEqual([1, 1, 1, 2, 2]);
    expect(placed.get(id(5))?.reasons.map((reason) => reason.en)).toEqual([
      "5th of 5 level-1 contenders; level 1 holds 3; level full, moved to level 2",
      "2nd of 2 level-2 contenders; level 2 holds 4; placed at level 2",
      "approved by the activity's leading group on 2026-11-28 (000 §五(二))",
    ]);
    expect(round.status).toBe("final");
  });

  test("qualifiers who fail level 2 (party level 2 as written) drop to level 3", () => {
    const round = evaluateCohort(
      rulebook,
      [1, 2, 3, 4, 5].map((n) => from(PASSES_1_3, id(n), rank(n))),
      approved,
    );
    expect([1, 2, 3, 4, 5].map((n) => byId(round).get(id(n))?.level)).toEqual([1, 1, 1, 3, 3]);
  });

  test("level-1-only qualifiers beyond the quota are left out; so is everyone beyond it with leaveOut", () => {
    const onlyOne = evaluateCohort(
      rulebook,
      [1, 2, 3, 4].map((n) => from(PASSES_1, id(n), rank(n))),
      approved,
    );
    expect(byId(onlyOne).get(id(4))).toMatchObject({ status: "notPlaced", level: null, qualifiedLevel: 1, rank: 4 });
    const leaveOut = evaluateCohort(
      rulebook,
      [1, 2, 3, 4, 5].map((n) => from(PASSES_123, id(n), rank(n))),
      { ...approved, whenLevelFull: "leaveOut" },
    );
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
    const round = evaluateCohort(rulebook, records, approved);
    const levels = Array.from({ length: 15 }, (_, index) => byId(round).get(id(index + 1))?.level ?? null);
    expect(levels).toEqual([1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, null, null, null]);
    expect(round.quotas.map((quota) => [quota.key, quota.quota, quota.placed, quota.empty])).toEqual([
      ["level 1", 3, 3, 0],
      ["level 2", 4, 4, 0],
      ["level 3", 5, 5, 0],
      ["round", 12, 12, 0],
    ]);
    expect(round.awardees.map((awardee) => [awardee.recordId, awardee.level, awardee.reward?.value])).toEqual([
      ...["C-01", "C-02", "C-03"].map((name) => [name, 1, 500]),
      ...["C-04", "C-05", "C-06", "C-07"].map((name) => [name, 2, 400]),
      ...["C-08", "C-09", "C-10", "C-11", "C-12"].map((name) => [name, 3, 300]),
    ]);
  });

  test("ties in the committee's rank (or none given) at a cut are left to the committee: provisional, listed, the round provisional", () => {
    const records = ["T-4", "T-2", "T-3", "T-1"].map((name) => from(PASSES_1, name, rank(1)));
    const round = evaluateCohort(rulebook, records, approved);
    expect(round.status).toBe("provisional");
    expect(round.ties).toEqual([expect.objectContaining({ key: "level 1", level: 1, places: 3, candidates: ["T-1", "T-2", "T-3", "T-4"], citation: "000 §五(二)、§六(二)" })]);
    expect(round.placements.map((placement) => placement.status)).toEqual(["provisional", "provisional", "provisional", "provisional"]);
    expect(round.placements[0]?.reasons.at(-1)?.en).toBe(
      "the ranking cannot settle this: it depends on how the committee breaks the tie (level 1) — no place or level 1 (000 §五(二)、§六(二))",
    );
    expect(round.outstanding.decisions.map((entry) => entry.recordId)).toEqual(["T-1", "T-2", "T-3", "T-4"]);
    const unranked = evaluateCohort(
      rulebook,
      ["U-2", "U-1", "U-3", "U-0"].map((name) => from(PASSES_1, name)),
      approved,
    );
    expect(unranked.ties.map((tie) => tie.candidates)).toEqual([["U-0", "U-1", "U-2", "U-3"]]);
  });

  test("record-id order only when the rule file names it in the ranking", () => {
    const json = structuredClone(rulebook.rulebook) as unknown as { awards: { allocation: { ranking: { by: string }[] } }[] };
    json.awards[0]!.allocation.ranking = [{ by: "committeeRank" }, { by: "recordId" }];
    const byRecordId = loadRulebook(json);
    const round = evaluateCohort(
      byRecordId,
      ["T-4", "T-2", "T-3", "T-1"].map((name) => from(PASSES_1, name, rank(1))),
      approved,
    );
    expect(round.status).toBe("final");
    expect(round.placements.filter((placement) => placement.status === "placed").map((placement) => placement.recordId)).toEqual(["T-1", "T-2", "T-3"]);
  });

  test("a tie at level 1 holds only those it can move: with room at level 2 for whoever comes down, level 2 is settled", () => {
    // Four level-1 qualifiers (levels 1–3) for 3 places, no committee rank: one of them will be at level 2.
    // Level 2 holds 4; with 2 ranked level-2 qualifiers, 3 contenders for 4 places whatever the group decides.
    const records = [...["A", "B", "C", "D"].map((name) => from(PASSES_123, `L1-${name}`)), ...[1, 2].map((n) => from(PASSES_23, `L2-${n}`, rank(n)))];
    const round = evaluateCohort(rulebook, records, approved);
    expect(round.ties.map((tie) => [tie.key, tie.places, tie.candidates])).toEqual([["level 1", 3, ["L1-A", "L1-B", "L1-C", "L1-D"]]]);
    expect(["L2-1", "L2-2"].map((name) => byId(round).get(name)?.status)).toEqual(["placed", "placed"]);
    expect(byId(round).get("L1-A")?.reasons.at(-1)?.en).toContain("level 1 or level 2");
    expect(round.quotas.slice(0, 3).map((quota) => [quota.key, quota.placed, quota.provisional])).toEqual([
      ["level 1", 0, 3],
      ["level 2", 2, 1],
      ["level 3", 0, 0],
    ]);
  });

  test("with no room for whoever a tie sends down, those below it are provisional too", () => {
    // Four level-1 qualifiers for 3 places; four level-2 qualifiers ranked 1–4 for level 2's 4 places:
    // whoever comes down from the tie (ranked after them: no rank) competes with them — the 4th of them only may lose.
    const records = [...["A", "B", "C", "D"].map((name) => from(PASSES_123, `L1-${name}`)), ...[1, 2, 3, 4].map((n) => from(PASSES_23, `L2-${n}`, rank(n)))];
    const round = evaluateCohort(rulebook, records, approved);
    // unranked contenders rank after ranked ones: the tie's left-over one comes last at level 2, so all four ranked are placed
    expect([1, 2, 3, 4].map((n) => byId(round).get(`L2-${n}`)?.status)).toEqual(["placed", "placed", "placed", "placed"]);
    const ahead = [...["A", "B", "C", "D"].map((name) => from(PASSES_123, `L1-${name}`, rank(1))), ...[2, 3, 4, 5].map((n) => from(PASSES_23, `L2-${n}`, rank(n)))];
    const second = evaluateCohort(rulebook, ahead, approved);
    // ranked 1 together, the left-over one comes first at level 2 and pushes L2-5 down to level 3
    expect([2, 3, 4, 5].map((n) => byId(second).get(`L2-${n}`)?.status)).toEqual(["placed", "placed", "placed", "placed"]);
    expect([2, 3, 4, 5].map((n) => byId(second).get(`L2-${n}`)?.level)).toEqual([2, 2, 2, 3]);
  });
});

describe("who competes, and what the committee decides", () => {
  test("only applicants compete (§五(一)): a non-applicant who would qualify for level 1 takes no place", () => {
    const { application: _none, ...noApplication } = from(PASSES_1, "N-1", rank(1));
    const records = [noApplication, ...[2, 3, 4, 5].map((n) => from(PASSES_1, id(n), rank(n)))];
    const round = evaluateCohort(rulebook, records, approved);
    expect(byId(round).get("N-1")).toMatchObject({ status: "notApplied", level: null });
    expect(byId(round).get("N-1")?.reasons[0]?.en).toContain(
      "Did not apply for the quality service model post, so does not compete (000 §五(一)); if they applied: qualifies for level-1 model post",
    );
    expect([2, 3, 4, 5].map((n) => byId(round).get(id(n))?.status)).toEqual(["placed", "placed", "placed", "notPlaced"]);
    expect([round.candidates, round.applicants]).toEqual([5, 4]);
  });

  test("without the leading group's decisions every place is proposed and the round waits (§五(二))", () => {
    const round = evaluateCohort(
      rulebook,
      [1, 2].map((n) => from(PASSES_1, id(n), rank(n))),
      { asOf },
    );
    expect(round.status).toBe("provisional");
    expect(round.placements.map((placement) => [placement.status, placement.level, placement.reward?.value])).toEqual([
      ["proposed", 1, 500],
      ["proposed", 1, 500],
    ]);
    expect(round.placements[0]?.reasons.at(-1)?.en).toBe("proposed: it stands once the activity's leading group approves it (000 §五(二))");
    expect(round.outstanding.decisions.map((entry) => [entry.recordId, entry.status])).toEqual([
      ["C-01", "proposed"],
      ["C-02", "proposed"],
    ]);
    expect(round.awardees.map((awardee) => [awardee.recordId, awardee.status])).toEqual([
      ["C-01", "proposed"],
      ["C-02", "proposed"],
    ]);
  });

  test("a declined place is proposed again to the next by rank, and the blanket approval does not cover it: that needs a decision of its own", () => {
    const records = [...[1, 2, 3].map((n) => from(PASSES_123, id(n), rank(n))), from(PASSES_123, id(4), rank(4))];
    const declined = evaluateCohort(rulebook, records, { asOf, committee: { date: "2026-11-28", decisions: [{ recordId: "C-02", awarded: false }], approveProposals: true } });
    const placed = byId(declined);
    expect(placed.get("C-02")).toMatchObject({ status: "notPlaced" });
    expect(placed.get("C-02")?.reasons.at(-1)?.en).toBe("the activity's leading group decided on 2026-11-28: not awarded (000 §五(二))");
    // C-04 was proposed at level 2; the freed level-1 place is proposed to it, which the group has not approved
    expect(placed.get("C-04")).toMatchObject({ status: "proposed", level: 1 });
    expect(declined.status).toBe("provisional");
    const decided = evaluateCohort(rulebook, records, {
      asOf,
      committee: {
        date: "2026-11-28",
        decisions: [
          { recordId: "C-02", awarded: false },
          { recordId: "C-04", awarded: true, level: 2 },
        ],
        approveProposals: true,
      },
    });
    expect(decided.status).toBe("final");
    expect(decided.quotas.slice(0, 2).map((quota) => [quota.key, quota.placed, quota.empty])).toEqual([
      ["level 1", 2, 1],
      ["level 2", 1, 3],
    ]);
  });

  test("decisions that do not fit are refused, each at its path, in both languages", () => {
    const records = [...[1, 2, 3, 4].map((n) => from(PASSES_1, id(n), rank(n))), from(PASSES_3, "L3", rank(5))];
    const decisions = [
      { recordId: "C-1", awarded: true },
      { recordId: "L3", awarded: true, level: 1 },
      { recordId: "C-01", awarded: true },
      { recordId: "C-02", awarded: true },
      { recordId: "C-03", awarded: true },
      { recordId: "C-04", awarded: true },
    ];
    const result = safeEvaluateCohort(rulebook, records, { asOf, committee: { date: "2026-11-28", decisions } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["invalid_decision", "committee.decisions.0.recordId"],
      ["invalid_decision", "committee.decisions.1.level"],
      ["invalid_decision", "committee.decisions.5.awarded"],
    ]);
    expect(result.error.issues[0]?.message).toContain("nearest: C-01");
    expect(result.error.issues[2]?.zh).toContain("超过名额 3 名");
    const twice = safeEvaluateCohort(rulebook, records, { asOf, committee: { date: "2026-11-28", decisions: [decisions[2]!, decisions[2]!] } });
    expect(twice.success ? null : twice.error.issues[0]?.path).toEqual(["committee", "decisions", 1, "recordId"]);
    const unknownKey = safeEvaluateCohort(rulebook, records, { asOf, committee: { date: "2026-11-28", aprove: true } as never });
    expect(unknownKey.success ? null : unknownKey.error.issues.map((issue) => issue.path)).toEqual([["committee", "aprove"]]);
  });

  test("a scored award decided by its score (003) takes decisions on ties only", () => {
    const rule = bundledRulebook("service-month-2017-003");
    const team = (name: string, score: number) => ({
      id: name,
      kind: "team",
      department: name.split("-")[0],
      scores: { "excellent-team": { components: { work: score, inspection: score, satisfaction: score } } },
      attestations: { "team.1": "met", "team.3": "met", "team.4": "met" },
      complaints: [],
      liabilityIncidents: [],
      nonLiabilityAccidents: [],
    });
    const records = [team("catering-1", 90), team("property-1", 80)];
    const result = safeEvaluateCohort(rule, records, {
      asOf: "2017-12-30",
      award: "excellent-team",
      committee: { date: "2017-12-30", decisions: [{ recordId: "property-1", awarded: false }] },
    });
    expect(result.success ? null : result.error.issues[0]?.message).toContain("decided by the ranking and the quotas (003 附1 三、1)");
  });
});

describe("the records a round takes", () => {
  test("one application per person per round: the earlier one stands, the other is refused (§三(二)); records share a personId", () => {
    const first = from("000/staff-application-first-day-accepted.json", "D-1");
    const second: Record<string, unknown> = {
      ...from("000/staff-application-first-day-accepted.json", "D-1b"),
      personId: "D-1",
      application: { category: "staff", date: "2026-11-22" },
    };
    for (const order of [
      [first, second],
      [second, first],
    ]) {
      const round = evaluateCohort(rulebook, order, approved);
      expect(round.placements.map((placement) => [placement.recordId, placement.status])).toEqual([
        ["D-1", "placed"],
        ["D-1b", "refused"],
      ]);
      expect(byId(round).get("D-1b")?.reasons.at(-1)?.en).toBe("1 application(s) per person per round: this person's application D-1 stands; this one is refused (000 §三(二))");
    }
  });

  test("a record id given twice is an error naming both places, not a second application", () => {
    const record = from(PASSES_1, "D-2");
    const result = safeEvaluateCohort(rulebook, [record, from(PASSES_3, "X"), record], { asOf });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toEqual([expect.objectContaining({ code: "duplicate_record", path: [2, "id"] })]);
      expect(result.error.issues[0]?.message).toContain("at records 0 and 2");
    }
  });

  test("the number of applications a person may make comes from the rule file (§三(二): 1)", () => {
    const json = structuredClone(rulebook.rulebook) as unknown as { awards: { applicationsPerPersonPerRound: { value: number } }[] };
    json.awards[0]!.applicationsPerPersonPerRound.value = 2;
    const two = loadRulebook(json);
    const base = from("000/staff-application-first-day-accepted.json", "D-2");
    const three = ["2026-11-20", "2026-11-21", "2026-11-22"].map((date, at) => ({ ...base, id: `D-2-${at}`, personId: "D-2", application: { category: "staff", date } }));
    const round = evaluateCohort(two, three, approved);
    expect(round.placements.map((placement) => placement.status)).toEqual(["placed", "placed", "refused"]);
  });

  test("the previous round's revocations bar an applicant, whatever the record says (§六(七))", () => {
    const applicant = from("000/management-l1-collective-title.json", "R-1");
    const round = evaluateCohort(rulebook, [applicant], { ...approved, previousRound: { revoked: ["R-1"] } });
    const placement = byId(round).get("R-1");
    expect(placement?.status).toBe("refused");
    expect(placement?.reasons.map((reason) => reason.en).join(" ")).toContain("the previous round's results decide");
    expect(evaluateCohort(rulebook, [applicant], { ...approved, previousRound: { revoked: [] } }).placements[0]?.status).toBe("placed");
  });

  test("a committee rank or score keyed by no award of the rulebook is refused, naming the nearest", () => {
    const byYear = safeEvaluateCohort(rulebook, [from(PASSES_1, "K-1", { committeeRank: { "2026": 1 } })], { asOf });
    expect(byYear.success ? null : byYear.error.issues.map((issue) => [issue.code, issue.path])).toEqual([["unknown_award", [0, "committeeRank", "2026"]]]);
    const misspelt = safeEvaluateCohort(rulebook, [from(PASSES_1, "K-1", { committeeRank: { "model-pst": 1 } })], { asOf });
    expect(misspelt.success ? null : misspelt.error.issues[0]?.message).toContain("nearest: model-post");
  });

  test("an option nobody reads is refused, naming the nearest", () => {
    const result = safeEvaluateCohort(rulebook, [], { asOf, whenLevelFul: "leaveOut" } as never);
    expect(result.success ? null : [result.error.issues[0]?.path, result.error.issues[0]?.message]).toEqual([
      ["whenLevelFul"],
      expect.stringContaining("did you mean whenLevelFull?"),
    ]);
    const limits = safeEvaluateCohort(bundledRulebook("service-month-2017-003"), [], { asOf: "2017-12-30", award: "excellent-team", departmentLimits: { catering: 1 } });
    expect(limits.success ? null : limits.error.issues[0]?.path).toEqual(["departmentLimits"]);
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
