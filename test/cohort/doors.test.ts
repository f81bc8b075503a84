import { describe, expect, test } from "vitest";
import { DEFAULT_MAX_RECORDS } from "../../src/cohort/boundedRecords.js";
import { eachPlacement } from "../../src/cohort/eachPlacement.js";
import { AwardRulesError, bundledRulebook, evaluateCohort } from "../../src/index.js";
import { from } from "../support/templates.js";
import { thrownIssues } from "../support/issuesOf.js";

const rulebook = bundledRulebook();
const asOf = "2026-11-26";
const PASSES_3 = "000/staff-l3-one-excellent-2024.json";
const FAILS = "000/attest-nonparty-manager-item1-notmet-every-level.json"; // qualifies for no level

const issuesOf = thrownIssues;

/** The AwardRulesError a call throws (the test fails if it throws nothing or something else). */
function caught(run: () => unknown): AwardRulesError {
  try {
    run();
  } catch (error) {
    if (error instanceof AwardRulesError) return error;
    throw error;
  }
  throw new Error("expected an AwardRulesError");
}

describe("evaluateCohort's doors: what it is given to read records from", () => {
  test("an iterable whose iterator has no next, a next giving a non-object, a throwing iterator, a non-iterable", () => {
    const noNext = { [Symbol.iterator]: () => ({}) };
    expect(issuesOf(() => evaluateCohort(rulebook, noNext as unknown as Iterable<unknown>, { asOf }))[0]).toMatchObject({ code: "invalid_option", path: ["records"] });
    const primitiveStep = { [Symbol.iterator]: () => ({ next: () => 7 }) };
    expect(issuesOf(() => evaluateCohort(rulebook, primitiveStep as unknown as Iterable<unknown>, { asOf }))[0]).toMatchObject({ code: "invalid_record", path: ["records", 0] });
    function* throwing(): Generator<unknown> {
      yield from(PASSES_3, "T-1");
      throw new TypeError("disk gone");
    }
    const thrown = issuesOf(() => evaluateCohort(rulebook, throwing(), { asOf }))[0];
    expect(thrown).toMatchObject({ code: "read_failed", path: ["records", 1] });
    expect(thrown?.message).toContain("disk gone");
    expect(thrown?.zh).toContain("disk gone");
    const rangeError = new RangeError("no");
    const iteratorThrows = {
      [Symbol.iterator]: () => {
        throw rangeError;
      },
    };
    const refused = caught(() => evaluateCohort(rulebook, iteratorThrows, { asOf }));
    expect(refused.issues[0]).toMatchObject({ code: "read_failed", path: ["records"] });
    expect(refused.cause).toBe(rangeError);
    expect(issuesOf(() => evaluateCohort(rulebook, 42 as unknown as Iterable<unknown>, { asOf }))[0]).toMatchObject({ code: "invalid_option", path: ["records"] });
  });

  test("an endless iterable stops at maxRecords with a typed error; an endless run of one id too; maxRecords is range-checked", () => {
    function* endless(sameId: boolean): Generator<unknown> {
      for (let index = 0; ; index += 1) yield from(FAILS, sameId ? "SAME" : `E-${index}`);
    }
    expect(issuesOf(() => evaluateCohort(rulebook, endless(false), { asOf, maxRecords: 300 }))[0]).toMatchObject({ code: "invalid_option", path: ["records"] });
    // an endless run of one id stops at the second: a record id given twice is an error
    expect(issuesOf(() => evaluateCohort(rulebook, endless(true), { asOf, maxRecords: 300 }))[0]).toMatchObject({ code: "duplicate_record", path: [1, "id"] });
    for (const bad of [0, -1, 1.5, Number.NaN, "10", 1e12]) {
      expect(issuesOf(() => evaluateCohort(rulebook, [], { asOf, maxRecords: bad as number }))[0], String(bad)).toMatchObject({ code: "invalid_option", path: ["maxRecords"] });
    }
    expect(DEFAULT_MAX_RECORDS).toBe(2_000_000);
    expect(evaluateCohort(rulebook, [from(FAILS, "A"), from(FAILS, "B")], { asOf, maxRecords: 2 }).candidates).toBe(2);
  });

  test("a failing database cursor: the error it threw is the cause, its message named, the code read_failed", () => {
    const cursorError = new Error("connection reset by peer");
    function* cursor(): Generator<unknown> {
      yield from(PASSES_3, "K-1");
      yield from(PASSES_3, "K-2");
      throw cursorError;
    }
    const error = caught(() => evaluateCohort(rulebook, cursor(), { asOf }));
    expect(error.cause).toBe(cursorError);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: "read_failed", path: ["records", 2], params: { number: 3, reason: "connection reset by peer" } });
    expect(error.message).toContain("connection reset by peer");
    // a value thrown that is not an Error is kept too
    const throwsText = {
      [Symbol.iterator]: () => ({
        next: () => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- a caller's cursor may throw anything
          throw "socket closed";
        },
      }),
    };
    expect(caught(() => evaluateCohort(rulebook, throwsText as Iterable<unknown>, { asOf })).cause).toBe("socket closed");
  });

  test("stopping early closes the iterator (a file being read is let go)", () => {
    let closed = false;
    function* closing(): Generator<unknown> {
      try {
        for (let index = 0; ; index += 1) yield from(FAILS, `C-${index}`);
      } finally {
        closed = true;
      }
    }
    issuesOf(() => evaluateCohort(rulebook, closing(), { asOf, maxRecords: 10 }));
    expect(closed).toBe(true);
  });

  test("a record repeating an id is an error naming both places; one person's second application is a record with the same personId", () => {
    expect(issuesOf(() => evaluateCohort(rulebook, [from(PASSES_3, "D-1"), from(PASSES_3, "D-1")], { asOf }))[0]).toMatchObject({ code: "duplicate_record", path: [1, "id"] });
    const round = evaluateCohort(rulebook, [from(PASSES_3, "D-1"), from(PASSES_3, "D-2", { personId: "D-1" })], { asOf });
    expect(round.placements.map((placement) => placement.status).sort()).toEqual(["proposed", "refused"]);
  });

  test("onResult with a candidate who reaches no level", () => {
    const seen: string[] = [];
    const round = evaluateCohort(rulebook, [from(FAILS, "N-1"), from(PASSES_3, "Q-1")], { asOf, onResult: (result) => seen.push(result.status) });
    expect(seen).toEqual(["notQualified", "qualified"]);
    expect(round.placements.find((placement) => placement.recordId === "Q-1")?.status).toBe("proposed");
    expect(round.placements.find((placement) => placement.recordId === "N-1")?.status).toBe("notQualified");
  });

  test("previousRound and populations of the wrong shape: invalid_option at the path of the wrong value", () => {
    const wrong = (previousRound: unknown) => issuesOf(() => evaluateCohort(rulebook, [], { asOf, previousRound: previousRound as { revoked: string[] } }))[0];
    expect(wrong("R-1")).toMatchObject({ code: "invalid_option", path: ["previousRound"] });
    expect(wrong({ revoked: "R-1" })).toMatchObject({ code: "invalid_option", path: ["previousRound", "revoked"] });
    expect(wrong({ revoked: ["R-1", 2] })).toMatchObject({ code: "invalid_option", path: ["previousRound", "revoked", 1] });
    expect(wrong({ ledger: { barredFromNextRound: "R-1" } })).toMatchObject({ path: ["previousRound", "ledger", "barredFromNextRound"] });
    const populations = (value: unknown) => issuesOf(() => evaluateCohort(rulebook, [], { asOf, populations: value as { total: number } }))[0];
    expect(populations({ total: -1 })).toMatchObject({ code: "invalid_option", path: ["populations", "total"] });
    expect(populations({ byDepartment: { canteen: 2.5 } })).toMatchObject({ path: ["populations", "byDepartment", "canteen"] });
    expect(populations([])).toMatchObject({ path: ["populations"] });
  });

  test("eachPlacement gives the placements one at a time, the same as round.placements, in record-id order", () => {
    const records = [from(PASSES_3, "Z-9"), from(FAILS, "A-1"), from(PASSES_3, "M-5"), from(PASSES_3, "A-0", { personId: "A-1" })];
    const round = evaluateCohort(rulebook, records, { asOf });
    const streamed = [...eachPlacement(round)];
    expect(streamed.map((placement) => placement.recordId)).toEqual(["A-0", "A-1", "M-5", "Z-9"]);
    expect(streamed).toEqual(round.placements);
    // once read (and even replaced), placements are what eachPlacement gives
    round.placements = round.placements.slice(0, 1);
    expect([...eachPlacement(round)]).toHaveLength(1);
  });
});
