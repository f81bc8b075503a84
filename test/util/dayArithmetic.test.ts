import fc from "fast-check";
import { addDays } from "date-fns/addDays";
import { addYears } from "date-fns/addYears";
import { parseISO } from "date-fns/parseISO";
import { describe, expect, test } from "vitest";
import { addDaysToDay, addYearsToDay, isoDay } from "../../src/util/isoDay.js";

// any real day from 1000 to 9000 (the library's dates are four-digit years)
const day = fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9000, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const leapDays = fc
  .integer({ min: 250, max: 2250 })
  .map((quarter) => `${quarter * 4}-02-29`)
  .filter((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).getUTCDate() === 29);

describe("day arithmetic on YYYY-MM-DD, as date-fns reckons it (date-fns is no longer a dependency)", () => {
  test("addYearsToDay is date-fns' addYears, 29 February included", () => {
    fc.assert(
      fc.property(fc.oneof(day, leapDays), fc.integer({ min: -100, max: 100 }), (given, years) => {
        expect(addYearsToDay(given, years)).toBe(isoDay(addYears(parseISO(given), years)));
      }),
      { numRuns: 3000 },
    );
  });

  test("addDaysToDay is date-fns' addDays", () => {
    fc.assert(
      fc.property(fc.oneof(day, leapDays), fc.integer({ min: -800, max: 800 }), (given, days) => {
        expect(addDaysToDay(given, days)).toBe(isoDay(addDays(parseISO(given), days)));
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2026-11-26", -3, "2023-11-26"],
  ])("addYearsToDay(%s, %i) is %s", (given, years, expected) => {
    expect(addYearsToDay(given, years)).toBe(expected);
  });
});
