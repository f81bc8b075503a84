import fc from "fast-check";
import { parseISO } from "date-fns/parseISO";
import { describe, expect, test } from "vitest";
import { dayOf, isoDay } from "../../src/util/isoDay.js";

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
