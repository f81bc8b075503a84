import { describe, expect, test } from "vitest";
import { resolveWindow } from "../../src/compile/windows.js";
import type { Window } from "../../src/schema/rulebookTypes.js";

const cite = { label: { zh: "x", en: "x" }, source: { document: "000", clause: "§四" } };

describe("resolveWindow refuses a window out of range before making anything of it", () => {
  test.each([
    ["years 1e9", { kind: "calendarYearsBeforeRound", years: 1e9 }, "years"],
    ["years 1e9 (up to as-of)", { kind: "yearsUpToAsOf", years: 1e9 }, "years"],
    ["years 0", { kind: "calendarYearsBeforeRound", years: 0 }, "years"],
    ["years 2.5", { kind: "yearsUpToAsOf", years: 2.5 }, "years"],
    ["years as text", { kind: "yearsUpToAsOf", years: "3" }, "years"],
    ["a school year starting 02-30", { kind: "academicYear", startsOn: "02-30" }, "startsOn"],
    ["a period from 2025-02-30", { kind: "fixedDates", from: "2025-02-30", to: "2025-03-31" }, "from"],
    ["a period ending before it starts", { kind: "fixedDates", from: "2025-03-31", to: "2025-03-01" }, "to"],
    ["an unknown kind", { kind: "decade" }, "kind"],
  ] as const)("%s", (_name, fields, field) => {
    const started = performance.now();
    expect(() => resolveWindow({ ...fields, ...cite } as unknown as Window, "2026-11-26")).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: "invalid_option", path: ["window", field] })] }),
    );
    expect(performance.now() - started).toBeLessThan(100);
  });

  test("100 calendar years, the most, still resolve", () => {
    expect(resolveWindow({ kind: "calendarYearsBeforeRound", years: 100, ...cite }, "2026-11-26").years).toHaveLength(100);
  });
});
