import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { absentThroughout, yearKey } from "../../../src/compile/facts/knownAbsent.js";
import type { CandidateRecord } from "../../../src/schema/recordTypes.js";

/** The rule as the documents' reading states it: every calendar year the window touches is listed as having nothing. */
function byHand(listed: string[] | undefined, from: string | null, to: string): boolean {
  if (listed === undefined || from === null) return false;
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) if (!listed.includes(String(year))) return false;
  return true;
}

describe("absentThroughout: a dated list not given counts none only when every year of the window is known to have had none", () => {
  const record = (years: string[] | undefined): CandidateRecord => ({ id: "S-1", ...(years === undefined ? {} : { knownAbsent: { complaints: years } }) });

  test("a window inside one listed year; one reaching a year not listed; no start; nothing listed", () => {
    expect(absentThroughout(record(["2025"]), "complaints", "2025-01-01", "2025-12-31")).toBe(true);
    expect(absentThroughout(record(["2025"]), "complaints", "2024-11-27", "2025-11-26")).toBe(false);
    expect(absentThroughout(record(["2024", "2025"]), "complaints", "2024-11-27", "2025-11-26")).toBe(true);
    expect(absentThroughout(record(["2025"]), "complaints", null, "2025-11-26")).toBe(false);
    expect(absentThroughout(record(undefined), "complaints", "2025-01-01", "2025-12-31")).toBe(false);
    expect(absentThroughout(record(["2025"]), "leave", "2025-01-01", "2025-12-31")).toBe(false);
  });

  test("agrees with the rule read by hand for any listed years and window", () => {
    const year = fc.integer({ min: 2015, max: 2030 });
    fc.assert(
      fc.property(fc.option(fc.uniqueArray(year.map(String), { maxLength: 8 }), { nil: undefined }), year, year, fc.boolean(), (listed, first, second, open) => {
        const [low, high] = first <= second ? [first, second] : [second, first];
        const from = open ? null : `${low}-03-15`;
        const to = `${high}-10-01`;
        expect(absentThroughout(record(listed), "complaints", from, to)).toBe(byHand(listed, from, to));
      }),
      { numRuns: 2000 },
    );
  });

  test("yearKey gives the year's text, the same string each time", () => {
    expect(yearKey(2025)).toBe("2025");
    expect(yearKey(2025)).toBe(yearKey(2025));
  });
});
