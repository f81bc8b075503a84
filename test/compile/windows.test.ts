import { describe, expect, test } from "vitest";
import { type Window } from "../../src/index.js";
import { resolveWindow, roundYearOf } from "../../src/compile/windows.js";
import { inTimeZone } from "../support/timeZone.js";

// Windows as the rule files define them (§四: 近三年 / 近两年 / 上一年度 / 近三年的年度考核).
const cited = { label: { zh: "窗口", en: "window" }, source: { document: "000", clause: "§四(一)1(4)" } };
const yearsUpTo = (years: number): Window => ({ kind: "yearsUpToAsOf", years, ...cited });
const calendarYears = (years: number): Window => ({ kind: "calendarYearsBeforeRound", years, ...cited });
const untilAsOf: Window = { kind: "untilAsOf", ...cited };

describe("resolveWindow: yearsUpToAsOf (dated strictly after asOf − N years, up to asOf)", () => {
  test.each([
    // [asOf, years, from, to]
    ["2026-11-26", 3, "2023-11-27", "2026-11-26"], // the documented example: exactly 3 years before is outside
    ["2026-11-26", 2, "2024-11-27", "2026-11-26"],
    ["2026-11-26", 1, "2025-11-27", "2026-11-26"],
    ["2026-01-01", 1, "2025-01-02", "2026-01-01"], // crosses a year boundary
    ["2026-12-31", 3, "2024-01-01", "2026-12-31"], // minus 3 years = 2023-12-31, the next day is 1 Jan
    ["2026-03-01", 2, "2024-03-02", "2026-03-01"], // 2024 is a leap year: from is still the day after 1 Mar 2024
  ])("asOf %s, %i year(s) → from %s to %s", (asOf, years, from, to) => {
    expect(resolveWindow(yearsUpTo(years), asOf)).toEqual({ from, to, years: null });
  });

  test("leap day asOf 2028-02-29 minus 1 year: 2027 has no 29 Feb, so the window opens on 1 Mar 2027", () => {
    // as-of − 1 year is clamped to 2027-02-28 (date-fns subYears); "strictly after" that is 2027-03-01.
    const window = resolveWindow(yearsUpTo(1), "2028-02-29");
    expect(window).toEqual({ from: "2027-03-01", to: "2028-02-29", years: null });
    expect("2027-02-28" < (window.from as string)).toBe(true);
  });

  test("a window ending on 2029-02-28 reaching back 1 year includes the leap day 2028-02-29", () => {
    const window = resolveWindow(yearsUpTo(1), "2029-02-28");
    expect(window.from).toBe("2028-02-29");
  });

  test("the leap day as-of 2028-02-29 minus 4 years lands on a real 29 Feb (2024), so from is 1 Mar 2024", () => {
    expect(resolveWindow(yearsUpTo(4), "2028-02-29").from).toBe("2024-03-01");
  });
});

describe("resolveWindow: calendarYearsBeforeRound (the N calendar years before the round's year)", () => {
  test.each([
    // [asOf, years, expected years]
    ["2026-11-26", 3, [2023, 2024, 2025]], // a round in Nov 2026 looks at appraisals 2023–2025
    ["2026-11-26", 1, [2025]], // 上一年度
    ["2026-11-26", 2, [2024, 2025]],
    ["2026-01-01", 1, [2025]], // first day of the year: still the 2026 round's previous year
    ["2026-12-31", 3, [2023, 2024, 2025]], // last day of the year: not yet 2026 itself
    ["2027-01-01", 1, [2026]],
  ])("asOf %s, %i year(s) → %j", (asOf, years, expectedYears) => {
    const window = resolveWindow(calendarYears(years), asOf);
    expect(window.years).toEqual(expectedYears);
    expect(window.from).toBe(`${expectedYears[0]}-01-01`);
    expect(window.to).toBe(`${expectedYears[expectedYears.length - 1]}-12-31`);
  });

  test("the round's own year is never in the window, whatever the as-of day", () => {
    for (const asOf of ["2026-01-01", "2026-06-15", "2026-11-26", "2026-12-31"]) {
      const window = resolveWindow(calendarYears(3), asOf);
      expect(window.years).not.toContain(2026);
      expect(window.to).toBe("2025-12-31");
    }
  });
});

describe("resolveWindow: untilAsOf (everything on or before the as-of date)", () => {
  test.each(["2026-11-26", "2028-02-29", "2000-01-01"])("asOf %s → open start, ends on as-of, no year list", (asOf) => {
    expect(resolveWindow(untilAsOf, asOf)).toEqual({ from: null, to: asOf, years: null });
  });
});

describe("roundYearOf: the calendar year of the as-of date", () => {
  test.each([
    ["2026-11-23", 2026],
    ["2026-01-01", 2026],
    ["2026-12-31", 2026],
    ["2027-01-01", 2027],
    ["2028-02-29", 2028],
  ])("%s → %i", (asOf, year) => {
    expect(roundYearOf(asOf)).toBe(year);
  });
});

describe("windows do not depend on the process time zone", () => {
  // Asia/Shanghai is UTC+8; Pacific/Kiritimati +14; Pacific/Pago_Pago −11;
  // America/Santiago skips local midnight when DST starts (2026-09-06 00:00 → 01:00).
  test.each(["Asia/Shanghai", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Santiago"])("%s", (zone) => {
    inTimeZone(zone, () => {
      expect(resolveWindow(yearsUpTo(3), "2026-11-26")).toEqual({ from: "2023-11-27", to: "2026-11-26", years: null });
      expect(resolveWindow(yearsUpTo(1), "2028-02-29").from).toBe("2027-03-01");
      expect(resolveWindow(yearsUpTo(1), "2026-09-06").from).toBe("2025-09-07");
      expect(resolveWindow(yearsUpTo(1), "2027-09-05").from).toBe("2026-09-06");
      expect(resolveWindow(calendarYears(3), "2026-01-01").years).toEqual([2023, 2024, 2025]);
      expect(roundYearOf("2026-01-01")).toBe(2026);
      expect(roundYearOf("2026-12-31")).toBe(2026);
    });
  });
});
