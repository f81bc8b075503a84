import fc from "fast-check";
import { parseISO } from "date-fns/parseISO";
import { describe, expect, test } from "vitest";
import { dayOf, isoDay, monthDayBefore, yearOfDay } from "../../src/util/isoDay.js";

describe("isoDay", () => {
  test.each(["2026-11-26", "2024-02-29", "0999-01-01", "2025-12-31", "2026-01-01"])("%s round-trips through parseISO", (day) => {
    expect(isoDay(parseISO(day))).toBe(day);
  });
});

describe("dayOf", () => {
  test.each(["2026-11-26", "2024-02-29", "0099-03-01", "0001-01-01", "9999-12-31"])("%s is the instant parseISO gives", (day) => {
    expect(dayOf(day).getTime()).toBe(parseISO(day).getTime());
  });

  test("every day from year 1 to 9999 is the instant parseISO gives", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        expect(dayOf(day).getTime()).toBe(parseISO(day).getTime());
      }),
      { numRuns: 2000 },
    );
  });
});

/** A `YYYY-MM-DD` day from year 1 to 9999, as the door admits them. */
const anyDay = fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

describe("yearOfDay and monthDayBefore read a day as its substrings do", () => {
  test.each([
    ["2026-11-26", 2026],
    ["0099-03-01", 99],
    ["9999-12-31", 9999],
  ])("yearOfDay(%s) is %d", (day, year) => {
    expect(yearOfDay(day)).toBe(year);
  });

  test("for any two days: the year is Number(day.slice(0, 4)), and monthDayBefore is day.slice(5) < other.slice(5)", () => {
    fc.assert(
      fc.property(anyDay, anyDay, (day, other) => {
        expect(yearOfDay(day)).toBe(Number(day.slice(0, 4)));
        expect(monthDayBefore(day, other)).toBe(day.slice(5) < other.slice(5));
      }),
      { numRuns: 3000 },
    );
  });

  test("the same month and day is not before itself; 29 Feb is before 1 Mar", () => {
    expect(monthDayBefore("2024-02-29", "2025-02-29")).toBe(false);
    expect(monthDayBefore("2024-02-29", "2023-03-01")).toBe(true);
  });
});
